#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kefu::demo {

// One sign-in for every role on a demo store (README lists them). All share DemoPassword.
struct DemoUser
{
    const char *name;
    const char *displayName; // Chinese, as a team would name them
    const char *role;
};

inline constexpr const char *DemoPassword = "Kefu-demo-2026";

const QList<DemoUser> &demoUsers();

// Inserts the demo users inside the caller's transaction; agentId and team link the agent and lead
// users to a generated agent and team. False with a reason on failure.
bool insertDemoUsers(QSqlDatabase &db, const QString &agentId, const QString &team, qint64 createdAt, QString *error);

} // namespace kefu::demo
