#pragma once

#include "Store.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace kefu {

namespace detail {

inline const Store &connectionTarget(const Store *store)
{
    return *store;
}

inline const StoreConnection::Source &connectionTarget(const StoreConnection::Source &source)
{
    return source;
}

template<typename Target, typename Job, typename Unopened>
auto runWithConnection(QThreadPool *pool, Target target, Job job, Unopened unopened)
{
    using Result = std::invoke_result_t<Job &, QSqlDatabase &>;
    static_assert(std::is_convertible_v<std::invoke_result_t<Unopened &, const QString &>, Result>,
                  "unopened(reason) must give the job's result type");
    return QtConcurrent::run(
        pool, [target = std::move(target), job = std::move(job), unopened = std::move(unopened)]() mutable -> Result {
            StoreConnection connection(connectionTarget(target));
            if (!connection.isOpen())
                return unopened(connection.errorString());
            return job(connection.database());
        });
}

} // namespace detail

// The one way a QtConcurrent job reaches the store (Qt SQL allows a connection on its own thread only):
// runs job(QSqlDatabase &) on a thread of pool with a connection of that thread's own, opened like the
// store's (same file, shared or local mode, busy timeout, pragmas) and closed and removed when the job
// returns. When it cannot be opened, unopened(const QString &reason) gives the result instead. store
// must outlive the job; the caller keeps the future (a QFutureWatcher) and never waits on it.
template<typename Job, typename Unopened>
auto runOnWorker(const Store &store, Job job, Unopened unopened, QThreadPool *pool = QThreadPool::globalInstance())
{
    return detail::runWithConnection(pool, &store, std::move(job), std::move(unopened));
}

// The same with a reading connection to source (StoreConnection::sourceOf, taken on the thread of the
// connection it describes), for a job that must not hold on to the Store itself.
template<typename Job, typename Unopened>
auto runOnWorker(const StoreConnection::Source &source, Job job, Unopened unopened,
                 QThreadPool *pool = QThreadPool::globalInstance())
{
    return detail::runWithConnection(pool, source, std::move(job), std::move(unopened));
}

} // namespace kefu
