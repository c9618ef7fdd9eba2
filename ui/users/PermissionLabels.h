#pragma once

#include "auth/Permissions.h"

#include <QCoreApplication>
#include <QString>

namespace kefu {
class Session;
}

namespace kefu::ui {

// Texts about roles and permissions that menus, dialogs and the status bar share.
class PermissionLabels final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::ui::PermissionLabels)

public:
    // The titles of the roles that have permission, e.g. "Administrator or Team lead".
    static QString rolesWith(Permission permission);
    // Why an action is disabled: "Only Administrator or Team lead may change targets and thresholds."
    static QString onlyRolesMay(Permission permission);
    // "display name (role title)" of a signed-in user; the name stands in for an empty display name.
    static QString userTitle(const QString &displayName, const QString &userName, Role role);
    // The status-bar text and its tooltip for a single-user store.
    static QString singleUserTitle();
    static QString singleUserExplanation();
};

} // namespace kefu::ui
