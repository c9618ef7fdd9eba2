#pragma once

#include "auth/Permissions.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace kefu {

class Session;

// Changing the store's settings (store/StoreSettings holds the keys, defaults and validation): every
// change checked against the session's permissions and audited, all of a call in one transaction.
namespace settings {

// The permission that changing key needs: EditStoreSettings for the general settings, EditTargets for
// targets, thresholds and weights.
Permission permissionFor(const QString &key);
// Validates and writes the changes in one transaction with one audit record of those that differ; on
// failure nothing is written and *error says why.
bool setValues(QSqlDatabase &db, const Session &session, const QList<QPair<QString, QVariant>> &changes,
               QString *error);
bool setValue(QSqlDatabase &db, const Session &session, const QString &key, const QVariant &value, QString *error);

} // namespace settings
} // namespace kefu
