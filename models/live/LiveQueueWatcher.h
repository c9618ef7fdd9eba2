#pragma once

#include "LiveSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace kefu {
class Store;
}

namespace kefu::live {

using SnapshotPtr = std::shared_ptr<const LiveSnapshot>;

// Keeps a LiveQueue up to date on a thread of its own, with a connection of its own: it asks the
// store every PollMs whether another connection has committed (PRAGMA data_version) and refreshes
// when one has, or at the latest every IdleRefreshMs (the clock moves, intervals end, feeds go quiet).
// Each snapshot reaches the owner's thread through snapshotReady; no SQL runs on the owner's thread.
class LiveQueueWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollMs = 250;
    static constexpr int IdleRefreshMs = 2000;

    explicit LiveQueueWatcher(const Store &store, QObject *parent = nullptr);
    ~LiveQueueWatcher() override;

    // Starts watching (the first snapshot follows as soon as it is read).
    void start();
    // The next refresh reads the whole day again (View ▸ Refresh, a setting changed).
    void rebuild();

signals:
    void snapshotReady(kefu::live::SnapshotPtr snapshot);
    void failed(const QString &message);

private:
    class Worker;
    QThread m_thread;
    QPointer<Worker> m_worker;
};

} // namespace kefu::live

Q_DECLARE_METATYPE(kefu::live::SnapshotPtr)
