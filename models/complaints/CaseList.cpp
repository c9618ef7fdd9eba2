#include "CaseList.h"

#include "CaseStore.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace kefu::complaints {

namespace {

// The WHERE clause of a filter, its values appended to binds in order. Overdue uses the store's SLA
// hours: not acknowledged and past the acknowledge due, or acknowledged and past the resolve due
// (moved out by the customer's time; a case waiting for the customer since before its due stays
// overdue).
QString whereOf(const CaseFilter &f, const SlaHours &hours, qint64 now, bool withStates, QVariantList *binds)
{
    QStringList where;
    if (withStates && !f.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.states) {
            marks << QStringLiteral("?");
            binds->append(s);
        }
        where << QStringLiteral("c.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    auto equals = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        binds->append(value);
    };
    equals("c.priority", f.priority);
    equals("c.owner", f.owner);
    // By the case's agent, not a join: the filter reads the complaints table (and its indexes) alone.
    if (!f.team.isEmpty()) {
        where << QStringLiteral("c.agent_id IN (SELECT id FROM agents WHERE team = ?)");
        binds->append(f.team);
    }
    equals("c.category", f.category);
    equals("c.root_cause", f.rootCause);
    if (f.createdFrom > 0) {
        where << QStringLiteral("c.created_at >= ?");
        binds->append(f.createdFrom);
    }
    if (f.createdTo > 0) {
        where << QStringLiteral("c.created_at < ?");
        binds->append(f.createdTo);
    }
    if (!f.text.trimmed().isEmpty()) {
        QString t = f.text.trimmed();
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + t + QLatin1Char('%');
        QStringList any;
        for (const char *column : {"c.summary", "c.description", "c.customer_id", "c.order_id", "c.id"})
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        for (int i = 0; i < 5; ++i)
            binds->append(like);
    }
    auto clockPast = [&](double share, const char *comparison) {
        // Past `share` of the allowed time: for the acknowledgement while not acknowledged, else for the
        // resolution with the customer's time added (up to now while the case waits for the customer).
        auto limit = [&](auto seconds) {
            return QStringLiteral("(CASE c.priority WHEN 'P1' THEN %1 WHEN 'P2' THEN %2 ELSE %3 END)")
                .arg(std::llround(share * double(seconds(QStringLiteral("P1")))))
                .arg(std::llround(share * double(seconds(QStringLiteral("P2")))))
                .arg(std::llround(share * double(seconds(QStringLiteral("P3")))));
        };
        const QString ack = limit([&](const QString &p) { return hours.acknowledgeSeconds(p); });
        const QString resolve = limit([&](const QString &p) { return hours.resolveSeconds(p); });
        const QString op = QLatin1String(comparison);
        where << QStringLiteral("c.state NOT IN ('closed', 'rejected') AND ("
                                "(c.acknowledged_at IS NULL AND c.created_at + %1 %4 ?) OR "
                                "(c.acknowledged_at IS NOT NULL AND c.state <> 'awaiting_feedback'"
                                "  AND c.created_at + %2 + c.awaiting_feedback_s %4 ?) OR "
                                "(c.acknowledged_at IS NOT NULL AND c.state = 'awaiting_feedback' AND c.created_at + %2"
                                "  + c.awaiting_feedback_s %4 %3))")
                     .arg(ack, resolve, awaitingSinceSql(QStringLiteral("c.id")), op);
        binds->append(now);
        binds->append(now);
    };
    if (f.overdueOnly)
        clockPast(1.0, "<");
    else if (f.nearDueOnly)
        clockPast(CaseClock::NearDue, "<=");
    if (f.closedAfterSeconds >= 0 || f.closedWithinSeconds >= 0)
        where << QStringLiteral("c.state = 'closed'");
    if (f.closedAfterSeconds >= 0) {
        where << QStringLiteral("c.closed_at - c.created_at >= ?");
        binds->append(f.closedAfterSeconds);
    }
    if (f.closedWithinSeconds >= 0) {
        where << QStringLiteral("c.closed_at - c.created_at < ?");
        binds->append(f.closedWithinSeconds);
    }
    if (!f.agentId.isEmpty()) {
        where << QStringLiteral("c.agent_id = ?");
        binds->append(f.agentId);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

QList<CaseListRow> CaseList::page(QSqlDatabase &db, const CaseFilter &filter, const std::optional<CasePageKey> &after,
                                  int limit, qint64 now, QString *error)
{
    const SlaHours hours = SlaHours::read(db);
    QVariantList binds;
    QString where = whereOf(filter, hours, now, true, &binds);
    if (after) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(c.created_at < ? OR (c.created_at = ? AND c.id < ?))");
        binds << after->createdAt << after->createdAt << after->id;
    }
    binds << limit;
    // The page's rows are chosen first (by an index alone where one serves the filter), and only they are
    // read in full: sorting whole rows, each with its wait for the customer, cost 100 ms for the open states
    // of 100 k cases.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.state, c.priority, c.owner, c.category, c.summary, c.customer_id, c.order_id,"
                       " c.agent_id, a.team, c.root_cause, c.escalation_level, c.created_at, c.acknowledged_at,"
                       " c.closed_at, c.awaiting_feedback_s,"
                       " CASE WHEN c.state = 'awaiting_feedback' THEN %1 END"
                       " FROM complaints c LEFT JOIN agents a ON a.id = c.agent_id"
                       " WHERE c.rowid IN (SELECT c.rowid FROM complaints c")
            .arg(awaitingSinceSql(QStringLiteral("c.id"))) +
        where + QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC LIMIT ?) ORDER BY c.created_at DESC, c.id DESC"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<CaseListRow> rows;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        CaseListRow r;
        r.id = q.value(0).toString();
        r.state = q.value(1).toString();
        r.priority = q.value(2).toString();
        r.owner = q.value(3).toString();
        r.category = q.value(4).toString();
        r.summary = q.value(5).toString();
        r.customerId = q.value(6).toString();
        r.orderId = q.value(7).toString();
        r.agentId = q.value(8).toString();
        r.team = q.value(9).toString();
        r.rootCause = q.value(10).toString();
        r.level = q.value(11).toInt();
        r.facts.createdAt = q.value(12).toLongLong();
        r.facts.priority = r.priority;
        r.facts.state = r.state;
        if (!q.value(13).isNull())
            r.facts.acknowledgedAt = q.value(13).toLongLong();
        if (!q.value(14).isNull())
            r.facts.closedAt = q.value(14).toLongLong();
        r.facts.awaitingSeconds = q.value(15).toLongLong();
        if (!q.value(16).isNull())
            r.facts.awaitingSince = q.value(16).toLongLong();
        r.clock = CaseClock::of(r.facts, hours, now);
        rows.append(std::move(r));
    }
    return rows;
}

QMap<QString, qint64> CaseList::countsByState(QSqlDatabase &db, const CaseFilter &filter, qint64 now, QString *error)
{
    QVariantList binds;
    const QString where = whereOf(filter, SlaHours::read(db), now, false, &binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.state, count(*) FROM complaints c") + where + QStringLiteral(" GROUP BY c.state"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QMap<QString, qint64> counts;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

std::optional<qint64> CaseList::firstCreated(QSqlDatabase &db, QString *error)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT min(created_at) FROM complaints"), {}, error);
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace kefu::complaints
