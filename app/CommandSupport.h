#pragma once

#include "auth/Session.h"
#include "store/Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

// What every command of the command line shares: exit codes, streams, the global options and how a
// command parses its arguments and opens the store.
namespace kefu::app {

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

QTextStream &out();
QTextStream &err();
// Translation in the command line's context.
QString tr(const char *text);

// Prints "kefudesk COMMAND: message" to stderr; returns ExitUsage / ExitFailed (and logs the failure).
int usageError(const QString &command, const QString &message);
int failure(const QString &command, const QString &message);

QString defaultStorePath();

// The options every command accepts.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(kefu::app)

public:
    QCommandLineOption store;
    QCommandLineOption timeZone;
    QCommandLineOption shared;
    QCommandLineOption user;

    GlobalOptions();
    void addTo(QCommandLineParser &parser) const;
};

// Parses args (program name first, command name removed) for one command; on --help prints the
// command's help, on a parse error the reason; then returns false with *exitCode set.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command, const char *synopsis,
                  const QString &description, int *exitCode);

bool storeOptionsFrom(const QCommandLineParser &parser, const GlobalOptions &global, StoreOptions *options,
                      QString *error);
QString storePathFrom(const QCommandLineParser &parser, const GlobalOptions &global);
// Opens the store of --store with the command line's options; on failure says why on stderr and
// sets *exitCode (2 for a bad option, 1 for a store that cannot be opened).
std::unique_ptr<Store> openStore(const QCommandLineParser &parser, const GlobalOptions &global, const QString &command,
                                 bool readOnly, int *exitCode);

// A command that writes needs a store it can write: a read-only one (its file or folder cannot be
// written) says why on stderr, sets *exitCode to 1 and returns false.
bool writableFor(const Store &store, const QString &command, int *exitCode);

// Signs in for a command that changes data or is recorded in the audit log: on a store with users with
// --user NAME (the password from the terminal or KEFUDESK_PASSWORD), else nullopt with *error; a
// store without users is a single-user store.
std::optional<Session> signInForChange(Store &store, const QCommandLineParser &parser, const GlobalOptions &global,
                                       QString *error);

} // namespace kefu::app
