#pragma once

#include <QString>

namespace kefu::logging {

// Sets up spdlog: a rotating file in the per-user data folder (or dir, when given) and, in debug
// builds or when console is true, stderr. Forwards Qt's messages (qDebug, qWarning, …) to it.
void initialise(const QString &dir = {}, bool console = false);
// The folder of the log files.
QString logDirectory();
void info(const QString &message);
void warn(const QString &message);
void error(const QString &message);

} // namespace kefu::logging
