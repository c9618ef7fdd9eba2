// The complaints slice on 100,000 cases with 1,000,000 events (issue 12), on one generated store:
//  - reportComplaintsYearVersusSqliteShell: `report complaints` for a year as the command runs it (open
//    read-only, compute, write the CSV), against the same figures computed by hand-written SQL in the
//    sqlite3 shell on the same file, timed in the same run; the two outputs are compared line by line.
//    Target: under 1 s.
//  - listAfterFilterChange/N: the pane's list after a filter change — CaseList::page (the first 100 rows,
//    newest first) and CaseList::countsByState, each on an open connection, and both together as the pane
//    runs them (one job through runOnWorker, which opens and closes its own connection, so it starts with an
//    empty page cache), and the first page alone on a worker. Target: the first page under 100 ms.
//  - listFirstPageInSqliteShell: the baseline — the shell's first page and counts for the open states.
//  - openCase / openCaseOfBusyCustomer: CaseDetail::load (row, ten events, the customer's conversations and
//    other cases) for random cases, and for a case of the customer with 100 cases and 2,000 conversations.
//    Target: under 50 ms.
//  - openCaseInSqliteShell: the baseline — the shell running the same four selects for one case.
#include "BenchStore.h"
#include "complaints/CaseDetail.h"
#include "complaints/CaseList.h"
#include "complaints/ComplaintReport.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

using namespace kefu;
using namespace kefu::bench;

namespace {

constexpr qint64 Cases = 100'000;
constexpr qint64 EventsPerCase = 10;
constexpr qint64 Conversations = 500'000;
constexpr qint64 Customers = 30'000;
constexpr qint64 YearStart = 1735660800; // 2025-01-01 00:00 Asia/Shanghai
constexpr qint64 YearEnd = 1767196800;   // 2026-01-01 00:00 Asia/Shanghai: the list's `now`
constexpr int PageRows = 100;

QString storePath()
{
    // -2: since the list and case benchmarks, with customers, orders, descriptions, conversations and
    // events of every kind (a store of the first generator is not reused).
    return benchDir() + QStringLiteral("/kefudesk-bench-complaints-2.sqlite");
}

// 100 k cases spread over 2025 in every state, with their current values and ten events each (created,
// assignment, the state changes their state needs, a root cause, notes, a contact attempt). Customers
// U00000–U29999 have about three cases and 17 conversations each; U99999 has every thousandth case (100)
// and every 250th conversation (2,000). A case is opened from one of its customer's conversations.
bool ensureComplaintStore(QString *error)
{
    QDir().mkpath(benchDir());
    StoreOptions options;
    options.create = true;
    auto store = Store::open(storePath(), options, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaint_events")).toLongLong() == Cases * EventsPerCase &&
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations")).toLongLong() == Conversations)
        return true;
    sql::WriteTransaction tx(db);
    // Zero-padded numbers are written printf('%.3d'), not '%03d': QString::arg would take "%03" for its %3.
    const QStringList statements = {
        QStringLiteral("UPDATE settings SET value = 'Asia/Shanghai' WHERE key = 'timezone'"),
        QStringLiteral("INSERT OR IGNORE INTO teams(name) VALUES ('一组'),('二组'),('三组')"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90) "
                       "INSERT OR IGNORE INTO agents(id, name, team) SELECT printf('A%.3d', i), printf('坐席%.3d', i), "
                       "CASE i % 3 WHEN 0 THEN '一组' WHEN 1 THEN '二组' ELSE '三组' END FROM n"),
        QStringLiteral(
            "WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < %1 - 1) "
            "INSERT INTO conversations(id, channel, customer_id, agent_id, arrived_at, answered_at, ended_at,"
            " wrap_seconds, resolved, category, order_id) "
            "SELECT printf('V%.7d', j), CASE j % 10 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' ELSE 'chat' END,"
            " CASE WHEN j % 250 = 3 THEN 'U99999' ELSE printf('U%.5d', j % %2) END, printf('A%.3d', 1 + j % 90),"
            " %3 + j * 63, %3 + j * 63 + j % 40, %3 + j * 63 + j % 40 + 240, 20, j % 4 <> 0, '物流',"
            " printf('O%.7d', j) FROM n")
            .arg(Conversations)
            .arg(Customers)
            .arg(YearStart),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO complaints(id, created_at, channel, customer_id, order_id, category, priority, summary,"
            " description, owner, agent_id, conversation_id, state, escalation_level, root_cause, customer_feedback,"
            " reopen_count, transfers, acknowledged_at, closed_at, awaiting_feedback_s, updated_at) "
            "SELECT printf('B%.6d', i), %2 + i * 315, 'chat',"
            " CASE WHEN i % 1000 = 7 THEN 'U99999' ELSE printf('U%.5d', (i * 7919) % %3) END, printf('O%.7d', i),"
            " CASE i % 5 WHEN 0 THEN '物流' WHEN 1 THEN '质量' WHEN 2 THEN '售后' WHEN 3 THEN '支付' ELSE '态度' END,"
            " CASE i % 7 WHEN 0 THEN 'P1' WHEN 1 THEN 'P2' ELSE 'P3' END,"
            " CASE i % 5 WHEN 0 THEN '快递三天未到' WHEN 1 THEN '屏幕碎裂' WHEN 2 THEN '售后不回复' WHEN 3"
            "  THEN '退款未到账' ELSE '客服态度差' END,"
            " printf('订单 O%.7d：客户来电反映问题，要求尽快处理并回电。', i), printf('QA%.2d', i % 12),"
            " printf('A%.3d', 1 + i % 90),"
            " CASE WHEN i % 1000 = 7 THEN printf('V%.7d', 3 + 250 * (i / 1000))"
            "  ELSE printf('V%.7d', (i * 7919) % %3 + %3 * (i % 16)) END,"
            " CASE WHEN i % 20 = 0 THEN 'rejected' WHEN i % 20 = 1 THEN 'investigating' WHEN i % 20 = 2"
            "  THEN 'awaiting_feedback' ELSE 'closed' END,"
            " 1 + i % 3, CASE WHEN i % 20 <> 0 THEN 'logistics' END,"
            " CASE WHEN i % 20 > 2 THEN CASE i % 9 WHEN 0 THEN 'unsatisfied' ELSE 'satisfied' END END,"
            " CASE WHEN i % 11 = 0 THEN 1 ELSE 0 END, i % 4,"
            " CASE WHEN i % 20 <> 0 THEN %2 + i * 315 + (i % 50) * 300 END,"
            " CASE WHEN i % 20 > 2 THEN %2 + i * 315 + (i % 97) * 3600 + i % 3600 END,"
            " CASE WHEN i % 20 > 2 THEN (i % 13) * 1800 ELSE 0 END, %2 + i * 315 FROM n")
            .arg(Cases)
            .arg(YearStart)
            .arg(Customers),
        // Event k of case c (state s = c % 20: 0 rejected, 1 investigating, 2 awaiting feedback, else closed).
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
            " e(c, k, s) AS (SELECT 1 + i / %2, i % %2, (1 + i / %2) % 20 FROM n) "
            "INSERT INTO complaint_events(complaint_id, at, actor, kind, field, from_value, to_value, note) "
            "SELECT printf('B%.6d', c), %3 + c * 315 + k * 60, 'qa',"
            " CASE WHEN k = 0 THEN 'created' WHEN k = 1 THEN 'owner' WHEN k IN (2, 3) THEN 'state'"
            "  WHEN k = 5 AND s <> 0 THEN 'field' WHEN k IN (6, 7) AND s >= 2 THEN 'state'"
            "  WHEN k = 8 THEN 'contact_attempt' WHEN k = 9 AND s > 2 THEN 'state' ELSE 'note' END,"
            " CASE WHEN k = 5 AND s <> 0 THEN 'root_cause' END,"
            " CASE WHEN k = 2 THEN 'new' WHEN k = 3 THEN 'acknowledged' WHEN k = 6 AND s >= 2 THEN 'investigating'"
            "  WHEN k = 7 AND s >= 2 THEN 'proposed' WHEN k = 9 AND s > 2 THEN 'awaiting_feedback' END,"
            " CASE WHEN k = 1 THEN printf('QA%.2d', c % 12) WHEN k = 2 THEN 'acknowledged'"
            "  WHEN k = 3 THEN CASE WHEN s = 0 THEN 'rejected' ELSE 'investigating' END"
            "  WHEN k = 5 AND s <> 0 THEN 'logistics' WHEN k = 6 AND s >= 2 THEN 'proposed'"
            "  WHEN k = 7 AND s >= 2 THEN 'awaiting_feedback' WHEN k = 9 AND s > 2 THEN 'closed' END,"
            " CASE WHEN k IN (4, 8) THEN '已联系客户，等待回复' END FROM e")
            .arg(Cases * EventsPerCase - 1)
            .arg(EventsPerCase)
            .arg(YearStart),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error)) {
            *error = statement.left(120) + QStringLiteral("…: ") + *error;
            return false;
        }
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

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The generated store (made on the first call), opened read-only as the pane and the command open it;
// nothing when it cannot be, and the benchmark is skipped with the reason.
std::unique_ptr<Store> readOnlyStore(benchmark::State &state)
{
    QString error;
    std::unique_ptr<Store> store;
    if (ensureComplaintStore(&error)) {
        StoreOptions options;
        options.readOnly = true;
        store = Store::open(storePath(), options, &error);
    }
    if (!store)
        state.SkipWithError(qPrintable(error));
    return store;
}

// The generated store is there and so is the sqlite3 shell; otherwise the benchmark is skipped.
bool shellReady(benchmark::State &state)
{
    QString error;
    if (!ensureComplaintStore(&error))
        state.SkipWithError(qPrintable(error));
    else if (sqliteShell().isEmpty())
        state.SkipWithError("no sqlite3 shell");
    else
        return true;
    return false;
}

const QStringList &openStates()
{
    static const QStringList states = {QStringLiteral("new"), QStringLiteral("acknowledged"),
                                       QStringLiteral("investigating"), QStringLiteral("proposed"),
                                       QStringLiteral("awaiting_feedback")};
    return states;
}

// The filters a person sets in the pane, one benchmark each.
struct NamedFilter
{
    const char *name;
    complaints::CaseFilter filter;
};

const std::vector<NamedFilter> &filters()
{
    static const std::vector<NamedFilter> list = [] {
        std::vector<NamedFilter> l;
        l.push_back({"no filter", {}});
        complaints::CaseFilter f;
        f.states = openStates();
        l.push_back({"open states", f});
        f = {};
        f.overdueOnly = true;
        l.push_back({"overdue", f});
        f = {};
        f.nearDueOnly = true;
        l.push_back({"near due", f});
        f = {};
        f.priority = QStringLiteral("P1");
        f.category = QStringLiteral("物流");
        l.push_back({"P1 + category", f});
        f = {};
        f.text = QStringLiteral("U0123"); // customers U01230–U01239: 33 cases
        l.push_back({"text: customer id fragment", f});
        f = {};
        f.team = QStringLiteral("二组");
        l.push_back({"team", f});
        f = {};
        f.owner = QStringLiteral("QA03"); // one of twelve owners
        l.push_back({"owner", f});
        f = {};
        f.createdFrom = YearEnd - 30 * 86400;
        l.push_back({"created last 30 days", f});
        return l;
    }();
    return list;
}

struct ListResult
{
    QList<complaints::CaseListRow> rows;
    QMap<QString, qint64> counts;
    QString error;
};

// What the pane's worker does after a filter change: the first page and the counts per state.
ListResult readList(QSqlDatabase &db, const complaints::CaseFilter &filter)
{
    ListResult r;
    r.rows = complaints::CaseList::page(db, filter, std::nullopt, PageRows, YearEnd, &r.error);
    if (r.error.isEmpty())
        r.counts = complaints::CaseList::countsByState(db, filter, YearEnd, &r.error);
    return r;
}

void listAfterFilterChange(benchmark::State &state)
{
    const NamedFilter &named = filters().at(size_t(state.range(0)));
    state.SetLabel(named.name);
    auto store = readOnlyStore(state);
    if (!store)
        return;
    QString error;
    QSqlDatabase db = store->database();
    std::vector<double> pageMs, countsMs, workerMs, workerPageMs;
    qsizetype rows = 0;
    qint64 matching = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const auto page = complaints::CaseList::page(db, named.filter, std::nullopt, PageRows, YearEnd, &error);
        pageMs.push_back(msSince(timer));
        timer.restart();
        const auto counts = complaints::CaseList::countsByState(db, named.filter, YearEnd, &error);
        countsMs.push_back(msSince(timer));
        if (!error.isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        // The pane: one job on a worker thread with a connection of its own.
        timer.restart();
        const ListResult r = runOnWorker(
                                 *store, [&](QSqlDatabase &worker) { return readList(worker, named.filter); },
                                 [](const QString &why) { return ListResult{{}, {}, why}; })
                                 .result();
        const double worker = msSince(timer);
        workerMs.push_back(worker);
        if (!r.error.isEmpty() || r.rows.size() != page.size()) {
            state.SkipWithError(qPrintable(r.error.isEmpty() ? QStringLiteral("the worker read other rows") : r.error));
            return;
        }
        state.SetIterationTime(worker / 1000.0);
        // The first page alone on a worker: what the pane would show first if it read the counts after it.
        timer.restart();
        const qsizetype firstRows = runOnWorker(
                                        *store,
                                        [&](QSqlDatabase &connection) {
                                            QString why;
                                            return complaints::CaseList::page(connection, named.filter, std::nullopt,
                                                                              PageRows, YearEnd, &why)
                                                .size();
                                        },
                                        [](const QString &) { return qsizetype(-1); })
                                        .result();
        workerPageMs.push_back(msSince(timer));
        if (firstRows != page.size()) {
            state.SkipWithError("the worker read other rows");
            return;
        }
        rows = page.size();
        matching = 0;
        for (qint64 n : counts)
            matching += n;
    }
    state.counters["rows"] = double(rows);
    state.counters["matching"] = double(matching);
    state.counters["page_ms"] = median(pageMs);
    state.counters["counts_ms"] = median(countsMs);
    state.counters["worker_ms"] = median(workerMs);
    state.counters["worker_page_ms"] = median(workerPageMs);
}

// The open states' first page and counts as the sqlite3 shell runs them (the list's columns, the same
// order, the customer's wait read for the cases awaiting feedback), one id a line, then the counts.
QString listShellSql()
{
    return QStringLiteral(
               ".mode list\n"
               "SELECT c.id, c.state, c.priority, c.owner, c.category, c.summary, c.customer_id, c.order_id,"
               " c.agent_id, a.team, c.root_cause, c.escalation_level, c.created_at, c.acknowledged_at, c.closed_at,"
               " c.awaiting_feedback_s, CASE WHEN c.state = 'awaiting_feedback' THEN (SELECT max(e.at) FROM"
               " complaint_events e WHERE e.complaint_id = c.id AND e.kind = 'state' AND e.to_value ="
               " 'awaiting_feedback') END FROM complaints c LEFT JOIN agents a ON a.id = c.agent_id"
               " WHERE c.state IN ('%1') ORDER BY c.created_at DESC, c.id DESC LIMIT %2;\n"
               "SELECT state, count(*) FROM complaints GROUP BY state;\n")
        .arg(openStates().join(QStringLiteral("','")))
        .arg(PageRows);
}

void listFirstPageInSqliteShell(benchmark::State &state)
{
    if (!shellReady(state))
        return;
    QStringList ours;
    {
        auto store = readOnlyStore(state);
        if (!store)
            return;
        QSqlDatabase db = store->database();
        complaints::CaseFilter f;
        f.states = openStates();
        for (const auto &row : readList(db, f).rows)
            ours << row.id;
    }
    int differing = -1;
    for (auto _ : state) {
        QByteArray output;
        const double seconds = runSqliteShell(storePath(), listShellSql(), &output);
        if (seconds < 0) {
            state.SkipWithError("the sqlite3 shell failed");
            return;
        }
        state.SetIterationTime(seconds);
        QStringList shell;
        for (const QByteArray &line : output.split('\n').mid(0, PageRows))
            shell << QString::fromUtf8(line.left(line.indexOf('|')));
        differing = 0;
        for (int i = 0; i < std::max(ours.size(), shell.size()); ++i)
            differing += ours.value(i) != shell.value(i) ? 1 : 0;
    }
    state.counters["differing_ids"] = differing;
}

// Random cases (the same ones every run) and the busy customer's newest case.
QStringList sampleCases()
{
    std::mt19937 random(12);
    std::uniform_int_distribution<int> pick(1, int(Cases));
    QStringList ids;
    for (int i = 0; i < 200; ++i)
        ids << QStringLiteral("B%1").arg(pick(random), 6, 10, QLatin1Char('0'));
    return ids;
}

const QString BusyCustomerCase = QStringLiteral("B099007"); // U99999: 100 cases, 2,000 conversations

void openCase(benchmark::State &state, bool busyCustomer)
{
    auto store = readOnlyStore(state);
    if (!store)
        return;
    QString error;
    QSqlDatabase db = store->database();
    const QStringList ids = busyCustomer ? QStringList{BusyCustomerCase} : sampleCases();
    std::vector<double> loadMs, workerMs;
    qsizetype next = 0, events = 0, conversations = 0, otherCases = 0;
    for (auto _ : state) {
        const QString id = ids.at(next++ % ids.size());
        QElapsedTimer timer;
        timer.start();
        const auto detail = complaints::CaseDetail::load(db, id, YearEnd, &error);
        const double ms = msSince(timer);
        loadMs.push_back(ms);
        if (!detail) {
            state.SkipWithError(qPrintable(QStringLiteral("%1: %2").arg(id, error)));
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        events = detail->timeline.size();
        conversations = detail->conversations.size();
        otherCases = detail->otherCases.size();
        // The same on a worker thread with its own connection, as a pane that loads in the background.
        state.PauseTiming();
        timer.restart();
        const bool loaded =
            runOnWorker(
                *store,
                [&](QSqlDatabase &worker) {
                    QString why;
                    return complaints::CaseDetail::load(worker, id, YearEnd, &why).has_value();
                },
                [](const QString &) { return false; })
                .result();
        workerMs.push_back(msSince(timer));
        state.ResumeTiming();
        if (!loaded) {
            state.SkipWithError("the worker could not load the case");
            return;
        }
    }
    state.counters["events"] = double(events);
    state.counters["conversations"] = double(conversations);
    state.counters["other_cases"] = double(otherCases);
    state.counters["load_ms"] = median(loadMs);
    state.counters["max_ms"] = *std::max_element(loadMs.begin(), loadMs.end());
    state.counters["worker_ms"] = median(workerMs);
}

// CaseDetail's four selects for one case as the sqlite3 shell runs them.
QString caseShellSql(const QString &id)
{
    return QStringLiteral(
               ".mode list\n"
               "SELECT c.*, a.name, a.team FROM complaints c LEFT JOIN agents a ON a.id = c.agent_id WHERE c.id = '%1';\n"
               "SELECT id, at, actor, kind, field, from_value, to_value, note FROM complaint_events"
               " WHERE complaint_id = '%1' ORDER BY at, id;\n"
               "SELECT v.id, v.channel, v.arrived_at, v.agent_id, a.name, v.category, v.order_id FROM conversations v"
               " LEFT JOIN agents a ON a.id = v.agent_id WHERE v.customer_id = (SELECT customer_id FROM complaints"
               " WHERE id = '%1') ORDER BY v.arrived_at DESC, v.id DESC LIMIT 20;\n"
               "SELECT id, created_at, state, priority, summary FROM complaints WHERE customer_id = (SELECT customer_id"
               " FROM complaints WHERE id = '%1') AND id <> '%1' ORDER BY created_at DESC, id DESC LIMIT 20;\n")
        .arg(id);
}

void openCaseInSqliteShell(benchmark::State &state, bool busyCustomer)
{
    if (!shellReady(state))
        return;
    const QStringList ids = busyCustomer ? QStringList{BusyCustomerCase} : sampleCases();
    qsizetype next = 0;
    std::vector<double> ms;
    for (auto _ : state) {
        QByteArray output;
        const double seconds = runSqliteShell(storePath(), caseShellSql(ids.at(next++ % ids.size())), &output);
        if (seconds < 0) {
            state.SkipWithError("the sqlite3 shell failed");
            return;
        }
        state.SetIterationTime(seconds);
        ms.push_back(seconds * 1000.0);
    }
    state.counters["shell_ms"] = median(ms);
}

} // namespace

BENCHMARK(reportComplaintsYearVersusSqliteShell)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(listAfterFilterChange)
    ->DenseRange(0, 8)
    ->ArgName("filter")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(15);
BENCHMARK(listFirstPageInSqliteShell)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(15);
BENCHMARK_CAPTURE(openCase, random, false)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);
BENCHMARK_CAPTURE(openCase, busyCustomer, true)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK_CAPTURE(openCaseInSqliteShell, random, false)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK_CAPTURE(openCaseInSqliteShell, busyCustomer, true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(15);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
