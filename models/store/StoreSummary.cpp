#include "StoreSummary.h"

#include "Sql.h"

namespace kefu {

StoreSummary StoreSummary::read(QSqlDatabase &db)
{
    StoreSummary summary;
    static const QStringList tables = {QStringLiteral("teams"),      QStringLiteral("agents"),
                                       QStringLiteral("conversations"), QStringLiteral("agent_states"),
                                       QStringLiteral("shifts"),     QStringLiteral("qa_reviews"),
                                       QStringLiteral("complaints"), QStringLiteral("complaint_events"),
                                       QStringLiteral("scripts"),    QStringLiteral("users")};
    for (const QString &table : tables) {
        // Table names come from the fixed list above, never from input.
        const QVariant n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table, {}, &summary.error);
        if (!n.isValid())
            return summary;
        summary.tableRows.append({table, n.toLongLong()});
    }
    const QVariant first = sql::scalar(db, QStringLiteral("SELECT min(arrived_at) FROM conversations"));
    const QVariant last = sql::scalar(db, QStringLiteral("SELECT max(arrived_at) FROM conversations"));
    if (!first.isNull() && first.isValid())
        summary.firstArrival = QDateTime::fromSecsSinceEpoch(first.toLongLong(), Qt::UTC);
    if (!last.isNull() && last.isValid())
        summary.lastArrival = QDateTime::fromSecsSinceEpoch(last.toLongLong(), Qt::UTC);
    summary.openComplaints = sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaints WHERE state NOT IN "
                                                            "('closed','rejected')"))
                                 .toLongLong();
    summary.publishedScripts =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM scripts WHERE status = 'published'")).toLongLong();
    return summary;
}

qint64 StoreSummary::rows(const QString &table) const
{
    for (const auto &[name, n] : tableRows) {
        if (name == table)
            return n;
    }
    return 0;
}

} // namespace kefu
