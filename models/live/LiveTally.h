#pragma once

#include "LiveRows.h"
#include "LiveSnapshot.h"
#include "metrics/ReportPeriod.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kefu::live {

// The live floor of one day worked out from rows, with no store: running totals of the closed rows
// (each added once, as it is read) and, from them and the open rows, the snapshot. LiveQueue reads
// the rows (LiveReader) and decides which are new; this only counts.
class LiveTally final
{
public:
    // Forgets every row: a new day (or a rebuild) with intervals of intervalSeconds, cut on the local
    // wall clock of zone so that a daylight-saving day has them where the reports have them.
    void startDay(QDate day, const QTimeZone &zone, int intervalSeconds);

    QDate day() const { return m_day; }
    const std::optional<ReportPeriod> &period() const { return m_period; }
    int intervalSeconds() const { return m_intervalSeconds; }
    int intervalCount() const { return m_intervalCount; }
    // The day's intervals: edges and labels only.
    const QList<IntervalLive> &intervals() const { return m_intervals; }
    // The interval utc falls in, -1 outside the day.
    int intervalOf(qint64 utc) const;

    // A closed contact (ended or abandoned) of the day, judged by rules.
    void addClosedConversation(const ConversationRow &row, const ServiceRules &rules);
    // An ended agent state: its part in the day.
    void addClosedState(const StateRow &row);

    // Fills s (whose now, intervals and rules are set) from the totals and the rows open now: the
    // queue, the channels' figures, the agents (in the order given) and the intervals' counts.
    void computeSnapshot(LiveSnapshot &s, const std::vector<ConversationRow> &openConversations,
                         const std::vector<StateRow> &openStates, const std::vector<AgentRow> &agents) const;

private:
    // Adds the seconds of [from, to) that fall in each interval of the day to seconds.
    void addSignedIn(qint64 from, qint64 to, std::vector<qint64> &seconds) const;
    struct AgentTally
    {
        qint64 handled = 0;
        qint64 ended = 0;
        qint64 handleSum = 0;
    };

    QDate m_day;
    std::optional<ReportPeriod> m_period;
    qint64 m_dayStartLocal = 0;
    int m_intervalSeconds = 1800;
    int m_intervalCount = 48;
    QList<IntervalLive> m_intervals;

    std::vector<std::array<ServiceGroup, ChannelCount>> m_closedByInterval;
    std::array<ServiceGroup, ChannelCount> m_closedToday;
    std::unordered_map<std::string, AgentTally> m_closedByAgent;
    std::vector<qint64> m_closedSignedInSeconds; // per interval: agent-seconds not offline
    std::array<qint64, AgentStateCount> m_closedStateSeconds{};
};

} // namespace kefu::live
