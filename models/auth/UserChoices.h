#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kefu {

// What a user can be given: the store's agents, for the pickers of the users dialog (the users table
// refers to them, so a free-typed id that does not exist would be refused); the teams are
// agents::teamNames().
namespace userchoices {

struct AgentChoice
{
    QString id;
    QString name;
    QString team;
};

// Active agents by id.
QList<AgentChoice> agents(const QSqlDatabase &db);

} // namespace userchoices
} // namespace kefu
