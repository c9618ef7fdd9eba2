#include "LiveQueueWatcher.h"

#include "LiveQueue.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>

namespace kefu::live {

class LiveQueueWatcher::Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(const Store &store)
        : m_store(store)
    {
    }

    void begin()
    {
        m_connection = std::make_unique<StoreConnection>(m_store);
        if (!m_connection->isOpen()) {
            emit failed(m_connection->errorString());
            return;
        }
        m_queue = std::make_unique<LiveQueue>(m_connection->database(), QTimeZone::utc());
        m_queue->followStoreTimeZone(m_store.timeZoneOverride());
        m_handle = sql::sqliteHandle(m_connection->database());
        m_dataVersion = std::make_unique<sql::SqliteStatement>(m_handle.load(), "PRAGMA data_version");
        m_timer = new QTimer(this);
        m_timer->setInterval(PollMs);
        connect(m_timer, &QTimer::timeout, this, &Worker::poll);
        m_timer->start();
        refresh();
    }

    void rebuild()
    {
        if (m_queue) {
            m_queue->requestRebuild();
            refresh();
        }
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_dataVersion.reset();
        m_queue.reset();
        m_handle = nullptr;
        m_connection.reset();
    }

signals:
    void snapshotReady(kefu::live::SnapshotPtr snapshot);
    void failed(const QString &message);

private:
    void poll()
    {
        qint64 version = m_lastVersion;
        if (m_dataVersion->nextRow())
            version = m_dataVersion->columnInteger(0);
        m_dataVersion->reset();
        if (version != m_lastVersion || m_sinceRefresh.elapsed() >= IdleRefreshMs)
            refresh();
    }

    void refresh()
    {
        if (m_dataVersion->nextRow())
            m_lastVersion = m_dataVersion->columnInteger(0);
        m_dataVersion->reset();
        m_sinceRefresh.start();
        QString error;
        if (!m_queue->refresh(QDateTime::currentSecsSinceEpoch(), &error)) {
            m_queue->requestRebuild();
            emit failed(error);
            return;
        }
        emit snapshotReady(std::make_shared<const LiveSnapshot>(m_queue->snapshot()));
    }

public:
    // The connection's handle, for interrupting a long read from the owner's thread (sqlite3_interrupt
    // is made for that); null before begin() and after end().
    std::atomic<sqlite3 *> m_handle{nullptr};

private:
    const Store &m_store;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<LiveQueue> m_queue;
    std::unique_ptr<sql::SqliteStatement> m_dataVersion;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceRefresh;
    qint64 m_lastVersion = -1;
};

LiveQueueWatcher::LiveQueueWatcher(const Store &store, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kefu::live::SnapshotPtr>();
    auto *worker = new Worker(store);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &Worker::snapshotReady, this, &LiveQueueWatcher::snapshotReady);
    connect(worker, &Worker::failed, this, &LiveQueueWatcher::failed);
    m_thread.setObjectName(QStringLiteral("live-queue"));
    m_thread.start();
}

LiveQueueWatcher::~LiveQueueWatcher()
{
    if (m_worker) {
        // A refresh waiting on a busy shared store must not keep the window waiting: stop it.
        if (sqlite3 *handle = m_worker->m_handle.load())
            sqlite3_interrupt(handle);
        QMetaObject::invokeMethod(m_worker, &Worker::end, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void LiveQueueWatcher::start()
{
    QMetaObject::invokeMethod(m_worker, &Worker::begin, Qt::QueuedConnection);
}

void LiveQueueWatcher::rebuild()
{
    QMetaObject::invokeMethod(m_worker, &Worker::rebuild, Qt::QueuedConnection);
}

} // namespace kefu::live

#include "LiveQueueWatcher.moc"
