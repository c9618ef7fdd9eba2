#include "AgentMetrics.h"

#include "PeriodScan.h"
#include "store/StoreSettings.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace kefu {

namespace {

struct Span
{
    qint64 start;
    qint64 end;
    std::optional<AgentState> state; // empty: a state KefuDesk does not know
};

struct AgentWork
{
    AgentScorecard card;
    bool active = false;
    bool seen = false; // something of the agent lies in the period
    ServiceGroup conversations;
    std::vector<Span> states;
    std::vector<std::pair<qint64, qint64>> shifts;
    double qaSum = 0;
};

std::optional<qint64> optionalInteger(const sql::SqliteStatement &scan, int column)
{
    if (scan.columnIsNull(column))
        return std::nullopt;
    return scan.columnInteger(column);
}

// Binds values in order and reads the statement to its end with onRow; false with *error on a failure.
template<typename OnRow>
bool scanRows(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error, OnRow onRow)
{
    sql::SqliteStatement scan(db, statement.toUtf8());
    scan.bindValues(1, values);
    while (scan.nextRow())
        onRow(scan);
    if (scan.hasError()) {
        if (error)
            *error = scan.errorString();
        return false;
    }
    return true;
}

qint64 overlapWithSchedule(const Span &span, const std::vector<std::pair<qint64, qint64>> &merged)
{
    // merged is sorted and disjoint: start at the first shift that ends after the span starts.
    auto it = std::upper_bound(merged.cbegin(), merged.cend(), span.start,
                               [](qint64 value, const std::pair<qint64, qint64> &s) { return value < s.second; });
    qint64 total = 0;
    for (; it != merged.cend() && it->first < span.end; ++it)
        total += std::min(span.end, it->second) - std::max(span.start, it->first);
    return total;
}

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

ScorecardRules ScorecardRules::fromStore(QSqlDatabase &db)
{
    ScorecardRules rules;
    for (int i = 0; i < ScoreComponentCount; ++i) {
        const auto c = static_cast<ScoreComponent>(i);
        rules.targets[i] = StoreSettings::value(db, QStringLiteral("target.") + metricId(c)).toDouble();
        rules.weights[i] = StoreSettings::value(db, QStringLiteral("weight.") + componentId(c)).toDouble();
    }
    return rules;
}

QString ScorecardRules::componentId(ScoreComponent component)
{
    switch (component) {
    case ScoreComponent::Responsiveness:
        return QStringLiteral("responsiveness");
    case ScoreComponent::Handling:
        return QStringLiteral("handling");
    case ScoreComponent::Resolution:
        return QStringLiteral("resolution");
    case ScoreComponent::Satisfaction:
        return QStringLiteral("satisfaction");
    case ScoreComponent::Quality:
        return QStringLiteral("quality");
    case ScoreComponent::Discipline:
        return QStringLiteral("discipline");
    }
    return {};
}

QString ScorecardRules::metricId(ScoreComponent component)
{
    switch (component) {
    case ScoreComponent::Responsiveness:
        return QStringLiteral("response_within_target_pct");
    case ScoreComponent::Handling:
        return QStringLiteral("aht_s");
    case ScoreComponent::Resolution:
        return QStringLiteral("fcr_pct");
    case ScoreComponent::Satisfaction:
        return QStringLiteral("csat_mean");
    case ScoreComponent::Quality:
        return QStringLiteral("qa_score");
    case ScoreComponent::Discipline:
        return QStringLiteral("adherence_pct");
    }
    return {};
}

bool ScorecardRules::lowerIsBetter(ScoreComponent component)
{
    return component == ScoreComponent::Handling;
}

double ScorecardRules::score(ScoreComponent component, double value, double target)
{
    if (lowerIsBetter(component))
        return value <= 0 ? 100.0 : std::min(100.0, 100.0 * target / value);
    // A target of 0 is met by any value.
    return target <= 0 ? 100.0 : std::min(100.0, 100.0 * value / target);
}

void AgentMetrics::score(AgentScorecard &card, const ScorecardRules &rules)
{
    const std::array<std::optional<double>, ScoreComponentCount> values = {card.responseWithinTargetPct,
                                                                           card.conversations.ahtSeconds,
                                                                           card.conversations.fcrPct,
                                                                           card.conversations.csatMean,
                                                                           card.qaScore,
                                                                           card.adherencePct};
    card.components.clear();
    double weighted = 0;
    double weights = 0;
    for (int i = 0; i < ScoreComponentCount; ++i) {
        if (!values[i])
            continue; // an empty metric drops out of the composite
        ComponentScore s;
        s.component = static_cast<ScoreComponent>(i);
        s.value = *values[i];
        s.target = rules.targets[i];
        s.weight = rules.weights[i];
        s.score = ScorecardRules::score(s.component, s.value, s.target);
        weighted += s.weight * s.score;
        weights += s.weight;
        card.components.append(s);
    }
    card.composite = weights > 0 ? std::optional<double>(weighted / weights) : std::nullopt;
}

void AgentMetrics::rank(QList<AgentScorecard> &cards)
{
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        cards[i].rank.reset();
        if (cards.at(i).composite)
            order.push_back(i);
    }
    // Composites that differ only by floating-point noise are a tie.
    constexpr double Tie = 1e-9;
    std::sort(order.begin(), order.end(), [&cards](qsizetype a, qsizetype b) {
        const double ca = *cards.at(a).composite;
        const double cb = *cards.at(b).composite;
        if (std::abs(ca - cb) > Tie)
            return ca > cb;
        return cards.at(a).agentId < cards.at(b).agentId;
    });
    for (std::size_t i = 0; i < order.size(); ++i)
        cards[order[i]].rank = static_cast<int>(i) + 1;
}

std::optional<QList<AgentScorecard>> AgentMetrics::report(QSqlDatabase &db, const ReportPeriod &period,
                                                          const AgentReportOptions &options, QString *error)
{
    return report(db, period, options, ServiceRules::fromStore(db), ScorecardRules::fromStore(db), error);
}

std::optional<QList<AgentScorecard>> AgentMetrics::report(QSqlDatabase &db, const ReportPeriod &period,
                                                          const AgentReportOptions &options,
                                                          const ServiceRules &service, const ScorecardRules &scorecard,
                                                          QString *error, ServiceFigures *pooled)
{
    const qint64 start = period.startUtc();
    const qint64 end = period.endUtc();
    // Open states and shifts count up to now, not beyond: the future is neither worked nor missed.
    const qint64 until = std::clamp(options.now, start, end);
    const bool byTeam = !options.team.isEmpty();
    const QString teamFilter =
        byTeam ? QStringLiteral(" AND agent_id IN (SELECT id FROM agents WHERE team = ?)") : QString();
    const auto bind = [&](QVariantList values) {
        if (byTeam)
            values.append(options.team);
        return values;
    };

    std::vector<AgentWork> agents;
    QHash<QByteArray, qsizetype> index; // by the UTF-8 id, as the scans deliver it
    const bool agentsRead = scanRows(db,
                                     QStringLiteral("SELECT id, name, team, active FROM agents") +
                                         (byTeam ? QStringLiteral(" WHERE team = ?") : QString()),
                                     bind({}), error, [&](const sql::SqliteStatement &row) {
                                         AgentWork w;
                                         w.card.agentId = QString::fromUtf8(row.columnBytes(0));
                                         w.card.name = QString::fromUtf8(row.columnBytes(1));
                                         w.card.team = QString::fromUtf8(row.columnBytes(2));
                                         w.active = row.columnInteger(3) == 1;
                                         index.insert(QByteArrayView(row.columnBytes(0)).toByteArray(),
                                                      static_cast<qsizetype>(agents.size()));
                                         agents.push_back(std::move(w));
                                     });
    if (!agentsRead)
        return std::nullopt;
    // An id without an agents row (the foreign key is not enforced on every store) still gets a card.
    const auto agentFor = [&](QByteArrayView id) -> AgentWork * {
        const auto it = index.constFind(QByteArray::fromRawData(id.data(), id.size()));
        if (it != index.cend())
            return &agents[static_cast<std::size_t>(*it)];
        if (byTeam)
            return nullptr;
        AgentWork w;
        w.card.agentId = QString::fromUtf8(id);
        w.card.name = w.card.agentId;
        index.insert(id.toByteArray(), static_cast<qsizetype>(agents.size()));
        agents.push_back(std::move(w));
        return &agents.back();
    };

    // Conversations: the answered ones of the period, by their answering agent. The slices read the
    // agents' index without changing it; an id missing from it waits in the slice's own list.
    struct Part
    {
        std::vector<ServiceGroup> byAgent;
        QHash<QByteArray, ServiceGroup> unknown;
    };
    std::vector<Part> parts;
    const qint64 days = period.last().toJulianDay() - period.first().toJulianDay() + 1;
    const QString statement =
        QStringLiteral("SELECT agent_id, channel, arrived_at, answered_at, ended_at, wrap_seconds, transfers,"
                       " resolved, csat FROM conversations"
                       " WHERE arrived_at >= ? AND arrived_at < ? AND answered_at IS NOT NULL") +
        teamFilter;
    const bool conversationsRead = scanInSlices(
        db, statement, start, end, bind({}), sliceCountFor(days, options.maxThreads), parts,
        [&](const sql::SqliteStatement &row, Part &part) {
            const std::optional<Channel> channel = channelFromUtf8(row.columnBytes(1));
            if (!channel)
                return;
            Conversation c;
            c.channel = *channel;
            c.arrivedAt = row.columnInteger(2);
            c.answeredAt = optionalInteger(row, 3);
            c.endedAt = optionalInteger(row, 4);
            c.wrapSeconds = optionalInteger(row, 5);
            c.transfers = optionalInteger(row, 6);
            c.resolved = optionalInteger(row, 7);
            c.csat = optionalInteger(row, 8);
            const ConversationOutcome outcome = evaluateConversation(c, service, options.now);
            const QByteArrayView id = row.columnBytes(0);
            const auto it = index.constFind(QByteArray::fromRawData(id.data(), id.size()));
            if (it != index.cend()) {
                if (part.byAgent.empty())
                    part.byAgent.resize(agents.size());
                part.byAgent[static_cast<std::size_t>(*it)].add(c, outcome);
            } else if (!byTeam) {
                part.unknown[id.toByteArray()].add(c, outcome);
            }
        },
        error);
    if (!conversationsRead)
        return std::nullopt;
    for (Part &part : parts) {
        for (std::size_t i = 0; i < part.byAgent.size(); ++i) {
            if (part.byAgent[i].isEmpty())
                continue;
            agents[i].conversations.merge(part.byAgent[i]);
            agents[i].seen = true;
        }
        for (auto it = part.unknown.cbegin(); it != part.unknown.cend(); ++it) {
            AgentWork *agent = agentFor(it.key());
            agent->conversations.merge(it.value());
            agent->seen = true;
        }
    }

    // States: those that start in the period, and per agent the last one before it when it runs into
    // the period (one agent's states never overlap, so no earlier one can). The (agent_id,
    // started_at) key makes that a lookup, not a scan of the history; CROSS JOIN keeps SQLite's
    // planner from scanning all of agent_states first (0.5 s on a year of 300 agents).
    const auto addState = [&](const sql::SqliteStatement &row) {
        AgentWork *agent = agentFor(row.columnBytes(0));
        if (!agent)
            return;
        const qint64 from = std::max(row.columnInteger(2), start);
        const qint64 to = row.columnIsNull(3) ? until : std::min(row.columnInteger(3), end);
        agent->seen = true;
        if (to > from)
            agent->states.push_back({from, to, agentStateFromUtf8(row.columnBytes(1))});
    };
    if (!scanRows(db,
                  QStringLiteral("SELECT agent_id, state, started_at, ended_at FROM agent_states"
                                 " WHERE started_at >= ? AND started_at < ?") +
                      teamFilter,
                  bind({start, end}), error, addState) ||
        !scanRows(db,
                  QStringLiteral("SELECT s.agent_id, s.state, s.started_at, s.ended_at FROM agents a"
                                 " CROSS JOIN agent_states s ON s.agent_id = a.id AND s.started_at ="
                                 " (SELECT max(started_at) FROM agent_states WHERE agent_id = a.id AND started_at < ?)"
                                 " WHERE (s.ended_at IS NULL OR s.ended_at > ?)") +
                      (byTeam ? QStringLiteral(" AND a.team = ?") : QString()),
                  bind({start, start}), error, addState))
        return std::nullopt;

    // Shifts, the same way.
    const auto addShift = [&](const sql::SqliteStatement &row) {
        AgentWork *agent = agentFor(row.columnBytes(0));
        if (!agent)
            return;
        const qint64 from = std::max(row.columnInteger(1), start);
        const qint64 to = std::min(row.columnInteger(2), until);
        agent->seen = true;
        if (to > from)
            agent->shifts.emplace_back(from, to);
    };
    if (!scanRows(db,
                  QStringLiteral("SELECT agent_id, start_at, end_at FROM shifts WHERE start_at >= ? AND start_at < ?") +
                      teamFilter,
                  bind({start, end}), error, addShift) ||
        !scanRows(db,
                  QStringLiteral("SELECT s.agent_id, s.start_at, s.end_at FROM agents a"
                                 " CROSS JOIN shifts s ON s.agent_id = a.id AND s.start_at ="
                                 " (SELECT max(start_at) FROM shifts WHERE agent_id = a.id AND start_at < ?)"
                                 " WHERE s.end_at > ?") +
                      (byTeam ? QStringLiteral(" AND a.team = ?") : QString()),
                  bind({start, start}), error, addShift))
        return std::nullopt;

    // QA reviews reviewed in the period; a failed critical item scores 0.
    const bool reviewsRead = scanRows(
        db,
        QStringLiteral("SELECT agent_id, score, auto_fail FROM qa_reviews WHERE reviewed_at >= ? AND reviewed_at < ?") +
            teamFilter,
        bind({start, end}), error, [&](const sql::SqliteStatement &row) {
            AgentWork *agent = agentFor(row.columnBytes(0));
            if (!agent)
                return;
            agent->qaSum += row.columnInteger(2) == 1 ? 0.0 : row.columnDouble(1);
            ++agent->card.qaReviews;
            agent->seen = true;
        });
    if (!reviewsRead)
        return std::nullopt;

    QList<AgentScorecard> cards;
    ServiceGroup all;
    for (AgentWork &w : agents) {
        if (!w.active && !w.seen)
            continue;
        if (pooled)
            all.merge(w.conversations);
        AgentScorecard &card = w.card;
        card.conversations = w.conversations.figures();
        card.handled = card.conversations.answered;
        card.responseWithinTargetPct = percentOf(card.conversations.answeredWithinThreshold, card.handled);

        for (const Span &s : w.states) {
            const qint64 length = s.end - s.start;
            if (s.state == AgentState::Available)
                card.availableSeconds += length;
            else if (s.state == AgentState::Busy)
                card.busySeconds += length;
            else if (s.state == AgentState::Wrap)
                card.wrapSeconds += length;
        }
        card.occupancyPct =
            percentOf(card.busySeconds + card.wrapSeconds, card.availableSeconds + card.busySeconds + card.wrapSeconds);

        // The schedule as disjoint spans, so that overlapping shifts do not count twice.
        std::sort(w.shifts.begin(), w.shifts.end());
        std::vector<std::pair<qint64, qint64>> schedule;
        for (const auto &shift : w.shifts) {
            if (!schedule.empty() && shift.first <= schedule.back().second)
                schedule.back().second = std::max(schedule.back().second, shift.second);
            else
                schedule.push_back(shift);
        }
        for (const auto &s : schedule)
            card.scheduledSeconds += s.second - s.first;
        for (const Span &s : w.states) {
            if (s.state && adheresToSchedule(*s.state))
                card.adheringSeconds += overlapWithSchedule(s, schedule);
        }
        card.adherencePct = percentOf(card.adheringSeconds, card.scheduledSeconds);

        if (card.qaReviews > 0)
            card.qaScore = w.qaSum / card.qaReviews;
        score(card, scorecard);
        cards.append(std::move(card));
    }
    std::sort(cards.begin(), cards.end(),
              [](const AgentScorecard &a, const AgentScorecard &b) { return a.agentId < b.agentId; });
    rank(cards);
    if (pooled)
        *pooled = all.figures();
    return cards;
}

} // namespace kefu
