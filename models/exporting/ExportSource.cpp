#include "ExportSource.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

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
        // The record and the file: both or neither.
        sql::WriteTransaction tx(db);
        if (!tx.isActive()) {
            result.error = tr("The export could not be recorded in the audit log: %1").arg(tx.errorString());
            return result;
        }
        QString recordError;
        if (!source.record(db, result, &recordError)) {
            result.error = tr("The export could not be recorded in the audit log: %1").arg(recordError);
            return result;
        }
        // A file the export replaces is kept aside until the record is committed, and put back
        // when it is not: a failed export never costs the user an older file.
        const QString previous = path + QStringLiteral(".previous");
        const bool replacing = QFileInfo(path).isFile();
        QFile::remove(previous);
        if (replacing && !QFile::rename(path, previous)) {
            result.error = tr("The file %1 cannot be replaced.").arg(path);
            return result;
        }
        auto restorePrevious = [&] {
            if (replacing) {
                QFile::remove(path);
                QFile::rename(previous, path);
            }
        };
        if (!writer.commit()) {
            restorePrevious();
            result.error = writer.errorString();
            return result;
        }
        if (!tx.commit()) {
            if (replacing)
                restorePrevious();
            else
                QFile::remove(path);
            result.error = tr("The export could not be recorded in the audit log: %1").arg(tx.errorString());
            return result;
        }
        if (replacing)
            QFile::remove(previous);
    } else if (!writer.commit()) {
        result.error = writer.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace kefu::io
