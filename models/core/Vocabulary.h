#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// The words KefuDesk's data is made of, declared once: each enum's order is the order lists and reports
// show, its id is the text the database and the files hold, its name is what a user reads (translated).
// xxxFromText() also takes what people type or platforms export: the English or Chinese name the window
// shows and common aliases (data-formats.md), in any case.
namespace kefu {

// Contact channels, in report order (alphabetical by id, as the reports sort them).
enum class Channel : quint8 { Chat, Email, Phone, Social };
inline constexpr int ChannelCount = 4;
inline constexpr std::array<Channel, ChannelCount> AllChannels{Channel::Chat, Channel::Email, Channel::Phone,
                                                               Channel::Social};
// Real-time channels hold a customer who waits on the line; e-mail is answered in hours.
inline constexpr bool isRealTime(Channel channel)
{
    return channel != Channel::Email;
}

QString channelId(Channel channel);
std::optional<Channel> channelFromId(QStringView id);
std::optional<Channel> channelFromUtf8(QByteArrayView id);
QString channelName(Channel channel);
std::optional<Channel> channelFromText(QStringView text);
// The other ways people write it (the window's Chinese name first), as xxxFromText() takes them.
std::initializer_list<const char *> channelAliases(Channel channel);

// Agent states as agent_states stores them, in the order the queue monitor shows them.
enum class AgentState : quint8 { Available, Busy, Wrap, Break, Training, Meeting, Offline };
inline constexpr int AgentStateCount = 7;
inline constexpr std::array<AgentState, AgentStateCount> AllAgentStates{
    AgentState::Available, AgentState::Busy,    AgentState::Wrap,   AgentState::Break,
    AgentState::Training,  AgentState::Meeting, AgentState::Offline};

QString agentStateId(AgentState state);
QByteArrayView agentStateUtf8(AgentState state);
std::optional<AgentState> agentStateFromId(QStringView id);
std::optional<AgentState> agentStateFromUtf8(QByteArrayView id);
QString agentStateName(AgentState state);
std::optional<AgentState> agentStateFromText(QStringView text);
std::initializer_list<const char *> agentStateAliases(AgentState state);
// Signed in: every state but offline.
inline constexpr bool isSignedIn(AgentState state)
{
    return state != AgentState::Offline;
}
// States that count as following the schedule (metrics.md adherence_pct): signed in and not on a break.
inline constexpr bool adheresToSchedule(AgentState state)
{
    return state != AgentState::Offline && state != AgentState::Break;
}

// Complaint case states (complaints.md), in the order of the loop.
enum class ComplaintState : quint8 { New, Acknowledged, Investigating, Proposed, AwaitingFeedback, Closed, Rejected };
inline constexpr int ComplaintStateCount = 7;
inline constexpr std::array<ComplaintState, ComplaintStateCount> AllComplaintStates{
    ComplaintState::New,      ComplaintState::Acknowledged,     ComplaintState::Investigating,
    ComplaintState::Proposed, ComplaintState::AwaitingFeedback, ComplaintState::Closed,
    ComplaintState::Rejected};

QString complaintStateId(ComplaintState state);
std::optional<ComplaintState> complaintStateFromId(QStringView id);
QString complaintStateName(ComplaintState state);
std::optional<ComplaintState> complaintStateFromText(QStringView text);
std::initializer_list<const char *> complaintStateAliases(ComplaintState state);

// Reply-script statuses (scripts.md), in the order of the workflow.
enum class ScriptStatus : quint8 { Draft, Review, Published, Retired };
inline constexpr int ScriptStatusCount = 4;
inline constexpr std::array<ScriptStatus, ScriptStatusCount> AllScriptStatuses{
    ScriptStatus::Draft, ScriptStatus::Review, ScriptStatus::Published, ScriptStatus::Retired};

QString scriptStatusId(ScriptStatus status);
std::optional<ScriptStatus> scriptStatusFromId(QStringView id);
QString scriptStatusName(ScriptStatus status);
std::optional<ScriptStatus> scriptStatusFromText(QStringView text);
std::initializer_list<const char *> scriptStatusAliases(ScriptStatus status);

// What a complaint's proposal and closing record (complaints.md), stored as these ids.
enum class RootCause : quint8 {
    ProductQuality,
    DescriptionMismatch,
    Logistics,
    AfterSales,
    PaymentCoupon,
    ServiceAttitude,
    SystemFault,
    Other
};
inline constexpr int RootCauseCount = 8;
enum class ResolutionType : quint8 { Refund, Exchange, Repair, Coupon, Compensation, Explanation, Other };
inline constexpr int ResolutionTypeCount = 7;
enum class CustomerFeedback : quint8 { Satisfied, Unsatisfied, Unreachable };
inline constexpr int CustomerFeedbackCount = 3;

QString rootCauseId(RootCause cause);
std::optional<RootCause> rootCauseFromId(QStringView id);
QString rootCauseName(RootCause cause);
std::optional<RootCause> rootCauseFromText(QStringView text);
std::initializer_list<const char *> rootCauseAliases(RootCause cause);

QString resolutionTypeId(ResolutionType type);
std::optional<ResolutionType> resolutionTypeFromId(QStringView id);
QString resolutionTypeName(ResolutionType type);
std::optional<ResolutionType> resolutionTypeFromText(QStringView text);
std::initializer_list<const char *> resolutionTypeAliases(ResolutionType type);

QString customerFeedbackId(CustomerFeedback feedback);
std::optional<CustomerFeedback> customerFeedbackFromId(QStringView id);
QString customerFeedbackName(CustomerFeedback feedback);
std::optional<CustomerFeedback> customerFeedbackFromText(QStringView text);
std::initializer_list<const char *> customerFeedbackAliases(CustomerFeedback feedback);

// A word as people may write it, folded for comparison: ASCII letters in lower case, each run of
// spaces, hyphens, slashes and underscores (also the full-width ／ and －) as one "_", none at either
// end. "After-Sales", "after sales" and "after_sales" fold alike; "支付/优惠券" and "支付_优惠券" too.
std::string foldedWord(std::string_view text);

} // namespace kefu
