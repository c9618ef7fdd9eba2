#include "AuditedExport.h"

#include "AuditLog.h"
#include "Session.h"

#include <QDir>
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

} // namespace kefu::audit
