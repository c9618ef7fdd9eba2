// runOnWorker: a QtConcurrent job gets a connection of its own thread to the same store, opened like
// the store's, and the connection is gone when the job is done.
#include "TestSupport.h"
#include "store/StoreWorker.h"

#include <QSqlDatabase>
#include <QThread>

using namespace kefu;

namespace {

struct Seen
{
    bool otherThread = false;
    QString connectionName;
    bool open = false;
    qint64 teams = -1;
    qint64 busyTimeout = -1;
    QString journalMode;
    QString unopened;
};

Seen look(QSqlDatabase &db, QThread *caller)
{
    Seen seen;
    seen.otherThread = QThread::currentThread() != caller;
    seen.connectionName = db.connectionName();
    seen.open = db.isOpen();
    seen.teams = test::count(db, QStringLiteral("teams"));
    seen.busyTimeout = sql::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toLongLong();
    seen.journalMode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
    return seen;
}

Seen unopened(const QString &reason)
{
    Seen seen;
    seen.unopened = reason;
    return seen;
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT

private slots:
    void jobRunsOnAnotherThreadWithItsOwnConnection()
    {
        QTemporaryDir dir;
        StoreOptions options;
        options.shared = true;
        auto store = test::createStore(dir, QStringLiteral("s.sqlite"), options);
        QVERIFY(store);
        QVERIFY(sql::exec(store->database(), QStringLiteral("INSERT INTO teams(name) VALUES ('A'), ('B')")));
        QThread *caller = QThread::currentThread();

        QFuture<Seen> future = runOnWorker(
            *store, [caller](QSqlDatabase &db) { return look(db, caller); }, unopened);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000); // waitForFinished() could run the job here
        const Seen seen = future.result();
        QVERIFY(seen.unopened.isEmpty());
        QVERIFY(seen.otherThread);
        QVERIFY(seen.open);
        QVERIFY(seen.connectionName != store->database().connectionName());
        QCOMPARE(seen.teams, 2); // sees what the store's own connection wrote
        QCOMPARE(seen.busyTimeout, qint64(Store::BusyTimeoutMs));
        QCOMPARE(seen.journalMode, QStringLiteral("delete")); // the store's shared mode
        QVERIFY(!QSqlDatabase::contains(seen.connectionName));
    }

    void readingJobFromASource()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QVERIFY(store);
        QVERIFY(sql::exec(store->database(), QStringLiteral("INSERT INTO teams(name) VALUES ('A')")));
        QThread *caller = QThread::currentThread();

        QFuture<Seen> future = runOnWorker(
            StoreConnection::sourceOf(store->database()), [caller](QSqlDatabase &db) { return look(db, caller); },
            unopened);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000); // waitForFinished() could run the job here
        const Seen seen = future.result();
        QVERIFY(seen.unopened.isEmpty());
        QVERIFY(seen.otherThread);
        QCOMPARE(seen.teams, 1);
        QCOMPARE(seen.journalMode, QStringLiteral("wal"));
        QVERIFY(!QSqlDatabase::contains(seen.connectionName));
    }

    void connectionThatCannotOpenGivesTheReason()
    {
        QTemporaryDir dir;
        StoreConnection::Source nowhere;
        nowhere.path = dir.filePath(QStringLiteral("no-such-folder/s.sqlite"));
        const QStringList before = QSqlDatabase::connectionNames();
        bool ran = false;
        QFuture<Seen> future = runOnWorker(
            nowhere,
            [&ran](QSqlDatabase &) {
                ran = true;
                return Seen();
            },
            unopened);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000); // waitForFinished() could run the job here
        QVERIFY(!ran);
        QVERIFY(!future.result().unopened.isEmpty());
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
