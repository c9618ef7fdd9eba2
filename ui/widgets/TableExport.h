#pragma once

#include "exporting/ExportSource.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QWidget;

class QLabel;

namespace kefu::ui {

// Exports what a table view shows — every row of it, not only the page loaded — to CSV (UTF-8 with
// BOM, for Excel) or XLSX. The rows come from an io::ExportSource that a model in models/ offers; they
// are read and written on a worker thread with its own connection to the store, behind a progress
// dialog whose Cancel leaves no file. A view wires it in with one call:
//
//     connect(exportButton, &QPushButton::clicked, this, [this] {
//         TableExport::exportTable(this, tr("Export the queue"), QStringLiteral("queue"), m_store.database(),
//                                  QueueModel::exportSource(m_model->filter(), m_session));
//     });
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::TableExport)

public:
    // Asks where to save it ("CSV (UTF-8, Excel)" or "Excel workbook"; suggestedName without a folder
    // goes to the last export folder, with today's date when it has no extension), then run()s the
    // export and says how it went: a failure in a message box, success in the returned result (for the
    // caller's status line; see summary()). Cancelled in the file dialog: neither ok nor an error.
    static io::ExportResult exportTable(QWidget *parent, const QString &title, const QString &suggestedName,
                                        const QSqlDatabase &db, const io::ExportSource &source);

    // Writes source to path in format on a worker thread, with its own connection to db's store file
    // (none when db is invalid: a source that reads no store), behind a window-modal progress dialog
    // named "tableExportProgress" with Cancel. Waits (running the event loop) until it is done; shows
    // no message.
    static io::ExportResult run(QWidget *parent, const QString &title, const QSqlDatabase &db,
                                const io::ExportSource &source, const QString &path, io::TableWriter::Format format);

    // "12 rows written to /path/file.xlsx."
    static QString summary(const io::ExportResult &result);

    // The end of a file a pane wrote on a worker (a PDF, a workbook): status says where it went or why it
    // failed, and a failure also shows in a message box titled title while the pane is visible. True when
    // the file was written (error empty).
    static bool reportOutcome(QWidget *pane, QLabel *status, const QString &title, const QString &path,
                              const QString &error);

    // The file and format a save dialog's answer means: the format of path's extension when it is .csv
    // or .xlsx, else the chosen filter's, with its extension added to path.
    static QString resolvePath(const QString &path, io::TableWriter::Format chosen, io::TableWriter::Format *format);
};

} // namespace kefu::ui
