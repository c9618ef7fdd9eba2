#include "TableExport.h"

#include "widgets/StoreFileDialogs.h"
#include "core/Logging.h"
#include "store/StoreWorker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace kefu::ui {

namespace {

const QString FolderKey = QStringLiteral("export/folder");
const QString FormatKey = QStringLiteral("export/format");

// The progress dialog is updated at most this often: a million rows must not flood the event queue.
constexpr qint64 UpdateIntervalMs = 100;

} // namespace

QString TableExport::resolvePath(const QString &path, io::TableWriter::Format chosen, io::TableWriter::Format *format)
{
    if (const std::optional<io::TableWriter::Format> own = io::TableWriter::formatForFileName(path)) {
        *format = *own;
        return path;
    }
    *format = chosen;
    return path + QLatin1Char('.') + io::TableWriter::suffix(chosen);
}

QString TableExport::summary(const io::ExportResult &result)
{
    return tr("%n rows written to %1.", nullptr, int(qMin<qint64>(result.rows, std::numeric_limits<int>::max())))
        .arg(QDir::toNativeSeparators(result.path));
}

io::ExportResult TableExport::exportTable(QWidget *parent, const QString &title, const QString &suggestedName,
                                          const QSqlDatabase &db, const io::ExportSource &source)
{
    QSettings settings;
    const io::TableWriter::Format lastFormat = settings.value(FormatKey).toString() == QLatin1String("xlsx")
                                                   ? io::TableWriter::Format::Xlsx
                                                   : io::TableWriter::Format::Csv;
    QString suggestion = suggestedName;
    if (QFileInfo(suggestion).isRelative())
        suggestion = QDir(settings.value(FolderKey, StoreFileDialogs::defaultFolder()).toString()).filePath(suggestion);
    io::TableWriter::Format format = lastFormat;
    suggestion = resolvePath(suggestion, lastFormat, &format);

    const QString csvFilter = tr("CSV (UTF-8, Excel) (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    QString selectedFilter = format == io::TableWriter::Format::Xlsx ? xlsxFilter : csvFilter;
    const QString chosen = QFileDialog::getSaveFileName(parent, title, suggestion,
                                                        csvFilter + QStringLiteral(";;") + xlsxFilter, &selectedFilter);
    io::ExportResult result;
    if (chosen.isEmpty()) {
        result.cancelled = true;
        return result;
    }
    const QString path = resolvePath(
        chosen, selectedFilter == xlsxFilter ? io::TableWriter::Format::Xlsx : io::TableWriter::Format::Csv, &format);
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    settings.setValue(FormatKey, io::TableWriter::suffix(format));

    result = run(parent, title, db, source, path, format);
    if (!result.ok && !result.cancelled) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, tr("The export failed: %1").arg(result.error),
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("tableExportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return result;
}

bool TableExport::reportOutcome(QWidget *pane, QLabel *status, const QString &title, const QString &path,
                                const QString &error)
{
    if (error.isEmpty()) {
        status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    status->setText(tr("The export failed: %1").arg(error));
    if (pane->isVisible())
        QMessageBox::warning(pane, title, tr("The export failed: %1").arg(error));
    return false;
}

io::ExportResult TableExport::run(QWidget *parent, const QString &title, const QSqlDatabase &db,
                                  const io::ExportSource &source, const QString &path, io::TableWriter::Format format)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString writing = tr("Writing %1…").arg(nativePath);
    QProgressDialog progress(writing, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("tableExportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    std::atomic_bool cancel = false;
    const auto cancelled = [&cancel, &progress] {
        cancel = true;
        progress.setLabelText(tr("Cancelling…"));
    };
    // The Cancel button, closing the dialog, and Escape (which only rejects it).
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, cancelled);
    QObject::connect(&progress, &QDialog::rejected, &progress, cancelled);

    // Taken here, on the connection's own thread; the worker opens a connection of its own with it.
    const StoreConnection::Source store = db.isValid() ? StoreConnection::sourceOf(db) : StoreConnection::Source();
    const bool needsStore = db.isValid();
    QPointer<QProgressDialog> dialog = &progress; // outlives the worker: the loop below waits for it
    const auto update = [dialog, writing, nativePath, &cancel](const io::ExportProgress &state) {
        QMetaObject::invokeMethod(
            dialog.data(),
            [dialog, writing, nativePath, state, &cancel] {
                if (!dialog || dialog->wasCanceled() || cancel.load())
                    return;
                if (state.finishing) {
                    dialog->setRange(0, 0);
                    dialog->setLabelText(tr("Finishing %1…").arg(nativePath));
                    return;
                }
                if (state.total && *state.total > 0) {
                    // QProgressBar counts in int: scale to per mille.
                    dialog->setRange(0, 1000);
                    dialog->setValue(int(qMin<qint64>(1000, state.rows * 1000 / *state.total)));
                    dialog->setLabelText(writing + QLatin1Char('\n') +
                                         tr("%1 of %2 rows").arg(state.rows).arg(*state.total));
                } else {
                    dialog->setLabelText(writing + QLatin1Char('\n') + tr("%1 rows").arg(state.rows));
                }
            },
            Qt::QueuedConnection);
    };

    QFutureWatcher<io::ExportResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<io::ExportResult>::finished, &loop, &QEventLoop::quit);
    const auto exportOn = [source, path, format, update, &cancel](const QSqlDatabase &connection) {
        QElapsedTimer sinceUpdate;
        sinceUpdate.start();
        const io::ExportProgressFunction report = [&](const io::ExportProgress &state) {
            if (state.finishing || state.rows == 0 || sinceUpdate.elapsed() >= UpdateIntervalMs) {
                sinceUpdate.restart();
                update(state);
            }
            return !cancel.load();
        };
        return io::exportTable(connection, source, path, format, report);
    };
    const auto failed = [path, format](const QString &reason) {
        io::ExportResult result;
        result.path = path;
        result.format = format;
        result.error = reason;
        return result;
    };
    if (!needsStore)
        watcher.setFuture(QtConcurrent::run([exportOn] { return exportOn(QSqlDatabase()); }));
    else if (store.path.isEmpty())
        watcher.setFuture(QtFuture::makeReadyFuture(
            failed(tr("This store cannot be read from a second connection (it is not a file)."))));
    else
        watcher.setFuture(runOnWorker(store, exportOn, failed));
    if (!watcher.isFinished())
        loop.exec();
    io::ExportResult result = watcher.result();
    progress.hide();
    if (cancel.load() && !result.ok)
        result.cancelled = true;

    if (result.ok)
        logging::info(QStringLiteral("Exported %1 rows to %2").arg(result.rows).arg(path));
    else if (result.cancelled)
        logging::info(QStringLiteral("The export to %1 was cancelled").arg(path));
    else
        logging::warn(QStringLiteral("The export to %1 failed: %2").arg(path, result.error));
    return result;
}

} // namespace kefu::ui
