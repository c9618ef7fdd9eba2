#pragma once

#include "Permissions.h"

#include <QString>

namespace kefu {

// Who is working: a signed-in user with a role, or the one person of a single-user store (a
// store without users, which may do everything). Model operations take a Session and ask it.
class Session final
{
public:
    // The session of a store that has no users yet; the name is the operating system's user.
    static Session singleUser();
    static Session signedIn(qint64 userId, const QString &name, Role role, const QString &agentId = {},
                            const QString &team = {});

    bool isSingleUser() const { return m_singleUser; }
    qint64 userId() const { return m_userId; }
    // The name recorded in the audit log and in case histories.
    QString userName() const { return m_userName; }
    Role role() const { return m_role; }
    QString agentId() const { return m_agentId; }
    QString team() const { return m_team; }

    bool can(Permission permission) const;
    // True when allowed; otherwise false with a message naming the role and what it may not do.
    bool require(Permission permission, QString *error) const;
    // Whether this person may see the scorecard and details of agentId.
    bool canSeeAgent(const QString &agentId) const;

private:
    Session() = default;
    bool m_singleUser = false;
    qint64 m_userId = 0;
    QString m_userName;
    Role m_role = Role::Agent;
    QString m_agentId;
    QString m_team;
};

} // namespace kefu
