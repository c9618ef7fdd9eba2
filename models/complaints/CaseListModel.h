#pragma once

#include "CaseList.h"
#include "metrics/Rating.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kefu::complaints {

// The complaints pane's list: one row per case, newest first, pages appended as they are read. The
// time-left column counts down against `now` (setNow); it is rated Near (amber) from
// CaseClock::NearDue of the allowed time used and Off (red) when overdue, with the meaning in
// RatingNoteRole; ended cases are muted. No colours here: the view's RatingColours delegate draws them.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, PriorityColumn, StateColumn, SummaryColumn, CustomerColumn, OwnerColumn, CategoryColumn,
                  CreatedColumn, TimeLeftColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole };

    explicit CaseListModel(QTimeZone zone, QObject *parent = nullptr);

    // Replaces the rows (a new filter) or appends the next page.
    void setRows(QList<CaseListRow> rows);
    void appendRows(QList<CaseListRow> rows);
    const QList<CaseListRow> &rows() const { return m_rows; }
    int rowOf(const QString &caseId) const;
    // The instant the countdown is shown at; only the time-left column changes.
    void setNow(qint64 now);
    qint64 now() const { return m_now; }

    // "5:12:03 to acknowledge", "overdue by 0:20:00", "70:00:10, paused" (awaiting the customer), "—" when ended.
    static QString timeLeftText(const CaseClock &clock, qint64 now);
    // The list's cell: "23:58:49", "−1:01:00" when overdue, "20:15:20 paused", "—" for an ended case (the
    // long text above is the cell's tooltip).
    static QString timeLeftShort(const CaseClock &clock, qint64 now);
    // Near when at least NearDue of the time is used, Off when overdue, None otherwise or when ended.
    static Rating timeLeftRating(const CaseClock &clock, qint64 now);
    // What the rating means, for the tooltip and the legend.
    static QString nearDueMeaning();
    static QString overdueMeaning();
    static QString endedMeaning();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CaseListRow> m_rows;
    QTimeZone m_zone;
    qint64 m_now = 0;
};

} // namespace kefu::complaints
