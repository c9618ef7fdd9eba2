#include "ScorecardModel.h"

#include "ScorecardReport.h"
#include "core/Formats.h"

namespace kefu::scorecards {
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
        case AsaRealtimeColumn: return f.asaRealtimeSeconds;
        case P90RealtimeColumn: return f.p90RealtimeSeconds;
        case EmailReplyColumn: return f.emailReplySeconds;
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
        case RankColumn: return c.rank ? format::count(*c.rank) : QString();
        case AgentColumn: return c.agentId.isEmpty() ? c.name : QStringLiteral("%1  %2").arg(c.name, c.agentId);
        case TeamColumn: return c.team;
        case HandledColumn: return format::count(c.handled);
        case CsatResponsesColumn: return format::count(f.csatResponses);
        case CsatColumn: return format::number(value(), format::CsatDecimals);
        case TransfersColumn: return format::number(value(), format::TransfersDecimals);
        case AsaRealtimeColumn:
        case P90RealtimeColumn:
        case EmailReplyColumn:
        case AhtColumn: return format::duration(value());
        case QaColumn:
        case CompositeColumn: return format::number(value(), format::ScoreDecimals);
        default: return format::number(value(), format::PercentDecimals);
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
                .arg(ratingMeaning(r, RatedFigure::Kpi),
                     ScorecardReport::valueText(*component, m_rules.target(*component)),
                     format::number(componentScore(c, *component), format::ScoreDecimals));
        if (index.column() == OccupancyColumn)
            return tr("%1: target %2 to %3")
                .arg(ratingMeaning(r, RatedFigure::Occupancy), format::percent(m_occupancyMin),
                     format::percent(m_occupancyMax));
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
    case RankColumn: return tr("#", "compact column header: rank");
    case AgentColumn: return tr("Agent");
    case TeamColumn: return tr("Team");
    case HandledColumn: return tr("Handled");
    case ResponseColumn: return tr("In time %", "compact column header");
    case AsaRealtimeColumn: return tr("ASA RT", "compact column header: real-time ASA");
    case P90RealtimeColumn: return tr("P90 RT", "compact column header: real-time P90 wait");
    case EmailReplyColumn: return tr("E-mail", "compact column header: e-mail reply time");
    case AhtColumn: return tr("AHT", "compact column header");
    case FcrColumn: return tr("FCR %", "compact column header");
    case CsatColumn: return tr("CSAT");
    case CsatTop2Column: return tr("4–5 %");
    case CsatResponsesColumn: return tr("Ratings");
    case TransfersColumn: return tr("Transf.");
    case OccupancyColumn: return tr("Occ. %");
    case AdherenceColumn: return tr("Adh. %", "compact column header");
    case QaColumn: return tr("QA");
    case CompositeColumn: return tr("Composite");
    }
    return {};
}

QString ScorecardModel::columnTip(int column)
{
    switch (column) {
    case ResponseColumn:
        return tr("Answered in time: within the threshold of each contact's own channel, of the contacts handled "
                  "(responsiveness)");
    case AsaRealtimeColumn:
        return tr("Real-time ASA: average speed of answer of the chat, phone and social contacts (e-mail apart)");
    case P90RealtimeColumn:
        return tr("Real-time P90: 90th percentile of the wait of the answered chat, phone and social contacts, "
                  "nearest rank");
    case EmailReplyColumn: return tr("E-mail reply time: mean wait of the answered e-mails until the reply");
    case AhtColumn: return tr("Average handle time: talk plus wrap-up (handling)");
    case FcrColumn: return tr("First-contact resolution (resolution)");
    case CsatColumn: return tr("Mean customer rating, 1 to 5 (satisfaction)");
    case CsatTop2Column: return tr("Share of ratings of 4 or 5");
    case CsatResponsesColumn: return tr("Number of ratings");
    case TransfersColumn: return tr("Transfers per contact");
    case RankColumn: return tr("Rank: 1 = best composite; ties by agent id");
    case AgentColumn: return tr("Agent: name and ID");
    case TeamColumn: return tr("Team");
    case HandledColumn: return tr("Handled: contacts the agent answered");
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
