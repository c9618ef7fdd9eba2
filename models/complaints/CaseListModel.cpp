#include "CaseListModel.h"

#include "core/Formats.h"
#include "core/ItemRoles.h"
#include "core/Vocabulary.h"

#include <cmath>
#include <limits>

namespace kefu::complaints {

CaseListModel::CaseListModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
{}

void CaseListModel::setRows(QList<CaseListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CaseListModel::appendRows(QList<CaseListRow> rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId)
            return i;
    }
    return -1;
}

void CaseListModel::setNow(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn));
}

QString CaseListModel::nearDueMeaning()
{
    return tr("%1 % or more of the time to acknowledge or resolve is used")
        .arg(std::lround(CaseClock::NearDue * 100));
}

QString CaseListModel::endedMeaning()
{
    return tr("closed or rejected: no clock runs");
}

QString CaseListModel::overdueMeaning()
{
    return tr("past the time to acknowledge or resolve");
}

Rating CaseListModel::timeLeftRating(const CaseClock &clock, qint64 now)
{
    if (clock.ended)
        return Rating::None;
    if (clock.secondsLeft(now) < 0)
        return Rating::Off;
    if (clock.used(now) >= CaseClock::NearDue)
        return Rating::Near;
    return Rating::None;
}

QString CaseListModel::timeLeftText(const CaseClock &clock, qint64 now)
{
    if (clock.ended)
        return format::empty();
    const qint64 left = clock.secondsLeft(now);
    if (left < 0)
        return tr("overdue by %1").arg(format::duration(double(-left)));
    if (!clock.acknowledgeMet)
        return tr("%1 to acknowledge").arg(format::duration(double(left)));
    if (clock.paused)
        return tr("%1, paused").arg(format::duration(double(left)));
    return tr("%1 to resolve").arg(format::duration(double(left)));
}

QString CaseListModel::timeLeftShort(const CaseClock &clock, qint64 now)
{
    if (clock.ended)
        return format::empty();
    const qint64 left = clock.secondsLeft(now);
    if (left < 0)
        return QStringLiteral("−") + format::duration(double(-left));
    if (clock.paused)
        return tr("%1 paused").arg(format::duration(double(left)));
    return format::duration(double(left));
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow &r = m_rows.at(index.row());
    const int column = index.column();
    if (role == CaseIdRole)
        return r.id;
    if (role == MutedRole)
        return r.clock.ended;
    if (role == RatingNoteRole && r.clock.ended)
        return endedMeaning();
    if (column == TimeLeftColumn) {
        const CaseClock clock = r.clock.at(r.facts, m_now); // a paused countdown stands still
        const Rating rating = timeLeftRating(clock, m_now);
        if (role == RatingRole)
            return int(rating);
        if (role == RatingNoteRole) {
            QString note = tr("due %1").arg(format::dateTime(clock.due(), m_zone));
            if (clock.paused)
                note += QLatin1String("; ") + tr("the resolve clock is paused while the customer decides");
            if (rating != Rating::None)
                note = (rating == Rating::Off ? overdueMeaning() : nearDueMeaning()) + QLatin1String("; ") + note;
            return note;
        }
        if (role == SortRole)
            return clock.ended ? std::numeric_limits<qint64>::max() : clock.secondsLeft(m_now);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        // The cell is short ("23:58:49", "−1:01:00"); its tooltip says against which deadline.
        if (role == Qt::ToolTipRole)
            return timeLeftText(clock, m_now);
    }
    if (role == EmphasisRole && column == PriorityColumn)
        return r.priority == QLatin1String("P1");
    if (role == SortRole && column == CreatedColumn)
        return r.facts.createdAt;
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && column == SummaryColumn)
        return r.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn:
        return r.id;
    case PriorityColumn:
        return r.level > 1 ? tr("%1 · L%2").arg(r.priority).arg(r.level) : r.priority;
    case StateColumn:
        if (const auto s = complaintStateFromId(r.state))
            return complaintStateName(*s);
        return r.state;
    case SummaryColumn:
        return r.summary;
    case CustomerColumn:
        return r.customerId;
    case OwnerColumn:
        return r.owner;
    case CategoryColumn:
        return r.category;
    case CreatedColumn:
        return format::dateTime(r.facts.createdAt, m_zone);
    case TimeLeftColumn:
        return timeLeftShort(r.clock.at(r.facts, m_now), m_now);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case PriorityColumn:
        return tr("Priority");
    case StateColumn:
        return tr("State");
    case SummaryColumn:
        return tr("Summary");
    case CustomerColumn:
        return tr("Customer");
    case OwnerColumn:
        return tr("Owner");
    case CategoryColumn:
        return tr("Category");
    case CreatedColumn:
        return tr("Created");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

} // namespace kefu::complaints
