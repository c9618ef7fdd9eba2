#include "ScorecardModel.h"

#include <QLocale>

#include <cmath>

namespace kefu::scorecards {

namespace {

QString number(std::optional<double> value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("—");
}

// Seconds as m:ss (h:mm:ss from an hour), as the floor reads waits and handle times.
QString duration(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    const qint64 s = qint64(std::llround(*value));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void ScorecardModel::setCards(const QList<AgentScorecard> &cards, const ScorecardRules &rules, double occupancyMin,
                              double occupancyMax)
{
    beginResetModel();
    m_cards = cards;
    m_rules = rules;
    m_occupancyMin = occupancyMin;
    m_occupancyMax = occupancyMax;
    endResetModel();
}

const AgentScorecard *ScorecardModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards.at(row) : nullptr;
}

int ScorecardModel::rowOf(const QString &agentId) const
{
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards.at(i).agentId == agentId)
            return i;
    return -1;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const AgentScorecard &c = m_cards.at(index.row());
    const ServiceFigures &f = c.conversations;
    const auto value = [&]() -> std::optional<double> {
        switch (index.column()) {
        case RankColumn: return c.rank ? std::optional<double>(*c.rank) : std::nullopt;
        case HandledColumn: return double(c.handled);
        case ResponseColumn: return c.responseWithinTargetPct;
        case AsaColumn: return f.asaSeconds;
        case P90Column: return f.p90WaitSeconds;
        case AhtColumn: return f.ahtSeconds;
        case FcrColumn: return f.fcrPct;
        case CsatColumn: return f.csatMean;
        case CsatTop2Column: return f.csatTop2Pct;
        case CsatResponsesColumn: return double(f.csatResponses);
        case TransfersColumn: return f.transfersAvg;
        case OccupancyColumn: return c.occupancyPct;
        case AdherenceColumn: return c.adherencePct;
        case QaColumn: return c.qaScore;
        case CompositeColumn: return c.composite;
        default: return std::nullopt;
        }
    };
    const auto rating = [&]() -> Rating {
        switch (index.column()) {
        case ResponseColumn: return rate(ScoreComponent::Responsiveness, c.responseWithinTargetPct,
                                                     m_rules.target(ScoreComponent::Responsiveness));
        case AhtColumn: return rate(ScoreComponent::Handling, f.ahtSeconds,
                                                m_rules.target(ScoreComponent::Handling));
        case FcrColumn: return rate(ScoreComponent::Resolution, f.fcrPct,
                                                m_rules.target(ScoreComponent::Resolution));
        case CsatColumn: return rate(ScoreComponent::Satisfaction, f.csatMean,
                                                 m_rules.target(ScoreComponent::Satisfaction));
        case QaColumn: return rate(ScoreComponent::Quality, c.qaScore, m_rules.target(ScoreComponent::Quality));
        case AdherenceColumn: return rate(ScoreComponent::Discipline, c.adherencePct,
                                                      m_rules.target(ScoreComponent::Discipline));
        case OccupancyColumn: return rateOccupancy(c.occupancyPct, m_occupancyMin, m_occupancyMax);
        case CompositeColumn: return rateComposite(c.composite);
        default: return Rating::None;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return c.rank ? QLocale().toString(*c.rank) : QString();
        case AgentColumn: return c.agentId.isEmpty() ? c.name : QStringLiteral("%1  %2").arg(c.name, c.agentId);
        case TeamColumn: return c.team;
        case HandledColumn: return QLocale().toString(c.handled);
        case CsatResponsesColumn: return QLocale().toString(f.csatResponses);
        case CsatColumn: return number(value(), 2);
        case TransfersColumn: return number(value(), 2);
        case AsaColumn:
        case P90Column:
        case AhtColumn: return duration(value());
        default: return number(value(), 1);
        }
    case SortRole:
        switch (index.column()) {
        case AgentColumn: return c.name;
        case TeamColumn: return c.team;
        default: {
            // Empty metrics: no value; ScorecardSort keeps them last in both directions.
            const std::optional<double> v = value();
            return v ? QVariant(*v) : QVariant();
        }
        }
    case AgentIdRole:
        return c.agentId;
    case RatingRole:
        return int(rating());
    case EmphasisRole:
        return index.column() == CompositeColumn || index.column() == RankColumn;
    case Qt::TextAlignmentRole:
        return index.column() == AgentColumn || index.column() == TeamColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RatingNoteRole: {
        // What the cell's colour means; the delegate names the colour before it.
        const Rating r = rating();
        if (r == Rating::None)
            return {};
        const auto component = [&]() -> std::optional<ScoreComponent> {
            switch (index.column()) {
            case ResponseColumn: return ScoreComponent::Responsiveness;
            case AhtColumn: return ScoreComponent::Handling;
            case FcrColumn: return ScoreComponent::Resolution;
            case CsatColumn: return ScoreComponent::Satisfaction;
            case QaColumn: return ScoreComponent::Quality;
            case AdherenceColumn: return ScoreComponent::Discipline;
            default: return std::nullopt;
            }
        }();
        if (component)
            return tr("%1: target %2, score %3 of 100")
                .arg(ratingMeaning(r, RatedFigure::Kpi), QLocale().toString(m_rules.target(*component)),
                     number(componentScore(c, *component), 1));
        if (index.column() == OccupancyColumn)
            return tr("%1: target %2 % to %3 %")
                .arg(ratingMeaning(r, RatedFigure::Occupancy), QLocale().toString(m_occupancyMin),
                     QLocale().toString(m_occupancyMax));
        return tr("%1: the weighted mean of the component scores (0–100)")
            .arg(ratingMeaning(r, RatedFigure::Composite));
    }
    default:
        return {};
    }
}

bool ScorecardSort::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() != b.isValid())
        return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
    if (!a.isValid())
        return left.row() < right.row();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

QString ScorecardModel::columnTitle(int column)
{
    switch (column) {
    case RankColumn: return tr("Rank");
    case AgentColumn: return tr("Agent");
    case TeamColumn: return tr("Team");
    case HandledColumn: return tr("Handled");
    case ResponseColumn: return tr("In time %");
    case AsaColumn: return tr("ASA");
    case P90Column: return tr("P90");
    case AhtColumn: return tr("AHT");
    case FcrColumn: return tr("FCR %");
    case CsatColumn: return tr("CSAT");
    case CsatTop2Column: return tr("4–5 %");
    case CsatResponsesColumn: return tr("Ratings");
    case TransfersColumn: return tr("Transf.");
    case OccupancyColumn: return tr("Occ. %");
    case AdherenceColumn: return tr("Adh. %");
    case QaColumn: return tr("QA");
    case CompositeColumn: return tr("Composite");
    }
    return {};
}

QString ScorecardModel::columnTip(int column)
{
    switch (column) {
    case ResponseColumn: return tr("Answered within the channel's threshold, of the contacts handled (responsiveness)");
    case AsaColumn: return tr("Average speed of answer (m:ss)");
    case P90Column: return tr("90th percentile of the wait, nearest rank (m:ss)");
    case AhtColumn: return tr("Average handle time: talk plus wrap-up, m:ss (handling)");
    case FcrColumn: return tr("First-contact resolution (resolution)");
    case CsatColumn: return tr("Mean customer rating, 1 to 5 (satisfaction)");
    case CsatTop2Column: return tr("Share of ratings of 4 or 5");
    case CsatResponsesColumn: return tr("Number of ratings");
    case TransfersColumn: return tr("Transfers per contact");
    case RankColumn: return tr("1 = best composite; ties by agent id");
    case OccupancyColumn: return tr("Occupancy: (busy + wrap-up) of (available + busy + wrap-up) time");
    case AdherenceColumn: return tr("Adherence: scheduled time spent available, busy, in wrap-up, training or meetings (discipline)");
    case QaColumn: return tr("Mean QA review score; an auto-failed review counts 0 (quality)");
    case CompositeColumn: return tr("Weighted mean of the six component scores against their targets");
    default: return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnTip(section);
    return {};
}

} // namespace kefu::scorecards
