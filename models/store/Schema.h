#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kefu::schema {

// One step of the schema: its statements run in one transaction that also sets
// PRAGMA user_version = version. Every statement is safe to run again (IF NOT EXISTS).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();

// The schema version recorded in the file (PRAGMA user_version); -1 on error.
int currentVersion(QSqlDatabase &db, QString *error = nullptr);

// Runs one migration in its own BEGIN IMMEDIATE transaction, then records its version.
bool apply(QSqlDatabase &db, const Migration &migration, QString *error);

// Brings the file from its version up to targetVersion, one transaction per step.
bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error);

// The tables every up-to-date store holds, for checks and tests.
QStringList expectedTables();

} // namespace kefu::schema
