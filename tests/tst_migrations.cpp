// Every older schema version opens with the current code, keeps its data, and each step is safe to re-run.
#include "TestSupport.h"
#include "store/Schema.h"
#include "store/StoreSettings.h"

#include <QSqlQuery>

using namespace kefu;

namespace {

// Builds a bare file at schema version `version` the way that version of KefuDesk left it.
void buildAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrateTo(db, version, &error), qPrintable(error));
        if (version >= 1) {
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('一组')")));
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A1','张伟','一组')")));
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, "
                                                 "answered_at) VALUES ('c1','chat','A1',1000,1010)")));
        }
        QCOMPARE(schema::currentVersion(db), version);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreConsecutive()
    {
        int expected = 1;
        for (const schema::Migration &m : schema::migrations())
            QCOMPARE(m.version, expected++);
        QCOMPARE(schema::migrations().constLast().version, Store::SchemaVersion);
    }

    void opensEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Store::SchemaVersion; ++v)
            QTest::addRow("version %d", v) << v;
    }

    void opensEveryOlderVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        buildAtVersion(path, version);

        QString error;
        StoreOptions options;
        options.create = version == 0; // a version-0 file is an empty SQLite database
        auto store = Store::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersionAtOpen(), version);
        QSqlDatabase db = store->database();
        QCOMPARE(schema::currentVersion(db), Store::SchemaVersion);
        for (const QString &table : schema::expectedTables())
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"), {table}).isValid(),
                     qPrintable(table));
        if (version >= 1) {
            QCOMPARE(test::count(db, QStringLiteral("conversations")), 1);
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM agents WHERE id = 'A1'")).toString(),
                     QStringLiteral("张伟"));
        }
        // Settings added by any version get their defaults.
        QCOMPARE(StoreSettings::value(db, QString(StoreSettings::IntervalMinutes)).toInt(), 30);
        QCOMPARE(test::count(db, QStringLiteral("settings")), StoreSettings::definitions().size());
    }

    void everyStepIsSafeToRunAgain()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO teams(name) VALUES ('一组')")));
        for (const schema::Migration &m : schema::migrations()) {
            QString error;
            QVERIFY2(schema::apply(db, m, &error), qPrintable(error));
        }
        QCOMPARE(test::count(db, QStringLiteral("teams")), 1);
        QCOMPARE(test::count(db, QStringLiteral("roles")), 5);
    }

    void failedStepLeavesVersionUnchanged()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        schema::Migration broken{Store::SchemaVersion + 1, QStringLiteral("broken"),
                                 {QStringLiteral("CREATE TABLE IF NOT EXISTS extra(x)"),
                                  QStringLiteral("THIS IS NOT SQL")}};
        QString error;
        QVERIFY(!schema::apply(db, broken, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(schema::currentVersion(db), Store::SchemaVersion);
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'extra'")).isValid());
    }

    void appendOnlyTablesRefuseChanges()
    {
        QTemporaryDir dir;
        auto store = test::createStore(dir);
        QSqlDatabase db = store->database();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO audit_log(at, user_name, kind) VALUES (1, 'admin', 'x')")));
        QString error;
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE audit_log SET kind = 'y'"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM audit_log"), {}, &error));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO complaints(id, created_at) VALUES ('T1', 1)")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO complaint_events(complaint_id, at, kind) VALUES ('T1',1,'created')")));
        QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM complaint_events"), {}, &error));
        QCOMPARE(test::count(db, QStringLiteral("complaint_events")), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
