#pragma once

#include <QString>
#include <QStringList>

namespace kefu::app {

// `simulate [--speed X] [--profile normal|peak] [--seed N] [--for SECONDS]`: plays a live contact feed
// into the store (live::FeedSimulator) until Ctrl+C / SIGTERM or until --for simulated seconds have
// passed. Takes the arguments the way the other commands of CommandLine.cpp get them (the program name
// first, the command name removed) with the synopsis and the translated description of its help.
// Writes as the feed, so it needs no sign-in. Returns 0 on a clean stop, 1 when the work failed, 2 when
// the command line was wrong.
int runSimulate(const QStringList &args, const char *synopsis, const QString &description);

} // namespace kefu::app
