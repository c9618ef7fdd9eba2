// Reports on a store of 5 million conversations: `report service --by interval` over 90 days
// (target < 2 s) and `report agents` for 300 agents over 90 days (target < 1 s, and within 1.5× of a
// hand-written SQL aggregation of the same figures run by the sqlite3 shell on the same file, timed in
// the same run). The conversations are bench_open's cached store; agent states, shifts and QA reviews
// go into a cached copy of it, $KEFUDESK_BENCH_DIR/kefudesk-bench-5m-agents.sqlite.
#include "BenchStore.h"
#include "metrics/AgentMetrics.h"
#include "metrics/ReportTable.h"
#include "metrics/ServiceMetrics.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace kefu;
using namespace kefu::bench;

namespace {

constexpr qint64 FirstDay = 1735660800; // bench_open's first arrival
constexpr int Days = 348;               // 5 M × 6 s ≈ 347.2 days
constexpr int Agents = 300;
constexpr int StatesPerDay = 11;

// The 90 days the reports cover: the last full quarter of the data.
const QDate PeriodFirst(2025, 9, 1);
const QDate PeriodLast(2025, 11, 29);



QString agentStorePath()
{
    return benchDir() + QStringLiteral("/kefudesk-bench-5m-agents.sqlite");
}


constexpr qint64 expectedStates()
{
    return qint64(Days) * Agents * StatesPerDay;
}

// A copy of the 5 M store with a working day for each agent and day: 11 states (available, busy,
// wrap, break, training or meeting, offline; the very last one still open), a 9-hour shift starting
// at 08:00, 09:00 or 10:00 UTC (the bench store's zone), and a QA review every seventh day.
bool ensureAgentStore(QString *error)
{
    {
        StoreOptions options;
        options.readOnly = true;
        auto store = Store::open(agentStorePath(), options, nullptr);
        if (store && sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM agent_states")).toLongLong() ==
                         expectedStates())
            return true;
    }
    if (!ensureStore(error))
        return false;
    QFile::remove(agentStorePath());
    QFile::remove(agentStorePath() + QStringLiteral("-wal"));
    QFile::remove(agentStorePath() + QStringLiteral("-shm"));
    {
        // VACUUM INTO writes a consistent copy through SQLite, whatever the source's journal holds.
        StoreOptions options;
        options.readOnly = true;
        auto source = Store::open(benchStorePath(), options, error);
        if (!source)
            return false;
        if (!sql::exec(source->database(), QStringLiteral("VACUUM INTO ?"), {agentStorePath()}, error))
            return false;
    }
    auto store = Store::open(agentStorePath(), {}, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    sql::WriteTransaction tx(db);
    // b = the shift's start; k = 8 is training or meeting; agents go to wrap a few minutes apart.
    const QString days =
        QStringLiteral("WITH RECURSIVE d(day) AS (SELECT 0 UNION ALL SELECT day + 1 FROM d WHERE day < %1),"
                       " a(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM a WHERE i < %2),"
                       " da AS (SELECT day, i, %3 + day * 86400 + 28800 + (i % 3) * 3600 AS b FROM d, a)")
            .arg(Days - 1)
            .arg(Agents)
            .arg(FirstDay);
    const QStringList statements = {
        days +
            QStringLiteral(
                ", t(k, state, s, e) AS (VALUES (0, 'available', 300, 3600), (1, 'busy', 3600, 9000),"
                " (2, 'wrap', 9000, 9900), (3, 'available', 9900, 10800), (4, 'break', 10800, 14400),"
                " (5, 'available', 14400, 18000), (6, 'busy', 18000, 25200), (7, 'wrap', 25200, 26100),"
                " (8, 'training', 26100, 28800), (9, 'available', 28800, 32400), (10, 'offline', 32400, 86700))"
                " INSERT INTO agent_states(agent_id, state, started_at, ended_at)"
                " SELECT printf('A%03d', i), CASE WHEN k = 8 AND (day + i) % 2 = 1 THEN 'meeting' ELSE state END,"
                " b + s - CASE WHEN k = 2 THEN (i % 7) * 60 ELSE 0 END,"
                " CASE WHEN k = 10 AND day = %1 THEN NULL ELSE b + e - CASE WHEN k = 1 THEN (i % 7) * 60 ELSE 0 END END"
                " FROM da, t ORDER BY day, i, k")
                .arg(Days - 1),
        days + QStringLiteral(" INSERT INTO shifts(agent_id, start_at, end_at, kind)"
                              " SELECT printf('A%03d', i), b, b + 32400, '早班' FROM da ORDER BY day, i"),
        days + QStringLiteral(" INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail, reviewer)"
                              " SELECT printf('Q%03d-%03d', day, i), printf('A%03d', i), b + 20000,"
                              " 60 + (day * 7 + i) % 41, (day + i) % 49 = 0, '质检员' FROM da WHERE (day + i) % 7 = 0"),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    return tx.commit();
}

ReportPeriod period(const Store &store)
{
    return *ReportPeriod::fromDates(PeriodFirst, PeriodLast, store.timeZone());
}

qint64 nowForBench()
{
    return QDateTime::currentSecsSinceEpoch();
}

// The agent report as one statement for the sqlite3 shell: the same figures, the same period, the same
// lookups (conversations by arrived_at; states and shifts starting in the period plus, per agent,
// the last one before it; QA by reviewed_at), aggregated by SQLite instead of C++.
QString agentReportSql(qint64 start, qint64 end, qint64 now)
{
    const qint64 until = std::clamp(now, start, end);
    return QStringLiteral(
               "PRAGMA cache_size = -32768;\nPRAGMA temp_store = MEMORY;\n.headers on\n.mode csv\n"
               "WITH conv AS (\n"
               "  SELECT agent_id, answered_at - arrived_at AS wait,\n"
               "    (answered_at - arrived_at) <= CASE channel WHEN 'chat' THEN 15 WHEN 'phone' THEN 20"
               "      WHEN 'social' THEN 60 ELSE 86400 END AS within,\n"
               "    CASE WHEN ended_at IS NOT NULL THEN ended_at - answered_at + coalesce(wrap_seconds, 0) END AS "
               "handle,\n"
               "    resolved, csat, coalesce(transfers, 0) AS transfers\n"
               "  FROM conversations WHERE arrived_at >= %1 AND arrived_at < %2 AND answered_at IS NOT NULL),\n"
               "ranked AS (SELECT agent_id, wait, row_number() OVER (PARTITION BY agent_id ORDER BY wait) AS rn,\n"
               "  count(*) OVER (PARTITION BY agent_id) AS n FROM conv),\n"
               "p90 AS (SELECT agent_id, wait AS p90 FROM ranked WHERE rn = (9 * n + 9) / 10),\n"
               "c AS (SELECT agent_id, count(*) AS handled, 100.0 * sum(within) / count(*) AS rwt,\n"
               "  avg(wait) AS asa, avg(handle) AS aht, 100.0 * sum(resolved = 1) / nullif(count(resolved), 0) AS "
               "fcr,\n"
               "  avg(csat) AS csat_mean, 100.0 * sum(csat >= 4) / nullif(count(csat), 0) AS top2,\n"
               "  count(csat) AS responses, avg(transfers) AS transfers_avg FROM conv GROUP BY agent_id),\n"
               "st AS (\n"
               "  SELECT agent_id, state, max(started_at, %1) AS s, min(coalesce(ended_at, %3), %2) AS e\n"
               "    FROM agent_states WHERE started_at >= %1 AND started_at < %2\n"
               "  UNION ALL\n"
               "  SELECT s.agent_id, s.state, %1, min(coalesce(s.ended_at, %3), %2) FROM agents a\n"
               "    CROSS JOIN agent_states s ON s.agent_id = a.id AND s.started_at =\n"
               "      (SELECT max(started_at) FROM agent_states WHERE agent_id = a.id AND started_at < %1)\n"
               "    WHERE s.ended_at IS NULL OR s.ended_at > %1),\n"
               "occ AS (SELECT agent_id,\n"
               "  100.0 * sum(CASE WHEN state IN ('busy', 'wrap') THEN e - s ELSE 0 END)\n"
               "    / nullif(sum(CASE WHEN state IN ('available', 'busy', 'wrap') THEN e - s ELSE 0 END), 0) AS "
               "occupancy\n"
               "  FROM st WHERE e > s GROUP BY agent_id),\n"
               "sh AS (\n"
               "  SELECT agent_id, max(start_at, %1) AS s, min(end_at, %3) AS e FROM shifts\n"
               "    WHERE start_at >= %1 AND start_at < %2\n"
               "  UNION ALL\n"
               "  SELECT s.agent_id, %1, min(s.end_at, %3) FROM agents a\n"
               "    CROSS JOIN shifts s ON s.agent_id = a.id AND s.start_at =\n"
               "      (SELECT max(start_at) FROM shifts WHERE agent_id = a.id AND start_at < %1)\n"
               "    WHERE s.end_at > %1),\n"
               "sched AS (SELECT agent_id, sum(e - s) AS scheduled FROM sh WHERE e > s GROUP BY agent_id),\n"
               "adh AS (SELECT sh.agent_id, sum(max(0, min(sh.e, coalesce(x.ended_at, %3), %2) - max(sh.s, "
               "x.started_at)))"
               " AS adhering\n"
               "  FROM sh JOIN agent_states x ON x.agent_id = sh.agent_id AND x.started_at < sh.e\n"
               "    AND x.started_at >= coalesce((SELECT max(started_at) FROM agent_states\n"
               "      WHERE agent_id = sh.agent_id AND started_at <= sh.s), sh.s)\n"
               "  WHERE sh.e > sh.s AND x.state IN ('available', 'busy', 'wrap', 'training', 'meeting')\n"
               "  GROUP BY sh.agent_id),\n"
               "qa AS (SELECT agent_id, avg(CASE WHEN auto_fail = 1 THEN 0 ELSE score END) AS qa_score FROM "
               "qa_reviews\n"
               "  WHERE reviewed_at >= %1 AND reviewed_at < %2 GROUP BY agent_id),\n"
               "m AS (SELECT a.id AS agent_id, a.name, a.team, coalesce(c.handled, 0) AS handled, c.rwt, c.asa, "
               "p90.p90,\n"
               "  c.aht, c.fcr, c.csat_mean, c.top2, coalesce(c.responses, 0) AS responses, c.transfers_avg,\n"
               "  occ.occupancy, 100.0 * coalesce(adh.adhering, 0) / nullif(sched.scheduled, 0) AS adherence, "
               "qa.qa_score\n"
               "  FROM agents a LEFT JOIN c ON c.agent_id = a.id LEFT JOIN p90 ON p90.agent_id = a.id\n"
               "  LEFT JOIN occ ON occ.agent_id = a.id LEFT JOIN sched ON sched.agent_id = a.id\n"
               "  LEFT JOIN adh ON adh.agent_id = a.id LEFT JOIN qa ON qa.agent_id = a.id),\n"
               "sc AS (SELECT *, (\n"
               "    coalesce(20 * min(100, 100 * rwt / 80), 0) + coalesce(15 * CASE WHEN aht <= 0 THEN 100"
               "      ELSE min(100, 100 * 300 / aht) END, 0)\n"
               "    + coalesce(20 * min(100, 100 * fcr / 75), 0) + coalesce(20 * min(100, 100 * csat_mean / 4.5), 0)\n"
               "    + coalesce(20 * min(100, 100 * qa_score / 90), 0) + coalesce(5 * min(100, 100 * adherence / 95), "
               "0))\n"
               "  / nullif((rwt IS NOT NULL) * 20 + (aht IS NOT NULL) * 15 + (fcr IS NOT NULL) * 20\n"
               "    + (csat_mean IS NOT NULL) * 20 + (qa_score IS NOT NULL) * 20 + (adherence IS NOT NULL) * 5, 0)"
               " AS composite FROM m)\n"
               "SELECT agent_id, name, team, handled, iif(rwt IS NULL, NULL, printf('%.1f', rwt)) AS "
               "response_within_target_pct,\n"
               "  iif(asa IS NULL, NULL, printf('%.1f', asa)) AS asa_s, iif(p90 IS NULL, NULL, printf('%.1f', p90)) AS "
               "p90_wait_s, iif(aht IS NULL, NULL, printf('%.1f', aht)) AS aht_s,\n"
               "  iif(fcr IS NULL, NULL, printf('%.1f', fcr)) AS fcr_pct, iif(csat_mean IS NULL, NULL, printf('%.2f', "
               "csat_mean)) AS csat_mean,\n"
               "  iif(top2 IS NULL, NULL, printf('%.1f', top2)) AS csat_top2_pct, responses AS csat_responses,\n"
               "  iif(transfers_avg IS NULL, NULL, printf('%.1f', transfers_avg)) AS transfers_avg, iif(occupancy IS "
               "NULL, NULL, printf('%.1f', occupancy)) AS occupancy_pct,\n"
               "  iif(adherence IS NULL, NULL, printf('%.1f', adherence)) AS adherence_pct, iif(qa_score IS NULL, "
               "NULL, printf('%.1f', qa_score)) AS qa_score,\n"
               "  iif(composite IS NULL, NULL, printf('%.1f', composite)) AS composite,\n"
               "  CASE WHEN composite IS NOT NULL THEN row_number() OVER (ORDER BY composite IS NULL, composite DESC,"
               " agent_id) END AS rank\n"
               "FROM sc ORDER BY agent_id;\n")
        .arg(start)
        .arg(end)
        .arg(until);
}

void reportServiceByInterval(benchmark::State &state)
{
    QString error;
    if (!ensureStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    qint64 rows = 0;
    qint64 offered = 0;
    qsizetype bytes = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        // As the command does it: open read-only, compute, write the CSV.
        StoreOptions options;
        options.readOnly = true;
        auto store = Store::open(benchStorePath(), options, &error);
        if (!store) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        QSqlDatabase db = store->database();
        ServiceReportOptions report;
        report.by = ServiceBucket::Interval;
        report.now = nowForBench();
        report.maxThreads = static_cast<int>(state.range(0));
        const auto result = ServiceMetrics::report(db, period(*store), report, &error);
        if (!result) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const QByteArray csv = ReportTable::service(*result).toCsv();
        benchmark::DoNotOptimize(csv.constData());
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        rows = result->size();
        offered = 0;
        for (const auto &r : *result)
            offered += r.figures.offered;
        bytes = csv.size();
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["conversations"] = static_cast<double>(offered);
    state.counters["csv_kB"] = static_cast<double>(bytes) / 1e3;
}

// Each iteration times kefudesk's agent report and then the sqlite3 shell on the same file, and
// checks that the two agree on every field.
void reportAgentsVersusSqliteShell(benchmark::State &state)
{
    QString error;
    if (!ensureAgentStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const bool haveShell = !sqliteShell().isEmpty();
    double shellTotal = 0;
    double oursTotal = 0;
    int iterations = 0;
    qint64 agents = 0;
    qint64 handled = 0;
    int differingLines = -1;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        AgentReportOptions report;
        report.now = nowForBench();
        report.maxThreads = static_cast<int>(state.range(0));
        std::optional<QList<AgentScorecard>> cards;
        std::optional<ReportPeriod> p;
        {
            StoreOptions options;
            options.readOnly = true;
            auto store = Store::open(agentStorePath(), options, &error);
            if (!store) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            QSqlDatabase db = store->database();
            p = period(*store);
            cards = AgentMetrics::report(db, *p, report, &error);
        }
        if (!cards) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const QByteArray csv = ReportTable::agents(*cards).toCsv();
        const double ours = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(ours);
        oursTotal += ours;
        agents = cards->size();
        handled = 0;
        for (const AgentScorecard &c : *cards)
            handled += c.handled;

        if (haveShell) {
            state.PauseTiming();
            QByteArray shellCsv;
            const double shell =
                runSqliteShell(agentStorePath(), agentReportSql(p->startUtc(), p->endUtc(), report.now), &shellCsv);
            state.ResumeTiming();
            if (shell < 0) {
                state.SkipWithError("the sqlite3 shell failed");
                return;
            }
            shellTotal += shell;
            differingLines = differingCsvLines(csv, shellCsv);
        }
        ++iterations;
    }
    state.counters["agents"] = static_cast<double>(agents);
    state.counters["handled"] = static_cast<double>(handled);
    if (haveShell && iterations > 0) {
        state.counters["sqlite3_ms"] = 1000.0 * shellTotal / iterations;
        state.counters["ratio"] = oursTotal / shellTotal;
        state.counters["differing_lines"] = differingLines;
    }
}

} // namespace

// max_threads 0 is what the commands do (one slice per core, up to four); 1 reads in one piece.
BENCHMARK(reportServiceByInterval)
    ->ArgName("max_threads")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(5);
BENCHMARK(reportAgentsVersusSqliteShell)
    ->ArgName("max_threads")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
