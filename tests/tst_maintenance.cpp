// `check` and `backup` at the model level: damage is found, copies are complete and consistent.
#include "TestSupport.h"
#include "store/StoreMaintenance.h"

#include <QFile>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace kefu;

namespace {

void fillConversations(QSqlDatabase db, int n)
{
    sql::WriteTransaction tx(db);
    QVERIFY(tx.isActive());
    QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('一组')")));
    QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1', '张伟', '一组')")));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at, "
                                          "category) VALUES (?, 'chat', 'A1', ?, ?, ?)")));
    for (int i = 0; i < n; ++i) {
        insert.addBindValue(QStringLiteral("c%1").arg(i));
        insert.addBindValue(1751335200 + i * 60);
        insert.addBindValue(1751335200 + i * 60 + 12);
        insert.addBindValue(QStringLiteral("物流 %1 ").arg(i).repeated(8));
        QVERIFY2(insert.exec(), qPrintable(sql::errorText(insert)));
    }
    QVERIFY(tx.commit());
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void healthyStorePasses()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        fillConversations(db, 50);
        for (bool quick : {true, false}) {
            const auto report = maintenance::check(*store, db, quick);
            QVERIFY2(report.ok, qPrintable(report.findings.join(QLatin1Char('\n'))));
            QVERIFY(report.findings.join(QLatin1Char('\n')).contains(QStringLiteral("integrity: ok")));
        }
    }

    void schemaTamperingIsReported_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("finding");
        QTest::newRow("audit trigger dropped")
            << QStringLiteral("DROP TRIGGER audit_log_no_delete") << QStringLiteral("trigger audit_log_no_delete is missing");
        QTest::newRow("complaint trigger replaced")
            << QStringLiteral("DROP TRIGGER complaint_events_no_update\nCREATE TRIGGER complaint_events_no_update "
                              "BEFORE UPDATE ON complaint_events WHEN 0 BEGIN SELECT 1; END")
            << QStringLiteral("trigger complaint_events_no_update is not the one KefuDesk made");
        QTest::newRow("foreign trigger")
            << QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN SELECT 1; END")
            << QStringLiteral("trigger wipe was not made by KefuDesk");
        QTest::newRow("foreign view") << QStringLiteral("CREATE VIEW peek AS SELECT 1")
                                      << QStringLiteral("view peek was not made by KefuDesk");
    }

    void schemaTamperingIsReported()
    {
        QFETCH(QString, statement);
        QFETCH(QString, finding);
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        const auto before = maintenance::check(*store, db, true);
        QVERIFY2(before.ok, qPrintable(before.findings.join(QLatin1Char('\n'))));
        QVERIFY(before.findings.join(QLatin1Char('\n')).contains(QStringLiteral("as KefuDesk made them")));
        QSqlQuery q(db);
        for (const QString &part : statement.split(QLatin1Char('\n')))
            QVERIFY2(q.exec(part), qPrintable(part));
        const auto report = maintenance::check(*store, db, true);
        QVERIFY(!report.ok);
        QVERIFY2(report.findings.join(QLatin1Char('\n')).contains(finding),
                 qPrintable(report.findings.join(QLatin1Char('\n'))));
    }

    void foreignKeyViolationIsReported()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A9', 'x', 'ghost team')")));
        const auto report = maintenance::check(*store, db, true);
        QVERIFY(!report.ok);
        QVERIFY2(report.findings.constFirst().contains(QStringLiteral("agents")), qPrintable(report.findings.constFirst()));
    }

    void damagedPagesAreFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            StoreOptions options;
            options.shared = true; // no WAL: every page is in the main file
            auto store = test::createStore(dir, QStringLiteral("s.sqlite"), options);
            fillConversations(store->database(), 2000);
        }
        // Overwrite a stretch in the middle of the file: index and table pages no longer agree.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 100000);
        f.seek(size / 2);
        f.write(QByteArray(8192, '\x5a'));
        f.close();

        StoreOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        auto store = Store::open(path, readOnly, &error);
        QVERIFY2(store, qPrintable(error)); // the schema page is intact, so it opens
        QSqlDatabase db = store->database();
        const auto report = maintenance::check(*store, db, false);
        QVERIFY(!report.ok);
        QVERIFY2(report.findings.constFirst().startsWith(QStringLiteral("integrity:")),
                 qPrintable(report.findings.join(QLatin1Char('\n'))));
    }

    void backupIsACompleteCopy()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        fillConversations(db, 300);
        const QString dest = dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(maintenance::backup(db, dest, &error), qPrintable(error));
        QVERIFY(!QFile::exists(dest + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(dest + QStringLiteral("-wal")));

        auto copy = Store::open(dest, {}, &error);
        QVERIFY2(copy, qPrintable(error));
        QSqlDatabase copyDb = copy->database();
        QCOMPARE(maintenance::contentDigest(copyDb), maintenance::contentDigest(db));
        QVERIFY(!maintenance::contentDigest(db).isEmpty());
    }

    void backupRefusesToOverwrite()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        const QString dest = dir.filePath(QStringLiteral("exists.sqlite"));
        QFile f(dest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QString error;
        QVERIFY(!maintenance::backup(db, dest, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void backupIsConsistentWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        fillConversations(db, 2000);
        const Store *shared = store.get();
        // A writer inserts teams in single-row transactions while the backup runs.
        QAtomicInt stop;
        QFuture<int> writer = QtConcurrent::run([shared, &stop]() {
            StoreConnection connection(*shared);
            int written = 0;
            while (!stop.loadRelaxed() && written < 5000) {
                if (sql::exec(connection.database(), QStringLiteral("INSERT INTO teams(name) VALUES (?)"),
                              {QStringLiteral("t%1").arg(written)}))
                    ++written;
            }
            return written;
        });
        const QString dest = dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        const bool ok = maintenance::backup(db, dest, &error);
        stop.storeRelaxed(1);
        writer.waitForFinished();
        QVERIFY2(ok, qPrintable(error));
        auto copy = Store::open(dest, {}, &error);
        QVERIFY2(copy, qPrintable(error));
        QSqlDatabase copyDb = copy->database();
        const auto report = maintenance::check(*copy, copyDb, false);
        QVERIFY2(report.ok, qPrintable(report.findings.join(QLatin1Char('\n'))));
        QCOMPARE(test::count(copyDb, QStringLiteral("conversations")), 2000);
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
