#pragma once

#include "live/DrillDown.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace kefu::live {

// The contacts behind a tile or a chart interval, one row each, with their outcome (answered within
// the threshold, late, abandoned, short abandon, waiting, in progress). Sorting uses SortRole (times
// as numbers).
class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ChannelColumn, QueueColumn, TierColumn, AgentColumn, ArrivedColumn, WaitColumn,
                  OutcomeColumn, HandleColumn, ColumnCount };
    enum Outcome { AnyOutcome = -1, WithinThreshold, AnsweredLate, Abandoned, ShortAbandon, Waiting, InProgress };
    enum Role { OutcomeRole = Qt::UserRole + 1, SortRole };

    explicit DrillDownModel(QTimeZone zone, QObject *parent = nullptr);

    static Outcome outcomeOf(const DrillDownRow &row);
    static QString outcomeName(Outcome outcome);

    void setRows(QList<DrillDownRow> rows);
    // The contact of a row (of this model, not of a proxy); row must be in range.
    const DrillDownRow &rowAt(int row) const { return m_rows.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DrillDownRow> m_rows;
    QTimeZone m_zone;
};

// The drill-down's contacts of one outcome (AnyOutcome: all).
class OutcomeFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOutcome(int outcome);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_outcome = DrillDownModel::AnyOutcome;
};

} // namespace kefu::live
