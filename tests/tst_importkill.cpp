// One import is one transaction: `kill -9` of a `kefudesk import` child at several moments (just
// started, early, half way, near the end, at random) leaves the store exactly as it was —
// integrity_check ok, the same rows, the same content digest — and the next import works.

#include "TestSupport.h"

#include "store/StoreMaintenance.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;

namespace {

struct Counts
{
    qint64 conversations = 0, agents = 0, scripts = 0, audit = 0;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(QSqlDatabase db)
{
    return {test::count(db, QStringLiteral("conversations")), test::count(db, QStringLiteral("agents")),
            test::count(db, QStringLiteral("conversation_scripts")), test::count(db, QStringLiteral("audit_log"))};
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_csv;
    QByteArray m_digest;
    Counts m_counts;

    void check(const char *when)
    {
        QString error;
        auto store = Store::open(m_store, {}, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        const maintenance::CheckReport report = maintenance::check(*store, db, false);
        QVERIFY2(report.ok, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when), report.findings.join(QLatin1Char(';')))));
        QCOMPARE(countsOf(db), m_counts);
        QCOMPARE(maintenance::contentDigest(db, &error), m_digest);
    }

    // Starts the import and kills it when stderr shows the given progress (or after delayMs).
    void importAndKill(int atPercent, int delayMs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEFUDESK_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("import"), QStringLiteral("conversations"), m_csv,
                                                  QStringLiteral("--store"), m_store, QStringLiteral("--on-error"),
                                                  QStringLiteral("skip")});
        QVERIFY(p.waitForStarted());
        QByteArray progress;
        if (atPercent > 0) {
            const QByteArray wanted = QStringLiteral("import: %1%").arg(atPercent, 3).toLatin1();
            while (!progress.contains(wanted) && p.state() == QProcess::Running) {
                p.waitForReadyRead(50);
                progress += p.readAllStandardError();
            }
        }
        if (delayMs > 0)
            QTest::qWait(delayMs);
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed; the file is too small");
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(!QFile::exists(m_csv + QStringLiteral(".rejects.csv")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = test::createStore(m_dir, QStringLiteral("store.sqlite"));
            QVERIFY(store);
            QVERIFY(sql::exec(store->database(), QStringLiteral("INSERT INTO agents(id, name) VALUES ('A0', '王芳')")));
            QVERIFY(sql::exec(store->database(),
                              QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at)"
                                             " VALUES ('before', 'chat', 'A0', 1763600000, 1763600030)")));
            m_counts = countsOf(store->database());
            QString error;
            QSqlDatabase db = store->database();
            m_digest = maintenance::contentDigest(db, &error);
            QVERIFY2(!m_digest.isEmpty(), qPrintable(error));
        }
        // 400,000 conversations with a bad row now and then: long enough to be killed anywhere.
        m_csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,channel,queue,agent_id,arrived_at,answered_at,ended_at,csat,script_ids\n");
        QByteArray chunk;
        for (int i = 0; i < 400000; ++i) {
            chunk += "K" + QByteArray::number(i) + ",chat,售后,A" + QByteArray::number(i % 300)
                     + ",2026-11-20 09:00:00,2026-11-20 09:00:20,2026-11-20 09:05:00,"
                     + QByteArray::number(i % 1000 == 7 ? 9 : 1 + i % 5) + ",S" + QByteArray::number(i % 50) + "\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }

    void killedAtAnyMomentLeavesTheStoreAsItWas_data()
    {
        QTest::addColumn<int>("atPercent");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("just started") << 0 << 30;
        QTest::newRow("10 %") << 10 << 0;
        QTest::newRow("50 %") << 50 << 0;
        QTest::newRow("90 %") << 90 << 0;
        QTest::newRow("90 % and a little") << 90 << 1 + int(QRandomGenerator::global()->bounded(150));
        QTest::newRow("random") << 10 * int(QRandomGenerator::global()->bounded(1, 9))
                                << int(QRandomGenerator::global()->bounded(100));
    }
    void killedAtAnyMomentLeavesTheStoreAsItWas()
    {
        QFETCH(int, atPercent);
        QFETCH(int, delayMs);
        importAndKill(atPercent, delayMs);
        check(QTest::currentDataTag());
    }

    void afterTheKillsTheImportRunsToItsEnd()
    {
        QProcess p;
        p.start(QStringLiteral(KEFUDESK_BINARY), {QStringLiteral("import"), QStringLiteral("conversations"), m_csv,
                                                  QStringLiteral("--store"), m_store, QStringLiteral("--on-error"),
                                                  QStringLiteral("skip")});
        QVERIFY(p.waitForFinished(300000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(output.contains(QStringLiteral("Inserted 399600, updated 0, unchanged 0, rejected 400")),
                 qPrintable(output));
        QString error;
        auto store = Store::open(m_store, {}, &error);
        QVERIFY(store);
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 399601);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
