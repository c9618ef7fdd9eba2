#pragma once

// The benchmarks' shared store: 300 agents and 5 million conversations over a year, generated
// once with plain SQL and kept in $KEFUDESK_BENCH_DIR (default: the temp folder) for later runs.
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QStringList>

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

} // namespace kefu::bench
