#include "QueueModels.h"

#include "QueueRatings.h"
#include "core/Formats.h"
#include "core/ItemRoles.h"
#include "metrics/Rating.h"

#include <QDateTime>

namespace kefu::live {

// --- waiting contacts -------------------------------------------------------------------------

void WaitingModel::setContacts(const QList<WaitingContact> &contacts, qint64 now)
{
    beginResetModel();
    m_contacts = contacts;
    m_now = now;
    endResetModel();
}

void WaitingModel::setNow(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_contacts.isEmpty())
        emit dataChanged(index(0, WaitColumn), index(int(m_contacts.size()) - 1, WaitColumn));
}

int WaitingModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_contacts.size(); ++i)
        if (m_contacts.at(i).id == id)
            return i;
    return -1;
}

int WaitingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int WaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const WaitingContact &c = m_contacts.at(index.row());
    const qint64 wait = std::max<qint64>(0, m_now - c.arrivedAt);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChannelColumn: return channelName(c.channel);
        case QueueColumn: return c.queue;
        case TierColumn: return c.vip ? tr("VIP") : tr("Standard");
        case CategoryColumn: return c.category;
        case WaitColumn: return format::duration(double(wait));
        }
    } else if (role == RatingRole || role == RatingNoteRole) {
        // A VIP stands out in bold, not in a colour: amber means near the limit everywhere.
        const Rating rating = index.column() == WaitColumn
                                  ? rateWait(double(wait), double(c.threshold), double(m_alertWait))
                                  : Rating::None;
        if (role == RatingRole)
            return int(rating);
        return waitNote(rating, c.channel, c.threshold, m_alertWait);
    } else if (role == EmphasisRole) {
        return index.column() == TierColumn && c.vip;
    } else if (role == Qt::TextAlignmentRole && index.column() == WaitColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        const QString contact = tr("Contact %1, arrived %2").arg(c.id, format::clock(c.arrivedAt, m_zone));
        return c.vip && index.column() == TierColumn ? contact + QLatin1Char('\n') + tr("VIP (bold): served first")
                                                     : contact;
    }
    return {};
}

QVariant WaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn: return tr("Channel");
    case QueueColumn: return tr("Queue");
    case TierColumn: return tr("Customer");
    case CategoryColumn: return tr("Category");
    case WaitColumn: return tr("Waiting");
    }
    return {};
}

// --- agents -----------------------------------------------------------------------------------

void AgentsModel::setAgents(const QList<LiveAgent> &agents, qint64 now)
{
    // Same agents in the same order (the usual case): update in place, so that selection and scroll stay.
    bool same = agents.size() == m_agents.size();
    for (int i = 0; same && i < agents.size(); ++i)
        same = agents.at(i).id == m_agents.at(i).id;
    m_now = now;
    if (same) {
        m_agents = agents;
        if (!m_agents.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_agents.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

void AgentsModel::setNow(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_agents.isEmpty())
        emit dataChanged(index(0, TimeInStateColumn), index(int(m_agents.size()) - 1, TimeInStateColumn));
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const LiveAgent &a = m_agents.at(index.row());
    // Seconds in the current state; -1 when unknown.
    const qint64 inState = a.stateSince > 0 ? std::max<qint64>(0, m_now - a.stateSince) : -1;
    if (role == StateRole)
        return int(a.state);
    if (role == TeamRole)
        return a.team;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AgentColumn: return a.name.isEmpty() ? a.id : QStringLiteral("%1 (%2)").arg(a.name, a.id);
        case TeamColumn: return a.team;
        case StateColumn: return agentStateName(a.state);
        case TimeInStateColumn: return inState >= 0 ? format::duration(double(inState)) : format::empty();
        case ContactsColumn: return a.currentContacts;
        case HandledColumn: return a.handledToday;
        case AhtColumn: return format::duration(a.ahtToday());
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case AgentColumn: return a.name;
        case TeamColumn: return a.team;
        case StateColumn: return int(a.state);
        case TimeInStateColumn: return inState;
        case ContactsColumn: return a.currentContacts;
        case HandledColumn: return a.handledToday;
        case AhtColumn: return a.ahtToday().value_or(-1);
        }
    } else if (role == RatingRole) {
        if (index.column() == TimeInStateColumn && a.state == AgentState::Break && inState > m_breakThreshold)
            return int(Rating::Off);
        if (index.column() == AhtColumn && a.ahtToday() && *a.ahtToday() > m_ahtTarget)
            return int(Rating::Near);
        return int(Rating::None);
    } else if (role == RatingNoteRole) {
        switch (Rating(data(index, RatingRole).toInt())) {
        case Rating::Off:
            return tr("on a break longer than the alert's %1").arg(format::duration(double(m_breakThreshold)));
        case Rating::Near:
            return tr("AHT today over the target of %1").arg(format::duration(m_ahtTarget));
        default:
            return a.state == AgentState::Offline ? tr("signed out") : QString();
        }
    } else if (role == MutedRole) {
        return a.state == AgentState::Offline;
    } else if (role == Qt::TextAlignmentRole && index.column() >= TimeInStateColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn: return tr("Agent");
    case TeamColumn: return tr("Team");
    case StateColumn: return tr("State");
    case TimeInStateColumn: return tr("In state");
    case ContactsColumn: return tr("Now");
    case HandledColumn: return tr("Handled today");
    case AhtColumn: return tr("AHT today");
    }
    return {};
}

void AgentFilter::setTeam(const QString &team)
{
    m_team = team;
    invalidateFilter();
}

void AgentFilter::setState(int state)
{
    m_state = state;
    invalidateFilter();
}

bool AgentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_team.isEmpty() && index.data(AgentsModel::TeamRole).toString() != m_team)
        return false;
    const int state = index.data(AgentsModel::StateRole).toInt();
    if (m_state == SignedIn)
        return state != int(AgentState::Offline);
    return m_state == AnyState || state == m_state;
}

// --- alerts -----------------------------------------------------------------------------------

void AlertsModel::setAlerts(const QList<QueueAlert> &alerts, const QTimeZone &zone)
{
    beginResetModel();
    m_alerts = alerts;
    m_zone = zone;
    endResetModel();
}

QString AlertsModel::describe(const QueueAlert &a)
{
    const auto channel = [&a] {
        const std::optional<Channel> c = channelFromId(a.subject);
        return c ? channelName(*c) : a.subject;
    };
    switch (a.kind) {
    case AlertKind::ServiceLevel:
        return tr("%1: service level of this interval %2, target %3")
            .arg(channel(), format::percent(a.value), format::percent(a.threshold));
    case AlertKind::LongWait:
        return tr("%1: a contact has waited %2 (threshold %3)")
            .arg(channel(), format::duration(a.value), format::duration(a.threshold));
    case AlertKind::LongBreak:
        return tr("%1: on a break for %2 (threshold %3)")
            .arg(a.subjectName.isEmpty() ? a.subject : a.subjectName, format::duration(a.value),
                 format::duration(a.threshold));
    case AlertKind::FeedStale:
        return tr("The data feed (%1) has sent nothing for %2")
            .arg(a.subject, format::duration(a.value));
    }
    return {};
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const QueueAlert &a = m_alerts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return format::clock(a.raisedAt, m_zone);
        case AlertColumn: return describe(a);
        case StatusColumn:
            if (a.acknowledged)
                return a.acknowledgedBy.isEmpty() ? tr("Acknowledged") : tr("Acknowledged (%1)").arg(a.acknowledgedBy);
            return a.isActive() ? tr("Open") : tr("Cleared, not acknowledged");
        }
    } else if (role == EmphasisRole) {
        return !a.acknowledged;
    } else if (role == MutedRole) {
        return a.acknowledged;
    } else if (role == RatingRole) {
        return int(!a.acknowledged && a.isActive() ? Rating::Off : Rating::None);
    } else if (role == RatingNoteRole) {
        return a.acknowledged ? tr("acknowledged") : a.isActive() ? tr("open and not acknowledged") : QString();
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Raised");
    case AlertColumn: return tr("Alert");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace kefu::live
