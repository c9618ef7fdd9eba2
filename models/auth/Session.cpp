#include "Session.h"

#include <QCoreApplication>

namespace kefu {

Session Session::singleUser()
{
    Session s;
    s.m_singleUser = true;
    s.m_role = Role::Admin;
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    s.m_userName = name.isEmpty() ? QStringLiteral("local") : name;
    return s;
}

Session Session::signedIn(qint64 userId, const QString &name, Role role, const QString &agentId, const QString &team)
{
    Session s;
    s.m_userId = userId;
    s.m_userName = name;
    s.m_role = role;
    s.m_agentId = agentId;
    s.m_team = team;
    return s;
}

bool Session::can(Permission permission) const
{
    return m_singleUser || permissions::allows(m_role, permission);
}

bool Session::require(Permission permission, QString *error) const
{
    if (can(permission))
        return true;
    if (error)
        *error = QCoreApplication::translate("kefu::Session", "Permission denied: %1 (%2) may not %3.")
                     .arg(m_userName, permissions::roleTitle(m_role), permissions::permissionTitle(permission));
    return false;
}

bool Session::canSeeAgent(const QString &agentId) const
{
    if (can(Permission::ViewAllScorecards))
        return true;
    return !m_agentId.isEmpty() && m_agentId == agentId;
}

} // namespace kefu
