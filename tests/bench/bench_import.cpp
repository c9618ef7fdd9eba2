// Importing 1,000,000 conversations from CSV: `kefudesk import conversations` (the real binary, a
// child process, into a new store with its indexes) against the sqlite3 shell's `.import` of the
// same file into a bare table, side by side in each iteration. Target: at least half the shell's
// rows per second, and a peak memory under 300 MB (rows are streamed). A second case re-imports
// the same file into the filled store (every row unchanged).
//
// The CSV is generated once into $KEFUDESK_BENCH_DIR/kefudesk-bench-1m-conversations.csv.
#include "BenchStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace kefu::bench;

namespace {

constexpr int Rows = 1'000'000;

// With the script_ids column (KefuDesk's own link to reply scripts: ~500,000 conversation_scripts
// rows more) or without it (what a contact platform exports).
QString csvPath(bool withScripts = true)
{
    return benchDir() + (withScripts ? QStringLiteral("/kefudesk-bench-1m-conversations.csv")
                                     : QStringLiteral("/kefudesk-bench-1m-conversations-platform.csv"));
}

// The platform file: the same rows without the last column.
bool ensurePlatformCsv(QString *error)
{
    const QString path = csvPath(false);
    if (QFileInfo(path).size() > 100'000'000)
        return true;
    QFile in(csvPath(true));
    QFile out(path + QStringLiteral(".partial"));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = in.errorString() + out.errorString();
        return false;
    }
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        line.truncate(line.lastIndexOf(','));
        out.write(line + '\n');
    }
    out.close();
    QFile::remove(path);
    return out.rename(path);
}

// Conversations as a platform exports them: every column of data-formats.md, Chinese queues and
// categories, empty fields where a value is absent, two script ids on some rows.
bool ensureCsv(QString *error)
{
    const QString path = csvPath();
    if (QFileInfo(path).size() > 100'000'000)
        return true;
    QFile f(path + QStringLiteral(".partial"));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write("id,channel,queue,customer_id,customer_tier,agent_id,arrived_at,answered_at,ended_at,abandoned_at,"
            "wrap_seconds,transfers,resolved,csat,category,order_id,script_ids\n");
    static const char *const channels[] = {"chat", "chat", "phone", "email", "social"};
    static const char *const queues[] = {"售前", "售后", "VIP"};
    static const char *const categories[] = {"物流", "售后", "质量/描述不符", "支付/优惠券", "商品咨询"};
    QByteArray chunk;
    const qint64 first = 1735660800; // 2025-01-01 00:00 +08:00
    for (int i = 0; i < Rows; ++i) {
        const qint64 arrived = first + qint64(i) * 30;
        const bool abandoned = i % 17 == 3;
        const int wait = int((qint64(i) * 7919) % 240);
        auto stamp = [](qint64 t) {
            return QDateTime::fromSecsSinceEpoch(t, QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                .toLatin1();
        };
        chunk += "C" + QByteArray::number(i) + ',' + channels[i % 5] + ',' + queues[i % 3] + ",U"
                 + QByteArray::number((qint64(i) * 31) % 200000) + ',' + (i % 23 == 0 ? "vip" : "") + ','
                 + (abandoned ? QByteArray() : "A" + QByteArray::number(i % 300)) + ',' + stamp(arrived) + ','
                 + (abandoned ? QByteArray() : stamp(arrived + wait)) + ','
                 + (abandoned ? QByteArray() : stamp(arrived + wait + 200 + (i % 400))) + ','
                 + (abandoned ? stamp(arrived + wait) : QByteArray()) + ',' + (abandoned ? "" : "25") + ','
                 + (abandoned ? "" : (i % 9 == 0 ? "1" : "0")) + ',' + (abandoned ? "" : (i % 5 ? "1" : "0")) + ','
                 + (i % 3 == 0 && !abandoned ? QByteArray::number(1 + i % 5) : QByteArray()) + ','
                 + categories[i % 5] + ",O" + QByteArray::number(9000000 + i) + ','
                 + (i % 4 == 0 ? "S" + QByteArray::number(i % 170) + ";S" + QByteArray::number((i + 7) % 170)
                               : QByteArray())
                 + '\n';
        if (chunk.size() > (4 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    f.close();
    QFile::remove(path);
    return f.rename(path);
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Runs a child; its wall time in seconds, or -1 (with *output holding what it said).
double timed(const QString &program, const QStringList &args, const QByteArray &input, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted())
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(1800000))
        return -1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? seconds : -1;
}

double kefudeskImport(const QString &store, QByteArray *output, bool withScripts = true)
{
    return timed(QStringLiteral(KEFUDESK_BINARY),
                 {QStringLiteral("import"), QStringLiteral("conversations"), csvPath(withScripts), QStringLiteral("--store"),
                  store, QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")},
                 {}, output);
}

double peakChildRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

void importVersusSqliteShell(benchmark::State &state)
{
    const bool withScripts = state.range(0) != 0;
    QString error;
    if (!ensureCsv(&error) || !ensurePlatformCsv(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QString shell = sqliteShell();
    if (shell.isEmpty()) {
        state.SkipWithError("the sqlite3 shell is not installed");
        return;
    }
    const QString store = benchDir() + QStringLiteral("/kefudesk-bench-import.sqlite");
    const QString bare = benchDir() + QStringLiteral("/kefudesk-bench-import-shell.sqlite");
    double ours = 0, theirs = 0, peak = 0;
    int n = 0;
    for (auto _ : state) {
        removeStore(store);
        removeStore(bare);
        QByteArray output;
        const double a = kefudeskImport(store, &output, withScripts);
        if (a < 0) {
            state.SkipWithError(output.constData());
            return;
        }
        // kefudesk is the first child of this process to run, so the peak so far is its own.
        peak = std::max(peak, peakChildRssMb());
        const double b = timed(shell, {bare}, QByteArrayLiteral(".mode csv\n.import ") + csvPath(withScripts).toUtf8() + " t\n",
                               &output);
        if (b < 0) {
            state.SkipWithError(output.constData());
            return;
        }
        state.SetIterationTime(a);
        ours += a;
        theirs += b;
        ++n;
    }
    state.counters["kefudesk_s"] = ours / n;
    state.counters["sqlite3_s"] = theirs / n;
    state.counters["kefudesk_rows_per_s"] = Rows / (ours / n);
    state.counters["sqlite3_rows_per_s"] = Rows / (theirs / n);
    state.counters["speed_vs_sqlite3"] = theirs / ours; // ≥ 0.5 is the target
    state.counters["peak_rss_MB"] = peak;
}

void reimportUnchanged(benchmark::State &state)
{
    QString error;
    if (!ensureCsv(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QString store = benchDir() + QStringLiteral("/kefudesk-bench-import.sqlite");
    QByteArray output;
    if (!QFile::exists(store) && kefudeskImport(store, &output) < 0) {
        state.SkipWithError(output.constData());
        return;
    }
    for (auto _ : state) {
        const double a = kefudeskImport(store, &output);
        if (a < 0 || !output.contains("unchanged 1000000")) {
            state.SkipWithError(output.constData());
            return;
        }
        state.SetIterationTime(a);
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(Rows), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

// Argument: 1 = with script_ids, 0 = a platform's export without it.
BENCHMARK(importVersusSqliteShell)->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK(reimportUnchanged)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
