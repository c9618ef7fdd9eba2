#pragma once

#include <QString>

namespace kefu::app {

// Reads a password from the terminal without echo (prompt on stderr). When standard input is not a
// terminal, reads one line from it. Returns false when nothing could be read.
bool readPassword(const QString &prompt, QString *password);

} // namespace kefu::app
