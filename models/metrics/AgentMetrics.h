#pragma once

#include "ReportPeriod.h"
#include "ServiceMetrics.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>

namespace kefu {

// The components of the composite score (metrics.md "Composite score"), in the order it lists them.
enum class ScoreComponent { Responsiveness, Handling, Resolution, Satisfaction, Quality, Discipline };
inline constexpr int ScoreComponentCount = 6;

// Targets and weights of the composite score, store settings.
struct ScorecardRules
{
    std::array<double, ScoreComponentCount> targets{80, 300, 75, 4.5, 90, 95};
    std::array<double, ScoreComponentCount> weights{20, 15, 20, 20, 20, 5};

    double target(ScoreComponent c) const { return targets[static_cast<int>(c)]; }
    double weight(ScoreComponent c) const { return weights[static_cast<int>(c)]; }
    static ScorecardRules fromStore(QSqlDatabase &db);

    static QString componentId(ScoreComponent component); // "responsiveness", …
    static QString metricId(ScoreComponent component);    // "response_within_target_pct", …
    static bool lowerIsBetter(ScoreComponent component);
    // 0–100 against the target: higher-is-better min(100, 100·value/target), lower-is-better
    // min(100, 100·target/value) with 0 scoring 100.
    static double score(ScoreComponent component, double value, double target);
};

struct ComponentScore
{
    ScoreComponent component = ScoreComponent::Responsiveness;
    double value = 0;
    double target = 0;
    double weight = 0;
    double score = 0;
};

// One agent's scorecard for a period (metrics.md "Per agent").
struct AgentScorecard
{
    QString agentId;
    QString name;
    QString team;
    ServiceFigures conversations; // over the agent's answered conversations
    qint64 handled = 0;
    std::optional<double> responseWithinTargetPct;
    // Seconds in the period, from agent states and shifts.
    qint64 availableSeconds = 0;
    qint64 busySeconds = 0;
    qint64 wrapSeconds = 0;
    qint64 scheduledSeconds = 0;
    qint64 adheringSeconds = 0; // scheduled seconds in available, busy, wrap, training or meeting
    std::optional<double> occupancyPct;
    std::optional<double> adherencePct;
    int qaReviews = 0;
    std::optional<double> qaScore;
    QList<ComponentScore> components; // only the components whose metric is not empty
    std::optional<double> composite;
    std::optional<int> rank; // 1 = best; empty without a composite
};

struct AgentReportOptions
{
    QString team;       // only this team; empty = every team
    qint64 now = 0;     // UTC seconds: open states, contacts still waiting and shifts end here
    int maxThreads = 0; // for long periods: 0 = one per core up to four, 1 = this thread only
};

// The agent scorecards: one pass over the period's answered conversations (arrived_at index) plus the
// states, shifts and QA reviews of the period, aggregated here. Rows are ordered by agent id and hold
// every active agent and every agent with something in the period. *pooled, when given, gets the
// figures of all the cards' conversations together (the team's p90 waits).
class AgentMetrics final
{
public:
    static std::optional<QList<AgentScorecard>> report(QSqlDatabase &db, const ReportPeriod &period,
                                                       const AgentReportOptions &options, QString *error);
    static std::optional<QList<AgentScorecard>> report(QSqlDatabase &db, const ReportPeriod &period,
                                                       const AgentReportOptions &options, const ServiceRules &service,
                                                       const ScorecardRules &scorecard, QString *error,
                                                       ServiceFigures *pooled = nullptr);

    // Fills components and composite from the metrics of card.
    static void score(AgentScorecard &card, const ScorecardRules &rules);
    // Sets rank: 1 = best composite, ties by agent id ascending; cards without a composite get none.
    static void rank(QList<AgentScorecard> &cards);
};

} // namespace kefu
