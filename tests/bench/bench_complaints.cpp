// `report complaints` for a year on 100,000 cases with 1,000,000 events (issue 12): ComplaintReport as
// the command runs it (open read-only, compute, write the CSV), against the same figures computed by
// hand-written SQL in the sqlite3 shell on the same file, timed in the same run; the two outputs are
// compared line by line. Target: under 1 s.
#include "BenchStore.h"
#include "complaints/ComplaintReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace kefu;
using namespace kefu::bench;

namespace {

constexpr qint64 Cases = 100'000;
constexpr qint64 EventsPerCase = 10;
constexpr qint64 YearStart = 1735660800; // 2025-01-01 00:00 Asia/Shanghai

QString storePath()
{
    return benchDir() + QStringLiteral("/kefudesk-bench-complaints.sqlite");
}

// 100 k cases spread over 2025 in every state, with their current values, and ten events each.
bool ensureComplaintStore(QString *error)
{
    QDir().mkpath(benchDir());
    StoreOptions options;
    options.create = true;
    auto store = Store::open(storePath(), options, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaint_events")).toLongLong() == Cases * EventsPerCase)
        return true;
    sql::WriteTransaction tx(db);
    const QStringList statements = {
        QStringLiteral("UPDATE settings SET value = 'Asia/Shanghai' WHERE key = 'timezone'"),
        QStringLiteral("INSERT OR IGNORE INTO teams(name) VALUES ('一组'),('二组'),('三组')"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90) "
                       "INSERT OR IGNORE INTO agents(id, name, team) SELECT printf('A%03d', i), printf('坐席%03d', i), "
                       "CASE i % 3 WHEN 0 THEN '一组' WHEN 1 THEN '二组' ELSE '三组' END FROM n"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO complaints(id, created_at, channel, category, priority, summary, owner, agent_id, state,"
            " escalation_level, root_cause, customer_feedback, reopen_count, transfers, acknowledged_at, closed_at,"
            " awaiting_feedback_s, updated_at) "
            "SELECT printf('B%06d', i), %2 + i * 315, 'chat',"
            " CASE i % 5 WHEN 0 THEN '物流' WHEN 1 THEN '质量' WHEN 2 THEN '售后' WHEN 3 THEN '支付' ELSE '态度' END,"
            " CASE i % 7 WHEN 0 THEN 'P1' WHEN 1 THEN 'P2' ELSE 'P3' END, 's', printf('QA%02d', i % 12),"
            " printf('A%03d', 1 + i % 90),"
            " CASE WHEN i % 20 = 0 THEN 'rejected' WHEN i % 20 = 1 THEN 'investigating' WHEN i % 20 = 2"
            "  THEN 'awaiting_feedback' ELSE 'closed' END,"
            " 1 + i % 3, CASE WHEN i % 20 <> 0 THEN 'logistics' END,"
            " CASE WHEN i % 20 > 2 THEN CASE i % 9 WHEN 0 THEN 'unsatisfied' ELSE 'satisfied' END END,"
            " CASE WHEN i % 11 = 0 THEN 1 ELSE 0 END, i % 4,"
            " CASE WHEN i % 20 <> 0 THEN %2 + i * 315 + (i % 50) * 300 END,"
            " CASE WHEN i % 20 > 2 THEN %2 + i * 315 + (i % 97) * 3600 + i % 3600 END,"
            " CASE WHEN i % 20 > 2 THEN (i % 13) * 1800 ELSE 0 END, %2 + i * 315 FROM n")
            .arg(Cases)
            .arg(YearStart),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO complaint_events(complaint_id, at, actor, kind, to_value, note) "
                       "SELECT printf('B%06d', 1 + i / %2), %3 + (1 + i / %2) * 315 + (i % %2) * 60, 'qa',"
                       " CASE i % %2 WHEN 0 THEN 'created' ELSE 'note' END, NULL, 'n' FROM n")
            .arg(Cases * EventsPerCase - 1)
            .arg(EventsPerCase)
            .arg(YearStart),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    return tx.commit();
}

// The same figures as one statement for the sqlite3 shell (complaints.md's definitions, cli.md's
// columns, by category), written as the CSV the command writes.
QString shellSql(qint64 from, qint64 to)
{
    return QStringLiteral(
               ".headers on\n.mode csv\n"
               "WITH c AS (SELECT *, created_at + CASE priority WHEN 'P1' THEN 3600 WHEN 'P2' THEN 14400 ELSE 86400 END"
               "  AS ack_due, created_at + CASE priority WHEN 'P1' THEN 86400 WHEN 'P2' THEN 172800 ELSE 259200 END"
               "  + awaiting_feedback_s AS resolve_due FROM complaints WHERE created_at >= %1 AND created_at < %2),"
               " h AS (SELECT category, (closed_at - created_at) / 3600.0 AS hours,"
               "  row_number() OVER (PARTITION BY category ORDER BY closed_at - created_at) AS r,"
               "  count(*) OVER (PARTITION BY category) AS n FROM c WHERE state = 'closed'),"
               " m AS (SELECT category, avg(hours) AS median FROM h WHERE r IN ((n + 1) / 2, (n + 2) / 2)"
               "  GROUP BY category) "
               "SELECT coalesce(c.category, '') AS key, count(*) AS opened, sum(state = 'closed') AS closed,"
               " sum(state = 'rejected') AS rejected, sum(state NOT IN ('closed', 'rejected')) AS open_now,"
               " printf('%.1f', 100.0 * sum(acknowledged_at <= ack_due) / nullif(count(acknowledged_at), 0))"
               "  AS ack_sla_met_pct,"
               " printf('%.1f', 100.0 * sum(state = 'closed' AND closed_at <= resolve_due)"
               "  / nullif(sum(state = 'closed'), 0)) AS resolve_sla_met_pct,"
               " printf('%.1f', m.median) AS median_hours_to_close,"
               " printf('%.1f', 100.0 * sum(reopen_count >= 1) / nullif(sum(state = 'closed'), 0)) AS reopen_pct,"
               " printf('%.1f', 100.0 * sum(state = 'closed' AND customer_feedback = 'satisfied')"
               "  / nullif(sum(state = 'closed'), 0)) AS satisfied_pct,"
               " printf('%.1f', avg(transfers)) AS transfers_avg "
               "FROM c LEFT JOIN m ON m.category = c.category GROUP BY c.category ORDER BY key;\n")
        .arg(from)
        .arg(to);
}

void reportComplaintsYearVersusSqliteShell(benchmark::State &state)
{
    QString error;
    if (!ensureComplaintStore(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const bool haveShell = !sqliteShell().isEmpty();
    const QTimeZone zone("Asia/Shanghai");
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), zone).toSecsSinceEpoch();
    double shellTotal = 0, oursTotal = 0;
    int iterations = 0, differing = -1;
    qint64 opened = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QByteArray csv;
        {
            StoreOptions options;
            options.readOnly = true;
            auto store = Store::open(storePath(), options, &error);
            if (!store) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            QSqlDatabase db = store->database();
            const QList<complaints::ComplaintRow> rows =
                complaints::ComplaintReport::read(db, from, to, complaints::ComplaintGrouping::Category, &error);
            if (!error.isEmpty()) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            csv = complaints::ComplaintReport::table(rows).toCsv();
            opened = 0;
            for (const auto &r : rows)
                opened += r.opened;
        }
        const double ours = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(ours);
        oursTotal += ours;
        if (haveShell) {
            state.PauseTiming();
            QByteArray shellCsv;
            const double shell = runSqliteShell(storePath(), shellSql(from, to), &shellCsv);
            state.ResumeTiming();
            if (shell < 0) {
                state.SkipWithError("the sqlite3 shell failed");
                return;
            }
            shellTotal += shell;
            differing = differingCsvLines(csv, shellCsv);
        }
        ++iterations;
    }
    state.counters["cases"] = double(opened);
    if (haveShell && iterations > 0) {
        state.counters["sqlite3_ms"] = 1000.0 * shellTotal / iterations;
        state.counters["ratio"] = oursTotal / shellTotal;
        state.counters["differing_lines"] = differing;
    }
}

} // namespace

BENCHMARK(reportComplaintsYearVersusSqliteShell)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
