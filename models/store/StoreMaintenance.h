#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kefu {

class Store;

// Checks and copies of a whole store: `kefudesk check`, `kefudesk backup`, the start-up health check.
namespace maintenance {

struct CheckReport
{
    bool ok = true;
    QStringList findings; // one line each, problems first
};

// Full check: integrity_check (or the cheaper quick_check), foreign keys, schema version,
// application id and the tables of the current schema.
CheckReport check(const Store &store, QSqlDatabase &db, bool quick);

// A consistent online copy of the store at destination through SQLite's backup API, written to a
// temporary file beside it and renamed into place only when complete. Refuses to overwrite a file.
bool backup(QSqlDatabase &db, const QString &destination, QString *error);

// A SHA-256 over the content of every table of the schema, in a stable row order. Two stores with
// the same digest hold the same data. Left out: the audit log (it records when changes were made)
// and password hashes (salted, so never equal).
QByteArray contentDigest(QSqlDatabase &db, QString *error = nullptr);

} // namespace maintenance
} // namespace kefu
