#pragma once

#include <QStringList>

namespace kefu::app {

// The reading commands of the metrics engine. Both take the arguments the way the other commands of
// CommandLine.cpp get them: the program name first, then every argument except the command name
// (global options such as --store may come before or after it). They print errors to stderr and
// return 0 on success, 1 when the work failed, 2 when the command line was wrong.

// `report agents|service --from D --to D …`: reads the store (opened read-only), needs no sign-in.
int runReport(const QStringList &args);
// `staffing --arrivals N --interval-min M --aht S --target-sl P --target-s T …`: Erlang C; no store.
int runStaffing(const QStringList &args);

// Whether `report` args ask for a PDF (--format pdf, or an --out FILE.pdf without --format): a PDF
// needs a QGuiApplication (for its fonts), which the command line then starts on the offscreen platform.
bool reportWritesPdf(const QStringList &args);

// For the general help: the synopses of the two commands.
const char *reportSynopsis();
const char *staffingSynopsis();

} // namespace kefu::app
