#include "DrillDownModel.h"

#include "core/Formats.h"

namespace kefu::live {

DrillDownModel::DrillDownModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
{}

DrillDownModel::Outcome DrillDownModel::outcomeOf(const DrillDownRow &row)
{
    const ConversationOutcome &o = row.outcome;
    if (o.waiting)
        return Waiting;
    if (o.answered) {
        if (!row.conversation.endedAt)
            return InProgress;
        return o.withinThreshold ? WithinThreshold : AnsweredLate;
    }
    return o.shortAbandon ? ShortAbandon : Abandoned;
}

QString DrillDownModel::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case AnyOutcome: return tr("All contacts");
    case WithinThreshold: return tr("Answered in time");
    case AnsweredLate: return tr("Answered late");
    case Abandoned: return tr("Abandoned");
    case ShortAbandon: return tr("Short abandon");
    case Waiting: return tr("Waiting");
    case InProgress: return tr("In progress");
    }
    return {};
}

void DrillDownModel::setRows(QList<DrillDownRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DrillDownRow &r = m_rows.at(index.row());
    if (role == OutcomeRole)
        return int(outcomeOf(r));
    if (role == SortRole) {
        switch (index.column()) {
        case ArrivedColumn: return r.conversation.arrivedAt;
        case WaitColumn: return r.outcome.waitSeconds;
        case HandleColumn: return r.outcome.handleSeconds.value_or(-1);
        default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return r.id;
    case ChannelColumn: return channelName(r.channel);
    case QueueColumn: return r.queue;
    case TierColumn: return r.vip ? tr("VIP") : tr("Standard");
    case AgentColumn: return r.agentId;
    case ArrivedColumn: return format::clock(r.conversation.arrivedAt, m_zone);
    case WaitColumn: return format::duration(r.outcome.waitSeconds);
    case OutcomeColumn: return outcomeName(outcomeOf(r));
    case HandleColumn: return format::duration(r.outcome.handleSeconds);
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Contact");
    case ChannelColumn: return tr("Channel");
    case QueueColumn: return tr("Queue");
    case TierColumn: return tr("Customer");
    case AgentColumn: return tr("Agent");
    case ArrivedColumn: return tr("Arrived");
    case WaitColumn: return tr("Wait");
    case OutcomeColumn: return tr("Outcome");
    case HandleColumn: return tr("Handle time");
    }
    return {};
}

void OutcomeFilter::setOutcome(int outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

bool OutcomeFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    return m_outcome == DrillDownModel::AnyOutcome
           || sourceModel()->index(row, 0, parent).data(DrillDownModel::OutcomeRole).toInt() == m_outcome;
}

} // namespace kefu::live
