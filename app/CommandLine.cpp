#include "CommandLine.h"

#include "CommandSupport.h"
#include "ReportCommands.h"
#include "SimulateCommand.h"

#include "shell/Gui.h"
#include "shell/PaneRegistry.h"
#include "TerminalPassword.h"
#include "auth/AuditLog.h"
#include "auth/UserDirectory.h"
#include "core/Formats.h"
#include "core/Logging.h"
#include "demo/DemoGenerator.h"
#include "importing/Importer.h"
#include "store/Store.h"
#include "store/StoreMaintenance.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <memory>
#include <optional>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace kefu::app {

namespace {

struct CommandInfo
{
    const char *name;
    const char *synopsis;    // arguments after the command name
    const char *description; // translated at use
};

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> list = {
        {"init", "", QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Create an empty store (the schema, no users).")},
        {"demo", "[--days N] [--agents N] [--seed N] [--peak-day DATE] [--as-of DATETIME]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Fill a new, empty store with deterministic demo data.")},
        {"check", "[--quick]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Check the store's integrity and schema version.")},
        {"backup", "DEST", QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Write a consistent online copy of the store.")},
        {"screenshot", "--pane PANE --out FILE.png [--size WxH] [--lang zh_CN|en] [--item ITEM]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Render the window or a pane offscreen to a PNG file.")},
        {"import", "KIND FILE [--encoding E] [--on-error abort|skip]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine",
                           "Import a CSV or XLSX file. KIND: agents, conversations, agent_states, shifts, qa_reviews, "
                           "complaints, complaint_events, scripts.")},
        {"report", reportSynopsis(), QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Scorecard and service-level reports.")},
        {"staffing", staffingSynopsis(), QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Erlang C staffing.")},
        {"simulate", "[--speed X] [--profile normal|peak] [--seed N] [--for SECONDS]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Play a live contact feed.")},
        {"user", "add|list|disable|enable|passwd|role [NAME] [--role R]",
         QT_TRANSLATE_NOOP("kefu::app::CommandLine", "Manage users (admin).")},
    };
    return list;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString generalHelp()
{
    QString text = tr("Usage: kefudesk [options] [COMMAND] [command options]\n\n"
                      "KefuDesk (客服主管工作台), the supervisor workstation for e-commerce customer service.\n"
                      "Without a command it opens the window; with one it works without a window.\n\n"
                      "Commands:\n");
    for (const CommandInfo &c : commands()) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QString::fromLatin1(c.name), QString::fromUtf8(c.synopsis),
                         QCoreApplication::translate("kefu::app::CommandLine", c.description));
    }
    text += tr("\nOptions for every command:\n"
               "  --store PATH          the store: a SQLite file (default: %1)\n"
               "  --timezone IANA_NAME  use this time zone instead of the store's\n"
               "  --shared              shared mode, for several desktops on one file\n"
               "  --user NAME           sign in as this user (stores with users)\n"
               "  -h, --help            this help; `kefudesk COMMAND --help` for a command\n"
               "  -v, --version         the version\n")
                .arg(QDir::toNativeSeparators(defaultStorePath()));
    return text;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const CommandInfo &info, int *exitCode)
{
    return kefu::app::parseCommand(parser, args, QString::fromLatin1(info.name), info.synopsis,
                        QCoreApplication::translate("kefu::app::CommandLine", info.description), exitCode);
}

bool parseInt(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    *value = v;
    return true;
}

// The store of a command that may create it (demo, import): its folder is made for the default
// path. On failure says why and returns nullptr with *exitCode set.
std::unique_ptr<Store> openOrCreateStore(const QCommandLineParser &parser, const GlobalOptions &global,
                                         const QString &command, QString *path, bool *existed, int *exitCode)
{
    StoreOptions options;
    QString error;
    if (!storeOptionsFrom(parser, global, &options, &error)) {
        *exitCode = usageError(command, error);
        return nullptr;
    }
    options.create = true;
    *path = storePathFrom(parser, global);
    if (!parser.isSet(global.store))
        QDir().mkpath(QFileInfo(*path).absolutePath());
    *existed = QFileInfo::exists(*path);
    std::unique_ptr<Store> store = Store::open(*path, options, &error);
    if (!store)
        *exitCode = failure(command, error);
    else if (!writableFor(*store, command, exitCode))
        store.reset();
    return store;
}

// Removes a store file this command created, with its journal files.
void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// --- init -------------------------------------------------------------------------------------

int runInit(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("init");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("init takes no arguments; name the store with --store PATH"));
    const QString path = storePathFrom(parser, global);
    if (QFileInfo::exists(path))
        return failure(name, tr("%1 already exists; nothing was changed.").arg(QDir::toNativeSeparators(path)));
    bool existed = false;
    QString created;
    std::unique_ptr<Store> store = openOrCreateStore(parser, global, name, &created, &existed, &exitCode);
    if (!store)
        return exitCode;
    out() << tr("Created the store %1 (schema version %2, no users: a single-user store until `kefudesk user add "
                "NAME --role admin`).")
                 .arg(QDir::toNativeSeparators(store->path()))
                 .arg(Store::SchemaVersion)
          << '\n';
    return ExitOk;
}

// --- demo -------------------------------------------------------------------------------------

int runDemo(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("demo");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of history, ending today (default 90)."),
                                  QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption agents(QStringLiteral("agents"), tr("Number of agents (default 40)."), QStringLiteral("N"),
                                    QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed: the same seed and dates give the same data."),
                                  QStringLiteral("N"), QStringLiteral("618"));
    const QCommandLineOption peakDay(QStringLiteral("peak-day"),
                                     tr("A promotion day at 4.2× normal volume (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The demo's 'now' (YYYY-MM-DDTHH:MM:SS, store time; default: now)."),
                                  tr("DATETIME"));
    parser.addOptions({days, agents, seed, peakDay, asOf});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));

    DemoOptions options;
    if (!parseInt(parser.value(days), 1, 730, &options.days))
        return usageError(name, tr("--days: %1 is not a whole number from 1 to 730").arg(parser.value(days)));
    if (!parseInt(parser.value(agents), 4, 300, &options.agents))
        return usageError(name, tr("--agents: %1 is not a whole number from 4 to 300").arg(parser.value(agents)));
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(name, tr("--seed: %1 is not a non-negative whole number").arg(parser.value(seed)));

    QString path;
    bool existed = false;
    std::unique_ptr<Store> store = openOrCreateStore(parser, global, name, &path, &existed, &exitCode);
    if (!store)
        return exitCode;
    StoreOptions storeOptions;
    QString error;
    storeOptionsFrom(parser, global, &storeOptions, &error);
    const QTimeZone zone = store->timeZone();

    if (parser.isSet(peakDay)) {
        options.peakDay = QDate::fromString(parser.value(peakDay), Qt::ISODate);
        if (!options.peakDay.isValid())
            return usageError(name, tr("--peak-day: %1 is not a date (YYYY-MM-DD)").arg(parser.value(peakDay)));
    }
    if (parser.isSet(asOf)) {
        QDateTime when = QDateTime::fromString(parser.value(asOf), Qt::ISODate);
        if (!when.isValid())
            return usageError(name, tr("--as-of: %1 is not a date and time (YYYY-MM-DDTHH:MM:SS)").arg(parser.value(asOf)));
        if (when.timeSpec() == Qt::LocalTime)
            when = QDateTime(when.date(), when.time(), zone);
        options.asOf = when;
    }
    const QString invalid = DemoGenerator::validate(options);
    if (!invalid.isEmpty())
        return usageError(name, invalid);

    QSqlDatabase db = store->database();
    if (!DemoGenerator::storeIsEmpty(db, &error)) {
        if (!error.isEmpty())
            return failure(name, error);
        return failure(name, tr("the store %1 already holds data; demo data goes into a new store "
                                "(choose another file with --store).")
                                 .arg(store->path()));
    }

    const std::optional<Session> session = signInForChange(*store, parser, global, &error);
    if (!session)
        return failure(name, error);
    if (!session->require(Permission::ImportData, &error))
        return failure(name, error);

    DemoGenerator generator(db, zone, options);
    int lastReported = -10;
    QElapsedTimer timer;
    timer.start();
    const bool ok = generator.run(
        [&lastReported](int percent, const QString &stage) {
            if (percent >= lastReported + 10 || percent == 100) {
                lastReported = percent;
                err() << QStringLiteral("demo: %1% %2").arg(percent, 3).arg(stage) << '\n';
                err().flush();
            }
            return true;
        },
        &error);
    if (!ok) {
        store.reset();
        if (!existed)
            removeStoreFiles(path);
        return failure(name, error);
    }
    // A demo generated in a given zone keeps it as the store's own, so the window shows the same days.
    if (!storeOptions.timeZoneOverride.isEmpty()
        && !settings::setValue(db, *session, QString(StoreSettings::TimeZone), storeOptions.timeZoneOverride,
                                    &error))
        return failure(name, error);
    const DemoCounts &c = generator.counts();
    out() << tr("Demo store %1 (seed %2, %3 days, %4 agents, peak day %5) written in %6:")
                 .arg(store->path())
                 .arg(options.seed)
                 .arg(options.days)
                 .arg(options.agents)
                 .arg(format::date(generator.peakDay()), format::duration(timer.elapsed() / 1000.0))
          << '\n';
    const QList<QPair<QString, qint64>> rows = {
        {QStringLiteral("teams"), c.teams},
        {QStringLiteral("agents"), c.agents},
        {QStringLiteral("conversations"), c.conversations},
        {QStringLiteral("conversation_scripts"), c.conversationScripts},
        {QStringLiteral("agent_states"), c.agentStates},
        {QStringLiteral("shifts"), c.shifts},
        {QStringLiteral("qa_reviews"), c.qaReviews},
        {QStringLiteral("complaints"), c.complaints},
        {QStringLiteral("complaint_events"), c.complaintEvents},
        {QStringLiteral("script_categories"), c.scriptCategories},
        {QStringLiteral("scripts"), c.scripts},
        {QStringLiteral("script_versions"), c.scriptVersions},
    };
    for (const auto &[table, n] : rows)
        out() << QStringLiteral("  %1 %2\n").arg(table, -22).arg(n);
    logging::info(QStringLiteral("demo written to %1").arg(store->path()));
    return ExitOk;
}

// --- check ------------------------------------------------------------------------------------

int runCheck(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("check");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption quick(QStringLiteral("quick"), tr("Run the faster quick_check instead of integrity_check."));
    parser.addOption(quick);
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    std::unique_ptr<Store> store = openStore(parser, global, name, true, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    QSqlDatabase db = store->database();
    const maintenance::CheckReport report = maintenance::check(*store, db, parser.isSet(quick));
    for (const QString &line : report.findings)
        (report.ok ? out() : err()) << line << '\n';
    if (!report.ok)
        return failure(name, tr("the store %1 has problems (see above); restore it from a backup.").arg(store->path()));
    out() << tr("The store is healthy.") << '\n';
    return ExitOk;
}

// --- backup -----------------------------------------------------------------------------------

int runBackup(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("backup");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("DEST"), tr("The file to write the copy to (must not exist)."));
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(name, tr("give exactly one destination file"));
    std::unique_ptr<Store> store = openStore(parser, global, name, true, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    QSqlDatabase db = store->database();
    if (!maintenance::backup(db, positional.constFirst(), &error))
        return failure(name, error);
    out() << tr("Backed up %1 to %2.").arg(store->path(), QFileInfo(positional.constFirst()).absoluteFilePath())
          << '\n';
    logging::info(QStringLiteral("backup of %1 to %2").arg(store->path(), positional.constFirst()));
    return ExitOk;
}

// --- screenshot -------------------------------------------------------------------------------

int runScreenshot(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("screenshot");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QStringList panes = QStringList{QStringLiteral("window")} + ui::PaneRegistry::instance().ids();
    const QCommandLineOption pane(QStringLiteral("pane"),
                                  tr("The pane: %1.").arg(panes.join(QStringLiteral(", "))), tr("PANE"),
                                  QStringLiteral("window"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The PNG file to write."), tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size (default 1280x800)."), tr("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: zh_CN or en."), tr("LANG"));
    const QCommandLineOption item(QStringLiteral("item"),
                                  tr("Show this in the pane first: complaints: a case id, or charts."), tr("ITEM"));
    parser.addOptions({pane, outFile, size, lang, item});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    if (!parser.isSet(outFile))
        return usageError(name, tr("--out FILE.png is required"));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch m = sizePattern.match(parser.value(size));
    if (!m.hasMatch())
        return usageError(name, tr("--size: %1 is not WIDTHxHEIGHT (e.g. 1280x800)").arg(parser.value(size)));
    const QSize pixels(m.captured(1).toInt(), m.captured(2).toInt());
    if (parser.isSet(lang) && parser.value(lang) != QLatin1String("zh_CN") && parser.value(lang) != QLatin1String("en"))
        return usageError(name, tr("--lang: %1 is not zh_CN or en").arg(parser.value(lang)));
    if (!panes.contains(parser.value(pane)))
        return usageError(name, tr("pane %1 is not available in this version; available: %2")
                                    .arg(parser.value(pane), panes.join(QStringLiteral(", "))));
    StoreOptions options;
    QString error;
    if (!storeOptionsFrom(parser, global, &options, &error))
        return usageError(name, error);
    ui::applyLanguage(parser.value(lang));
    if (!ui::renderScreenshot(storePathFrom(parser, global), options, parser.value(pane), pixels,
                              parser.value(outFile), &error, parser.value(item)))
        return failure(name, error);
    out() << tr("Wrote %1.").arg(QFileInfo(parser.value(outFile)).absoluteFilePath()) << '\n';
    return ExitOk;
}

// --- signing in -------------------------------------------------------------------------------

// A new password: KEFUDESK_NEW_PASSWORD, or typed twice at the terminal.
bool readNewPassword(const QString &userName, QString *password, QString *error)
{
    if (qEnvironmentVariableIsSet("KEFUDESK_NEW_PASSWORD")) {
        *password = qEnvironmentVariable("KEFUDESK_NEW_PASSWORD");
        return true;
    }
    QString again;
    if (!readPassword(tr("New password for %1: ").arg(userName), password)
        || !readPassword(tr("The same password again: "), &again)) {
        *error = tr("no new password given (type it, or set KEFUDESK_NEW_PASSWORD).");
        return false;
    }
    if (*password != again) {
        *error = tr("the two passwords differ; nothing was changed.");
        return false;
    }
    return true;
}

// --- import -------------------------------------------------------------------------------------

int runImport(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The file's encoding: UTF-8, UTF-16 or GB18030 (default: detected)."),
                                      tr("ENCODING"));
    const QCommandLineOption onError(QStringLiteral("on-error"),
                                     tr("abort (default): import nothing when a row is bad; skip: import the good "
                                        "rows and write the bad ones with their reasons to FILE.rejects.csv."),
                                     tr("WHAT"), QStringLiteral("abort"));
    parser.addOptions({encoding, onError});
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("What the file holds."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A CSV, TSV or XLSX file."));
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(name, tr("give the kind and the file, e.g. kefudesk import conversations history.csv"));
    const std::optional<importing::Kind> kind = importing::kindFromId(positional.at(0));
    if (!kind) {
        QStringList ids;
        for (const importing::KindInfo &k : importing::kinds())
            ids << QString::fromLatin1(k.id);
        return usageError(name, tr("%1 is not a kind of file; use one of %2.")
                                    .arg(positional.at(0), ids.join(QStringLiteral(", "))));
    }
    importing::ImportOptions options;
    options.kind = *kind;
    options.path = positional.at(1);
    options.encoding = parser.value(encoding);
    const QString errorMode = parser.value(onError).trimmed().toLower();
    if (errorMode == QLatin1String("skip"))
        options.onError = importing::OnError::Skip;
    else if (errorMode != QLatin1String("abort"))
        return usageError(name, tr("--on-error: %1 is not abort or skip.").arg(parser.value(onError)));
    if (QFileInfo(options.path).isDir())
        return failure(name, tr("%1 is a folder; give the file to import.").arg(options.path));
    if (!QFileInfo(options.path).isFile())
        return failure(name, tr("%1: no such file.").arg(options.path));

    // A team's first import may create its store (a single-user store until `user add`).
    QString path;
    bool existed = false;
    std::unique_ptr<Store> store = openOrCreateStore(parser, global, name, &path, &existed, &exitCode);
    if (!store)
        return exitCode;
    QString error;
    auto removeNewStore = [&]() {
        if (existed)
            return;
        store.reset();
        removeStoreFiles(path);
    };
    const std::optional<Session> session = signInForChange(*store, parser, global, &error);
    if (!session) {
        removeNewStore();
        return failure(name, error);
    }
    if (!session->require(Permission::ImportData, &error)) {
        removeNewStore();
        return failure(name, error);
    }

    importing::Importer importer(store->database(), *session, store->timeZone());
    int lastReported = 0;
    const importing::ImportSummary summary = importer.run(options, [&lastReported](double fraction) {
        const int percent = int(fraction * 100);
        if (percent >= lastReported + 10 && percent < 100) {
            lastReported = percent - percent % 10;
            err() << QStringLiteral("import: %1%").arg(lastReported, 3) << '\n';
            err().flush();
        }
        return true;
    });
    for (const importing::ImportProblem &problem : summary.problems)
        err() << problem.text() << '\n';
    if (summary.problemCount > summary.problems.size())
        err() << tr("… and %1 more problems.").arg(summary.problemCount - summary.problems.size()) << '\n';
    if (!summary.ok) {
        err() << QStringLiteral("kefudesk import: ") << summary.text() << '\n';
        logging::error(QStringLiteral("import failed: %1").arg(summary.fatalError));
        removeNewStore();
        return ExitFailed;
    }
    out() << summary.text() << '\n';
    return ExitOk;
}

// --- user ---------------------------------------------------------------------------------------

int runUser(const QStringList &args, const CommandInfo &info)
{
    const QString name = QStringLiteral("user");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list, disable, enable, passwd or role"));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user (not for list)."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("admin, lead, qa, trainer or agent (or the name the window shows, e.g. 班组长)."),
                                  tr("ROLE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"), tr("The name shown for the user."), tr("TEXT"));
    const QCommandLineOption agent(QStringLiteral("agent"), tr("The agent id (工号) of a user with role agent."),
                                   tr("ID"));
    const QCommandLineOption team(QStringLiteral("team"), tr("The user's team."), tr("TEAM"));
    parser.addOptions({role, displayName, agent, team});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, info, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions = {QStringLiteral("add"),    QStringLiteral("list"),   QStringLiteral("disable"),
                                        QStringLiteral("enable"), QStringLiteral("passwd"), QStringLiteral("role")};
    if (positional.isEmpty() || !actions.contains(positional.constFirst()))
        return usageError(name, tr("give an action: %1").arg(actions.join(QStringLiteral(", "))));
    const QString action = positional.constFirst();
    if (action != QLatin1String("list") && positional.size() != 2)
        return usageError(name, tr("%1 needs exactly one user name").arg(action));
    std::optional<Role> newRole;
    if (parser.isSet(role)) {
        newRole = permissions::roleFromText(parser.value(role));
        if (!newRole)
            return usageError(name, tr("--role: %1 is not admin, lead, qa, trainer or agent (or 管理员, 班组长, 质检, "
                                       "培训师, 坐席)")
                                        .arg(parser.value(role)));
    } else if (action == QLatin1String("add") || action == QLatin1String("role")) {
        return usageError(name, tr("%1 needs --role").arg(action));
    }

    // The first admin of a team may be added before anything else: `user add` creates the store as
    // `import` does; the other actions need one.
    QString path;
    bool existed = true;
    std::unique_ptr<Store> store = action == QLatin1String("add")
                                       ? openOrCreateStore(parser, global, name, &path, &existed, &exitCode)
                                       : openStore(parser, global, name, false, &exitCode);
    if (!store)
        return exitCode;
    auto failed = [&](const QString &why) {
        if (!existed) {
            store.reset();
            removeStoreFiles(path);
        }
        return failure(name, why);
    };
    QString error;
    const std::optional<Session> session = signInForChange(*store, parser, global, &error);
    if (!session)
        return failed(error);
    UserDirectory users(store->database());

    if (action == QLatin1String("list")) {
        if (!session->require(Permission::ManageUsers, &error))
            return failure(name, error);
        out() << "name\trole\tdisplay_name\tagent_id\tteam\tactive\n";
        for (const UserRecord &u : users.list())
            out() << QStringList{u.name, permissions::roleId(u.role), u.displayName, u.agentId, u.team,
                                 u.active ? QStringLiteral("1") : QStringLiteral("0")}
                         .join(QLatin1Char('\t'))
                  << '\n';
        return ExitOk;
    }
    const QString userName = positional.at(1);
    bool ok = false;
    if (action == QLatin1String("add")) {
        NewUser user;
        user.name = userName;
        user.role = *newRole;
        user.displayName = parser.value(displayName);
        user.agentId = parser.value(agent);
        user.team = parser.value(team);
        if (!readNewPassword(userName, &user.password, &error))
            return failed(error);
        ok = users.add(*session, user, &error);
        if (!ok)
            return failed(error);
        if (!existed)
            out() << tr("Created the store %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        ok = users.setActive(*session, userName, action == QLatin1String("enable"), &error);
    } else if (action == QLatin1String("role")) {
        ok = users.setRole(*session, userName, *newRole, &error);
    } else if (action == QLatin1String("passwd")) {
        QString password;
        if (!readNewPassword(userName, &password, &error))
            return failure(name, error);
        ok = users.setPassword(*session, userName, password, &error);
    }
    if (!ok)
        return failure(name, error);
    out() << tr("Done: user %1 %2.").arg(action, userName) << '\n';
    return ExitOk;
}

// The first argument that is not an option or an option's value: the command.
QString findCommandName(const QStringList &args)
{
    static const QStringList valued = {QStringLiteral("--store"), QStringLiteral("--timezone"),
                                       QStringLiteral("--user")};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (valued.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

} // namespace

int run(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString commandName = findCommandName(args);
#ifdef Q_OS_WIN
    // The executable is a GUI program on Windows: give a command its console back.
    if (!commandName.isEmpty() && AttachConsole(ATTACH_PARENT_PROCESS)) {
        freopen("CONOUT$", "w", stdout);
        freopen("CONOUT$", "w", stderr);
        freopen("CONIN$", "r", stdin);
    }
#endif

    QCoreApplication::setOrganizationName(QStringLiteral("KefuDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("KefuDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEFUDESK_VERSION));

    const bool wantsVersion = args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
    const bool wantsHelp = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    // --version and --help print text: no window system needed.
    const bool wantsWindow = commandName.isEmpty() && !wantsVersion && !wantsHelp;
    // A PDF report needs the fonts of a GUI application, never a display.
    const bool pdfReport = commandName == QLatin1String("report") && reportWritesPdf(args);
    const bool wantsWidgets = wantsWindow || commandName == QLatin1String("screenshot") || pdfReport;
    if ((commandName == QLatin1String("screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) || pdfReport)
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed

    std::unique_ptr<QCoreApplication> application;
    if (wantsWidgets)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    logging::initialise(qEnvironmentVariable("KEFUDESK_LOG_DIR"));

    if (wantsVersion) {
        out() << QStringLiteral("kefudesk %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    if (commandName.isEmpty() && wantsHelp) {
        ui::applyLanguage({});
        out() << generalHelp();
        return ExitOk;
    }

    if (wantsWindow) {
        QCommandLineParser parser;
        GlobalOptions global;
        global.addTo(parser);
        if (!parser.parse(args))
            return usageError(QStringLiteral(""), parser.errorText());
        ui::GuiOptions gui;
        QString error;
        if (!storeOptionsFrom(parser, global, &gui.storeOptions, &error))
            return usageError(QStringLiteral(""), error);
        if (parser.isSet(global.store))
            gui.storePath = parser.value(global.store);
        return ui::runDesktop(*static_cast<QApplication *>(application.get()), gui);
    }

    const CommandInfo *info = findCommand(commandName);
    if (!info) {
        err() << tr("kefudesk: unknown command '%1'. Try 'kefudesk --help'.").arg(commandName) << '\n';
        return ExitUsage;
    }
    // Remove the command name itself; the rest is the command's own options and arguments.
    QStringList commandArgs = args;
    commandArgs.removeAt(commandArgs.indexOf(commandName, 1));
    logging::info(QStringLiteral("command: %1").arg(args.mid(1).join(QLatin1Char(' '))));

    if (commandName == QLatin1String("init"))
        return runInit(commandArgs, *info);
    if (commandName == QLatin1String("demo"))
        return runDemo(commandArgs, *info);
    if (commandName == QLatin1String("check"))
        return runCheck(commandArgs, *info);
    if (commandName == QLatin1String("backup"))
        return runBackup(commandArgs, *info);
    if (commandName == QLatin1String("screenshot"))
        return runScreenshot(commandArgs, *info);
    if (commandName == QLatin1String("user"))
        return runUser(commandArgs, *info);
    if (commandName == QLatin1String("import"))
        return runImport(commandArgs, *info);
    if (commandName == QLatin1String("report"))
        return runReport(commandArgs);
    if (commandName == QLatin1String("staffing"))
        return runStaffing(commandArgs);
    if (commandName == QLatin1String("simulate"))
        return runSimulate(commandArgs, info->synopsis,
                           QCoreApplication::translate("kefu::app::CommandLine", info->description));
    err() << tr("kefudesk: unknown command '%1'. Try 'kefudesk --help'.").arg(commandName) << '\n';
    return ExitUsage;
}

} // namespace kefu::app
