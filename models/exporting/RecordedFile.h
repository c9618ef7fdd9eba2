#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kefu::io {

// Puts a finished file in place together with its record in the store: both or neither. Every export
// of store data goes through here (io::exportTable for tables, audit::exportFile for other files such
// as the scorecard book and the command line's --out), so the rule is written once.
//
// In one write transaction on db: record(db) writes the record; an older file at path is moved aside;
// place() puts the finished file at path (path is free when it runs); the transaction commits. When
// any step fails, the record is rolled back, the new file removed and the older one put back, and
// false is returned with *error. The finished file itself is the caller's to remove on failure.
bool placeRecorded(const QSqlDatabase &db, const QString &path,
                   const std::function<bool(const QSqlDatabase &db, QString *error)> &record,
                   const std::function<bool(QString *error)> &place, QString *error);

} // namespace kefu::io
