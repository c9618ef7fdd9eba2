#include "SimulateCommand.h"

#include "CommandSupport.h"

#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "core/Formats.h"
#include "core/Logging.h"
#include "live/FeedSimulator.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLockFile>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace kefu::app {

namespace {

using live::FeedSimulator;

// Set by Ctrl+C / SIGTERM: the loop finishes its step, writes the final watermark and stops.
volatile std::sig_atomic_t stopRequested = 0;
volatile std::sig_atomic_t loopFinished = 0;

#ifdef Q_OS_UNIX
void onStopSignal(int)
{
    stopRequested = 1;
}

void installStopHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        stopRequested = 1;
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        // Windows ends the process when this returns: give the loop a moment for the final watermark.
        stopRequested = 1;
        for (int i = 0; i < 40 && !loopFinished; ++i)
            Sleep(100);
        return TRUE;
    default:
        return FALSE;
    }
}

void installStopHandlers()
{
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
void installStopHandlers() {}
#endif

constexpr int MaxConsecutiveFailures = 5;
constexpr qint64 StepMs = 1000;
constexpr qint64 StatusEveryMs = 10000;
constexpr qint64 MaxForSeconds = 10LL * 366 * 86400;

// The audit log's name for the feed: not a person, and (with its space) never a user's name.
Session feedSession()
{
    return Session::signedIn(0, QStringLiteral("kefudesk simulate"), Role::Admin);
}

bool recordAudit(const QSqlDatabase &db, const QJsonObject &before, const QJsonObject &after, QString *error)
{
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    if (!audit::record(db, feedSession(), QStringLiteral("feed.simulate"), QStringLiteral("feed_status"),
                       FeedSimulator::sourceName(), before, after, {}, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

// "2026-11-16 10:00:00 CST": the store's time and its zone.
QString storeTime(qint64 utc, const QTimeZone &zone)
{
    return format::dateTimeSeconds(utc, zone) + QLatin1Char(' ') +
           QDateTime::fromSecsSinceEpoch(utc, zone).toString(QStringLiteral("t"));
}

QString profileId(FeedSimulator::Profile profile)
{
    return profile == FeedSimulator::Profile::Peak ? QStringLiteral("peak") : QStringLiteral("normal");
}

void printStatus(const FeedSimulator &simulator, const QTimeZone &zone)
{
    const FeedSimulator::Stats s = simulator.stats();
    out() << tr("As of %1: waiting %2, agents signed in %3 (%4 on a break, in training or a meeting); so far %5 "
                "arrived, %6 answered, %7 abandoned.")
                 .arg(storeTime(s.clock, zone))
                 .arg(s.waiting)
                 .arg(s.signedIn)
                 .arg(s.away)
                 .arg(s.arrived)
                 .arg(s.answered)
                 .arg(s.abandoned)
          << '\n';
    out().flush();
}

} // namespace

int runSimulate(const QStringList &args, const char *synopsis, const QString &description)
{
    const QString name = QStringLiteral("simulate");
    QCommandLineParser parser;
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Simulated seconds per wall-clock second, from 0.1 to 3600 (default 1: real "
                                      "time)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("normal: the store's usual arrivals (default); peak: 4.2× as many with the "
                                        "same staffing, like a promotion day."),
                                     tr("PROFILE"), QStringLiteral("normal"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed: the same seed and the same store give the same feed (default 618)."),
                                  QStringLiteral("N"), QStringLiteral("618"));
    const QCommandLineOption forSeconds(QStringLiteral("for"),
                                        tr("Stop after this many simulated seconds (default: run until stopped)."),
                                        tr("SECONDS"));
    parser.addOptions({speed, profile, seed, forSeconds});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, name, synopsis, description, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));

    FeedSimulator::Options options;
    bool ok = false;
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !std::isfinite(options.speed) || options.speed < FeedSimulator::MinimumSpeed ||
        options.speed > FeedSimulator::MaximumSpeed)
        return usageError(name, tr("--speed: %1 is not a number from 0.1 to 3600").arg(parser.value(speed)));
    const QString profileName = parser.value(profile).trimmed().toLower();
    if (profileName == QLatin1String("peak"))
        options.profile = FeedSimulator::Profile::Peak;
    else if (profileName != QLatin1String("normal"))
        return usageError(name, tr("--profile: %1 is not normal or peak").arg(parser.value(profile)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(name, tr("--seed: %1 is not a non-negative whole number").arg(parser.value(seed)));
    std::optional<qint64> limit;
    if (parser.isSet(forSeconds)) {
        const qint64 value = parser.value(forSeconds).toLongLong(&ok);
        if (!ok || value < 1 || value > MaxForSeconds)
            return usageError(name, tr("--for: %1 is not a whole number of seconds from 1 to %2")
                                        .arg(parser.value(forSeconds))
                                        .arg(MaxForSeconds));
        limit = value;
    }

    std::unique_ptr<Store> store = openStore(parser, global, name, false, &exitCode);
    if (!store)
        return exitCode;
    // Two feeds playing into one store would both take over the same floor.
    QLockFile lock(store->path() + QStringLiteral("-simulate.lock"));
    lock.setStaleLockTime(0); // stale only when its process is gone
    if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        return failure(name, tr("another kefudesk simulate (process %1 on %2) is playing a feed into %3; stop it "
                                "first.")
                                 .arg(pid)
                                 .arg(host, store->path()));
    }

    const QTimeZone zone = store->timeZone();
    QSqlDatabase db = store->database();
    QString error;
    auto simulator = std::make_unique<FeedSimulator>(db, zone, options);
    if (!simulator->begin(&error))
        return failure(name, error);
    // The take-over (open contacts and states carried on at the start clock) is written at once.
    if (!simulator->advance(0, QDateTime::currentSecsSinceEpoch(), &error))
        return failure(name, error);
    const FeedSimulator::Stats start = simulator->stats();
    const QJsonObject started{{QStringLiteral("as_of"), start.startClock},
                              {QStringLiteral("speed"), options.speed},
                              {QStringLiteral("profile"), profileId(options.profile)},
                              {QStringLiteral("seed"), QString::number(options.seed)}};
    if (!recordAudit(db, {}, started, &error))
        return failure(name, error);

    QString from;
    switch (simulator->startFrom()) {
    case FeedSimulator::StartFrom::Watermark:
        from = tr("where the last feed stopped");
        break;
    case FeedSimulator::StartFrom::LatestActivity:
        from = tr("after the latest activity in the store");
        break;
    case FeedSimulator::StartFrom::WallClock:
        from = tr("now: the store has no activity yet");
        break;
    }
    out() << tr("Simulating a live feed into %1 from %2 (%3), speed %4×, profile %5, seed %6. Ctrl+C stops.")
                 .arg(store->path(), storeTime(start.startClock, zone), from)
                 .arg(options.speed)
                 .arg(profileId(options.profile))
                 .arg(options.seed)
          << '\n'
          << tr("Arrivals: %1. Taken over: %2 waiting, %3 in progress, %4 of %5 agents signed in.")
                 .arg(start.rateFromHistory ? tr("the mean of the store's last 28 days by hour")
                                            : tr("a built-in day curve (the store has too little history)"))
                 .arg(start.takenOverWaiting)
                 .arg(start.takenOverInProgress)
                 .arg(start.signedIn)
                 .arg(start.activeAgents)
          << '\n';
    out().flush();
    logging::info(QStringLiteral("simulate: %1 from %2, speed %3, profile %4, seed %5")
                      .arg(store->path())
                      .arg(start.startClock)
                      .arg(options.speed)
                      .arg(profileId(options.profile))
                      .arg(options.seed));

    stopRequested = 0;
    loopFinished = 0;
    installStopHandlers();
    QElapsedTimer wall;
    wall.start();
    qint64 lastStepMs = 0;
    qint64 nextStepMs = StepMs;
    qint64 nextStatusMs = StatusEveryMs;
    double owed = 0; // simulated seconds due but not yet played (the fraction at speeds that are not whole)
    qint64 played = 0;
    int failures = 0;
    bool gaveUp = false;
    while (!stopRequested && !(limit && played >= *limit)) {
        while (!stopRequested && wall.elapsed() < nextStepMs)
            QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(nextStepMs - wall.elapsed(), 1, 50)));
        const qint64 nowMs = wall.elapsed();
        owed += options.speed * double(nowMs - lastStepMs) / 1000.0;
        lastStepMs = nowMs;
        qint64 step = qint64(std::floor(owed));
        if (limit)
            step = std::min(step, *limit - played);
        if (simulator->advance(step, QDateTime::currentSecsSinceEpoch(), &error)) {
            owed -= double(step);
            played += step;
            failures = 0;
        } else {
            // Nothing of the step was written and the floor is as before it: the next step plays it again.
            err() << QStringLiteral("kefudesk %1: ").arg(name) << error << '\n';
            err().flush();
            if (++failures >= MaxConsecutiveFailures) {
                gaveUp = true;
                break;
            }
        }
        nextStepMs = std::max(nextStepMs + StepMs, nowMs + 1); // after a slow step, carry on from now
        if (nowMs >= nextStatusMs) {
            printStatus(*simulator, zone);
            nextStatusMs += StatusEveryMs * ((nowMs - nextStatusMs) / StatusEveryMs + 1);
        }
    }
    loopFinished = 1;

    const FeedSimulator::Stats s = simulator->stats();
    const QJsonObject stopped{{QStringLiteral("as_of"), s.clock},
                              {QStringLiteral("arrived"), s.arrived},
                              {QStringLiteral("answered"), s.answered},
                              {QStringLiteral("abandoned"), s.abandoned}};
    QString auditError;
    const bool audited = recordAudit(db, started, stopped, &auditError);
    simulator.reset(); // its statements go before the store's connection
    if (gaveUp)
        return failure(name, tr("stopped after %1 failed writes in a row: %2").arg(MaxConsecutiveFailures).arg(error));
    if (!audited)
        return failure(name, auditError);
    out() << tr("Stopped as of %1 after %2 of simulated time. Contacts arrived %3, answered %4, abandoned %5; "
                "waiting now %6; agents signed in %7.")
                 .arg(storeTime(s.clock, zone), format::duration(double(s.clock - s.startClock)))
                 .arg(s.arrived)
                 .arg(s.answered)
                 .arg(s.abandoned)
                 .arg(s.waiting)
                 .arg(s.signedIn)
          << '\n';
    out().flush();
    logging::info(QStringLiteral("simulate stopped at %1: %2 arrived").arg(s.clock).arg(s.arrived));
    return ExitOk;
}

} // namespace kefu::app
