#include "ScorecardReport.h"

#include "core/Formats.h"

#include <algorithm>
#include <cmath>

namespace kefu::scorecards {

QString ScorecardReport::columnTitle(Column column, Durations durations)
{
    if (durations == Durations::Written) {
        switch (column) {
        case Column::Asa:
            return tr("ASA");
        case Column::P90Wait:
            return tr("90th percentile wait");
        case Column::Aht:
            return tr("AHT");
        default:
            break;
        }
    }
    switch (column) {
    case Column::AgentId:
        return tr("Agent ID");
    case Column::Name:
        return tr("Name");
    case Column::Team:
        return tr("Team");
    case Column::Handled:
        return tr("Handled");
    case Column::Response:
        return tr("Response within target (%)");
    case Column::Asa:
        return tr("ASA (s)");
    case Column::P90Wait:
        return tr("90th percentile wait (s)");
    case Column::Aht:
        return tr("AHT (s)");
    case Column::Fcr:
        return tr("FCR (%)");
    case Column::CsatMean:
        return tr("CSAT mean");
    case Column::CsatTop2:
        return tr("CSAT top-2 (%)");
    case Column::CsatResponses:
        return tr("CSAT responses");
    case Column::Transfers:
        return tr("Transfers per contact");
    case Column::Occupancy:
        return tr("Occupancy (%)");
    case Column::Adherence:
        return tr("Adherence (%)");
    case Column::Qa:
        return tr("QA score");
    case Column::Composite:
        return tr("Composite");
    case Column::Rank:
        return tr("Rank");
    case Column::AsaRealtime:
        return tr("Real-time ASA (s)");
    case Column::P90Realtime:
        return tr("Real-time 90th percentile wait (s)");
    case Column::EmailReply:
        return tr("E-mail reply time (s)");
    }
    return {};
}

QStringList ScorecardReport::agentColumnTitles()
{
    QStringList titles;
    for (int c = 0; c < ColumnCount; ++c)
        titles.append(columnTitle(static_cast<Column>(c)));
    return titles;
}

QString ScorecardReport::waitDefinition(Column column)
{
    switch (column) {
    case Column::Asa:
        return tr("asa_s: mean wait of all answered contacts, e-mail included (metrics.md); e-mail's waits of hours "
                  "swamp it, so the window and the PDF show the real-time ASA and the e-mail reply time instead");
    case Column::P90Wait:
        return tr("p90_wait_s: nearest-rank 90th percentile of the wait of all answered contacts, e-mail included");
    case Column::AsaRealtime:
        return tr("asa_realtime_s: mean wait of the answered chat, phone and social contacts (a KefuDesk column "
                  "after the spec's)");
    case Column::P90Realtime:
        return tr("p90_realtime_s: nearest-rank 90th percentile of the same waits: the value at position ⌈0.9·n⌉ "
                  "in ascending order (a KefuDesk column)");
    case Column::EmailReply:
        return tr("email_reply_s: mean wait of the answered e-mails, from arrival to the reply (a KefuDesk column)");
    default:
        return {};
    }
}

QString ScorecardReport::componentName(ScoreComponent component)
{
    switch (component) {
    case ScoreComponent::Responsiveness:
        return tr("Responsiveness");
    case ScoreComponent::Handling:
        return tr("Handling");
    case ScoreComponent::Resolution:
        return tr("Resolution");
    case ScoreComponent::Satisfaction:
        return tr("Satisfaction");
    case ScoreComponent::Quality:
        return tr("Quality");
    case ScoreComponent::Discipline:
        return tr("Discipline");
    }
    return {};
}

QString ScorecardReport::measureName(ScoreComponent component, Durations durations)
{
    switch (component) {
    case ScoreComponent::Responsiveness:
        return columnTitle(Column::Response);
    case ScoreComponent::Handling:
        return columnTitle(Column::Aht, durations);
    case ScoreComponent::Resolution:
        return columnTitle(Column::Fcr);
    case ScoreComponent::Satisfaction:
        return columnTitle(Column::CsatMean);
    case ScoreComponent::Quality:
        return columnTitle(Column::Qa);
    case ScoreComponent::Discipline:
        return columnTitle(Column::Adherence);
    }
    return {};
}

QString ScorecardReport::direction(ScoreComponent component)
{
    return ScorecardRules::lowerIsBetter(component) ? tr("lower is better") : tr("higher is better");
}

int ScorecardReport::decimals(ScoreComponent component)
{
    switch (component) {
    case ScoreComponent::Responsiveness:
    case ScoreComponent::Resolution:
    case ScoreComponent::Discipline:
        return format::PercentDecimals;
    case ScoreComponent::Handling:
        return format::SecondsDecimals;
    case ScoreComponent::Satisfaction:
        return format::CsatDecimals;
    case ScoreComponent::Quality:
        return format::ScoreDecimals;
    }
    return format::ScoreDecimals;
}

QString ScorecardReport::valueText(ScoreComponent component, std::optional<double> value)
{
    if (component == ScoreComponent::Handling)
        return format::duration(value);
    return format::number(value, decimals(component));
}

QString ScorecardReport::trendTitle(TrendFigure figure, Durations durations)
{
    if (figure == TrendFigure::Handled)
        return columnTitle(Column::Handled);
    if (figure == TrendFigure::Composite)
        return columnTitle(Column::Composite);
    const std::optional<ScoreComponent> component = trendComponent(figure);
    return component ? measureName(*component, durations) : QString();
}

int ScorecardReport::decimals(TrendFigure figure)
{
    if (figure == TrendFigure::Handled)
        return 0;
    const std::optional<ScoreComponent> component = trendComponent(figure);
    return component ? decimals(*component) : format::ScoreDecimals;
}

QString ScorecardReport::trendText(TrendFigure figure, std::optional<double> value)
{
    if (figure == TrendFigure::Handled)
        return value ? format::count(qint64(std::llround(*value))) : format::empty();
    const std::optional<ScoreComponent> component = trendComponent(figure);
    return component ? valueText(*component, value) : format::number(value, decimals(figure));
}

ChartAxis ScorecardReport::trendAxis(TrendFigure figure, double low, double high, int maxSteps)
{
    switch (figure) {
    case TrendFigure::Composite:
    case TrendFigure::Qa:
        return scoreAxis(maxSteps);
    case TrendFigure::Response:
    case TrendFigure::Fcr:
    case TrendFigure::Adherence:
        return niceAxis(low, high, maxSteps, false, 100);
    case TrendFigure::Csat:
        return niceAxis(low, high, maxSteps, false, 5);
    case TrendFigure::Aht:
        return durationAxis(low, high, maxSteps);
    case TrendFigure::Handled:
        return niceAxis(low, high, maxSteps, true);
    }
    return niceAxis(low, high, maxSteps);
}

QString ScorecardReport::axisLabel(TrendFigure figure, double value, const ChartAxis &axis)
{
    if (figure == TrendFigure::Aht)
        return format::duration(value);
    return format::number(value, axis.decimals());
}

std::optional<double> ScorecardReport::trendValue(const AgentScorecard &card, TrendFigure figure)
{
    switch (figure) {
    case TrendFigure::Handled:
        return double(card.handled);
    case TrendFigure::Composite:
        return card.composite;
    default:
        break;
    }
    const std::optional<ScoreComponent> component = trendComponent(figure);
    return component ? componentValue(card, *component) : std::nullopt;
}

std::optional<ScoreComponent> ScorecardReport::trendComponent(TrendFigure figure)
{
    switch (figure) {
    case TrendFigure::Response:
        return ScoreComponent::Responsiveness;
    case TrendFigure::Aht:
        return ScoreComponent::Handling;
    case TrendFigure::Fcr:
        return ScoreComponent::Resolution;
    case TrendFigure::Csat:
        return ScoreComponent::Satisfaction;
    case TrendFigure::Qa:
        return ScoreComponent::Quality;
    case TrendFigure::Adherence:
        return ScoreComponent::Discipline;
    case TrendFigure::Handled:
    case TrendFigure::Composite:
        break;
    }
    return std::nullopt;
}

QString ScorecardReport::teamTitle(const QString &team)
{
    return team.isEmpty() ? tr("All teams") : team;
}

std::optional<double> ScorecardReport::rounded(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    // Through the CSV's own text, so that both round the same way (ReportTable::decimal).
    const double r = QString::number(*value, 'f', decimals).toDouble();
    return r == 0.0 ? 0.0 : r; // no -0
}

QList<std::optional<AgentScorecard>> ScorecardReport::teamTrend(const ScorecardBook &book)
{
    QList<std::optional<AgentScorecard>> trend;
    for (qsizetype w = 0; w < book.weekStarts.size(); ++w) {
        QList<AgentScorecard> cards;
        for (auto it = book.weekly.cbegin(); it != book.weekly.cend(); ++it) {
            if (w < it.value().size() && it.value().at(w))
                cards.append(*it.value().at(w));
        }
        if (cards.isEmpty()) {
            trend.append(std::nullopt);
            continue;
        }
        AgentScorecard team = pool(cards, book.rules);
        team.team = book.team;
        trend.append(team);
    }
    return trend;
}

QStringList ScorecardReport::trendAgents(const ScorecardBook &book)
{
    QStringList agents;
    for (const AgentScorecard &c : book.cards) {
        if (book.weekly.contains(c.agentId))
            agents.append(c.agentId);
    }
    QStringList others;
    for (auto it = book.weekly.cbegin(); it != book.weekly.cend(); ++it) {
        if (!agents.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    return agents + others;
}

} // namespace kefu::scorecards
