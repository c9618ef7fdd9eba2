// The command line as a user or a script drives it: the real kefudesk binary in a child process.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <unistd.h>
#endif

using namespace kefu;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// With asOrdinaryUser, run as root the child becomes an ordinary user first (chmod stops root nothing).
Run kefudesk(const QStringList &args, const QList<QPair<QString, QString>> &extraEnv = {}, bool asOrdinaryUser = false)
{
    QProcess p;
#ifdef Q_OS_LINUX
    if (asOrdinaryUser && test::runningAsRoot())
        p.setChildProcessModifier([] {
            if (setgroups(0, nullptr) != 0 || setgid(test::OrdinaryUserId) != 0 || setuid(test::OrdinaryUserId) != 0)
                _exit(125);
        });
#else
    Q_UNUSED(asOrdinaryUser);
#endif
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KEFUDESK_PASSWORD"));
    env.remove(QStringLiteral("KEFUDESK_NEW_PASSWORD"));
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEFUDESK_BINARY), args);
    p.closeWriteChannel(); // no terminal: a password prompt reads end-of-file
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

    void versionAndHelpNeedNoDisplay()
    {
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("--help")}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(KEFUDESK_BINARY), {flag});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
    }

    void helpListsOnlyWhatWorks()
    {
        const Run r = kefudesk({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  init")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("not in this version")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("  scripts")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("complaints: later")), qPrintable(r.out));
        const Run shot = kefudesk({QStringLiteral("screenshot"), QStringLiteral("--help")});
        QVERIFY2(!shot.out.contains(QStringLiteral("shifts")) && shot.out.contains(QStringLiteral("scorecards")),
                 qPrintable(shot.out));
    }

    void initAndTheFirstAdminCreateTheStore()
    {
        const QString store = m_dir.filePath(QStringLiteral("init.sqlite"));
        Run r = kefudesk({QStringLiteral("init"), QStringLiteral("--store"), store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(store));
        r = kefudesk({QStringLiteral("check"), QStringLiteral("--store"), store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = kefudesk({QStringLiteral("init"), QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        // `user add` on a path with no store creates it, and takes the role as the window names it.
        const QString team = m_dir.filePath(QStringLiteral("team-new.sqlite"));
        r = kefudesk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
                      QStringLiteral("管理员"), QStringLiteral("--store"), team},
                     {{QStringLiteral("KEFUDESK_NEW_PASSWORD"), QStringLiteral("Kefu-admin-2026")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(team));
        r = kefudesk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"),
                      QStringLiteral("班组长"), QStringLiteral("--user"), QStringLiteral("boss"),
                      QStringLiteral("--store"), team},
                     {{QStringLiteral("KEFUDESK_PASSWORD"), QStringLiteral("Kefu-admin-2026")},
                      {QStringLiteral("KEFUDESK_NEW_PASSWORD"), QStringLiteral("Kefu-lead-2026")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kefudesk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("boss"),
                      QStringLiteral("--store"), team},
                     {{QStringLiteral("KEFUDESK_PASSWORD"), QStringLiteral("Kefu-admin-2026")}});
        QVERIFY2(r.out.contains(QStringLiteral("wang\tlead\t")), qPrintable(r.out));
        // A refused first user leaves no store behind.
        const QString refused = m_dir.filePath(QStringLiteral("refused.sqlite"));
        r = kefudesk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qa1"), QStringLiteral("--role"),
                      QStringLiteral("质检"), QStringLiteral("--store"), refused},
                     {{QStringLiteral("KEFUDESK_NEW_PASSWORD"), QStringLiteral("Kefu-qa-2026")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(refused));
        // Other actions still need a store.
        r = kefudesk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"),
                      m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    }

    void commandLineTakesWhatTheWindowShows()
    {
        Run r = kefudesk({QStringLiteral("report"), QStringLiteral("service"), QStringLiteral("--store"), m_demo,
                          QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                          QStringLiteral("2026-06-20"), QStringLiteral("--channel"), QStringLiteral("在线")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.section(QLatin1Char(','), 1, 1) == QStringLiteral("chat"), qPrintable(line));

        // A team the store does not have is said, not answered with an empty report.
        r = kefudesk({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--store"), m_demo,
                      QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-20"), QStringLiteral("--team"), QStringLiteral("售前九组")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no team 售前九组")) && r.err.contains(QStringLiteral("售前一组")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = kefudesk({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--store"), m_demo,
                      QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-20"), QStringLiteral("--team"), QStringLiteral("售前一组")});
        QVERIFY2(r.exitCode == 0 && r.out.count(QLatin1Char('\n')) > 1, qPrintable(r.err + r.out));

        // A percentage given as a fraction is refused, not read as 0.8 %.
        r = kefudesk({QStringLiteral("staffing"), QStringLiteral("--arrivals"), QStringLiteral("100"),
                      QStringLiteral("--interval-min"), QStringLiteral("30"), QStringLiteral("--aht"),
                      QStringLiteral("180"), QStringLiteral("--target-sl"), QStringLiteral("0.8"),
                      QStringLiteral("--target-s"), QStringLiteral("20")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--target-sl")) && r.err.contains(QStringLiteral("80")), qPrintable(r.err));

        // --user on a store without users says it is ignored.
        const QString store = m_dir.filePath(QStringLiteral("nousers.sqlite"));
        QVERIFY(kefudesk({QStringLiteral("init"), QStringLiteral("--store"), store}).exitCode == 0);
        const QString csv = m_dir.filePath(QStringLiteral("one-agent.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,team\nA1,王芳,售前一组\n");
        f.close();
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--user"),
                      QStringLiteral("boss"), QStringLiteral("--store"), store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("has no users")) && r.err.contains(QStringLiteral("--user boss")),
                 qPrintable(r.err));
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

    // A damaged store (a page overwritten with garbage) printed SQLite's raw words; the command says in
    // plain ones that the store is damaged and what to do, and fails with 1.
    void damagedStoreIsNamedInPlainWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(test::damageMiddlePages(path, 8));
        Run r = kefudesk({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--store"), path,
                          QStringLiteral("--from"), QStringLiteral("2026-06-18"), QStringLiteral("--to"),
                          QStringLiteral("2026-06-20")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The store file is damaged")) &&
                     r.err.contains(QStringLiteral("backup")) && r.err.contains(QStringLiteral("kefudesk check")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("malformed")), qPrintable(r.err));
        r = kefudesk({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--store"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("restore it from a backup")), qPrintable(r.err));
    }

    // A store in a folder this user may not write was called "damaged … restore it from a backup". It is
    // read: reports and check work; whatever writes says the store is read-only and why, and fails.
    void readOnlyStoreReadsAndRefusesWrites()
    {
#ifndef Q_OS_LINUX
        QSKIP("folder permissions and the switch to an ordinary user are tested on Linux");
#else
        const auto enter = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                           QFile::ReadOther | QFile::ExeOther;
        const auto everyone = enter | QFile::WriteGroup | QFile::WriteOther;
        QVERIFY(QFile::setPermissions(m_dir.path(), enter));
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(QFile::setPermissions(home, everyone));
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/team.sqlite");
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
        const QString csv = home + QStringLiteral("/agents.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,name\nN01,张伟\n");
        }
        QVERIFY(QFile::setPermissions(csv, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, enter & ~QFile::WriteOwner));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, enter); });
        const QByteArray before = fileHash(path);
        const QList<QPair<QString, QString>> env = {{QStringLiteral("HOME"), home},
                                                    {QStringLiteral("KEFUDESK_LOG_DIR"), home},
                                                    {QStringLiteral("XDG_RUNTIME_DIR"), home}};

        Run r = kefudesk({QStringLiteral("report"), QStringLiteral("service"), QStringLiteral("--store"), path,
                          QStringLiteral("--from"), QStringLiteral("2026-06-18"), QStringLiteral("--to"),
                          QStringLiteral("2026-06-20")},
                         env, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("period_start,channel")), qPrintable(r.out));
        r = kefudesk({QStringLiteral("check"), QStringLiteral("--store"), path}, env, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("The store is healthy.")));

        const QList<QStringList> writes = {
            {QStringLiteral("import"), QStringLiteral("agents"), csv},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
             QStringLiteral("admin")},
            {QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--from"), QStringLiteral("2026-06-18"),
             QStringLiteral("--to"), QStringLiteral("2026-06-20"), QStringLiteral("--out"),
             home + QStringLiteral("/agents-report.csv")},
        };
        for (const QStringList &command : writes) {
            r = kefudesk(command + QStringList{QStringLiteral("--store"), path},
                         env + QList<QPair<QString, QString>>{{QStringLiteral("KEFUDESK_NEW_PASSWORD"),
                                                               QStringLiteral("s3cret-pass")}},
                         true);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is read-only: its folder")) && r.err.contains(folder) &&
                         !r.err.contains(QStringLiteral("damaged")),
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
        QVERIFY(!QFile::exists(home + QStringLiteral("/agents-report.csv")));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("team.sqlite")});
#endif
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

    void everyPaneFitsALaptop_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1280, 800), QSize(1366, 768)}) {
            for (const char *pane : {"overview", "queue", "complaints", "scorecards"}) {
                for (const char *lang : {"en", "zh_CN"})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3x%4")
                                                 .arg(QLatin1String(pane), QLatin1String(lang))
                                                 .arg(size.width())
                                                 .arg(size.height())))
                        << QString::fromLatin1(pane) << QString::fromLatin1(lang) << size;
            }
        }
    }

    void everyPaneFitsALaptop()
    {
        // A window asked for a laptop's screen that needs more grows past it: the pane would not fit.
        // (The scorecards table's own columns: tst_scorecardspane's fitsALaptop.)
        QFETCH(QString, pane);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const QString png =
            m_dir.filePath(QStringLiteral("fit-%1-%2-%3x%4.png").arg(pane, lang).arg(size.width()).arg(size.height()));
        const Run r =
            kefudesk({QStringLiteral("screenshot"), QStringLiteral("--store"), m_demo, QStringLiteral("--pane"), pane,
                      QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                      QStringLiteral("--lang"), lang, QStringLiteral("--out"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() <= size.width(), qPrintable(QStringLiteral("%1 px wide").arg(image.width())));
        QVERIFY2(image.height() <= size.height(), qPrintable(QStringLiteral("%1 px high").arg(image.height())));
    }

    void screenshotOfAnUnknownPaneFails()
    {
        const Run r = kefudesk({QStringLiteral("screenshot"), QStringLiteral("--store"), m_demo, QStringLiteral("--pane"),
                                QStringLiteral("nosuchpane"), QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2); // a wrong command line, as the README says
        QVERIFY2(r.err.contains(QStringLiteral("nosuchpane")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("available: window, overview, queue, complaints, scorecards")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
    void staffingAndReportsRunFromTheCommandLine()
    {
        // metrics.md's Erlang C on a classic case: 100 contacts in 30 min, AHT 180 s, 80 % in 20 s.
        Run r = kefudesk({QStringLiteral("staffing"), QStringLiteral("--arrivals"), QStringLiteral("100"),
                          QStringLiteral("--interval-min"), QStringLiteral("30"), QStringLiteral("--aht"),
                          QStringLiteral("180"), QStringLiteral("--target-sl"), QStringLiteral("80"),
                          QStringLiteral("--target-s"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(0).trimmed(),
                 QStringLiteral("agents,service_level_pct,asa_s,occupancy_pct,wait_probability_pct,scheduled_agents,"
                                "traffic_erlangs"));
        QVERIFY2(r.out.contains(QStringLiteral("14,88.8,")), qPrintable(r.out));

        r = kefudesk({QStringLiteral("report"), QStringLiteral("service"), QStringLiteral("--store"), m_demo,
                      QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-20"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.trimmed().startsWith(QLatin1Char('[')));
        QVERIFY(r.out.contains(QStringLiteral("\"sl_pct\"")));

        r = kefudesk({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--store"), m_demo,
                      QStringLiteral("--from"), QStringLiteral("2026-06-20"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-19")});
        QCOMPARE(r.exitCode, 2); // an inverted period is a usage error
    }

    // report complaints (issue 12): cli.md's columns, the cohort's counts as plain SQL gives them, one
    // row per group with --by, usage errors for what it does not take.
    void reportComplaints()
    {
        const QStringList everything = {QStringLiteral("--store"), m_demo, QStringLiteral("--from"),
                                        QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2030-12-31")};
        Run r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("complaints")} + everything);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("key,opened,closed,rejected,open_now,ack_sla_met_pct,resolve_sla_met_pct,"
                                                "median_hours_to_close,reopen_pct,satisfied_pct,transfers_avg"));
        QCOMPARE(lines.size(), 2);
        const QStringList all = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(all.at(0), QStringLiteral("all"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("complaints-check"));
            db.setDatabaseName(m_demo);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT count(*), sum(state = 'closed'), sum(state = 'rejected'),"
                                       " sum(state NOT IN ('closed', 'rejected')) FROM complaints"),
                        db);
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QCOMPARE(all.mid(1, 4), (QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString()}));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("complaints-check"));

        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("complaints"), QStringLiteral("--by"),
                                 QStringLiteral("category"), QStringLiteral("--format"), QStringLiteral("json")} +
                     everything);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() > 1);
        int opened = 0;
        for (const QJsonValue &row : rows)
            opened += row.toObject().value(QStringLiteral("opened")).toInt();
        QCOMPARE(QString::number(opened), all.at(1));

        for (const QStringList &bad : {QStringList{QStringLiteral("--by"), QStringLiteral("weather")},
                                       QStringList{QStringLiteral("--team"), QStringLiteral("一组")},
                                       QStringList{QStringLiteral("--channel"), QStringLiteral("chat")},
                                       QStringList{QStringLiteral("--format"), QStringLiteral("pdf")},
                                       QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                                                   QStringLiteral("fr"), QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("fr.pdf"))}}) {
            r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("complaints")} + bad + everything);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY2(kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("complaints"), QStringLiteral("--format"),
                                      QStringLiteral("pdf")} +
                          everything)
                     .err.contains(QStringLiteral("--out FILE.pdf")),
                 "pdf without --out says what to add");
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("fr.pdf"))));
    }

    // report complaints --format pdf (issue 12): the document through the audited writer, the file and its
    // record; an --out ending in .pdf selects it.
    void reportComplaintsPdf()
    {
        StoreOptions options;
        QString error;
        const std::unique_ptr<Store> store = Store::open(m_demo, options, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        const auto exports = [&] {
            return test::count(db, QStringLiteral("audit_log WHERE kind = 'data.export' AND entity = 'complaints'"));
        };
        const QStringList report = {QStringLiteral("report"), QStringLiteral("complaints"), QStringLiteral("--store"),
                                    m_demo, QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-06-20")};
        const qint64 before = exports();
        const QString pdf = m_dir.filePath(QStringLiteral("complaints.pdf"));
        Run r = kefudesk(report + QStringList{QStringLiteral("--by"), QStringLiteral("category"),
                                              QStringLiteral("--format"), QStringLiteral("pdf"),
                                              QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("complaints.pdf")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("audit log")), qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".partial")));
        QCOMPARE(exports(), before + 1);
        const QString after = sql::scalar(db, QStringLiteral("SELECT after_value FROM audit_log WHERE kind = "
                                                             "'data.export' ORDER BY id DESC LIMIT 1"))
                                  .toString();
        QVERIFY2(after.contains(QStringLiteral("complaints.pdf")) && after.contains(QStringLiteral("\"pdf\"")),
                 qPrintable(after));

        // The extension selects pdf; in Chinese.
        const QString inferred = m_dir.filePath(QStringLiteral("投诉.pdf"));
        r = kefudesk(report + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--out"),
                                          inferred});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile chinese(inferred);
        QVERIFY(chinese.open(QIODevice::ReadOnly));
        QVERIFY(chinese.read(5) == "%PDF-");
        QCOMPARE(exports(), before + 2);

        // Nowhere to write it: no file, no record.
        r = kefudesk(report + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none/c.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(exports(), before + 2);
    }

    // cli.md's columns in its order, then KefuDesk's wait columns appended (never inserted before them).
    void reportsAppendTheWaitColumns()
    {
        const QStringList period = {QStringLiteral("--store"), m_demo,
                                    QStringLiteral("--from"),  QStringLiteral("2026-06-18"),
                                    QStringLiteral("--to"),    QStringLiteral("2026-06-20")};
        const auto rows = [](const Run &r) {
            QList<QStringList> fields;
            for (const QString &line : r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
                fields.append(line.split(QLatin1Char(',')));
            return fields;
        };
        const QString waits = QStringLiteral(",asa_realtime_s,p90_realtime_s,email_reply_s");
        Run r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("service")} + period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<QStringList> lines = rows(r);
        QCOMPARE(lines.value(0).join(QLatin1Char(',')),
                 QStringLiteral("period_start,channel,offered,answered,abandoned,short_abandoned,sl_pct,asa_s,"
                                "p90_wait_s,abandon_pct,aht_s,fcr_pct,csat_mean") +
                     waits);
        // One row per day and channel: a channel's own waits only, the others empty.
        bool sawEmail = false, sawChat = false;
        for (const QStringList &row : lines.mid(1)) {
            QCOMPARE(row.size(), 16);
            const bool answered = row.at(3).toInt() > 0;
            if (row.at(1) == QLatin1String("email")) {
                sawEmail = sawEmail || answered;
                QVERIFY2(row.at(13).isEmpty() && row.at(14).isEmpty(), qPrintable(row.join(QLatin1Char(','))));
                QCOMPARE(row.at(15).isEmpty(), !answered);
                if (answered)
                    QCOMPARE(row.at(15), row.at(7)); // an e-mail row's ASA is its reply time
            } else {
                sawChat = sawChat || (row.at(1) == QLatin1String("chat") && answered);
                QVERIFY2(row.at(15).isEmpty(), qPrintable(row.join(QLatin1Char(','))));
                QCOMPARE(row.at(13).isEmpty(), !answered);
                if (answered)
                    QCOMPARE(row.at(13), row.at(7));
            }
        }
        QVERIFY(sawEmail && sawChat);

        // --channel email: the real-time columns are empty in every row.
        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("service"), QStringLiteral("--channel"),
                                 QStringLiteral("email")} +
                     period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        lines = rows(r);
        QVERIFY(lines.size() > 1);
        for (const QStringList &row : lines.mid(1))
            QVERIFY2(row.at(13).isEmpty() && row.at(14).isEmpty() && !row.at(15).isEmpty(),
                     qPrintable(row.join(QLatin1Char(','))));

        // report agents: the same three after rank, in CSV and JSON.
        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("agents")} + period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        lines = rows(r);
        QCOMPARE(lines.value(0).join(QLatin1Char(',')),
                 QStringLiteral("agent_id,name,team,handled,response_within_target_pct,asa_s,p90_wait_s,aht_s,"
                                "fcr_pct,csat_mean,csat_top2_pct,csat_responses,transfers_avg,occupancy_pct,"
                                "adherence_pct,qa_score,composite,rank") +
                     waits);
        for (const QStringList &row : lines.mid(1))
            QCOMPARE(row.size(), 21);
        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--format"),
                                 QStringLiteral("json")} +
                     period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"rank\": ")) &&
                     r.out.contains(QStringLiteral(", \"asa_realtime_s\": ")) &&
                     r.out.contains(QStringLiteral(", \"email_reply_s\": ")),
                 qPrintable(r.out.left(400)));
    }

    void usersAndSigningIn()
    {
        const QString store = m_dir.filePath(QStringLiteral("users.sqlite"));
        StoreOptions create;
        create.create = true;
        QVERIFY(Store::open(store, create, nullptr)); // a new, empty store: single-user until the first admin
        const auto as = [](const QString &password, const QString &newPassword = {}) {
            QList<QPair<QString, QString>> env{{QStringLiteral("KEFUDESK_PASSWORD"), password}};
            if (!newPassword.isEmpty())
                env.append({QStringLiteral("KEFUDESK_NEW_PASSWORD"), newPassword});
            return env;
        };
        const QString bossPassword = QStringLiteral("Kefu-admin-2026");
        const QStringList onStore{QStringLiteral("--store"), store};

        // The first user must be an admin, and needs no sign-in.
        Run r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qa1"),
                                     QStringLiteral("--role"), QStringLiteral("qa")} + onStore,
                         {{QStringLiteral("KEFUDESK_NEW_PASSWORD"), bossPassword}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("must be an administrator")), qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                                 QStringLiteral("--role"), QStringLiteral("admin")} + onStore,
                     {{QStringLiteral("KEFUDESK_NEW_PASSWORD"), bossPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // From now on, changes need --user; a missing password is not read from a closed stdin.
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("list")} + onStore);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("boss")} + onStore);
        QCOMPARE(r.exitCode, 1);
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("boss")} + onStore, as(QStringLiteral("wrong-password")));
        QCOMPARE(r.exitCode, 1);
        const QString wrongPassword = r.err;
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("nobody")} + onStore, as(bossPassword));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, wrongPassword); // unknown user and wrong password read the same
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
                                 QStringLiteral("boss")} + onStore, as(bossPassword));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("boss\tadmin")));

        // A weak password is refused with its reason; a QA user cannot add users.
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qa1"),
                                 QStringLiteral("--role"), QStringLiteral("qa"), QStringLiteral("--user"),
                                 QStringLiteral("boss")} + onStore, as(bossPassword, QStringLiteral("short")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at least 8")), qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("qa1"),
                                 QStringLiteral("--role"), QStringLiteral("qa"), QStringLiteral("--user"),
                                 QStringLiteral("boss")} + onStore, as(bossPassword, QStringLiteral("Qa-pass-2026")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("boss"),
                                 QStringLiteral("--user"), QStringLiteral("qa1")} + onStore,
                     as(QStringLiteral("Qa-pass-2026")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Permission denied")), qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("boss"),
                                 QStringLiteral("--user"), QStringLiteral("boss")} + onStore, as(bossPassword));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("last active administrator")), qPrintable(r.err));

        // Data-changing commands need a sign-in with the right role; reading commands need none.
        r = kefudesk(smallDemo(store));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        r = kefudesk(smallDemo(store) + QStringList{QStringLiteral("--user"), QStringLiteral("qa1")},
                     as(QStringLiteral("Qa-pass-2026")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Permission denied")), qPrintable(r.err));
        r = kefudesk(QStringList{QStringLiteral("check")} + onStore);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void importFromTheCommandLine()
    {
        const QString store = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("会话.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF会话ID,渠道,工号,进线时间,接起时间,满意度,备注\n"
                "C1,电话,A01,2026-11-20 09:00:00,2026-11-20 09:00:40,5,x\n"
                "C2,chat,A02,2026-11-20 09:01:00,,,y\n"
                "C3,chat,A02,2026-11-20 09:02:00,2026-11-20 09:01:00,,z\n");
        f.close();

        // A new store is created by the first import; a bad row aborts and leaves no store behind.
        Run r = kefudesk({QStringLiteral("import"), QStringLiteral("conversations"), csv, QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":4: 接起时间: answered before it arrived")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
        QVERIFY(!QFile::exists(store));

        r = kefudesk({QStringLiteral("import"), QStringLiteral("conversations"), csv, QStringLiteral("--store"), store,
                      QStringLiteral("--on-error"), QStringLiteral("skip")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Inserted 2, updated 0, unchanged 0, rejected 1.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Ignored columns: 备注")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("UTF-8")), qPrintable(r.out));
        QVERIFY2(r.err.contains(csv + QStringLiteral(":4: 接起时间:")), qPrintable(r.err));
        QVERIFY(QFile::exists(csv + QStringLiteral(".rejects.csv")));

        r = kefudesk({QStringLiteral("import"), QStringLiteral("conversations"), csv, QStringLiteral("--store"), store,
                      QStringLiteral("--on-error"), QStringLiteral("skip")});
        QVERIFY2(r.out.contains(QStringLiteral("Inserted 0, updated 0, unchanged 2, rejected 1.")), qPrintable(r.out));

        // Usage errors: unknown kind, bad --on-error, missing file, wrong argument count.
        r = kefudesk({QStringLiteral("import"), QStringLiteral("orders"), csv, QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("conversations, agent_states")), qPrintable(r.err));
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--on-error"),
                      QStringLiteral("ignore"), QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 2);
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), m_dir.filePath(QStringLiteral("none.csv")),
                      QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no such file")), qPrintable(r.err));
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), m_dir.path(), QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a folder")), qPrintable(r.err));
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), QStringLiteral("--store"), store});
        QCOMPARE(r.exitCode, 2);
        r = kefudesk({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--on-error")) && r.out.contains(QStringLiteral("--encoding")),
                 qPrintable(r.out));
    }

    // report --out on a store with users: audited as the command line (with the OS user) or as whoever
    // signs in with --user; the file and its record both or neither. The standard output records nothing.
    void reportOutIsAudited()
    {
        StoreOptions options;
        QString error;
        const std::unique_ptr<Store> store = Store::open(m_demo, options, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        const auto exports = [&] {
            return test::count(db, QStringLiteral("audit_log WHERE kind = 'data.export'"));
        };
        const auto last = [&](const QString &column) {
            return sql::scalar(db, QStringLiteral("SELECT %1 FROM audit_log WHERE kind = 'data.export' ORDER BY id "
                                                  "DESC LIMIT 1")
                                       .arg(column))
                .toString();
        };
        const QStringList service{QStringLiteral("report"),  QStringLiteral("service"),
                                  QStringLiteral("--store"), m_demo,
                                  QStringLiteral("--from"),  QStringLiteral("2026-06-19"),
                                  QStringLiteral("--to"),    QStringLiteral("2026-06-20")};

        const qint64 before = exports();
        Run r = kefudesk(service);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QString stdoutCsv = r.out;
        QCOMPARE(exports(), before);

        // No sign-in: the command line, with the operating system's user in the record.
        const QString csv = m_dir.filePath(QStringLiteral("service.csv"));
        r = kefudesk(service + QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), stdoutCsv);
        QVERIFY2(r.err.contains(QFileInfo(csv).absoluteFilePath()) && r.err.contains(QStringLiteral("audit log")),
                 qPrintable(r.err));
        QCOMPARE(exports(), before + 1);
        QCOMPARE(last(QStringLiteral("user_name")), QStringLiteral("kefudesk report"));
        QCOMPARE(last(QStringLiteral("entity")), QStringLiteral("service_level"));
        const QString after = last(QStringLiteral("after_value"));
        QVERIFY2(after.contains(QStringLiteral("\"os_user\"")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("service.csv")), qPrintable(after));

        // Signed in: the person.
        const QString json = m_dir.filePath(QStringLiteral("agents.json"));
        r = kefudesk({QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--store"), m_demo,
                      QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                      QStringLiteral("2026-06-20"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--out"), json, QStringLiteral("--user"), QStringLiteral("lead")},
                     {{QStringLiteral("KEFUDESK_PASSWORD"), QStringLiteral("Kefu-demo-2026")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(exports(), before + 2);
        QCOMPARE(last(QStringLiteral("user_name")), QStringLiteral("lead"));
        QCOMPARE(last(QStringLiteral("entity")), QStringLiteral("scorecards"));
        QVERIFY(!last(QStringLiteral("after_value")).contains(QStringLiteral("os_user")));

        // A destination that cannot be written: no record.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/service.xlsx"));
        r = kefudesk(service + QStringList{QStringLiteral("--out"), missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(exports(), before + 2);

        // A record the store refuses: no file, and an older file of the name stays as it was.
        QVERIFY(sql::exec(db, QStringLiteral("CREATE TRIGGER refuse_exports BEFORE INSERT ON audit_log"
                                             " WHEN NEW.kind = 'data.export'"
                                             " BEGIN SELECT RAISE(ABORT, 'exports refused'); END")));
        const QString xlsx = m_dir.filePath(QStringLiteral("refused.xlsx"));
        r = kefudesk(service + QStringList{QStringLiteral("--out"), xlsx});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exports refused")), qPrintable(r.err));
        QVERIFY(!QFile::exists(xlsx));
        const QByteArray older = fileHash(csv);
        r = kefudesk(service +
                     QStringList{QStringLiteral("--by"), QStringLiteral("hour"), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(fileHash(csv), older);
        QVERIFY(!QFile::exists(csv + QStringLiteral(".partial")));
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER refuse_exports")));
        QCOMPARE(exports(), before + 2);
    }

    void reportCsvDefusesFormulas()
    {
        // Names a hostile or careless import put in: Excel must show them as text, from a file or stdout.
        const QString store = m_dir.filePath(QStringLiteral("formulas.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("formula-agents.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,team\n"
                "F1,\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\",+1+1\n"
                "F2,@SUM(A1),\"=cmd|' /C calc'!A0\"\n");
        f.close();
        Run r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--store"), store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList period = {QStringLiteral("--from"), QStringLiteral("2026-06-19"), QStringLiteral("--to"),
                                    QStringLiteral("2026-06-20"), QStringLiteral("--store"), store};
        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("agents")} + period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = r.out;
        const QString file = m_dir.filePath(QStringLiteral("formula-report.csv"));
        r = kefudesk(QStringList{QStringLiteral("report"), QStringLiteral("agents"), QStringLiteral("--out"), file}
                     + period);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        for (const QString &text : {out, QString::fromUtf8(written.readAll())}) {
            QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(",'+1+1,")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(",'@SUM(A1),")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(text));
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                for (const QString &raw : {QStringLiteral("=HYPERLINK"), QStringLiteral("+1+1"),
                                           QStringLiteral("@SUM"), QStringLiteral("=cmd")}) {
                    QVERIFY2(!line.startsWith(raw) && !line.contains(QLatin1Char(',') + raw)
                                 && !line.contains(QStringLiteral(",\"") + raw),
                             qPrintable(line));
                }
            }
        }
    }

    void importOnAStoreWithUsersNeedsAnImporter()
    {
        // The demo store has users: a lead may import, an agent may not, nobody without signing in.
        const QString csv = m_dir.filePath(QStringLiteral("agents.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,team\nN01,新人甲,\n");
        f.close();
        Run r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--store"), m_demo});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--store"), m_demo,
                      QStringLiteral("--user"), QStringLiteral("agent")},
                     {{QStringLiteral("KEFUDESK_PASSWORD"), QStringLiteral("Kefu-demo-2026")}});
        QCOMPARE(r.exitCode, 1);
        r = kefudesk({QStringLiteral("import"), QStringLiteral("agents"), csv, QStringLiteral("--store"), m_demo,
                      QStringLiteral("--user"), QStringLiteral("lead")},
                     {{QStringLiteral("KEFUDESK_PASSWORD"), QStringLiteral("Kefu-demo-2026")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Inserted 1")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
