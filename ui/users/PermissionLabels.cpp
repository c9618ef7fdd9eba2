#include "PermissionLabels.h"

#include <QStringList>

namespace kefu::ui {

QString PermissionLabels::rolesWith(Permission permission)
{
    QStringList titles;
    for (const RoleInfo &info : permissions::roles()) {
        if (permissions::allows(info.role, permission))
            titles << permissions::roleTitle(info.role);
    }
    if (titles.isEmpty())
        return {};
    if (titles.size() == 1)
        return titles.constFirst();
    const QString last = titles.takeLast();
    return tr("%1 or %2").arg(titles.join(tr(", ")), last);
}

QString PermissionLabels::onlyRolesMay(Permission permission)
{
    return tr("Only %1 may %2.").arg(rolesWith(permission), permissions::permissionTitle(permission));
}

QString PermissionLabels::userTitle(const QString &displayName, const QString &userName, Role role)
{
    return tr("%1 (%2)").arg(displayName.isEmpty() ? userName : displayName, permissions::roleTitle(role));
}

QString PermissionLabels::singleUserTitle()
{
    return tr("Single-user store");
}

QString PermissionLabels::singleUserExplanation()
{
    return tr("This store has no users: anyone who opens the file may do everything, and changes are recorded "
              "under the name of the computer's user. Add an administrator under Tools → Users to require "
              "sign-in.");
}

} // namespace kefu::ui
