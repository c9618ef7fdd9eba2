#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace kefu {

// What a store holds, at a glance: row counts of the main tables and the span of the history.
// Runs on any connection; meant for a worker thread (it reads every main table's index).
struct StoreSummary
{
    QList<QPair<QString, qint64>> tableRows; // table name, rows
    QDateTime firstArrival;                  // UTC; invalid when there are no conversations
    QDateTime lastArrival;
    qint64 openComplaints = 0;
    qint64 publishedScripts = 0;
    QString error; // empty on success

    static StoreSummary read(QSqlDatabase &db);
    qint64 rows(const QString &table) const;
};

} // namespace kefu
