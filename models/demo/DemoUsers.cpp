#include "DemoUsers.h"

#include "auth/PasswordHash.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace kefu::demo {

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users = {
        {"admin", "系统管理员", "admin"}, {"lead", "班组长", "lead"},     {"qa", "质检专员", "qa"},
        {"trainer", "培训师", "trainer"}, {"agent", "客服坐席", "agent"},
    };
    return users;
}

bool insertDemoUsers(QSqlDatabase &db, const QString &agentId, const QString &team, qint64 createdAt, QString *error)
{
    // One hash serves every demo user: they share the documented password anyway.
    const QString hashed = password::hash(QString::fromLatin1(DemoPassword));
    if (hashed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("kefu::demo", "The demo password could not be hashed.");
        return false;
    }
    const QVariant noText(QMetaType::fromType<QString>());
    for (const DemoUser &u : demoUsers()) {
        const QString role = QString::fromLatin1(u.role);
        const bool isAgent = role == QLatin1String("agent");
        const bool hasTeam = isAgent || role == QLatin1String("lead");
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO users(name, display_name, role, agent_id, team, password_hash, "
                                      "active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
                       {QString::fromLatin1(u.name), QString::fromUtf8(u.displayName), role,
                        isAgent && !agentId.isEmpty() ? QVariant(agentId) : noText,
                        hasTeam && !team.isEmpty() ? QVariant(team) : noText, hashed, createdAt},
                       error))
            return false;
    }
    return true;
}

} // namespace kefu::demo
