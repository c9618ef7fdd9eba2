#include "CommandSupport.h"

#include "TerminalPassword.h"
#include "auth/UserDirectory.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>

namespace kefu::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::app", text);
}

int usageError(const QString &command, const QString &message)
{
    err() << QStringLiteral("kefudesk %1: ").arg(command) << message << '\n';
    err().flush();
    return ExitUsage;
}

int failure(const QString &command, const QString &message)
{
    err() << QStringLiteral("kefudesk %1: ").arg(command) << message << '\n';
    err().flush();
    logging::error(QStringLiteral("%1: %2").arg(command, message));
    return ExitFailed;
}

QString defaultStorePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.kefudesk");
    return dir + QStringLiteral("/kefudesk.sqlite");
}

GlobalOptions::GlobalOptions()
    : store(QStringLiteral("store"),
            tr("The store: a SQLite file (default: %1).").arg(QDir::toNativeSeparators(defaultStorePath())),
            tr("PATH"))
    , timeZone(QStringLiteral("timezone"), tr("Use this IANA time zone (e.g. Asia/Shanghai) instead of the store's."),
               tr("IANA_NAME"))
    , shared(QStringLiteral("shared"), tr("Open the SQLite file in shared mode, for several desktops on one file."))
    , user(QStringLiteral("user"), tr("Sign in as this user (stores with users)."), tr("NAME"))
{
}

void GlobalOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(store);
    parser.addOption(timeZone);
    parser.addOption(shared);
    parser.addOption(user);
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command, const char *synopsis,
                  const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err() << QStringLiteral("kefudesk %1: ").arg(command) << parser.errorText() << '\n'
              << tr("Try 'kefudesk %1 --help'.").arg(command) << '\n';
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        out() << QStringLiteral("Usage: kefudesk %1 %2\n\n").arg(command, QString::fromUtf8(synopsis))
              << parser.helpText().section(QLatin1Char('\n'), 1);
        out().flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool storeOptionsFrom(const QCommandLineParser &parser, const GlobalOptions &global, StoreOptions *options,
                      QString *error)
{
    options->shared = parser.isSet(global.shared);
    if (parser.isSet(global.timeZone)) {
        const QString id = parser.value(global.timeZone);
        if (id.isEmpty() || !QTimeZone(id.toUtf8()).isValid()) {
            *error = tr("--timezone: %1 is not a known IANA time zone (e.g. Asia/Shanghai).").arg(id);
            return false;
        }
        options->timeZoneOverride = id;
    }
    return true;
}

QString storePathFrom(const QCommandLineParser &parser, const GlobalOptions &global)
{
    return parser.isSet(global.store) ? parser.value(global.store) : defaultStorePath();
}

std::unique_ptr<Store> openStore(const QCommandLineParser &parser, const GlobalOptions &global, const QString &command,
                                 bool readOnly, int *exitCode)
{
    StoreOptions options;
    QString error;
    if (!storeOptionsFrom(parser, global, &options, &error)) {
        *exitCode = usageError(command, error);
        return nullptr;
    }
    options.readOnly = readOnly;
    std::unique_ptr<Store> store = Store::open(storePathFrom(parser, global), options, &error);
    if (!store)
        *exitCode = failure(command, error);
    else if (!readOnly && !writableFor(*store, command, exitCode))
        store.reset();
    return store;
}

bool writableFor(const Store &store, const QString &command, int *exitCode)
{
    if (store.isWritable())
        return true;
    *exitCode = failure(command, store.writeRefusal() + QLatin1Char(' ') +
                                     tr("This command changes the store. The commands that only read work: check, "
                                        "backup, and reports to standard output (a report written with --out is "
                                        "recorded in the store's audit log, which is a change)."));
    return false;
}

std::optional<Session> signInForChange(Store &store, const QCommandLineParser &parser, const GlobalOptions &global,
                                       QString *error)
{
    UserDirectory users(store.database());
    if (!users.hasUsers()) {
        if (parser.isSet(global.user))
            err() << tr("kefudesk: warning: the store %1 has no users yet; --user %2 is ignored and the change is "
                        "recorded for the single user of the store.")
                         .arg(store.path(), parser.value(global.user))
                  << '\n';
        return Session::singleUser();
    }
    if (!parser.isSet(global.user)) {
        *error = tr("the store %1 has users: sign in with --user NAME (the password is read from the terminal, "
                    "or from KEFUDESK_PASSWORD).")
                     .arg(store.path());
        return std::nullopt;
    }
    const QString name = parser.value(global.user);
    QString password;
    if (qEnvironmentVariableIsSet("KEFUDESK_PASSWORD"))
        password = qEnvironmentVariable("KEFUDESK_PASSWORD");
    else if (!readPassword(tr("Password for %1: ").arg(name), &password)) {
        *error = tr("no password given for %1.").arg(name);
        return std::nullopt;
    }
    const SignInResult result = users.signIn(name, password, QDateTime::currentSecsSinceEpoch());
    if (!result.ok) {
        *error = result.error;
        return std::nullopt;
    }
    logging::info(QStringLiteral("signed in: %1").arg(name));
    return result.session;
}

} // namespace kefu::app
