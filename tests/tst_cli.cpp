// The command line as a user or a script drives it: the real kefudesk binary in a child process.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>

using namespace kefu;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kefudesk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEFUDESK_BINARY), args);
    if (!p.waitForFinished(300000))
        qWarning("kefudesk %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList smallDemo(const QString &store)
{
    return {QStringLiteral("demo"),   QStringLiteral("--store"), store,
            QStringLiteral("--agents"), QStringLiteral("8"),     QStringLiteral("--days"),
            QStringLiteral("3"),      QStringLiteral("--seed"),  QStringLiteral("7"),
            QStringLiteral("--as-of"), QStringLiteral("2026-06-20T15:00:00"),
            QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = kefudesk(smallDemo(m_demo));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("conversations")), qPrintable(r.out));
    }

    void versionAndHelp()
    {
        Run r = kefudesk({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("kefudesk " KEFUDESK_VERSION));

        r = kefudesk({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"demo", "check", "backup", "screenshot", "import", "report", "staffing"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);

        r = kefudesk({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--seed")));
        QVERIFY(r.out.contains(QStringLiteral("--store")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = kefudesk({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void badOptionValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("time zone") << QStringList{QStringLiteral("check"), QStringLiteral("--timezone"),
                                                  QStringLiteral("Mars/Base")}
                                   << QStringLiteral("not a known IANA time zone");
        QTest::newRow("days") << QStringList{QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("0")}
                              << QStringLiteral("--days");
        QTest::newRow("agents") << QStringList{QStringLiteral("demo"), QStringLiteral("--agents"),
                                               QStringLiteral("lots")}
                                << QStringLiteral("--agents");
        QTest::newRow("size") << QStringList{QStringLiteral("screenshot"), QStringLiteral("--out"),
                                             QStringLiteral("x.png"), QStringLiteral("--size"), QStringLiteral("big")}
                              << QStringLiteral("--size");
        QTest::newRow("backup without dest") << QStringList{QStringLiteral("backup")} << QStringLiteral("destination");
    }

    void badOptionValuesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args << QStringLiteral("--store") << m_demo;
        const Run r = kefudesk(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void checkReportsAHealthyStore()
    {
        const Run r = kefudesk({QStringLiteral("check"), QStringLiteral("--store"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("integrity: ok")));
        QVERIFY(r.out.contains(QStringLiteral("schema: version")));
    }

    void badStoresGetAClearMessageAndStayUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv") << QByteArray("id,name\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("garbage after header") << (QByteArray("SQLite format 3", 16) + QByteArray(4080, '\x01'))
                                              << QStringLiteral("damaged");
    }

    void badStoresGetAClearMessageAndStayUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("demo")}) {
            const Run r = kefudesk({command, QStringLiteral("--store"), path});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
        }
        QCOMPARE(fileHash(path), before);
    }

    void missingStoreIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        const Run r = kefudesk({QStringLiteral("check"), QStringLiteral("--store"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void demoRefusesAStoreWithData()
    {
        const QByteArray before = fileHash(m_demo);
        const Run r = kefudesk(smallDemo(m_demo));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already holds data")), qPrintable(r.err));
        QCOMPARE(fileHash(m_demo), before);
    }

    void backupWritesACopyAndNeverOverwrites()
    {
        const QString dest = m_dir.filePath(QStringLiteral("backup.sqlite"));
        Run r = kefudesk({QStringLiteral("backup"), dest, QStringLiteral("--store"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dest));
        r = kefudesk({QStringLiteral("check"), QStringLiteral("--store"), dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QByteArray before = fileHash(dest);
        r = kefudesk({QStringLiteral("backup"), dest, QStringLiteral("--store"), m_demo});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileHash(dest), before);
    }

    void screenshotWritesAPng_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void screenshotWritesAPng()
    {
        QFETCH(QString, lang);
        const QString png = m_dir.filePath(QStringLiteral("shot-%1.png").arg(lang));
        const Run r = kefudesk({QStringLiteral("screenshot"), QStringLiteral("--store"), m_demo, QStringLiteral("--pane"),
                                QStringLiteral("overview"), QStringLiteral("--size"), QStringLiteral("1000x700"),
                                QStringLiteral("--lang"), lang, QStringLiteral("--out"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
    }

    void screenshotOfAnUnknownPaneFails()
    {
        const Run r = kefudesk({QStringLiteral("screenshot"), QStringLiteral("--store"), m_demo, QStringLiteral("--pane"),
                                QStringLiteral("nosuchpane"), QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nosuchpane")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
