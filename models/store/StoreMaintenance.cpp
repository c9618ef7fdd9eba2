#include "StoreMaintenance.h"

#include "Schema.h"
#include "Sql.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace kefu::maintenance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::maintenance", text);
}


QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            columns << query.value(0).toString();
    }
    return columns;
}

} // namespace

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString sql; // white space folded, so that only a real difference counts
};

std::optional<QList<SchemaObject>> schemaObjects(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                                   "ESCAPE '\\' ORDER BY type, name"))) {
        if (error)
            *error = sql::errorText(query);
        return std::nullopt;
    }
    QList<SchemaObject> objects;
    while (query.next())
        objects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString().simplified()});
    return objects;
}

// The schema a new store of this version has: the same migrations, run on an empty database in memory.
std::optional<QList<SchemaObject>> referenceSchema(QString *error)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("kefudesk:reference-schema:%1").arg(serial.fetchAndAddRelaxed(1));
    std::optional<QList<SchemaObject>> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            if (error)
                *error = sql::describeError(db.lastError());
        } else if (schema::migrateTo(db, Store::SchemaVersion, error)) {
            objects = schemaObjects(db, error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return objects;
}

} // namespace

CheckReport check(const Store &store, QSqlDatabase &db, bool quick)
{
    CheckReport report;
    auto problem = [&report](const QString &line) {
        report.ok = false;
        report.findings.prepend(line);
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        problem(tr("integrity: the check could not run: %1").arg(sql::errorText(query)));
        return report;
    }
    QStringList integrity;
    while (query.next())
        integrity << query.value(0).toString();
    query.finish();
    if (integrity == QStringList{QStringLiteral("ok")})
        report.findings << tr("integrity: ok (%1)").arg(quick ? QStringLiteral("quick_check")
                                                              : QStringLiteral("integrity_check"));
    else
        for (const QString &line : std::as_const(integrity))
            problem(tr("integrity: %1").arg(line));

    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int violations = 0;
        while (query.next()) {
            if (++violations <= 20)
                problem(tr("foreign key: table %1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        }
        if (violations == 0)
            report.findings << tr("foreign keys: ok");
        else if (violations > 20)
            problem(tr("foreign key: %1 violations in all").arg(violations));
    }
    query.finish();

    const int version = schema::currentVersion(db);
    if (version == Store::SchemaVersion)
        report.findings << tr("schema: version %1 (current)").arg(version);
    else if (version < Store::SchemaVersion)
        report.findings << tr("schema: version %1; it is upgraded to %2 when opened for writing")
                               .arg(version)
                               .arg(Store::SchemaVersion);
    else
        problem(tr("schema: version %1 is newer than this KefuDesk knows (%2)").arg(version).arg(Store::SchemaVersion));

    if (version == Store::SchemaVersion) {
        QString schemaError;
        const std::optional<QList<SchemaObject>> expected = referenceSchema(&schemaError);
        const std::optional<QList<SchemaObject>> actual = schemaObjects(db, &schemaError);
        if (!expected || !actual) {
            problem(tr("schema: the check could not run: %1").arg(schemaError));
        } else {
            // Triggers, indexes, views and tables exactly as KefuDesk's migrations make them: a dropped
            // trigger of an append-only table, a changed index or a foreign object is tampering.
            bool same = true;
            for (const SchemaObject &object : *expected) {
                const auto found = std::find_if(actual->begin(), actual->end(), [&](const SchemaObject &o) {
                    return o.type == object.type && o.name == object.name;
                });
                if (found == actual->end()) {
                    problem(tr("schema: %1 %2 is missing").arg(object.type, object.name));
                    same = false;
                } else if (found->sql != object.sql) {
                    problem(tr("schema: %1 %2 is not the one KefuDesk made").arg(object.type, object.name));
                    same = false;
                }
            }
            for (const SchemaObject &object : *actual) {
                const bool known = std::any_of(expected->begin(), expected->end(), [&](const SchemaObject &o) {
                    return o.type == object.type && o.name == object.name;
                });
                if (!known) {
                    problem(tr("schema: %1 %2 was not made by KefuDesk").arg(object.type, object.name));
                    same = false;
                }
            }
            if (same)
                report.findings << tr("schema: %1 tables, indexes, triggers and views as KefuDesk made them")
                                       .arg(expected->size());
        }
    }
    report.findings << tr("store: %1, %2 mode").arg(store.path(), Store::modeName(store.mode()));
    return report;
}

bool backup(QSqlDatabase &db, const QString &destination, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo dest(destination);
    if (dest.exists())
        return fail(tr("%1 already exists; choose a new file name for the backup.").arg(dest.absoluteFilePath()));
    if (!QFileInfo(dest.absolutePath()).isDir())
        return fail(tr("The folder %1 does not exist.").arg(dest.absolutePath()));
    sqlite3 *source = sql::sqliteHandle(db);
    if (!source)
        return fail(tr("The store connection is not an SQLite connection."));

    const QString partial = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        sqlite3_backup *job = sqlite3_backup_init(target, "main", source, "main");
        if (!job) {
            reason = QString::fromUtf8(sqlite3_errmsg(target));
        } else {
            // One step copies every page under one read transaction: a consistent snapshot even while
            // other connections write (in WAL mode they go on; in shared mode they wait).
            for (int attempt = 0; attempt < 50; ++attempt) {
                rc = sqlite3_backup_step(job, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                sqlite3_sleep(200);
            }
            if (rc != SQLITE_DONE)
                reason = sql::describeError(rc, QString::fromUtf8(sqlite3_errstr(rc))); // mostly the store's
            sqlite3_backup_finish(job);
        }
        if (reason.isEmpty()) {
            // The copy is one self-contained file: no -wal beside it.
            char *message = nullptr;
            if (sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) != SQLITE_OK) {
                reason = QString::fromUtf8(message);
                sqlite3_free(message);
            }
        }
    } else {
        reason = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(target);
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        return fail(tr("The backup to %1 failed: %2").arg(dest.absoluteFilePath(), reason));
    }
    if (!QFile::rename(partial, dest.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(tr("The backup could not be moved into place at %1.").arg(dest.absoluteFilePath()));
    }
    return true;
}

QByteArray contentDigest(QSqlDatabase &db, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : schema::expectedTables()) {
        // The audit log records when things happened, not what the store holds; password hashes are salted.
        if (table == QLatin1String("audit_log"))
            continue;
        QStringList columns = columnsOf(db, table);
        columns.removeAll(QStringLiteral("password_hash"));
        if (columns.isEmpty())
            continue;
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i)
            order << QString::number(i);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Table and column names come from the schema itself, never from input.
        if (!query.exec(QStringLiteral("SELECT ") + columns.join(QLatin1Char(',')) + QStringLiteral(" FROM ") + table +
                        QStringLiteral(" ORDER BY ") + order.join(QLatin1Char(',')))) {
            if (error)
                *error = sql::errorText(query);
            return {};
        }
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant v = query.value(c);
                hash.addData(v.isNull() ? QByteArrayView("\x01N") : QByteArrayView(v.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

} // namespace kefu::maintenance
