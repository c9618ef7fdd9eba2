#include "RecordedFile.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kefu::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::io", text); // the context lupdate gives tr() in namespace kefu::io
}

} // namespace

bool placeRecorded(const QSqlDatabase &db, const QString &path,
                   const std::function<bool(const QSqlDatabase &db, QString *error)> &record,
                   const std::function<bool(QString *error)> &place, QString *error)
{
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = tr("The export could not be recorded in the audit log: %1").arg(tx.errorString());
        return false;
    }
    QString recordError;
    if (!record(db, &recordError)) {
        *error = tr("The export could not be recorded in the audit log: %1").arg(recordError);
        return false;
    }
    // A file the export replaces is kept aside until the record is committed, and put back when it is
    // not: a failed export never costs the user an older file.
    const QString previous = path + QStringLiteral(".previous");
    const bool replacing = QFileInfo(path).isFile();
    QFile::remove(previous);
    if (replacing && !QFile::rename(path, previous)) {
        *error = tr("The file %1 cannot be replaced.").arg(path);
        return false;
    }
    const auto restorePrevious = [&] {
        if (replacing) {
            QFile::remove(path);
            QFile::rename(previous, path);
        }
    };
    if (!place(error)) {
        restorePrevious();
        return false;
    }
    if (!tx.commit()) {
        if (replacing)
            restorePrevious();
        else
            QFile::remove(path);
        *error = tr("The export could not be recorded in the audit log: %1").arg(tx.errorString());
        return false;
    }
    if (replacing)
        QFile::remove(previous);
    return true;
}

} // namespace kefu::io
