#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace kefu::agents {

// The store's teams by name, for every team picker and filter (scorecards, QA reviews, users): one
// reading of the teams table. Empty when there are none or the table cannot be read.
QStringList teamNames(const QSqlDatabase &db);

} // namespace kefu::agents
