#pragma once

namespace kefu::app {

// Parses the command line and runs a command without a window, or the desktop session.
// Exit codes: 0 success, 1 the work failed, 2 the command line was wrong.
int run(int argc, char *argv[]);

} // namespace kefu::app
