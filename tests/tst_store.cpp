// Opening stores: the modes, the refusals of bad files, and that a refused file is never changed.
#include "TestSupport.h"
#include "auth/Session.h"
#include "store/Schema.h"
#include "settings/SettingsChanges.h"
#include "store/StoreSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent>

using namespace kefu;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragmaText(QSqlDatabase db, const char *pragma)
{
    return sql::scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(pragma)).toString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsLocalStoreInWalMode()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QVERIFY(store);
        QVERIFY(store->wasCreated());
        QCOMPARE(store->mode(), StoreMode::Local);
        QSqlDatabase db = store->database();
        QCOMPARE(pragmaText(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragmaText(db, "synchronous").toInt(), 1); // NORMAL
        QCOMPARE(pragmaText(db, "foreign_keys").toInt(), 1);
        QCOMPARE(schema::currentVersion(db), Store::SchemaVersion);
        QCOMPARE(pragmaText(db, "application_id").toInt(), Store::ApplicationId);
        for (const QString &table : schema::expectedTables())
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"), {table}).isValid(),
                     qPrintable(table));
    }

    void sharedModeUsesRollbackJournalAndBusyTimeout()
    {
        QTemporaryDir dir;
        StoreOptions options;
        options.shared = true;
        auto store = test::createStore(dir, QStringLiteral("shared.sqlite"), options);
        QVERIFY(store);
        QCOMPARE(store->mode(), StoreMode::Shared);
        QSqlDatabase db = store->database();
        QCOMPARE(pragmaText(db, "journal_mode"), QStringLiteral("delete"));
        QCOMPARE(pragmaText(db, "synchronous").toInt(), 2); // FULL
        QCOMPARE(pragmaText(db, "busy_timeout").toInt(), Store::BusyTimeoutMs);
        QCOMPARE(pragmaText(db, "mmap_size").toInt(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shared.sqlite-wal"))));
    }

    void sharedModeWaitsForTheJournalSwitch()
    {
        // A store still in WAL, held open by another connection: switching it to the shared mode's
        // rollback journal needs the file to itself. The opening waits as any write would, instead of
        // failing at once with "database is locked" (several desktops starting together).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switch.sqlite"));
        QVERIFY(test::createStore(dir, QStringLiteral("switch.sqlite")));
        const QString blockerName = QStringLiteral("blocker");
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), blockerName);
            blocker.setDatabaseName(path);
            QVERIFY(blocker.open());
            QSqlQuery q(blocker);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings")));
            QVERIFY(q.next());
            q.finish();

            QFuture<QString> opening = QtConcurrent::run([path]() -> QString {
                StoreOptions options;
                options.shared = true;
                QString error;
                auto store = Store::open(path, options, &error);
                if (!store)
                    return error.isEmpty() ? QStringLiteral("failed") : error;
                QSqlDatabase db = store->database();
                return sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
            });
            // Ordering only (no timing is asserted): give the opening a chance to meet the blocker.
            QThread::msleep(300);
            blocker.close();
            opening.waitForFinished();
            QCOMPARE(opening.result(), QStringLiteral("delete"));
        }
        QSqlDatabase::removeDatabase(blockerName);
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        {
            auto store = test::createStore(dir);
            QSqlDatabase db = store->database();
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES (?)"), {QStringLiteral("一组")}));
        }
        QString error;
        auto again = Store::open(dir.filePath(QStringLiteral("s.sqlite")), {}, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(!again->wasCreated());
        QCOMPARE(test::count(again->database(), QStringLiteral("teams")), 1);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QString error;
        QVERIFY(!sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1','x','no such team')"),
                           {}, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    }

    void refusesBadFilesWithoutTouchingThem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("id,name\nA1,张伟\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("damaged header") << (QByteArray("SQLite format 3", 16) + QByteArray(4080, '\xff'))
                                        << QStringLiteral("damaged");
    }

    void refusesBadFilesWithoutTouchingThem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        StoreOptions options;
        options.create = true;
        QString error;
        QVERIFY(!Store::open(path, options, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), "the message names the file");
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("bad.sqlite")});
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Store::open(path, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a KefuDesk store")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesStoreFromNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            auto store = test::createStore(dir);
            QSqlDatabase db = store->database();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::SchemaVersion + 1));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Store::open(path, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("newer KefuDesk")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        // Not a byte written beside it either: no -wal or -shm left by the look inside.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.sqlite")});
    }

    void refusesForeignWalDatabaseLeavingNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-wal"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign-wal"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("wal.sqlite")});
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Store::open(path, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a KefuDesk store")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("wal.sqlite")});
    }

    void refusesMissingPathsAndFolders()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Store::open(dir.filePath(QStringLiteral("missing.sqlite")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));

        StoreOptions create;
        create.create = true;
        QVERIFY(!Store::open(dir.filePath(QStringLiteral("no/such/folder/s.sqlite")), create, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

        QVERIFY(!Store::open(dir.path(), create, &error));
        QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));

        QVERIFY(!Store::open(QString(), create, &error));
        QVERIFY(!error.isEmpty());
    }

    void readOnlyOpenWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            StoreOptions options;
            options.shared = true; // rollback journal: the file is all there is
            auto store = test::createStore(dir, QStringLiteral("s.sqlite"), options);
            QVERIFY(store);
        }
        const QByteArray before = fileHash(path);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        auto store = Store::open(path, readOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        QVERIFY(!sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('x')")));
        store.reset();
        QCOMPARE(fileHash(path), before);
    }

    void timeZoneComesFromStoreOrOverride()
    {
        QTemporaryDir dir;
        {
            auto store = test::createStore(dir);
            QSqlDatabase db = store->database();
            QString error;
            QVERIFY2(settings::setValue(db, Session::singleUser(), QString(StoreSettings::TimeZone),
                                             QStringLiteral("Asia/Shanghai"), &error),
                     qPrintable(error));
            QCOMPARE(store->timeZone().id(), QByteArray("Asia/Shanghai"));
        }
        StoreOptions options;
        options.timeZoneOverride = QStringLiteral("Europe/Berlin");
        QString error;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite")), options, &error);
        QVERIFY(store);
        QCOMPARE(store->timeZone().id(), QByteArray("Europe/Berlin"));
    }

    void workerThreadsUseTheirOwnConnection()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('一组'), ('二组')")));
        const Store *shared = store.get();
        QFuture<qint64> future = QtConcurrent::run([shared]() -> qint64 {
            StoreConnection connection(*shared);
            if (!connection.isOpen())
                return -1;
            return test::count(connection.database(), QStringLiteral("teams"));
        });
        QCOMPARE(future.result(), 2);
    }

    void networkFileSystemDetectionIsFalseForLocalDisk()
    {
        QTemporaryDir dir;
        QVERIFY(!Store::isOnNetworkFileSystem(dir.filePath(QStringLiteral("x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
