#pragma once

#include "core/ItemRoles.h"
#include "scorecards/ScorecardBook.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kefu::scorecards {

// The agents of a scorecard book, one row each (or the team's pooled row), every KPI rated against its
// target (RatingRole); rank and composite stand out (EmphasisRole). Sorting uses SortRole (numbers as
// numbers, empty metrics last). Waits are shown for the real-time channels and for e-mail apart, never
// blended. Headers are compact (columnTitle); the header's tooltip names the figure in full (columnTip).
class ScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn, AgentColumn, TeamColumn, HandledColumn, ResponseColumn, AsaRealtimeColumn, P90RealtimeColumn,
        EmailReplyColumn, AhtColumn, FcrColumn, CsatColumn, CsatTop2Column, CsatResponsesColumn, TransfersColumn,
        OccupancyColumn, AdherenceColumn, QaColumn, CompositeColumn, ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, AgentIdRole, RatingRole = kefu::RatingRole };

    explicit ScorecardModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setCards(const QList<AgentScorecard> &cards, const ScorecardRules &rules, double occupancyMin,
                  double occupancyMax);
    const AgentScorecard *card(int row) const;
    int rowOf(const QString &agentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString columnTitle(int column);
    static QString columnTip(int column);

private:
    QList<AgentScorecard> m_cards;
    ScorecardRules m_rules;
    double m_occupancyMin = 70;
    double m_occupancyMax = 80;
};

// Sorts by ScorecardModel::SortRole, empty figures last whichever the direction.
class ScorecardSort final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace kefu::scorecards
