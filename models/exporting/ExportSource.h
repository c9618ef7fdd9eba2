#pragma once

#include "TableWriter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace kefu::io {

// Takes one row of typed cells (see cellKind()); false = stop: the export was cancelled or the file
// failed. A row source then returns at once.
using RowSink = std::function<bool(const QVariantList &cells)>;

// What an export achieved.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0; // data rows written (into the file, when ok)
    QString path;    // the destination
    TableWriter::Format format = TableWriter::Format::Csv;
    QString error; // when neither ok nor cancelled: why, naming the file where it is about the file
};

// Everything a table view shows, as rows a worker thread can stream from the store: ALL rows that
// match the view's filter, not only the ones it has paged in. A model that a view shows offers one
// (AuditLogModel::exportSource(), UserDirectory::exportSource()); the GUI's TableExport runs it on a
// worker thread with a connection of its own, behind a progress dialog, and writes CSV or XLSX.
//
// The functions run on that worker thread with db, the worker's connection to the same store: they
// must capture only values (filters, the session, the time zone), never a model, a widget or the UI
// thread's QSqlDatabase. Rows are read in pages that are each read to the end (keyset paging), so no
// lock is held between pages. A new pane plugs in with a few lines in its model:
//
//     io::ExportSource QueueModel::exportSource(const QueueFilter &filter, const Session &session)
//     {
//         io::ExportSource source{tr("Queue"), {{tr("Contact")}, {tr("Waiting (s)"), QStringLiteral("0")}}};
//         source.rows = [filter](const QSqlDatabase &db, const io::RowSink &emitRow, QString *error) {
//             return queue::scan(db, filter, [&](const Contact &c) { return emitRow({c.id, c.waitSeconds}); },
//                                error);
//         };
//         source.record = audit::exportRecord(session, QStringLiteral("queue.export"), QStringLiteral("contacts"));
//         return source;
//     }
//
// and its pane calls TableExport::exportTable(this, tr("Export the queue"), QStringLiteral("queue"),
// m_store.database(), model->exportSource(filter, session)).
struct ExportSource
{
    // The XLSX worksheet's name (made valid for Excel); CSV does not write it.
    QString sheetName;
    // The header row, one entry per column, with a number format for numeric columns.
    QList<TableColumn> columns;
    // Required. Emits every row in the order the view shows them; stops as soon as emitRow returns
    // false (the return value is then ignored). False with *error when reading failed.
    std::function<bool(const QSqlDatabase &db, const RowSink &emitRow, QString *error)> rows;
    // Optional. How many rows rows() will emit, for the progress bar; nullopt = unknown (a busy bar).
    std::function<std::optional<qint64>(const QSqlDatabase &db)> count;
    // Optional. Runs after the last row is in the temporary file and before the file takes its name,
    // inside a write transaction on db that commits only when the file is in place: both or neither
    // (io::placeRecorded, RecordedFile.h, the same step as audit::exportFile's for files that are not tables).
    // Every export of store data is audited (docs/roles.md); audit::exportRecord() (auth/AuditedExport.h) makes one. False with
    // *error aborts the export and leaves no file.
    std::function<bool(const QSqlDatabase &db, const ExportResult &result, QString *error)> record;
};

// How far an export has come, for a progress bar.
struct ExportProgress
{
    qint64 rows = 0;
    std::optional<qint64> total; // from ExportSource::count
    bool finishing = false;      // every row is written; the file is being completed
};
// Return false to cancel.
using ExportProgressFunction = std::function<bool(const ExportProgress &progress)>;

// Writes source to path in format, on the calling thread with db (a connection of this thread; an
// invalid QSqlDatabase for a source that reads no store). progress is called every few hundred rows
// and at the end; returning false cancels: the export stops, leaves no file and says cancelled. The
// file appears under path only when complete (TableWriter).
ExportResult exportTable(const QSqlDatabase &db, const ExportSource &source, const QString &path,
                         TableWriter::Format format, const ExportProgressFunction &progress = {},
                         const TableWriter::Options &options = {});

} // namespace kefu::io
