#include "ImportChoices.h"

#include "core/Vocabulary.h"

namespace kefu::importing {

// The stored ids with the aliases of the one vocabulary (core/Vocabulary), so that the importer, the
// command line and the window agree on what a word may be written as.
const std::initializer_list<Choice> &channelChoices()
{
    static const std::initializer_list<Choice> list = {
        {"chat", channelAliases(Channel::Chat)},
        {"phone", channelAliases(Channel::Phone)},
        {"email", channelAliases(Channel::Email)},
        {"social", channelAliases(Channel::Social)},
    };
    return list;
}

const std::initializer_list<Choice> &agentStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"offline", agentStateAliases(AgentState::Offline)}, {"available", agentStateAliases(AgentState::Available)},
        {"busy", agentStateAliases(AgentState::Busy)},       {"wrap", agentStateAliases(AgentState::Wrap)},
        {"break", agentStateAliases(AgentState::Break)},     {"training", agentStateAliases(AgentState::Training)},
        {"meeting", agentStateAliases(AgentState::Meeting)},
    };
    return list;
}

const std::initializer_list<Choice> &caseStateChoices()
{
    static const std::initializer_list<Choice> list = {
        {"new", complaintStateAliases(ComplaintState::New)},
        {"acknowledged", complaintStateAliases(ComplaintState::Acknowledged)},
        {"investigating", complaintStateAliases(ComplaintState::Investigating)},
        {"proposed", complaintStateAliases(ComplaintState::Proposed)},
        {"awaiting_feedback", complaintStateAliases(ComplaintState::AwaitingFeedback)},
        {"closed", complaintStateAliases(ComplaintState::Closed)},
        {"rejected", complaintStateAliases(ComplaintState::Rejected)},
    };
    return list;
}

const std::initializer_list<Choice> &rootCauseChoices()
{
    static const std::initializer_list<Choice> list = {
        {"product_quality", rootCauseAliases(RootCause::ProductQuality)},
        {"description_mismatch", rootCauseAliases(RootCause::DescriptionMismatch)},
        {"logistics", rootCauseAliases(RootCause::Logistics)},
        {"after_sales", rootCauseAliases(RootCause::AfterSales)},
        {"payment_coupon", rootCauseAliases(RootCause::PaymentCoupon)},
        {"service_attitude", rootCauseAliases(RootCause::ServiceAttitude)},
        {"system_fault", rootCauseAliases(RootCause::SystemFault)},
        {"other", rootCauseAliases(RootCause::Other)},
    };
    return list;
}

const std::initializer_list<Choice> &resolutionTypeChoices()
{
    static const std::initializer_list<Choice> list = {
        {"refund", resolutionTypeAliases(ResolutionType::Refund)},
        {"exchange", resolutionTypeAliases(ResolutionType::Exchange)},
        {"repair", resolutionTypeAliases(ResolutionType::Repair)},
        {"coupon", resolutionTypeAliases(ResolutionType::Coupon)},
        {"compensation", resolutionTypeAliases(ResolutionType::Compensation)},
        {"explanation", resolutionTypeAliases(ResolutionType::Explanation)},
        {"other", resolutionTypeAliases(ResolutionType::Other)},
    };
    return list;
}

const std::initializer_list<Choice> &customerFeedbackChoices()
{
    static const std::initializer_list<Choice> list = {
        {"satisfied", customerFeedbackAliases(CustomerFeedback::Satisfied)},
        {"unsatisfied", customerFeedbackAliases(CustomerFeedback::Unsatisfied)},
        {"unreachable", customerFeedbackAliases(CustomerFeedback::Unreachable)},
    };
    return list;
}

} // namespace kefu::importing
