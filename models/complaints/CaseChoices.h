#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kefu::complaints {

// What the case dialogs offer to pick from: the owners and the categories the store's cases already
// have, each sorted and without empties. Owners and categories stay free text (a new one may be typed).
struct CaseChoices
{
    QStringList owners;
    QStringList categories;

    // Reads both; on a database error returns what was read and says why in *error.
    static CaseChoices read(const QSqlDatabase &db, QString *error = nullptr);
};

} // namespace kefu::complaints
