#include "PeriodScan.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace kefu {

WorkerConnection::Target WorkerConnection::targetOf(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (db.driverName() != QLatin1String("QSQLITE") || path.isEmpty() || path == QLatin1String(":memory:") ||
        path.contains(QLatin1String("mode=memory")))
        return {};
    return {path, db.connectOptions()};
}

WorkerConnection::WorkerConnection(const Target &target)
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("kefudesk:metrics:%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(target.path);
    m_db.setConnectOptions(target.connectOptions);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    // The reading pragmas of Store::applyPragmas.
    QSqlQuery pragma(m_db);
    for (const QString &p :
         {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (!pragma.exec(p)) {
            m_error = pragma.lastError().text();
            return;
        }
        pragma.finish();
    }
}

WorkerConnection::~WorkerConnection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

int sliceCountFor(qint64 days, int maxThreads)
{
    if (maxThreads <= 0)
        maxThreads = std::min(4, QThread::idealThreadCount());
    if (days <= 7)
        return 1;
    return static_cast<int>(std::clamp<qint64>(std::min<qint64>(maxThreads, days / 7), 1, 8));
}

} // namespace kefu
