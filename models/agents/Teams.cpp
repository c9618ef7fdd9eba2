#include "Teams.h"

#include <QSqlQuery>

namespace kefu::agents {

QStringList teamNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name FROM teams ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

} // namespace kefu::agents
