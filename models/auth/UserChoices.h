#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kefu {

// What a user can be given: the store's teams and agents, for the pickers of the users dialog (the
// users table refers to both, so a free-typed name that does not exist would be refused).
namespace userchoices {

struct AgentChoice
{
    QString id;
    QString name;
    QString team;
};

QStringList teams(const QSqlDatabase &db);
// Active agents by id.
QList<AgentChoice> agents(const QSqlDatabase &db);

} // namespace userchoices
} // namespace kefu
