#pragma once

#include "metrics/ReportPeriod.h"

#include "metrics/AgentMetrics.h"
#include "metrics/Rating.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace kefu {
class Session;
}

namespace kefu::scorecards {

// The period presets (metrics/ReportPeriod.h), as the scorecards pane has always named them.
using kefu::PeriodPreset;
using kefu::presetDates;

// Everything the scorecards pane, `report agents` and its PDF / XLSX show for one period and team.
struct ScorecardBook
{
    QDate first;
    QDate last;
    QString team; // empty: every team
    QTimeZone zone; // the store's: the days of the period and of the weeks are local days there
    ScorecardRules rules;
    ServiceRules service; // the thresholds behind response_within_target_pct, stated by the reports
    qint64 now = 0; // the clock the book was computed at (open states and waits end here)
    QList<AgentScorecard> cards; // ordered by agent id, ranked
    int rankedAgents = 0;        // agents with a rank before any restriction: "rank 4 of 37"
    double occupancyMinPct = 70; // the occupancy target range the ratings use
    double occupancyMaxPct = 80;
    // The team as one: contacts, seconds and reviews of all its agents pooled (so every mean is the
    // mean over the team's contacts, not a mean of means), scored against the same targets; no rank.
    // Its p90s are those of all the team's contacts (buildBook reads them with the cards).
    AgentScorecard summary;
    // The mean of the agents' component scores (those that have the component), for the radar.
    std::array<std::optional<double>, ScoreComponentCount> averageScores{};

    // Weekly trends: Monday of each of the last `weeks` weeks up to the one holding `last`, and each
    // agent's card for those weeks (aligned with weekStarts; empty when the agent had nothing).
    QList<QDate> weekStarts;
    QHash<QString, QList<std::optional<AgentScorecard>>> weekly;
};

// What a person without "view all scorecards" may see of book: their own card and trends only. With
// a team, the team's pooled row and component means stay (aggregates of the team they belong to);
// without one, those become their own. A session that may see all keeps everything.
void restrictTo(ScorecardBook &book, const Session &session);

// The metric a component scores (value of the card), empty when the card has none.
std::optional<double> componentValue(const AgentScorecard &card, ScoreComponent component);
std::optional<double> componentScore(const AgentScorecard &card, ScoreComponent component);

// How a figure stands against its target (metrics/Rating): near it is within 10 % of the target (at
// least 90 % of a higher-is-better target, at most 110 % of a lower-is-better one). The composite is a
// score out of 100: on target from 90, near from 80 (docs/decisions.md).
Rating rate(ScoreComponent component, std::optional<double> value, double target);
Rating rateComposite(std::optional<double> composite);
// Occupancy has a range (target.occupancy_min_pct … max): inside on target, below near, above off.
Rating rateOccupancy(std::optional<double> value, double minimum, double maximum);

// What a rating means in the scorecards, in words, for the cells' tooltips ("within 10 % of the
// target"); empty for None.
enum class RatedFigure { Kpi, Composite, Occupancy };
QString ratingMeaning(Rating rating, RatedFigure figure);
// The three together, for a key (the pane's legend and the PDF's): "within 10 % of the target
// (composite from 80; occupancy under its range)".
QString ratingKey(Rating rating);

// Pools cards into one (see ScorecardBook::summary); percentiles only from a single card.
AgentScorecard pool(const QList<AgentScorecard> &cards, const ScorecardRules &rules);

struct BookOptions
{
    QDate first;
    QDate last;
    QString team;
    qint64 now = 0;   // UTC seconds: open states and contacts still waiting end here
    int trendWeeks = 0; // 0: no trends; the pane asks for 12
    QString trendAgent; // only this agent's trends (the detail view); empty: every agent's
};

std::optional<ScorecardBook> buildBook(QSqlDatabase &db, const QTimeZone &zone, const BookOptions &options,
                                       QString *error);
// Only the weekly trends (options.trendWeeks up to the week of options.last), into book.weekStarts and
// book.weekly: what the agent detail reads when another agent is chosen.
bool addTrends(QSqlDatabase &db, const QTimeZone &zone, const BookOptions &options, ScorecardBook &book,
               QString *error);

} // namespace kefu::scorecards
