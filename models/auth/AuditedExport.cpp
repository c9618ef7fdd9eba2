#include "AuditedExport.h"

#include "AuditLog.h"
#include "Session.h"
#include "exporting/RecordedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace kefu::audit {

std::function<bool(const QSqlDatabase &, const io::ExportResult &, QString *)>
exportRecord(const Session &session, const QString &kind, const QString &entity, const QVariantMap &details)
{
    return [session, kind, entity, details](const QSqlDatabase &db, const io::ExportResult &result, QString *error) {
        QJsonObject after = QJsonObject::fromVariantMap(details);
        after.insert(QStringLiteral("rows"), result.rows);
        after.insert(QStringLiteral("file"), QDir::toNativeSeparators(result.path));
        after.insert(QStringLiteral("format"), io::TableWriter::suffix(result.format));
        return audit::record(db, session, kind, entity, QString(), {}, after, {}, error);
    };
}

bool exportFile(const QSqlDatabase &db, const Session &session, const QString &kind, const QString &entity,
                const QVariantMap &details, const QString &path, const FileContent &write, QString *error)
{
    const QString staged = io::TableWriter::partialPathFor(path);
    QFile::remove(staged);
    if (!write(staged, error)) {
        QFile::remove(staged);
        return false;
    }
    const auto record = [&](const QSqlDatabase &recordDb, QString *recordError) {
        QJsonObject after = QJsonObject::fromVariantMap(details);
        after.insert(QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        return audit::record(recordDb, session, kind, entity, QString(), {}, after, {}, recordError);
    };
    const auto place = [&](QString *placeError) {
        QFile file(staged);
        if (file.rename(path))
            return true;
        *placeError = QCoreApplication::translate("kefu::audit", "%1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    const bool placed = io::placeRecorded(db, path, record, place, error);
    if (!placed)
        QFile::remove(staged);
    return placed;
}

} // namespace kefu::audit
