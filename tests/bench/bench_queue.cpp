// The queue monitor at scale (issue 5): 5 million conversations of history, 2 000 contacts waiting,
// 300 agents signed in, and a feed writing a second's worth of changes between refreshes.
//  - liveRefresh: one incremental refresh on the worker (target: under 50 ms in all);
//  - applySnapshot: what the pane does with it on the UI thread (target: under 5 ms), and with the
//    repaint that follows (offscreen: the software renderer);
//  - fullRebuild: the first read of the day (and the one every 10 minutes), for comparison;
//  - rereadTodayInSqliteShell: the baseline of rereading the world — the sqlite3 shell aggregating
//    today's contacts by channel once.
#include "BenchStore.h"
#include "auth/Session.h"
#include "live/FeedStatus.h"
#include "live/LiveQueue.h"
#include "live/IntradayChart.h"
#include "live/QueuePane.h"
#include "store/StoreSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <benchmark/benchmark.h>

using namespace kefu;

namespace {

constexpr int Waiting = 2000;
constexpr int Agents = 300;
constexpr int InProgress = 600;
// The history's last contact (BenchStore: one every 6 s from 2025-01-01 00:00 UTC).
constexpr qint64 HistoryEnd = 1735660800 + bench::Conversations * 6;
constexpr qint64 Now = HistoryEnd + 60;

// Copies a store file after moving its write-ahead log into it (a plain file copy would lose what the
// -wal still holds).
bool copyStore(const QString &from, const QString &to, QString *error)
{
    {
        StoreOptions options;
        auto store = Store::open(from, options, error);
        if (!store || !sql::exec(store->database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, error))
            return false;
    }
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (!QFile::copy(from, to)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(from, to);
        return false;
    }
    return true;
}

QString liveStorePath()
{
    return bench::benchDir() + QStringLiteral("/kefudesk-bench-live.sqlite");
}

// A copy of the 5 M store with the live floor on top: the queue, the work in hand and the agents' day.
bool ensureLiveStore(QString *error)
{
    if (!bench::ensureStore(error))
        return false;
    const QString path = liveStorePath();
    if (QFile::exists(path)) {
        StoreOptions options;
        auto store = Store::open(path, options, error);
        if (store && sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'W%'"))
                             .toLongLong() == Waiting
            && sql::scalar(store->database(), QStringLiteral("SELECT count(*) > 1000000 FROM agent_states")).toBool())
            return true;
        store.reset();
        QFile::remove(path);
    }
    if (!copyStore(bench::benchStorePath(), path, error))
        return false;
    StoreOptions options;
    auto store = Store::open(path, options, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    sql::WriteTransaction tx(db);
    const QStringList statements = {
        QStringLiteral("UPDATE settings SET value = 'UTC' WHERE key = 'timezone'"),
        // 2 000 waiting over the last 40 minutes, one in ten VIP.
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO conversations(id, channel, queue, customer_tier, arrived_at, category) "
                       "SELECT printf('W%05d', i), CASE i % 4 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' ELSE 'chat' END, "
                       "'售前', CASE WHEN i % 10 = 0 THEN 'vip' ELSE 'standard' END, %2 - 2400 + i, '物流' FROM n")
            .arg(Waiting)
            .arg(Now - Waiting),
        // 600 in progress, two per agent for the first 300.
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at, category) "
                       "SELECT printf('P%05d', i), 'chat', printf('A%03d', 1 + i % 300), %2 - 600 + i % 300, "
                       "%2 - 500 + i % 300, '物流' FROM n")
            .arg(InProgress)
            .arg(Now - 300),
        // 90 days of agent-state history before today: 40 closed states per agent and day (1.08 M rows),
        // so that a query that missed its partial index would show.
        QStringLiteral("WITH RECURSIVE d(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM d WHERE k < 90), "
                       "n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39), "
                       "a(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM a WHERE j < %1) "
                       "INSERT INTO agent_states(agent_id, state, started_at, ended_at) "
                       "SELECT printf('A%03d', j), CASE i % 3 WHEN 0 THEN 'available' WHEN 1 THEN 'busy' ELSE 'wrap' END, "
                       "%2 - k * 86400 + i * 600 + j, %2 - k * 86400 + (i + 1) * 600 + j FROM d, n, a")
            .arg(Agents)
            .arg(Now - 41 * 600),
        // The agents' day: 40 closed states each since midnight, then the open one.
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39), "
                       "a(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM a WHERE j < %1) "
                       "INSERT INTO agent_states(agent_id, state, started_at, ended_at) "
                       "SELECT printf('A%03d', j), CASE i % 3 WHEN 0 THEN 'available' WHEN 1 THEN 'busy' ELSE 'wrap' END, "
                       "%2 + i * 600 + j, %2 + (i + 1) * 600 + j FROM n, a")
            .arg(Agents)
            .arg(Now - 41 * 600),
        QStringLiteral("WITH RECURSIVE a(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM a WHERE j < %1) "
                       "INSERT INTO agent_states(agent_id, state, started_at) SELECT printf('A%03d', j), "
                       "CASE WHEN j % 15 = 0 THEN 'break' WHEN j % 10 = 0 THEN 'available' ELSE 'busy' END, %2 + j "
                       "FROM a")
            .arg(Agents)
            .arg(Now - 600 + 0),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    live::FeedWatermark w{QStringLiteral("bench"), Now, QDateTime::currentSecsSinceEpoch(), 1, {}};
    if (!live::feed::write(db, w, error))
        return false;
    return tx.commit();
}

// One second of a busy feed: 10 arrivals, 10 answers, 10 ends, 10 agent state changes and the watermark.
bool feedOneSecond(QSqlDatabase &db, int second, QString *error)
{
    sql::WriteTransaction tx(db);
    const qint64 t = Now + second;
    for (int i = 0; i < 10; ++i) {
        const int n = second * 10 + i;
        if (!sql::exec(db,
                       QStringLiteral("INSERT INTO conversations(id, channel, queue, arrived_at) VALUES (?, 'chat', '售前', ?)"),
                       {QStringLiteral("N%1").arg(n, 7, 10, QLatin1Char('0')), t}, error)
            || !sql::exec(db,
                          QStringLiteral("UPDATE conversations SET answered_at = ?, agent_id = ? WHERE id = ?"),
                          {t, QStringLiteral("A%1").arg(1 + n % 300, 3, 10, QLatin1Char('0')),
                           QStringLiteral("W%1").arg(1 + n % Waiting, 5, 10, QLatin1Char('0'))},
                          error)
            || !sql::exec(db, QStringLiteral("UPDATE conversations SET ended_at = ?, wrap_seconds = 5 WHERE id = ?"),
                          {t, QStringLiteral("P%1").arg(1 + n % InProgress, 5, 10, QLatin1Char('0'))}, error))
            return false;
        // Agent (n mod 300) changes state: the open row closes, the next opens.
        const QString agent = QStringLiteral("A%1").arg(1 + n % Agents, 3, 10, QLatin1Char('0'));
        if (!sql::exec(db, QStringLiteral("UPDATE agent_states SET ended_at = ? WHERE agent_id = ? AND ended_at IS NULL"),
                       {t, agent}, error)
            || !sql::exec(db, QStringLiteral("INSERT INTO agent_states(agent_id, state, started_at) VALUES (?, ?, ?)"),
                          {agent, n % 2 ? QStringLiteral("busy") : QStringLiteral("available"), t}, error))
            return false;
    }
    live::FeedWatermark w{QStringLiteral("bench"), t, QDateTime::currentSecsSinceEpoch(), 1, {}};
    return live::feed::write(db, w, error) && tx.commit();
}

void liveRefresh(benchmark::State &state)
{
    QString error;
    if (!ensureLiveStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    // A throw-away copy per run: the feed's writes must not pile up in the shared live store.
    const QString path = bench::benchDir() + QStringLiteral("/kefudesk-bench-live-run.sqlite");
    if (!copyStore(liveStorePath(), path, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    StoreOptions options;
    auto feed = Store::open(path, options, &error);
    StoreConnection reader(*feed);
    live::LiveQueue queue(reader.database(), QTimeZone::utc());
    if (!queue.refresh(QDateTime::currentSecsSinceEpoch(), &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    QSqlDatabase db = feed->database();
    int second = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (!feedOneSecond(db, ++second, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.ResumeTiming();
        if (!queue.refresh(QDateTime::currentSecsSinceEpoch(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        rows += queue.snapshot().rowsRead;
    }
    state.counters["waiting"] = double(queue.snapshot().waiting.size());
    state.counters["signed_in"] = queue.snapshot().signedIn();
    state.counters["today_offered"] = double(queue.snapshot().total().today.offered);
    state.counters["rows_read"] = benchmark::Counter(double(rows), benchmark::Counter::kAvgIterations);
    db = QSqlDatabase();
    feed.reset();
    QFile::remove(path);
}

void fullRebuild(benchmark::State &state)
{
    QString error;
    if (!ensureLiveStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    StoreOptions options;
    options.readOnly = true;
    auto store = Store::open(liveStorePath(), options, &error);
    live::LiveQueue queue(store->database(), QTimeZone::utc());
    for (auto _ : state) {
        queue.requestRebuild();
        if (!queue.refresh(QDateTime::currentSecsSinceEpoch(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["rows_read"] = double(queue.snapshot().rowsRead);
}

void applySnapshot(benchmark::State &state)
{
    QString error;
    if (!ensureLiveStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    StoreOptions options;
    auto store = Store::open(liveStorePath(), options, &error);
    live::LiveQueue queue(store->database(), QTimeZone::utc());
    if (!queue.refresh(QDateTime::currentSecsSinceEpoch(), &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    auto first = std::make_shared<const live::LiveSnapshot>(queue.snapshot());
    // A second snapshot as a busy second changes it: one contact less in the queue, the current
    // interval's contacts and signed-in agents moved (both charts redraw), today's figures moved.
    auto secondCopy = std::make_shared<live::LiveSnapshot>(queue.snapshot());
    secondCopy->waiting.removeLast();
    if (secondCopy->currentInterval >= 0) {
        live::IntervalLive &current = secondCopy->intervals[secondCopy->currentInterval];
        current.offered[0] += 10;
        current.signedInAgents = current.signedInAgents.value_or(0) + 0.5;
    }
    for (live::ChannelLive &channel : secondCopy->channels) {
        channel.today.offered += 10;
        channel.today.slPct = channel.today.slPct.value_or(50) + 0.1;
        channel.currentInterval.slPct = channel.currentInterval.slPct.value_or(50) - 0.1;
    }
    live::SnapshotPtr second = secondCopy;
    ui::QueuePane pane(*store, Session::singleUser());
    pane.resize(1280, 760);
    pane.show();
    // Only the snapshots given here: the pane's own reader and its one-second ticker are stopped.
    delete pane.findChild<live::LiveQueueWatcher *>();
    for (QTimer *timer : pane.findChildren<QTimer *>())
        timer->stop();
    pane.applySnapshot(second);
    QCoreApplication::processEvents();
    // Arg 1: and let the pane repaint what changed (the rest of the frame the UI thread spends on it);
    // Arg 2: and a chart redrawn too (the pane redraws one every 2.5 s, the two in turns).
    const bool paint = state.range(0) >= 1;
    auto *chart = pane.findChild<ui::IntradayChart *>();
    bool flip = false;
    int turn = 0; // each chart in turn, each time with the other snapshot: every redraw changes its lines
    for (auto _ : state) {
        pane.applySnapshot(flip ? second : first);
        if (state.range(0) == 2)
            chart->setSnapshot(flip ? *second : *first, (turn++ / 2) % 2 ? ui::IntradayChart::Part::Agents
                                                                          : ui::IntradayChart::Part::Contacts);
        if (paint)
            QCoreApplication::processEvents();
        flip = !flip;
    }
    state.counters["waiting"] = double(first->waiting.size());
    state.counters["agents"] = double(first->agents.size());
}

void rereadTodayInSqliteShell(benchmark::State &state)
{
    QString error;
    if (!ensureLiveStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QString shell = kefu::bench::sqliteShell();
    if (shell.isEmpty()) {
        state.SkipWithError("no sqlite3 shell");
        return;
    }
    const qint64 dayStart = Now - Now % 86400;
    const QString query = QStringLiteral(
        "SELECT channel, count(*), sum(answered_at IS NOT NULL), sum(answered_at - arrived_at <= 15), "
        "avg(answered_at - arrived_at), sum(abandoned_at IS NOT NULL) FROM conversations "
        "WHERE arrived_at >= %1 GROUP BY channel;")
                              .arg(dayStart);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(shell, {liveStorePath(), query});
        p.waitForFinished(-1);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (p.exitCode() != 0) {
            state.SkipWithError("the sqlite3 shell failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(liveRefresh)->Unit(benchmark::kMillisecond)->Iterations(60);
BENCHMARK(applySnapshot)->ArgName("paint")->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(60);
BENCHMARK(fullRebuild)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(rereadTodayInSqliteShell)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
