#pragma once

#include "ReportPeriod.h"
#include "core/Vocabulary.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <vector>

namespace kefu {

// One conversation as the metrics read it (timestamps in UTC seconds; empty = NULL).
struct Conversation
{
    Channel channel = Channel::Chat;
    qint64 arrivedAt = 0;
    std::optional<qint64> answeredAt;
    std::optional<qint64> endedAt;
    std::optional<qint64> abandonedAt;
    std::optional<qint64> wrapSeconds;
    std::optional<qint64> transfers;
    std::optional<qint64> resolved;
    std::optional<qint64> csat;
};

// The store settings that define the conversation metrics.
struct ServiceRules
{
    std::array<qint64, ChannelCount> thresholdSeconds{15, 86400, 20, 60}; // chat, email, phone, social
    qint64 shortAbandonSeconds = 5;

    qint64 threshold(Channel channel) const { return thresholdSeconds[static_cast<int>(channel)]; }
    static ServiceRules fromStore(QSqlDatabase &db);
};

// The per-conversation values of metrics.md.
struct ConversationOutcome
{
    bool answered = false;
    bool waiting = false;         // neither answered, abandoned nor ended yet: not an abandon
    bool undecided = false;       // waiting, and still within T: may yet be answered in time
    qint64 waitSeconds = 0;       // wait_s; for a contact still waiting, up to now
    bool shortAbandon = false;    // abandoned with wait_s below short_abandon_s
    bool withinThreshold = false; // answered with wait_s ≤ T of its channel
    std::optional<qint64> handleSeconds;
};

ConversationOutcome evaluateConversation(const Conversation &conversation, const ServiceRules &rules, qint64 now);

// The group metrics of metrics.md; a metric whose denominator is zero is empty.
struct ServiceFigures
{
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 abandoned = 0;
    qint64 shortAbandoned = 0;
    qint64 waiting = 0; // offered, neither answered nor abandoned: still in the queue
    qint64 undecided = 0; // waiting and still within T: may yet be answered in time
    qint64 answeredWithinThreshold = 0;
    std::optional<double> slPct;
    std::optional<double> asaSeconds;
    std::optional<double> p90WaitSeconds;
    // KefuDesk's additions (docs/metrics.md): the waits of the real-time channels (chat, phone, social)
    // apart from e-mail's, whose replies take hours and would swamp a blended ASA.
    std::optional<double> asaRealtimeSeconds; // mean wait_s over answered real-time conversations
    std::optional<double> p90RealtimeSeconds; // nearest-rank p90 of the same
    std::optional<double> emailReplySeconds;  // mean wait_s over answered e-mail conversations
    std::optional<double> abandonPct;
    std::optional<double> ahtSeconds;
    std::optional<double> fcrPct;
    std::optional<double> csatMean;
    std::optional<double> csatTop2Pct;
    qint64 csatResponses = 0;
    std::optional<double> transfersAvg;
    // The counts behind the means, so that groups can be pooled exactly (a team from its agents).
    qint64 handleTimes = 0;   // conversations with a handle time (the AHT denominator)
    qint64 resolvedKnown = 0; // answered with resolved 0 or 1 (the FCR denominator)
    qint64 answeredRealtime = 0; // answered chat, phone and social (the real-time ASA's denominator)
    qint64 answeredEmail = 0;    // answered e-mail (the e-mail reply time's denominator)
};

// Collects conversations of one group (a channel, a day, an interval, an agent, …).
class ServiceGroup final
{
public:
    void add(const Conversation &conversation, const ConversationOutcome &outcome);
    // Takes in the conversations of another group, as if they had been added here.
    void merge(const ServiceGroup &other);
    bool isEmpty() const { return m_offered == 0; }
    qint64 offered() const { return m_offered; }
    ServiceFigures figures() const;

    // The nearest-rank 90th percentile: the value at 1-based position ⌈0.9·n⌉ in ascending order.
    static std::optional<qint64> percentile90(std::vector<qint64> values);

private:
    qint64 m_offered = 0;
    qint64 m_answered = 0;
    qint64 m_abandoned = 0;
    qint64 m_shortAbandoned = 0;
    qint64 m_waiting = 0;
    qint64 m_undecided = 0;
    qint64 m_within = 0;
    qint64 m_waitSum = 0;
    qint64 m_realtimeWaitSum = 0;
    qint64 m_emailWaitSum = 0;
    qint64 m_handled = 0; // conversations with a handle time
    qint64 m_handleSum = 0;
    qint64 m_resolvedKnown = 0;
    qint64 m_resolved = 0;
    qint64 m_csatResponses = 0;
    qint64 m_csatSum = 0;
    qint64 m_csatTop2 = 0;
    qint64 m_transfersSum = 0;
    // The answered waits, real-time and e-mail apart (both together give p90_wait_s).
    std::vector<qint64> m_realtimeWaits;
    std::vector<qint64> m_emailWaits;
};

enum class ServiceBucket { Day, Interval, Hour, Period };

struct ServiceReportOptions
{
    ServiceBucket by = ServiceBucket::Day;
    int intervalMinutes = 0;        // 15, 30 or 60; 0 = the store's interval_minutes
    std::optional<Channel> channel; // only this channel
    bool perChannel = true;         // one row per bucket and channel; false: channels together
    qint64 now = 0;                 // UTC seconds: the wait of contacts still waiting ends here
    int maxThreads = 0;             // for long periods: 0 = one per core up to four, 1 = this thread only
};

struct ServiceReportRow
{
    qint64 localStart = 0;          // the bucket's start on the local wall clock (ReportPeriod::localSeconds)
    QString periodStart;            // "YYYY-MM-DD" by day and period, "YYYY-MM-DD HH:MM" otherwise
    std::optional<Channel> channel; // empty when channels are taken together
    ServiceFigures figures;
};

// The service-level report: one pass over the period's conversations (arrived_at index),
// aggregated here. Rows come in bucket order, then channel order; buckets without a contact are left out.
class ServiceMetrics final
{
public:
    static std::optional<QList<ServiceReportRow>> report(QSqlDatabase &db, const ReportPeriod &period,
                                                         const ServiceReportOptions &options, QString *error);
    // The same with the rules and interval given instead of read from the store.
    static std::optional<QList<ServiceReportRow>> report(QSqlDatabase &db, const ReportPeriod &period,
                                                         const ServiceReportOptions &options, const ServiceRules &rules,
                                                         QString *error);
};

} // namespace kefu
