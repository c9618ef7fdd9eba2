#include "CaseNotices.h"

#include <QHash>

#include <algorithm>

namespace kefu::complaints {

QList<CaseNotice> CaseNotices::conditions(const QList<CaseListRow> &rows, qint64 now)
{
    QList<CaseNotice> out;
    for (const CaseListRow &r : rows) {
        if (r.clock.ended)
            continue;
        const bool overdue = r.clock.secondsLeft(now) < 0;
        if (!overdue && r.clock.used(now) < CaseClock::NearDue)
            continue;
        CaseNotice n;
        n.caseId = r.id;
        n.summary = r.summary;
        n.priority = r.priority;
        n.overdue = overdue;
        n.acknowledgement = !r.clock.acknowledgeMet.has_value();
        n.due = r.clock.due();
        n.raisedAt = now;
        n.key = QStringLiteral("%1:%2:%3")
                    .arg(overdue ? QStringLiteral("overdue") : QStringLiteral("near"),
                         n.acknowledgement ? QStringLiteral("acknowledge") : QStringLiteral("resolve"), r.id);
        out.append(std::move(n));
    }
    std::stable_sort(out.begin(), out.end(), [](const CaseNotice &a, const CaseNotice &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        return a.due < b.due;
    });
    return out;
}

QList<CaseNotice> CaseNotices::update(const QList<CaseListRow> &rows, qint64 now)
{
    QHash<QString, CaseNotice> previous;
    for (const CaseNotice &n : std::as_const(m_notices))
        previous.insert(n.key, n);
    QList<CaseNotice> next = conditions(rows, now);
    QList<CaseNotice> raised;
    for (CaseNotice &n : next) {
        const auto it = previous.constFind(n.key);
        if (it == previous.constEnd()) {
            raised.append(n);
            continue;
        }
        n.raisedAt = it->raisedAt;
        n.acknowledged = it->acknowledged;
        n.acknowledgedBy = it->acknowledgedBy;
        n.acknowledgedAt = it->acknowledgedAt;
    }
    m_notices = std::move(next);
    return raised;
}

int CaseNotices::acknowledgeAll(const QString &by, qint64 at)
{
    int n = 0;
    for (CaseNotice &notice : m_notices) {
        if (notice.acknowledged)
            continue;
        notice.acknowledged = true;
        notice.acknowledgedBy = by;
        notice.acknowledgedAt = at;
        ++n;
    }
    return n;
}

int CaseNotices::unacknowledged() const
{
    return int(std::count_if(m_notices.cbegin(), m_notices.cend(), [](const CaseNotice &n) { return !n.acknowledged; }));
}

int CaseNotices::overdue() const
{
    return int(std::count_if(m_notices.cbegin(), m_notices.cend(), [](const CaseNotice &n) { return n.overdue; }));
}

} // namespace kefu::complaints
