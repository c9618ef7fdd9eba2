#include "AuditLog.h"

#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kefu::audit {

namespace {

QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList distinctColumn(const QSqlDatabase &db, const QString &statement)
{
    QStringList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(statement)) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

} // namespace

bool record(const QSqlDatabase &db, const Session &session, const QString &kind, const QString &entity,
            const QString &entityId, const QJsonObject &before, const QJsonObject &after, const QString &note,
            QString *error)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO audit_log(at, user_name, kind, entity, entity_id, before_value, "
                                    "after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QDateTime::currentSecsSinceEpoch(), session.userName(), kind, entity, entityId,
                      jsonOrNull(before), jsonOrNull(after),
                      note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note)},
                     error);
}

namespace {

// The conditions of filter (and of paging before beforeId when it is > 0), with their values.
QString conditions(const AuditFilter &filter, qint64 beforeId, QVariantList *values)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        *values << beforeId;
    }
    if (!filter.userName.isEmpty()) {
        where += QStringLiteral(" AND user_name = ? COLLATE NOCASE");
        *values << filter.userName;
    }
    if (!filter.kind.isEmpty()) {
        if (filter.kind.endsWith(QLatin1Char('.'))) {
            where += QStringLiteral(" AND substr(kind, 1, ?) = ?");
            *values << filter.kind.size() << filter.kind;
        } else {
            where += QStringLiteral(" AND kind = ?");
            *values << filter.kind;
        }
    }
    if (filter.from > 0) {
        where += QStringLiteral(" AND at >= ?");
        *values << filter.from;
    }
    if (filter.to > 0) {
        where += QStringLiteral(" AND at < ?");
        *values << filter.to;
    }
    return where;
}

} // namespace

bool query(const QSqlDatabase &db, const Session &session, const AuditFilter &filter, int limit, qint64 beforeId,
           QList<AuditEntry> *entries, QString *error)
{
    if (!session.require(Permission::ViewAudit, error))
        return false;
    QVariantList values;
    QString statement = QStringLiteral("SELECT id, at, user_name, kind, entity, entity_id, before_value, after_value, "
                                       "note FROM audit_log") +
                        conditions(filter, beforeId, &values);
    statement += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        if (error)
            *error = sql::errorText(q);
        return false;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = sql::errorText(q);
        return false;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userName = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.before = q.value(6).toString();
        e.after = q.value(7).toString();
        e.note = q.value(8).toString();
        entries->append(e);
    }
    return true;
}

std::optional<qint64> count(const QSqlDatabase &db, const Session &session, const AuditFilter &filter, QString *error)
{
    if (!session.require(Permission::ViewAudit, error))
        return std::nullopt;
    QVariantList values;
    const QString statement = QStringLiteral("SELECT count(*) FROM audit_log") + conditions(filter, 0, &values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        if (error)
            *error = sql::errorText(q);
        return std::nullopt;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sql::errorText(q);
        return std::nullopt;
    }
    const qint64 rows = q.value(0).toLongLong();
    q.finish();
    return rows;
}

QStringList kinds(const QSqlDatabase &db)
{
    return distinctColumn(db, QStringLiteral("SELECT DISTINCT kind FROM audit_log ORDER BY kind"));
}

QStringList userNames(const QSqlDatabase &db)
{
    return distinctColumn(db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
}

} // namespace kefu::audit
