#pragma once

#include "live/LiveSnapshot.h"
#include "live/QueueAlerts.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace kefu::live {

// The contacts in the queue in the snapshot's order (VIP first, then the most thresholds waited); the
// wait column ticks with setNow(). RatingRole: each wait against its own channel's threshold and the
// wait alert (rateWait, as the tiles and the alert judge it), with RatingNoteRole saying which; EmphasisRole: a VIP.
class WaitingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChannelColumn, QueueColumn, TierColumn, CategoryColumn, WaitColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setContacts(const QList<WaitingContact> &contacts, qint64 now);
    void setNow(qint64 now);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The wait alert's seconds (alert.wait_s): a wait past it and its channel's threshold is off.
    void setAlertWait(qint64 seconds) { m_alertWait = seconds; }
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    QString contactId(int row) const { return row >= 0 && row < m_contacts.size() ? m_contacts.at(row).id : QString(); }
    int rowOf(const QString &id) const;

private:
    QList<WaitingContact> m_contacts;
    qint64 m_now = 0;
    qint64 m_alertWait = 120;
    QTimeZone m_zone;
};

// The agents on the floor; time in state ticks with setNow(). RatingRole: a break over the threshold
// is off, AHT over its target near; MutedRole: an offline agent.
class AgentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AgentColumn, TeamColumn, StateColumn, TimeInStateColumn, ContactsColumn, HandledColumn, AhtColumn,
                  ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, TeamRole, SortRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setAgents(const QList<LiveAgent> &agents, qint64 now);
    void setNow(qint64 now);
    void setThresholds(qint64 breakSeconds, double ahtTarget)
    {
        m_breakThreshold = breakSeconds;
        m_ahtTarget = ahtTarget;
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LiveAgent> m_agents;
    qint64 m_now = 0;
    qint64 m_breakThreshold = 900;
    double m_ahtTarget = 300;
};

// Filters the agents by team and state ("signed in" = every state but offline).
class AgentFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int AnyState = -1;
    static constexpr int SignedIn = -2;
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTeam(const QString &team);
    void setState(int state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_team;
    int m_state = SignedIn;
};

// The alert list, newest first. RatingRole: an open alert is off; EmphasisRole: not yet acknowledged;
// MutedRole: acknowledged.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AlertColumn, StatusColumn, ColumnCount };
    explicit AlertsModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setAlerts(const QList<QueueAlert> &alerts, const QTimeZone &zone);
    static QString describe(const QueueAlert &alert);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QueueAlert> m_alerts;
    QTimeZone m_zone;
};

} // namespace kefu::live
