#include "ExportSource.h"

#include "RecordedFile.h"

#include <QCoreApplication>

namespace kefu::io {

namespace {

// Rows between two progress reports: often enough for a smooth bar, rare enough to cost nothing.
constexpr qint64 ProgressStep = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::io", text); // the context lupdate gives tr() in namespace kefu::io
}

} // namespace

ExportResult exportTable(const QSqlDatabase &db, const ExportSource &source, const QString &path,
                         TableWriter::Format format, const ExportProgressFunction &progress,
                         const TableWriter::Options &options)
{
    ExportResult result;
    result.path = path;
    result.format = format;
    if (!source.rows) {
        result.error = tr("There is nothing to export.");
        return result;
    }
    ExportProgress state;
    if (source.count)
        state.total = source.count(db);
    if (progress && !progress(state)) {
        result.cancelled = true;
        return result;
    }

    // Destroyed without commit(), the writer removes its .partial file.
    TableWriter writer(path, format, options);
    if (!writer.open() || !writer.beginSheet(source.sheetName, source.columns)) {
        result.error = writer.errorString();
        return result;
    }
    bool cancelled = false;
    bool writeFailed = false;
    const RowSink sink = [&](const QVariantList &cells) {
        if (!writer.writeRow(cells)) {
            writeFailed = true;
            return false;
        }
        if (progress && writer.rowsWritten() % ProgressStep == 0) {
            state.rows = writer.rowsWritten();
            if (!progress(state)) {
                cancelled = true;
                return false;
            }
        }
        return true;
    };
    QString readError;
    const bool read = source.rows(db, sink, &readError);
    result.rows = writer.rowsWritten();
    if (cancelled) {
        result.cancelled = true;
        return result;
    }
    if (writeFailed) {
        result.error = writer.errorString();
        return result;
    }
    if (!read) {
        result.error = readError.isEmpty() ? tr("The rows to export could not be read.") : readError;
        return result;
    }
    state.rows = writer.rowsWritten();
    state.finishing = true;
    if (progress && !progress(state)) {
        result.cancelled = true;
        return result;
    }
    if (!writer.finish()) {
        result.error = writer.errorString();
        return result;
    }

    if (source.record) {
        const auto record = [&](const QSqlDatabase &recordDb, QString *error) {
            return source.record(recordDb, result, error);
        };
        const auto place = [&](QString *error) {
            if (writer.commit())
                return true;
            *error = writer.errorString();
            return false;
        };
        if (!placeRecorded(db, path, record, place, &result.error))
            return result;
    } else if (!writer.commit()) {
        result.error = writer.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace kefu::io
