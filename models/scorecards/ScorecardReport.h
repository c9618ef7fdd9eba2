#pragma once

#include "ScorecardBook.h"
#include "core/ChartAxis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kefu::scorecards {

// The figures a weekly trend follows (the XLSX columns in this order).
enum class TrendFigure { Handled, Response, Aht, Fcr, Csat, Qa, Adherence, Composite };
inline constexpr int TrendFigureCount = 8;

// What the printed and exported scorecards (PDF, XLSX of `report agents`) say and how they write a
// figure: the words go through the current translator, figures through core/Formats.
class ScorecardReport final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::scorecards::ScorecardReport)

public:
    // The columns of report agents, in cli.md's order then the appended ones (those of
    // ReportTable::agents), and their titles.
    enum class Column {
        AgentId,
        Name,
        Team,
        Handled,
        Response,
        Asa,
        P90Wait,
        Aht,
        Fcr,
        CsatMean,
        CsatTop2,
        CsatResponses,
        Transfers,
        Occupancy,
        Adherence,
        Qa,
        Composite,
        Rank,
        AsaRealtime, // KefuDesk's appended columns (ReportTable::waitColumns)
        P90Realtime,
        EmailReply
    };
    static constexpr int ColumnCount = 21;
    // How a title names a duration: "AHT (s)" over a number of seconds (the XLSX), "AHT" over a
    // duration written for people ("6:22", the PDF).
    enum class Durations { InSeconds, Written };
    static QString columnTitle(Column column, Durations durations = Durations::InSeconds);
    static QStringList agentColumnTitles();
    // What a wait column means, for the definitions of the XLSX and the PDF (Asa, P90Wait and the
    // appended AsaRealtime, P90Realtime, EmailReply); empty for the other columns.
    static QString waitDefinition(Column column);
    static QString componentName(ScoreComponent component); // "Responsiveness", …
    // "Response within target (%)", "AHT (s)", …
    static QString measureName(ScoreComponent component, Durations durations = Durations::InSeconds);
    static QString direction(ScoreComponent component); // "higher is better" / "lower is better"
    // Digits after the point of a component's metric, as the CSV writes it (csat_mean 2, others 1).
    static int decimals(ScoreComponent component);

    // A component's metric (or its target) written for people: AHT as a duration, the others with
    // the CSV's decimals.
    static QString valueText(ScoreComponent component, std::optional<double> value);

    static QString trendTitle(TrendFigure figure, Durations durations = Durations::InSeconds);
    static int decimals(TrendFigure figure);
    // A trend's value written for people, as valueText() writes it.
    static QString trendText(TrendFigure figure, std::optional<double> value);
    // The value axis of a figure's trend over [low, high] (core/ChartAxis): 0 to 100 for the
    // composite and the QA score, percentages never past 100 and CSAT never past 5, whole contacts,
    // AHT in round durations. Its tick labels by axisLabel().
    static ChartAxis trendAxis(TrendFigure figure, double low, double high, int maxSteps);
    static QString axisLabel(TrendFigure figure, double value, const ChartAxis &axis);
    static std::optional<double> trendValue(const AgentScorecard &card, TrendFigure figure);
    // The component whose target applies to a figure (none for handled and the composite).
    static std::optional<ScoreComponent> trendComponent(TrendFigure figure);

    // A channel as the queue pane names it ("Chat", "Phone", "E-mail", "Social").

    // The team of a book as a title: its name, or "All teams".
    static QString teamTitle(const QString &team);
    // value rounded to decimals, as the CSV shows it (so that an XLSX cell equals its CSV field).
    static std::optional<double> rounded(std::optional<double> value, int decimals);

    // The team's weekly trend: the agents' weekly cards pooled week by week (aligned with
    // book.weekStarts; empty for a week in which no agent had anything).
    static QList<std::optional<AgentScorecard>> teamTrend(const ScorecardBook &book);
    // The agents that have a weekly trend: those of book.cards first, in their order, then any other
    // of book.weekly by id.
    static QStringList trendAgents(const ScorecardBook &book);
};

} // namespace kefu::scorecards
