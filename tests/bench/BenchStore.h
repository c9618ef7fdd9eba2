#pragma once

// The benchmarks' shared store: 300 agents and 5 million conversations over a year, generated
// once with plain SQL and kept in $KEFUDESK_BENCH_DIR (default: the temp folder) for later runs.
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace kefu::bench {

inline QString benchDir()
{
    return qEnvironmentVariable("KEFUDESK_BENCH_DIR", QDir::tempPath());
}

inline constexpr qint64 Conversations = 5'000'000;

inline QString benchStorePath()
{
    return benchDir() + QStringLiteral("/kefudesk-bench-5m.sqlite");
}

// 300 agents and 5 M conversations spread over 365 days, written in one transaction.
inline bool ensureStore(QString *error)
{
    const QString path = benchStorePath();
    QDir().mkpath(benchDir());
    StoreOptions options;
    options.create = true;
    auto store = Store::open(path, options, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations")).toLongLong() == Conversations)
        return true;
    sql::WriteTransaction tx(db);
    const QStringList statements = {
        QStringLiteral("INSERT OR IGNORE INTO teams(name) VALUES ('一组'),('二组'),('三组'),('四组')"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                       "INSERT OR IGNORE INTO agents(id, name, team, skill_level) SELECT printf('A%03d', i), "
                       "printf('坐席%03d', i), CASE i % 4 WHEN 0 THEN '一组' WHEN 1 THEN '二组' WHEN 2 THEN '三组' "
                       "ELSE '四组' END, 1 + i % 3 FROM n"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at, ended_at, "
                       "wrap_seconds, resolved, csat, category) SELECT printf('C%08d', i), "
                       "CASE i % 10 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' WHEN 2 THEN 'social' ELSE 'chat' END, "
                       "printf('A%03d', 1 + i % 300), 1735660800 + i * 6, 1735660800 + i * 6 + i % 40, "
                       "1735660800 + i * 6 + i % 40 + 240, 20, i % 4 <> 0, CASE WHEN i % 3 = 0 THEN 1 + i % 5 END, "
                       "'物流' FROM n")
            .arg(Conversations),
    };
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, {}, error))
            return false;
    }
    return tx.commit();
}

// The sqlite3 shell, the baseline the benchmarks name; empty when it is not installed.
inline QString sqliteShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// Runs the shell read-only on the file with the script; the wall time of the whole run in seconds,
// or -1.
inline double runSqliteShell(const QString &file, const QString &script, QByteArray *output)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(sqliteShell(), {QStringLiteral("-readonly"), file});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return -1;
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    *output = shell.readAllStandardOutput();
    return seconds;
}

// How many lines of KefuDesk's CSV differ from the shell's (the shell quotes text with non-ASCII
// bytes; CsvWriter does not need to); the first difference is printed to stderr.
inline int differingCsvLines(const QByteArray &ours, const QByteArray &shell)
{
    const QList<QByteArray> a = ours.split('\n');
    const QList<QByteArray> b = shell.split('\n');
    int differing = static_cast<int>(std::abs(a.size() - b.size()));
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a.at(i).trimmed() != b.at(i).trimmed().replace('"', QByteArray())) {
            if (differing == 0)
                fprintf(stderr, "first difference:\n  kefudesk: %s\n  sqlite3:  %s\n", a.at(i).constData(),
                        b.at(i).constData());
            ++differing;
        }
    }
    return differing;
}

} // namespace kefu::bench
