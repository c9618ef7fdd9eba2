#include "SettingsChanges.h"

#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "store/Sql.h"
#include "store/StoreSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace kefu::settings {

Permission permissionFor(const QString &key)
{
    const StoreSettings::Definition *def = StoreSettings::find(key);
    if (def && qstrcmp(def->group, "General") == 0)
        return Permission::EditStoreSettings;
    return Permission::EditTargets;
}

bool setValues(QSqlDatabase &db, const Session &session, const QList<QPair<QString, QVariant>> &changes, QString *error)
{
    for (const auto &[key, value] : changes) {
        const QString reason = StoreSettings::validate(key, value);
        if (!reason.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(key, reason);
            return false;
        }
        if (!session.require(permissionFor(key), error))
            return false;
    }
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    QJsonObject before;
    QJsonObject after;
    QStringList keys;
    for (const auto &[key, newValue] : changes) {
        const QString old = StoreSettings::value(db, key).toString();
        const QString now = newValue.toString();
        if (old == now)
            continue;
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {key, now}, error))
            return false;
        before.insert(key, old);
        after.insert(key, now);
        keys << key;
    }
    if (!keys.isEmpty() && !audit::record(db, session, QStringLiteral("settings.change"), QStringLiteral("settings"),
                                          keys.join(QLatin1Char(',')), before, after, {}, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

bool setValue(QSqlDatabase &db, const Session &session, const QString &key, const QVariant &value, QString *error)
{
    return setValues(db, session, {{key, value}}, error);
}

} // namespace kefu::settings
