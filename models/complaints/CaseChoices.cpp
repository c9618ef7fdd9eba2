#include "CaseChoices.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace kefu::complaints {

namespace {

QStringList distinctValues(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        sql::fail(error, sql::errorText(query));
        return values;
    }
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

CaseChoices CaseChoices::read(const QSqlDatabase &db, QString *error)
{
    CaseChoices choices;
    // owner is indexed (complaints_owner); category is read from the case rows, a few hundred thousand at most.
    choices.owners = distinctValues(
        db, QStringLiteral("SELECT DISTINCT owner FROM complaints WHERE trim(owner) <> '' ORDER BY owner"), error);
    choices.categories = distinctValues(
        db, QStringLiteral("SELECT DISTINCT category FROM complaints WHERE trim(category) <> '' ORDER BY category"),
        error);
    return choices;
}

} // namespace kefu::complaints
