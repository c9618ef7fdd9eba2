#pragma once

#include "store/SqliteStatement.h"
#include "store/StoreWorker.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

namespace kefu {

// Reads one SELECT over a time range in consecutive slices, each into its own Part, the first on db
// and the others at once on worker connections: a 90-day report of a million contacts takes about
// half the time on two cores. The statement's first two parameters are the slice's start and end
// (included, excluded); extra are bound after them. onRow(const sql::SqliteStatement &, Part &) runs
// on several threads at once and may only read shared data. Slices see the store as it is when each
// starts; being disjoint, none counts a row twice.
template<typename Part, typename OnRow>
bool scanInSlices(QSqlDatabase &db, const QString &statement, qint64 from, qint64 to, const QVariantList &extra,
                  int slices, std::vector<Part> &parts, OnRow onRow, QString *error)
{
    const StoreConnection::Source source = StoreConnection::sourceOf(db);
    if (source.path.isEmpty() || to - from < slices)
        slices = 1;
    parts.assign(static_cast<std::size_t>(std::max(1, slices)), Part());
    std::vector<QString> errors(parts.size());
    const QByteArray utf8 = statement.toUtf8();
    const auto scanSlice = [&](std::size_t i, QSqlDatabase &connection) {
        const qint64 sliceFrom = from + (to - from) * static_cast<qint64>(i) / static_cast<qint64>(parts.size());
        const qint64 sliceTo = from + (to - from) * static_cast<qint64>(i + 1) / static_cast<qint64>(parts.size());
        sql::SqliteStatement scan(connection, utf8);
        scan.bindInteger(1, sliceFrom);
        scan.bindInteger(2, sliceTo);
        scan.bindValues(3, extra);
        while (scan.nextRow())
            onRow(scan, parts[i]);
        if (scan.hasError())
            errors[i] = scan.errorString();
    };
    QList<QFuture<void>> workers;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        workers.append(runOnWorker(
            source, [&, i](QSqlDatabase &connection) { scanSlice(i, connection); },
            [&, i](const QString &reason) { errors[i] = reason; }));
    }
    scanSlice(0, db);
    for (QFuture<void> &w : workers)
        w.waitForFinished();
    for (const QString &e : errors) {
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
    }
    return true;
}

// How many slices a scan of days days is worth: one per core up to four, and only for more than a week.
int sliceCountFor(qint64 days, int maxThreads);

} // namespace kefu
