#include "LiveTally.h"

#include "Forecast.h"

#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <unordered_set>

namespace kefu::live {

void LiveTally::startDay(QDate day, const QTimeZone &zone, int intervalSeconds)
{
    m_day = day;
    m_period = ReportPeriod::fromDates(day, day, zone);
    m_dayStartLocal = m_period ? m_period->localSeconds(m_period->startUtc()) : 0;
    m_intervalSeconds = intervalSeconds;
    m_intervalCount = 86400 / m_intervalSeconds;
    m_closedByInterval.assign(std::size_t(m_intervalCount), {});
    m_closedToday = {};
    m_closedByAgent.clear();
    m_closedSignedInSeconds.assign(std::size_t(m_intervalCount), 0);
    m_closedStateSeconds = {};
    m_intervals.clear();
    m_intervals.reserve(m_intervalCount);
    for (int i = 0; i < m_intervalCount; ++i) {
        IntervalLive interval;
        const QTime start = QTime(0, 0).addSecs(i * m_intervalSeconds);
        interval.startUtc = QDateTime(day, start, zone).toSecsSinceEpoch();
        interval.endUtc =
            i + 1 < m_intervalCount
                ? QDateTime(day, QTime(0, 0).addSecs((i + 1) * m_intervalSeconds), zone).toSecsSinceEpoch()
                : (m_period ? m_period->endUtc() : interval.startUtc + m_intervalSeconds);
        interval.label = start.toString(QStringLiteral("HH:mm"));
        m_intervals.append(interval);
    }
}

void LiveTally::addSignedIn(qint64 from, qint64 to, std::vector<qint64> &seconds) const
{
    for (int i = std::max(0, intervalOf(from)); i < m_intervalCount; ++i) {
        const IntervalLive &interval = m_intervals.at(i);
        if (interval.startUtc >= to)
            break;
        const qint64 overlap = std::min(to, interval.endUtc) - std::max(from, interval.startUtc);
        if (overlap > 0)
            seconds[std::size_t(i)] += overlap;
    }
}

int LiveTally::intervalOf(qint64 utc) const
{
    if (!m_period)
        return -1;
    const int index = Forecast::intervalIndex(m_period->localSeconds(utc), m_dayStartLocal, m_intervalSeconds);
    return index >= 0 && index < m_intervalCount ? index : -1;
}

void LiveTally::addClosedConversation(const ConversationRow &row, const ServiceRules &rules)
{
    if (!m_period || !m_period->contains(row.c.arrivedAt))
        return;
    const int index = intervalOf(row.c.arrivedAt);
    if (index < 0)
        return;
    const ConversationOutcome outcome = evaluateConversation(row.c, rules, row.c.arrivedAt);
    m_closedByInterval[std::size_t(index)][std::size_t(row.c.channel)].add(row.c, outcome);
    m_closedToday[std::size_t(row.c.channel)].add(row.c, outcome);
    if (outcome.answered && !row.agentId.empty()) {
        AgentTally &t = m_closedByAgent[row.agentId];
        ++t.handled;
        if (outcome.handleSeconds) {
            ++t.ended;
            t.handleSum += *outcome.handleSeconds;
        }
    }
}

void LiveTally::addClosedState(const StateRow &row)
{
    if (!m_period || !row.endedAt)
        return;
    const qint64 from = std::max(row.startedAt, m_period->startUtc());
    const qint64 to = std::min(*row.endedAt, m_period->endUtc());
    if (to <= from)
        return;
    m_closedStateSeconds[std::size_t(row.state)] += to - from;
    if (!isSignedIn(row.state))
        return;
    addSignedIn(from, to, m_closedSignedInSeconds);
}

void LiveTally::computeSnapshot(LiveSnapshot &s, const std::vector<ConversationRow> &openConversations,
                                const std::vector<StateRow> &openStates, const std::vector<AgentRow> &agents) const
{
    const qint64 now = s.now;
    const ServiceRules &rules = s.rules;
    s.today = m_day;
    s.dayStartUtc = m_period->startUtc();
    s.dayEndUtc = m_period->endUtc();
    s.intervalMinutes = m_intervalSeconds / 60;
    s.currentInterval = intervalOf(now);

    // Open contacts: the queue, the work in hand, and their part of today's figures.
    std::array<ServiceGroup, ChannelCount> openToday;
    std::array<ServiceGroup, ChannelCount> openCurrent;
    std::vector<std::array<qint64, ChannelCount>> openOffered(static_cast<std::size_t>(m_intervalCount));
    std::unordered_map<std::string, std::pair<int, qint64>> inHand; // agent → current contacts, handled today
    std::array<std::unordered_set<std::string>, ChannelCount> handling;
    s.waiting.clear();
    for (ChannelLive &c : s.channels) {
        c.waiting = 0;
        c.oldestWaitingSince.reset();
        c.agentsHandling = 0;
    }
    for (const ConversationRow &row : openConversations) {
        const std::size_t channel = std::size_t(row.c.channel);
        const ConversationOutcome outcome = evaluateConversation(row.c, rules, now);
        const bool isToday = m_period->contains(row.c.arrivedAt);
        if (isToday) {
            openToday[channel].add(row.c, outcome);
            const int index = intervalOf(row.c.arrivedAt);
            if (index >= 0)
                ++openOffered[std::size_t(index)][channel];
            if (index == s.currentInterval && index >= 0)
                openCurrent[channel].add(row.c, outcome);
        }
        if (outcome.waiting) {
            if (row.c.arrivedAt > now)
                continue; // written by a feed ahead of the watermark
            WaitingContact w;
            w.id = row.id;
            w.channel = row.c.channel;
            w.queue = row.queue;
            w.vip = row.vip;
            w.category = row.category;
            w.arrivedAt = row.c.arrivedAt;
            w.threshold = rules.threshold(row.c.channel);
            s.waiting.append(std::move(w));
            for (ChannelLive *c : {&s.channels[channel], &s.channels[ChannelCount]}) {
                ++c->waiting;
                if (!c->oldestWaitingSince || row.c.arrivedAt < *c->oldestWaitingSince)
                    c->oldestWaitingSince = row.c.arrivedAt;
            }
        } else if (outcome.answered && !row.agentId.empty()) {
            auto &[current, handled] = inHand[row.agentId];
            ++current;
            if (isToday)
                ++handled;
            handling[channel].insert(row.agentId);
        }
    }
    std::sort(s.waiting.begin(), s.waiting.end(), [now](const WaitingContact &a, const WaitingContact &b) {
        if (a.vip != b.vip)
            return a.vip;
        const double aWaited = a.thresholdsWaited(now);
        const double bWaited = b.thresholdsWaited(now);
        if (aWaited != bWaited)
            return aWaited > bWaited;
        if (a.arrivedAt != b.arrivedAt)
            return a.arrivedAt < b.arrivedAt;
        return a.id < b.id;
    });

    // Today and the current interval, per channel and together.
    ServiceGroup allToday;
    ServiceGroup allCurrent;
    for (int c = 0; c < ChannelCount; ++c) {
        ServiceGroup today = m_closedToday[std::size_t(c)];
        today.merge(openToday[std::size_t(c)]);
        ServiceGroup current;
        if (s.currentInterval >= 0)
            current = m_closedByInterval[std::size_t(s.currentInterval)][std::size_t(c)];
        current.merge(openCurrent[std::size_t(c)]);
        ChannelLive &live = s.channels[std::size_t(c)];
        live.today = today.figures();
        live.currentInterval = current.figures();
        live.agentsHandling = int(handling[std::size_t(c)].size());
        allToday.merge(today);
        allCurrent.merge(current);
    }
    std::unordered_set<std::string> anyHandling;
    for (const auto &set : handling)
        anyHandling.insert(set.begin(), set.end());
    s.channels[ChannelCount].today = allToday.figures();
    s.channels[ChannelCount].currentInterval = allCurrent.figures();
    s.channels[ChannelCount].agentsHandling = int(anyHandling.size());

    // Agents: who is on the floor, in which state since when, and their day so far.
    std::unordered_map<std::string, const StateRow *> stateOf;
    for (const StateRow &row : openStates) {
        const StateRow *&known = stateOf[row.agentId];
        if (!known || row.startedAt > known->startedAt)
            known = &row;
    }
    s.agents.clear();
    s.agentsByState = {};
    for (const AgentRow &agent : agents) {
        LiveAgent a;
        a.id = agent.id;
        a.name = agent.name;
        a.team = agent.team;
        if (const auto it = stateOf.find(agent.key); it != stateOf.end()) {
            a.state = it->second->state;
            a.stateSince = it->second->startedAt;
        }
        if (const auto it = inHand.find(agent.key); it != inHand.end()) {
            a.currentContacts = it->second.first;
            a.handledToday += it->second.second;
        }
        if (const auto it = m_closedByAgent.find(agent.key); it != m_closedByAgent.end()) {
            a.handledToday += it->second.handled;
            a.endedToday = it->second.ended;
            a.handleSecondsToday = it->second.handleSum;
        }
        ++s.agentsByState[std::size_t(a.state)];
        s.agents.append(std::move(a));
    }

    // Occupancy now and today, and the signed-in agents of each interval.
    std::array<qint64, AgentStateCount> stateSeconds = m_closedStateSeconds;
    std::vector<qint64> signedInSeconds = m_closedSignedInSeconds;
    for (const StateRow &row : openStates) {
        const qint64 from = std::max(row.startedAt, s.dayStartUtc);
        const qint64 to = std::min(now, s.dayEndUtc);
        if (to <= from)
            continue;
        stateSeconds[std::size_t(row.state)] += to - from;
        if (!isSignedIn(row.state))
            continue;
        addSignedIn(from, to, signedInSeconds);
    }
    const auto occupancy = [](qint64 available, qint64 busy, qint64 wrap) -> std::optional<double> {
        const qint64 base = available + busy + wrap;
        return base > 0 ? std::optional<double>(100.0 * double(busy + wrap) / double(base)) : std::nullopt;
    };
    const auto count = [&s](AgentState state) {
        return qint64(s.agentsByState[std::size_t(state)]);
    };
    s.occupancyNowPct = occupancy(count(AgentState::Available), count(AgentState::Busy), count(AgentState::Wrap));
    s.occupancyTodayPct =
        occupancy(stateSeconds[std::size_t(AgentState::Available)], stateSeconds[std::size_t(AgentState::Busy)],
                  stateSeconds[std::size_t(AgentState::Wrap)]);

    for (int i = 0; i < m_intervalCount && i < s.intervals.size(); ++i) {
        IntervalLive &interval = s.intervals[i];
        interval.started = now >= interval.startUtc;
        for (int c = 0; c < ChannelCount; ++c) {
            interval.offered[std::size_t(c)] = m_closedByInterval[std::size_t(i)][std::size_t(c)].offered() +
                                               openOffered[std::size_t(i)][std::size_t(c)];
        }
        const qint64 elapsed = std::min(now, interval.endUtc) - interval.startUtc;
        interval.signedInAgents = interval.started && elapsed > 0
                                      ? std::optional<double>(double(signedInSeconds[std::size_t(i)]) / double(elapsed))
                                      : std::nullopt;
    }
}

} // namespace kefu::live
