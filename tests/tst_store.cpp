// Opening stores: the modes, the refusals of bad files, and that a refused file is never changed.
#include "TestSupport.h"
#include "auth/Session.h"
#include "settings/SettingsChanges.h"
#include "store/Schema.h"
#include "store/StoreMaintenance.h"
#include "store/StoreSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
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

    // A store in a folder (or a file) this user may not write was called "damaged … restore it from a
    // backup" (or refused). It opens for reading only, says why, reads, and refuses every write.
    void storeThatCannotBeWrittenOpensReadOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only folder") << true;
        QTest::newRow("read-only file") << false;
    }

    void storeThatCannotBeWrittenOpensReadOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("folder permissions are tested on Unix");
#else
        QFETCH(bool, folder);
        QTemporaryDir dir;
        const QString folderPath = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folderPath));
        const QString path = folderPath + QStringLiteral("/s.sqlite");
        {
            StoreOptions create;
            create.create = true;
            QString error;
            auto store = Store::open(path, create, &error); // local mode: WAL, the -wal gone when closed
            QVERIFY2(store, qPrintable(error));
            QVERIFY(sql::exec(store->database(), QStringLiteral("INSERT INTO teams(name) VALUES ('售前一组')")));
        }
        const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto writable = readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        const auto unwritableFolder = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), everyone));
        QVERIFY(QFile::setPermissions(path, folder ? writable : readable));
        QVERIFY(QFile::setPermissions(folderPath, folder ? unwritableFolder : everyone | writable));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folderPath, everyone); });
        const QStringList filesBefore = QDir(folderPath).entryList(QDir::Files);
        const QByteArray before = fileHash(path);
        {
            // Run as root, chmod stops nothing: the check runs as an ordinary user.
            const test::AsOrdinaryUser user;
            if (!user.ok())
                QSKIP("running as root, and the switch to an ordinary user failed: chmod would not stop a write");
            QString error;
            auto store = Store::open(path, {}, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->isReadOnly());
            QVERIFY(!store->isWritable());
            QCOMPARE(store->readOnlyReason(),
                     folder ? ReadOnlyReason::FolderNotWritable : ReadOnlyReason::FileNotWritable);
            QVERIFY2(store->writeRefusal().contains(folder ? QStringLiteral("its folder") : QStringLiteral("the file")),
                     qPrintable(store->writeRefusal()));
            QSqlDatabase db = store->database();
            QCOMPARE(test::count(db, QStringLiteral("teams")), 1);
            {
                StoreConnection worker(*store);
                QVERIFY2(worker.isOpen(), qPrintable(worker.errorString()));
                QCOMPARE(test::count(worker.database(), QStringLiteral("teams")), 1);
            }
            QString writeError;
            QVERIFY(!sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('x')"), {}, &writeError));
            QVERIFY2(writeError.contains(QStringLiteral("reading only")), qPrintable(writeError));
            QVERIFY2(!writeError.contains(QStringLiteral("readonly database")), qPrintable(writeError));
        }
        QCOMPARE(fileHash(path), before);
        if (folder)
            QCOMPARE(QDir(folderPath).entryList(QDir::Files), filesBefore);
#endif
    }

    // A store of an older schema must be upgraded once, which a read-only one cannot: it says so.
    void olderStoreThatCannotBeWrittenSaysItNeedsWriting()
    {
#ifndef Q_OS_UNIX
        QSKIP("file permissions are tested on Unix");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            StoreOptions shared;
            shared.shared = true; // rollback journal: nothing beside the file
            auto store = test::createStore(dir, QStringLiteral("old.sqlite"), shared);
            QVERIFY(store);
            QVERIFY(sql::exec(store->database(), QStringLiteral("PRAGMA user_version = 5")));
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);
        {
            const test::AsOrdinaryUser user;
            if (!user.ok())
                QSKIP("running as root, and the switch to an ordinary user failed: chmod would not stop a write");
            QString error;
            QVERIFY(!Store::open(path, {}, &error));
            QVERIFY2(error.contains(QStringLiteral("older KefuDesk")) &&
                         error.contains(QStringLiteral("write the file")),
                     qPrintable(error));
        }
        QCOMPARE(fileHash(path), before);
#endif
    }

    // A page overwritten with garbage (the schema intact): the store opens, the quick check finds the
    // damage, reading the page says in plain words what happened and what to do, and once the damage
    // is known no connection of the store writes.
    void damagedPageIsNamedAndStopsWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto store = test::createStore(dir, QStringLiteral("damaged.sqlite"));
            QVERIFY(store);
            QSqlDatabase db = store->database();
            sql::WriteTransaction tx(db);
            for (int i = 0; i < 3000; ++i)
                QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name, lead) VALUES (?, ?)"),
                                  {QStringLiteral("组%1").arg(i), QString(200, QChar(u'张'))}));
            QVERIFY(tx.commit());
        }
        QVERIFY(test::damageMiddlePages(path, 4));
        QString error;
        auto store = Store::open(path, {}, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        QSqlQuery scan(db);
        QVERIFY(!(scan.exec(QStringLiteral("SELECT sum(length(lead)) FROM teams")) && scan.next()));
        const QString message = sql::errorText(scan);
        QVERIFY2(message.contains(QStringLiteral("damaged")) && message.contains(QStringLiteral("backup")) &&
                     message.contains(QStringLiteral("kefudesk check")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("malformed")), qPrintable(message));
        scan.finish();

        QVERIFY(!maintenance::check(*store, db, true).ok);
        QVERIFY(store->isWritable());
        store->refuseWritesAfterDamage();
        QVERIFY(store->isDamaged());
        QVERIFY(!store->isWritable());
        QVERIFY2(store->writeRefusal().contains(QStringLiteral("damaged")), qPrintable(store->writeRefusal()));
        QString writeError;
        QVERIFY(!sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('x')"), {}, &writeError));
        QVERIFY2(writeError.contains(QStringLiteral("reading only")), qPrintable(writeError));
        StoreConnection worker(*store);
        QVERIFY(worker.isOpen());
        QVERIFY(!sql::exec(worker.database(), QStringLiteral("INSERT INTO teams(name) VALUES ('y')")));
        QCOMPARE(sql::scalar(worker.database(), QStringLiteral("SELECT count(*) FROM teams WHERE name IN ('x', 'y')"))
                     .toInt(),
                 0);
    }

    // The one mapping from SQLite's words to a user's: by the result code, extended codes included;
    // what it does not know keeps SQLite's text (a trigger's refusal names what was refused).
    void sqliteErrorsInPlainWords_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("corrupt") << 11 << QStringLiteral("damaged");
        QTest::newRow("corrupt, extended") << (11 | (1 << 8)) << QStringLiteral("damaged");
        QTest::newRow("not a database") << 26 << QStringLiteral("damaged");
        QTest::newRow("read-only") << 8 << QStringLiteral("reading only");
        QTest::newRow("busy") << 5 << QStringLiteral("busy");
        QTest::newRow("locked") << 6 << QStringLiteral("busy");
        QTest::newRow("full") << 13 << QStringLiteral("full");
        QTest::newRow("i/o") << (10 | (3 << 8)) << QStringLiteral("disk or network");
        QTest::newRow("cannot open") << 14 << QStringLiteral("cannot be opened");
        QTest::newRow("constraint") << 19 << QStringLiteral("sqlite's own text");
    }

    void sqliteErrorsInPlainWords()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString text = sql::describeError(code, QStringLiteral("sqlite's own text"));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(sql::isDamage(code), expected == QLatin1String("damaged"));
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
