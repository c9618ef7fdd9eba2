#include "UserChoices.h"

#include <QSqlQuery>

namespace kefu::userchoices {

QList<AgentChoice> agents(const QSqlDatabase &db)
{
    QList<AgentChoice> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, team FROM agents WHERE active = 1 ORDER BY id"))) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return list;
}

} // namespace kefu::userchoices
