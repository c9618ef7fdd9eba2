// The importer end to end: files as teams have them (English or Chinese headers, UTF-8 or
// GB18030, quoted line breaks), every kind of data-formats.md, counts of inserted / updated /
// unchanged / rejected, abort and skip, the rejects file, the complaint replay and permissions.

#include "TestSupport.h"

#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "importing/Importer.h"
#include "exporting/TableWriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::importing;

namespace {

const QTimeZone Shanghai(QByteArrayLiteral("Asia/Shanghai"));

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

const char *const conversationsCsv =
    "id,channel,queue,customer_id,customer_tier,agent_id,arrived_at,answered_at,ended_at,abandoned_at,"
    "wrap_seconds,transfers,resolved,csat,category,order_id,script_ids,source\r\n"
    "C1,chat,售前,U1,vip,A01,2026-11-20 09:00:00,2026-11-20 09:00:30,2026-11-20 09:10:00,,30,0,1,5,物流,O1,S1;S2,crm\r\n"
    "C2,phone,售后,U2,,A02,2026/11/20 09:01:00,,,2026/11/20 09:02:00,,,,,,,,crm\r\n"
    "C3,email,,U3,standard,A01,2026-11-20T01:05:00Z,2026-11-20T09:30:00+08:00,2026-11-20T09:40:00+08:00,,,,0,3,\"质量/描述不符\",,S2,crm\r\n";

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_storeProblems;

    ImportSummary import(Store &store, Kind kind, const QString &path, OnError onError = OnError::Abort,
                         const Session &session = Session::singleUser())
    {
        Importer importer(store.database(), session, Shanghai);
        ImportOptions options;
        options.kind = kind;
        options.path = path;
        options.onError = onError;
        const ImportSummary summary = importer.run(options);
        // The import switches SQLite's own key and CHECK enforcement off while it runs (it checks
        // every value itself): what it wrote must still satisfy them, and they must be back on.
        QSqlQuery check(store.database());
        if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next())
            m_storeProblems << QStringLiteral("%1: foreign key broken in %2").arg(path, check.value(0).toString());
        if (sql::scalar(store.database(), QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
            m_storeProblems << QStringLiteral("%1: foreign_keys left off").arg(path);
        if (sql::scalar(store.database(), QStringLiteral("PRAGMA ignore_check_constraints")).toInt() != 0)
            m_storeProblems << QStringLiteral("%1: CHECK constraints left off").arg(path);
        return summary;
    }

private slots:
    void cleanup()
    {
        QVERIFY2(m_storeProblems.isEmpty(), qPrintable(m_storeProblems.join(QLatin1Char('\n'))));
    }

    void conversationsInsertThenUnchangedThenUpdated()
    {
        auto store = test::createStore(m_dir, QStringLiteral("conv.sqlite"));
        QVERIFY(store);
        const QString path = write(m_dir, QStringLiteral("conv.csv"), utf8(conversationsCsv));
        ImportSummary s = import(*store, Kind::Conversations, path);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.rows, 3);
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.agentsCreated, 2);
        QCOMPARE(s.unknownColumns, QStringList{QStringLiteral("source")});
        QVERIFY(s.text().contains(QStringLiteral("source")));
        QSqlDatabase db = store->database();
        // Values as stored: UTC seconds, NULL for empty fields, the default tier, aliases.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT arrived_at FROM conversations WHERE id='C1'")).toLongLong(),
                 QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE id='C2' AND answered_at IS "
                                                "NULL AND csat IS NULL AND resolved IS NULL AND wrap_seconds IS NULL "
                                                "AND category IS NULL AND customer_tier='standard'"))
                     .toInt(),
                 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT answered_at - arrived_at FROM conversations WHERE id='C3'")).toInt(),
                 25 * 60);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT category FROM conversations WHERE id='C3'")).toString(),
                 QStringLiteral("质量/描述不符"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(script_id) FROM (SELECT script_id FROM "
                                                "conversation_scripts WHERE conversation_id='C1' ORDER BY 1)"))
                     .toString(),
                 QStringLiteral("S1,S2"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM agents WHERE id='A02'")).toString(),
                 QStringLiteral("A02"));

        // The same file again changes nothing.
        s = import(*store, Kind::Conversations, path);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(s.inserted + s.updated + s.rejected, 0);
        QCOMPARE(s.agentsCreated, 0);

        // One changed value, one changed script list, one new row.
        QByteArray changed = utf8(conversationsCsv);
        changed.replace("O1,S1;S2", "O1,S1");
        changed.replace(",0,3,", ",0,4,");
        changed += "C4,social,,U4,,,2026-11-20 10:00:00,,,,,,,,,,,crm\r\n";
        s = import(*store, Kind::Conversations, write(m_dir, QStringLiteral("conv2.csv"), changed));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 1);
        QCOMPARE(s.updated, 2);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT csat FROM conversations WHERE id='C3'")).toInt(), 4);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM conversation_scripts WHERE conversation_id='C1'")).toInt(),
                 1);
        // Each import is in the audit log with its counts.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind='data.import'")).toInt(), 3);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT after_value FROM audit_log WHERE kind='data.import' ORDER BY id "
                                               "DESC LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("\"updated\":2")));
    }

    void aFileWithoutSomeColumnsCannotBreakTheRowsItUpdates()
    {
        // The stored answered_at and agent stay when a file lacks those columns: the merged row
        // must still hold together (no answer before arrival, no answer without an agent).
        auto store = test::createStore(m_dir, QStringLiteral("partial.sqlite"));
        QVERIFY(store);
        ImportSummary s = import(*store, Kind::Conversations,
                                 write(m_dir, QStringLiteral("p1.csv"), "id,channel,arrived_at,answered_at,agent_id\n"
                                                                        "c1,chat,2026-01-01 10:00:00,2026-01-01 10:01:00,A1\n"));
        QVERIFY2(s.ok, qPrintable(s.text()));
        s = import(*store, Kind::Conversations,
                   write(m_dir, QStringLiteral("p2.csv"), "id,channel,arrived_at,agent_id\nc1,chat,2026-01-01 10:00:00,\n"),
                   OnError::Skip);
        QCOMPARE(s.rejected, 1);
        QVERIFY2(s.problems.constFirst().text().contains(QStringLiteral(":2: the store refused the row")),
                 qPrintable(s.problems.constFirst().text()));
        s = import(*store, Kind::Conversations,
                   write(m_dir, QStringLiteral("p3.csv"), "id,channel,arrived_at\nc1,chat,2026-01-01 11:00:00\n"),
                   OnError::Skip);
        QCOMPARE(s.rejected, 1);
        s = import(*store, Kind::Conversations,
                   write(m_dir, QStringLiteral("p4.csv"), "id,channel,arrived_at\nc1,phone,2026-01-01 09:59:00\n"));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.updated, 1);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void chineseHeadersInGb18030()
    {
        auto store = test::createStore(m_dir, QStringLiteral("gbk.sqlite"));
        QVERIFY(store);
        const QString text = QStringLiteral("会话ID,渠道,工号,进线时间,接起时间,满意度,一次解决,客户等级\r\n"
                                            "G1,电话,A01,2026/11/20 9:05,2026/11/20 9:06,5,是,VIP\r\n"
                                            "G2,在线,A02,2026/11/20 9:07,,,否,\r\n");
        QStringEncoder gb18030("GB18030");
        const QString path = write(m_dir, QStringLiteral("gbk.csv"), gb18030.encode(text));
        const ImportSummary s = import(*store, Kind::Conversations, path);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.encoding, QStringLiteral("GB18030"));
        QCOMPARE(s.inserted, 2);
        QSqlDatabase db = store->database();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT channel || customer_tier || resolved FROM conversations WHERE id='G1'"))
                     .toString(),
                 QStringLiteral("phonevip1"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT channel || resolved FROM conversations WHERE id='G2'")).toString(),
                 QStringLiteral("chat0"));
    }

    void xlsxWithDateCellsNumbersAndChineseHeaders()
    {
        auto store = test::createStore(m_dir, QStringLiteral("xlsx.sqlite"));
        QVERIFY(store);
        const QString path = m_dir.filePath(QStringLiteral("会话.xlsx"));
        io::TableWriter writer(path, io::TableWriter::Format::Xlsx);
        const QList<io::TableColumn> columns = {{QStringLiteral("会话ID"), {}},   {QStringLiteral("渠道"), {}},
                                                {QStringLiteral("工号"), {}},     {QStringLiteral("进线时间"), {}},
                                                {QStringLiteral("接起时间"), {}}, {QStringLiteral("满意度"), QStringLiteral("0")}};
        QVERIFY2(writer.open() && writer.beginSheet(QStringLiteral("会话"), columns), qPrintable(writer.errorString()));
        // Date cells are wall-clock times; without an offset they are the store's time zone.
        const QDateTime arrived(QDate(2026, 11, 20), QTime(9, 0), Shanghai);
        QVERIFY(writer.writeRow({QStringLiteral("X1"), QStringLiteral("电话"), QStringLiteral("A01"), arrived,
                                 arrived.addSecs(45), 5}));
        QVERIFY(writer.writeRow({QStringLiteral("X2"), QStringLiteral("chat"), QString(), arrived.addSecs(60), QVariant(),
                                 QVariant()}));
        QVERIFY(writer.writeRow({QStringLiteral("X3"), QStringLiteral("chat"), QStringLiteral("A01"), arrived, arrived, 7}));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));

        const ImportSummary s = import(*store, Kind::Conversations, path, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.format, QStringLiteral("XLSX"));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 1);
        // XLSX problems name the row number Excel shows (the header is row 1).
        QVERIFY2(s.problems.constFirst().text().contains(QStringLiteral(":4: 满意度: 7 is not between 1 and 5")),
                 qPrintable(s.problems.constFirst().text()));
        QSqlDatabase db = store->database();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT arrived_at FROM conversations WHERE id = 'X1'")).toLongLong(),
                 arrived.toSecsSinceEpoch());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT answered_at - arrived_at FROM conversations WHERE id = 'X1'")).toInt(), 45);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT channel || csat FROM conversations WHERE id = 'X1'")).toString(),
                 QStringLiteral("phone5"));
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT csat IS NULL AND agent_id IS NULL FROM conversations WHERE id = 'X2'"))
                    .toBool());
    }

    // A GB18030 file with bytes that are not GB18030 names the column by its header, as every other
    // problem does (it said "column 15").
    void undecodableTextNamesTheColumnByItsHeader()
    {
        auto store = test::createStore(m_dir, QStringLiteral("gbk-bad.sqlite"));
        QVERIFY(store);
        QStringEncoder gb18030("GB18030");
        QByteArray bytes = gb18030.encode(QStringLiteral("会话ID,渠道,工号,进线时间,问题分类,来源\r\n"
                                                         "G1,电话,A01,2026/11/20 9:05,物流,crm\r\n"
                                                         "G2,电话,A01,2026/11/20 9:06,售"));
        bytes += "\x81\x7F"; // a lead byte with a byte that cannot follow it
        bytes += gb18030.encode(QStringLiteral("后,crm\r\nG3,在线,A01,2026/11/20 9:07,物流,c"));
        bytes += "\x81\x7F";
        bytes += gb18030.encode(QStringLiteral("\r\n"));
        const QString path = write(m_dir, QStringLiteral("gbk-bad.csv"), bytes);
        Importer importer(store->database(), Session::singleUser(), Shanghai);
        ImportOptions options;
        options.kind = Kind::Conversations;
        options.path = path;
        options.encoding = QStringLiteral("GB18030");
        const ImportSummary s = importer.run(options);
        QVERIFY(!s.ok);
        QVERIFY2(s.rejected == 2, qPrintable(s.text()));
        QStringList texts;
        for (const ImportProblem &p : s.problems)
            texts << p.text();
        // A column of the kind by its header; a column the import ignores by its header too.
        QVERIFY2(texts.contains(path + QStringLiteral(":3: 问题分类: invalid GB18030 byte sequence")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(texts.contains(path + QStringLiteral(":4: 来源: invalid GB18030 byte sequence")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // Two rows with one id in one file: the later one replaced the first without a word. Now each later
    // row is a bad row naming the file, its line, the id column and the line of the first.
    void repeatedIdsInOneFileAreBadRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("column");
        QTest::newRow("conversations") << int(Kind::Conversations)
                                       << QByteArray("id,channel,arrived_at\n"
                                                     "C1,chat,2026-11-20 09:00:00\n"
                                                     "C2,chat,2026-11-20 09:01:00\n"
                                                     "C1,phone,2026-11-20 09:02:00\n"
                                                     "C3,chat,2026-11-20 09:03:00\n"
                                                     "\"C1\",email,2026-11-20 09:04:00\n")
                                       << QStringLiteral("id");
        QTest::newRow("agents, Chinese header")
            << int(Kind::Agents) << QStringLiteral("工号,姓名\nC1,张伟\nC2,李娜\nC1,王芳\nC3,赵敏\nC1 ,刘洋\n").toUtf8()
            << QStringLiteral("工号");
    }

    void repeatedIdsInOneFileAreBadRows()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, csv);
        QFETCH(QString, column);
        auto store = test::createStore(m_dir, QStringLiteral("repeated-%1.sqlite").arg(kind));
        QVERIFY(store);
        const QString path = write(m_dir, QStringLiteral("repeated-%1.csv").arg(kind), csv);
        ImportSummary s = import(*store, Kind(kind), path);
        QVERIFY(!s.ok);
        QCOMPARE(s.rejected, 2);
        QCOMPARE(s.problems.size(), 2);
        QCOMPARE(s.problems.at(0).text(),
                 QStringLiteral("%1:4: %2: the id C1 appears again: its first row is line 2; each id "
                                "may appear once in a file")
                     .arg(path, column));
        QCOMPARE(s.problems.at(1).line, 6);
        QCOMPARE(s.problems.at(1).column, column);
        const QString table = kind == int(Kind::Agents) ? QStringLiteral("agents") : QStringLiteral("conversations");
        QCOMPARE(test::count(store->database(), table), 0);

        // Importing the good rows keeps the first row of each id.
        s = import(*store, Kind(kind), path, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.rejected, 2);
        const QString first = kind == int(Kind::Agents)
                                  ? QStringLiteral("SELECT name FROM agents WHERE id = 'C1'")
                                  : QStringLiteral("SELECT channel FROM conversations WHERE id = 'C1'");
        QCOMPARE(sql::scalar(store->database(), first).toString(),
                 kind == int(Kind::Agents) ? QStringLiteral("张伟") : QStringLiteral("chat"));
    }

    void badRowsAbortWithFileLineColumnAndReason()
    {
        auto store = test::createStore(m_dir, QStringLiteral("abort.sqlite"));
        QVERIFY(store);
        // Line 2 holds a quoted line break, so the record on line 4 is the third record.
        const QByteArray csv = "id,channel,agent_id,arrived_at,answered_at,csat\n"
                               "B1,chat,A01,2026-11-20 09:00:00,2026-11-20 09:01:00,\"5\"\n"
                               "B2,chat,A01,\"2026-11-20\n09:00:00\",,\n"
                               "B3,fax,A01,2026-11-20 09:00:00,2026-11-20 08:59:00,9\n"
                               "B4,chat,,2026-11-20 09:00:00,2026-11-20 09:01:00,\n"
                               "B5,chat,A01,2026-11-20 09:00:00,,,surplus\n";
        const QString path = write(m_dir, QStringLiteral("bad.csv"), csv);
        const ImportSummary s = import(*store, Kind::Conversations, path);
        QVERIFY(!s.ok);
        QCOMPARE(s.rejected, 4);
        QVERIFY(s.fatalError.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 0);
        QCOMPARE(test::count(store->database(), QStringLiteral("agents")), 0);
        QStringList texts;
        for (const ImportProblem &p : s.problems)
            texts << p.text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(path + QStringLiteral(":3: arrived_at: \"2026-11-20\n09:00:00\" is not a time")), qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(":5: channel: \"fax\" is not one of chat, phone, email, social")),
                 qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(":5: answered_at: answered before it arrived")), qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(":5: csat: 9 is not between 1 and 5")), qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(":6: agent_id: an answered conversation needs the answering agent")),
                 qPrintable(all));
        QVERIFY2(all.contains(path + QStringLiteral(":7: has 7 fields but the header names 6")), qPrintable(all));
        QVERIFY(!QFile::exists(path + QStringLiteral(".rejects.csv")));
    }

    void skipImportsTheGoodRowsAndWritesTheRejects()
    {
        auto store = test::createStore(m_dir, QStringLiteral("skip.sqlite"));
        QVERIFY(store);
        const QByteArray csv = "id,channel,agent_id,arrived_at,csat\n"
                               "K1,chat,A01,2026-11-20 09:00:00,5\n"
                               "K2,chat,A01,2026-11-20 09:00:00,0\n"
                               "K3,chat,A01,2026-11-20 09:00:00,\n";
        const QString path = write(m_dir, QStringLiteral("skip.csv"), csv);
        const ImportSummary s = import(*store, Kind::Conversations, path, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(s.rejectsPath, path + QStringLiteral(".rejects.csv"));
        QFile rejects(s.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QByteArray bytes = rejects.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 with BOM for Excel");
        const QString content = QString::fromUtf8(bytes);
        QVERIFY2(content.contains(QStringLiteral("rejected_line,rejected_reason,id,channel,agent_id,arrived_at,csat\r\n")),
                 qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("3,csat: 0 is not between 1 and 5,K2,chat,A01,2026-11-20 09:00:00,0\r\n")),
                 qPrintable(content));
        // Corrected there, the rejects file imports as it is: its two extra columns are ignored.
        const QString fixed = write(m_dir, QStringLiteral("skip-fixed.csv"), bytes.mid(3).replace(",0\r\n", ",4\r\n"));
        const ImportSummary again = import(*store, Kind::Conversations, fixed);
        QVERIFY2(again.ok, qPrintable(again.text()));
        QCOMPARE(again.inserted, 1);
        QCOMPARE(again.unknownColumns, (QStringList{QStringLiteral("rejected_line"), QStringLiteral("rejected_reason")}));
        QVERIFY(!content.contains(QStringLiteral("K1")));
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 3);
    }

    void missingRequiredColumnsAndDuplicateColumns()
    {
        auto store = test::createStore(m_dir, QStringLiteral("missing.sqlite"));
        QVERIFY(store);
        ImportSummary s = import(*store, Kind::Conversations,
                                 write(m_dir, QStringLiteral("m.csv"), "id,agent_id\nX,A\n"));
        QVERIFY(!s.ok);
        QVERIFY2(s.fatalError.contains(QStringLiteral("channel (渠道)")) &&
                     s.fatalError.contains(QStringLiteral("arrived_at (进线时间)")),
                 qPrintable(s.fatalError));
        s = import(*store, Kind::Agents, write(m_dir, QStringLiteral("d.csv"), "id,工号\nX,Y\n"));
        QVERIFY(!s.ok);
        QVERIFY2(s.fatalError.contains(QStringLiteral("named twice")), qPrintable(s.fatalError));
        s = import(*store, Kind::Agents, write(m_dir, QStringLiteral("empty.csv"), ""));
        QVERIFY(!s.ok);
        QVERIFY2(s.fatalError.contains(QStringLiteral("empty")), qPrintable(s.fatalError));
    }

    void agentsWithTeamsAliasesAndKeptNames()
    {
        auto store = test::createStore(m_dir, QStringLiteral("agents.sqlite"));
        QVERIFY(store);
        const QString path = write(m_dir, QStringLiteral("agents.csv"),
                                   utf8("工号,姓名,班组,技能等级,认证,入职日期,在职\n"
                                        "A01,王芳,售前一组,进阶,高级客服,2024/3/1,是\n"
                                        "A02,李娜,售后组,3,expert,2023-05-20,0\n"
                                        "A03,张伟,,,,,\n"));
        ImportSummary s = import(*store, Kind::Agents, path);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 3);
        QSqlDatabase db = store->database();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT team || skill_level || certification || hired_on || active "
                                                "FROM agents WHERE id='A01'"))
                     .toString(),
                 QStringLiteral("售前一组2senior2024-03-011"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT active FROM agents WHERE id='A02'")).toInt(), 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT active FROM agents WHERE id='A03'")).toInt(), 1);
        QCOMPARE(test::count(db, QStringLiteral("teams")), 2);
        // A file without names moves agents between teams and keeps their names.
        s = import(*store, Kind::Agents, write(m_dir, QStringLiteral("moves.csv"), "id,team\nA03,售后组\nA04,售后组\n"));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.inserted, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name || team FROM agents WHERE id='A03'")).toString(),
                 QStringLiteral("张伟售后组"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM agents WHERE id='A04'")).toString(), QStringLiteral("A04"));
        // An empty name keeps the name an agent has (a name is never cleared to nothing).
        s = import(*store, Kind::Agents, write(m_dir, QStringLiteral("noname.csv"), "id,name,active\nA01,,0\nA05,,1\n"));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.inserted, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name || active FROM agents WHERE id='A01'")).toString(),
                 QStringLiteral("王芳0"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM agents WHERE id='A05'")).toString(), QStringLiteral("A05"));
        // The agent_id header that `report agents` writes names the agent too.
        s = import(*store, Kind::Agents,
                   write(m_dir, QStringLiteral("report-agents.csv"), "agent_id,name,team,handled\nA06,赵磊,售后组,12\n"));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name || team FROM agents WHERE id='A06'")).toString(),
                 QStringLiteral("赵磊售后组"));
    }

    void agentStatesMustNotOverlap()
    {
        auto store = test::createStore(m_dir, QStringLiteral("states.sqlite"));
        QVERIFY(store);
        const QString path = write(m_dir, QStringLiteral("states.csv"),
                                   "agent_id,state,started_at,ended_at\n"
                                   "A01,available,2026-11-20 09:00:00,2026-11-20 09:10:00\n"
                                   "A01,忙碌,2026-11-20 09:10:00,2026-11-20 09:20:00\n"
                                   "A01,break,2026-11-20 09:15:00,2026-11-20 09:25:00\n"
                                   "A01,wrap,2026-11-20 09:05:00,2026-11-20 09:08:00\n"
                                   "A01,offline,2026-11-20 09:20:00,\n"
                                   "A02,offline,2026-11-20 09:20:00,2026-11-20 09:00:00\n");
        const ImportSummary s = import(*store, Kind::AgentStates, path, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.rejected, 3);
        QStringList texts;
        for (const ImportProblem &p : s.problems)
            texts << p.text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral(":4: started_at: overlaps the agent's state from 2026-11-20 09:10:00 to "
                                             "2026-11-20 09:20:00")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(":5: started_at: overlaps")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(":7: ended_at: ends before it starts")), qPrintable(all));
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT state FROM agent_states WHERE ended_at IS NULL"))
                     .toString(),
                 QStringLiteral("offline"));
        // Again: unchanged, and the states do not collide with themselves.
        const ImportSummary again = import(*store, Kind::AgentStates, path, OnError::Skip);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.rejected, 3);
    }

    void shiftsAndQaReviews()
    {
        auto store = test::createStore(m_dir, QStringLiteral("shifts.sqlite"));
        QVERIFY(store);
        ImportSummary s = import(*store, Kind::Shifts,
                                 write(m_dir, QStringLiteral("shifts.csv"),
                                       utf8("工号,开始时间,结束时间,班次类型\n"
                                            "A01,2026-11-20 09:00:00,2026-11-20 18:00:00,早班\n"
                                            "A01,2026-11-21 18:00:00,2026-11-21 09:00:00,晚班\n")),
                                 OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 1);
        QCOMPARE(s.rejected, 1);
        QVERIFY(s.problems.constFirst().text().contains(QStringLiteral(":3: 结束时间: a shift must end after it starts")));

        s = import(*store, Kind::QaReviews,
                   write(m_dir, QStringLiteral("qa.csv"),
                         "id,agent_id,reviewed_at,score,auto_fail,reviewer,conversation_id,notes\n"
                         "Q1,A01,2026-11-20 10:00:00,87.5,0,qa1,C1,\n"
                         "Q2,A01,2026-11-20 11:00:00,0,1,qa1,,致命项：泄露客户信息\n"
                         "Q3,A01,2026-11-20 11:00:00,101,0,qa1,,\n"),
                   OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT sum(score) FROM qa_reviews")).toDouble(), 87.5);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT auto_fail FROM qa_reviews WHERE id='Q2'")).toInt(), 1);
    }

    // Issue 12: the spec's own words for root causes, resolution types and feedbacks, with spaces,
    // hyphens, slashes or underscores in any case, and in Chinese, are stored as one id.
    void complaintValuesAcceptTheFormsPeopleWrite()
    {
        auto store = test::createStore(m_dir, QStringLiteral("case-words.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString complaints = QStringLiteral("id,created_at,channel,customer_id,order_id,category,priority,summary,description,owner\n");
        const QStringList causes = {QStringLiteral("description mismatch"), QStringLiteral("after-sales"),
                                    QStringLiteral("payment/coupon"), QStringLiteral("Product_Quality"),
                                    QStringLiteral("描述不符"), QStringLiteral("支付/优惠券"), QStringLiteral("SYSTEM FAULT")};
        const QStringList expectedCauses = {QStringLiteral("description_mismatch"), QStringLiteral("after_sales"),
                                            QStringLiteral("payment_coupon"), QStringLiteral("product_quality"),
                                            QStringLiteral("description_mismatch"), QStringLiteral("payment_coupon"),
                                            QStringLiteral("system_fault")};
        const QStringList resolutions = {QStringLiteral("Refund"), QStringLiteral("换货"), QStringLiteral("解释说明"),
                                         QStringLiteral("compensation"), QStringLiteral("补偿"), QStringLiteral("other"),
                                         QStringLiteral("COUPON")};
        const QStringList expectedResolutions = {QStringLiteral("refund"), QStringLiteral("exchange"),
                                                 QStringLiteral("explanation"), QStringLiteral("compensation"),
                                                 QStringLiteral("compensation"), QStringLiteral("other"),
                                                 QStringLiteral("coupon")};
        QString events = QStringLiteral("complaint_id,at,actor,kind,field,from,to,note\n");
        for (int i = 0; i < causes.size(); ++i) {
            const QString id = QStringLiteral("W%1").arg(i);
            complaints += QStringLiteral("%1,2026-11-20 09:00:00,chat,U%2,O%2,物流,P3,s,,\n").arg(id).arg(i);
            events += QStringLiteral("%1,2026-11-20 09:10:00,lead,owner,,,李娜,\n"
                                     "%1,2026-11-20 09:20:00,李娜,state,,,acknowledged,\n"
                                     "%1,2026-11-20 09:30:00,李娜,state,,,investigating,\n"
                                     "%1,2026-11-20 10:00:00,李娜,field,root_cause,,%2,\n"
                                     "%1,2026-11-20 10:01:00,李娜,field,resolution_type,,%3,\n"
                                     "%1,2026-11-20 10:02:00,李娜,field,amount,,50,\n"
                                     "%1,2026-11-20 10:05:00,李娜,state,,,proposed,\n")
                          .arg(id, causes.at(i), resolutions.at(i));
        }
        // Feedbacks in the forms people write close the first three.
        events += QStringLiteral("W0,2026-11-20 11:00:00,李娜,state,,,awaiting_feedback,\n"
                                 "W0,2026-11-20 11:30:00,李娜,field,customer_feedback,,满意,\n"
                                 "W0,2026-11-20 11:31:00,李娜,state,,,closed,\n"
                                 "W1,2026-11-20 11:00:00,李娜,state,,,awaiting feedback,\n"
                                 "W1,2026-11-20 11:30:00,李娜,field,customer_feedback,,Satisfied,\n"
                                 "W1,2026-11-20 11:31:00,李娜,state,,,closed,\n");
        // A value nobody writes is refused, naming the accepted ones.
        events += QStringLiteral("W2,2026-11-20 12:00:00,李娜,field,root_cause,product_quality,weather,\n");
        ImportSummary s = import(*store, Kind::Complaints, write(m_dir, QStringLiteral("words.csv"), complaints.toUtf8()));
        QVERIFY2(s.ok, qPrintable(s.text()));
        s = import(*store, Kind::ComplaintEvents, write(m_dir, QStringLiteral("word-events.csv"), events.toUtf8()),
                   OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.rejected, 1);
        QVERIFY2(s.problems.constFirst().text().contains(QStringLiteral(": to: \"weather\" is not one of product_quality, description_mismatch,")),
                 qPrintable(s.problems.constFirst().text()));
        for (int i = 0; i < causes.size(); ++i) {
            const QString id = QStringLiteral("W%1").arg(i);
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT root_cause || ' ' || resolution_type FROM complaints WHERE id='%1'").arg(id)).toString(),
                     expectedCauses.at(i) + QLatin1Char(' ') + expectedResolutions.at(i));
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT state FROM complaints WHERE id='%1'").arg(id)).toString(),
                     i < 2 ? QStringLiteral("closed") : QStringLiteral("proposed"));
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(customer_feedback) FROM complaints")).toString(),
                 QStringLiteral("satisfied,satisfied"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaint_events WHERE to_value LIKE '%-%' OR to_value LIKE '% %'")).toInt(), 0);
    }

    void complaintsAndTheirEventsReplayThroughTheLoop()
    {
        auto store = test::createStore(m_dir, QStringLiteral("cases.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        ImportSummary s = import(*store, Kind::Complaints,
                                 write(m_dir, QStringLiteral("complaints.csv"),
                                       utf8("投诉ID,创建时间,渠道,客户ID,订单号,投诉分类,优先级,摘要,描述,负责人\n"
                                            "T1,2026-11-20 09:00:00,电话,U1,O1,物流,P2,快递三天未到,客户来电,\n"
                                            "T2,2026-11-20 10:00:00,chat,U2,O2,质量,P1,商品破损,,王芳\n")));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT owner || state FROM complaints WHERE id='T2'")).toString(),
                 QStringLiteral("王芳new"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id='T2'")).toInt(), 2);

        // Events out of time order in the file; one that the rules refuse, one for an unknown case.
        const QString events = write(m_dir, QStringLiteral("events.csv"),
                                     utf8("complaint_id,at,actor,kind,field,from,to,note\n"
                                          "T1,2026-11-20 09:30:00,lead,state,,new,acknowledged,\n"
                                          "T1,2026-11-20 09:20:00,lead,owner,,,李娜,\n"
                                          "T1,2026-11-20 11:00:00,李娜,state,,,处理中,\n"
                                          "T1,2026-11-20 12:00:00,李娜,state,,,closed,\n"
                                          "T1,2026-11-20 12:30:00,李娜,field,root_cause,,logistics,\n"
                                          "T9,2026-11-20 12:30:00,李娜,note,,,,\n"
                                          "T1,2026-11-20 08:00:00,李娜,note,,,,早于创建\n"));
        s = import(*store, Kind::ComplaintEvents, events, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 4);
        QCOMPARE(s.rejected, 3);
        QStringList texts;
        for (const ImportProblem &p : s.problems)
            texts << p.text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral(":5: to: a case cannot go from investigating to closed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(":7: complaint_id: there is no complaint T9")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(":8: at: is before the complaint was created")), qPrintable(all));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT state || owner || root_cause FROM complaints WHERE id='T1'")).toString(),
                 QStringLiteral("investigating李娜logistics"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT acknowledged_at FROM complaints WHERE id='T1'")).toLongLong(),
                 QDateTime(QDate(2026, 11, 20), QTime(1, 30), Qt::UTC).toSecsSinceEpoch());
        // Importing the same events again adds nothing; the refused ones are still refused.
        s = import(*store, Kind::ComplaintEvents, events, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 0);
        QCOMPARE(s.unchanged, 4);
        QCOMPARE(s.rejected, 3);
        // A changed owner in the complaints file is a transfer, recorded as an event.
        s = import(*store, Kind::Complaints,
                   write(m_dir, QStringLiteral("complaints2.csv"), utf8("id,created_at,owner\n"
                                                                        "T1,2026-11-20 09:00:00,赵磊\n"
                                                                        "T2,2026-11-20 10:00:00,王芳\n")));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT owner || transfers FROM complaints WHERE id='T1'")).toString(),
                 QStringLiteral("赵磊1"));
    }

    void scriptsGetVersionsCategoriesAndAuditEntries()
    {
        auto store = test::createStore(m_dir, QStringLiteral("scripts.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        const QByteArray csv = utf8("话术ID,分类,标题,内容,标签,适用渠道,状态,维护人,更新时间\n"
                                    "R1,售后/退换货,退货流程,\"{客户称呼}您好，\n退货请在订单页申请。\",退货；流程,在线;电话,已发布,培训师A,2026-10-01 10:00:00\n"
                                    "R2,售后/物流,催件安抚,您好，已为您催促快递。,物流,chat,draft,培训师A,\n");
        ImportSummary s = import(*store, Kind::Scripts, write(m_dir, QStringLiteral("scripts.csv"), csv));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM script_categories")).toInt(), 3);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT tags || '|' || channels || '|' || status FROM scripts WHERE id='R1'"))
                     .toString(),
                 QStringLiteral("退货;流程|chat;phone|published"));
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT body FROM scripts WHERE id='R1'")).toString().contains(QLatin1Char('\n')));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM script_versions")).toInt(), 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind LIKE 'script.import%'")).toInt(), 2);

        s = import(*store, Kind::Scripts, write(m_dir, QStringLiteral("scripts.csv"), csv));
        QCOMPARE(s.unchanged, 2);
        QByteArray edited = csv;
        edited.replace("已为您催促快递。", "已为您加急催促快递。");
        s = import(*store, Kind::Scripts, write(m_dir, QStringLiteral("scripts2.csv"), edited));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.updated, 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT version FROM scripts WHERE id='R2'")).toInt(), 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM script_versions WHERE script_id='R2'")).toInt(), 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind='script.import_update'")).toInt(), 1);
    }

    void onlyRolesThatMayImportCanImport()
    {
        auto store = test::createStore(m_dir, QStringLiteral("perm.sqlite"));
        QVERIFY(store);
        const QString path = write(m_dir, QStringLiteral("perm.csv"), utf8(conversationsCsv));
        const ImportSummary refused =
            import(*store, Kind::Conversations, path, OnError::Abort, Session::signedIn(7, QStringLiteral("qa1"), Role::Qa));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.fatalError.contains(QStringLiteral("import")), qPrintable(refused.fatalError));
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 0);
        const ImportSummary allowed = import(*store, Kind::Conversations, path, OnError::Abort,
                                             Session::signedIn(8, QStringLiteral("lead1"), Role::Lead));
        QVERIFY2(allowed.ok, qPrintable(allowed.text()));
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT user_name FROM audit_log WHERE kind='data.import'"))
                     .toString(),
                 QStringLiteral("lead1"));
    }

    void aBulkLoadRebuildsTheIndexesItSetAside()
    {
        auto store = test::createStore(m_dir, QStringLiteral("bulk.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        auto indexes = [&db]() {
            QStringList names;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  "AND tbl_name IN ('conversations', 'conversation_scripts') ORDER BY name"));
            while (q.next())
                names << q.value(0).toString();
            return names;
        };
        const QStringList before = indexes();
        QCOMPARE(before.size(), 6);
        // An empty store takes the file with the three time indexes, the customer index (schema 7), the
        // open-contacts index and the script index set aside.
        ImportSummary s = import(*store, Kind::Conversations, write(m_dir, QStringLiteral("bulk.csv"), utf8(conversationsCsv)));
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(indexes(), before);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // A failed bulk load keeps them too (the transaction rolls the DROP INDEX back).
        s = import(*store, Kind::Conversations, write(m_dir, QStringLiteral("bulk-bad.csv"), "id,channel,arrived_at\nZ,fax,x\n"));
        QVERIFY(!s.ok);
        QCOMPARE(indexes(), before);
    }

    void repeatedIdsAndRowsTheStoreItselfRefuses()
    {
        auto store = test::createStore(m_dir, QStringLiteral("batch.sqlite"));
        QVERIFY(store);
        QSqlDatabase db = store->database();
        // 150 rows; C7 twice; the store itself (a trigger of the team's own) refuses C100.
        QByteArray csv = "id,channel,arrived_at,csat,script_ids\n";
        for (int i = 0; i < 150; ++i)
            csv += "C" + QByteArray::number(i) + ",chat,2026-11-20 09:00:00,3,S" + QByteArray::number(i % 3) + "\n";
        csv += "C7,chat,2026-11-20 09:00:00,5,S9\n";
        QVERIFY(sql::exec(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON conversations WHEN NEW.id = 'C100'"
                                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        const QString path = write(m_dir, QStringLiteral("batch.csv"), csv);
        ImportSummary s = import(*store, Kind::Conversations, path, OnError::Skip);
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.inserted, 149);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.rejected, 2);
        QVERIFY2(s.problems.constFirst().text().contains(QStringLiteral(":102: the store refused the row: refused by the test")),
                 qPrintable(s.problems.constFirst().text()));
        // C7's second row is a bad row: its first stays as it was.
        QVERIFY2(
            s.problems.constLast().text().contains(QStringLiteral(":152: id: the id C7 appears again: its first row is "
                                                                  "line 9")),
            qPrintable(s.problems.constLast().text()));
        QCOMPARE(test::count(db, QStringLiteral("conversations")), 149);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT csat FROM conversations WHERE id = 'C7'")).toInt(), 3);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(script_id) FROM conversation_scripts WHERE "
                                                "conversation_id = 'C7'"))
                     .toString(),
                 QStringLiteral("S1"));
        QCOMPARE(test::count(db, QStringLiteral("conversation_scripts")), 149);
        // Again: the rows batch as unchanged; the refused one and the repeated id are refused again.
        s = import(*store, Kind::Conversations, path, OnError::Skip);
        QCOMPARE(s.unchanged, 149);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.rejected, 2);
    }

    void cancelRollsBack()
    {
        auto store = test::createStore(m_dir, QStringLiteral("cancel.sqlite"));
        QVERIFY(store);
        QByteArray csv = "id,channel,arrived_at\n";
        for (int i = 0; i < 20000; ++i)
            csv += "X" + QByteArray::number(i) + ",chat,2026-11-20 09:00:00\n";
        Importer importer(store->database(), Session::singleUser(), Shanghai);
        int calls = 0;
        const ImportSummary s = importer.run({Kind::Conversations, write(m_dir, QStringLiteral("big.csv"), csv), {},
                                              OnError::Abort, {}},
                                             [&calls](double) { return ++calls < 5; });
        QVERIFY(s.cancelled);
        QVERIFY(!s.ok);
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 0);

        // A cancel during the end of the import (the indexes of a bulk load being rebuilt)
        // interrupts it as well. An import that runs through asks once per 1024 rows, once while
        // finishing (at least), and once at the end; cancel at the first question of the finish.
        auto counting = test::createStore(m_dir, QStringLiteral("cancel-count.sqlite"));
        QVERIFY(counting);
        int total = 0;
        const ImportOptions options{Kind::Conversations, m_dir.filePath(QStringLiteral("big.csv")), {}, OnError::Abort, {}};
        QVERIFY(Importer(counting->database(), Session::singleUser(), Shanghai).run(options, [&total](double) {
            ++total;
            return true;
        }).ok);
        const int rowQuestions = 20000 / 1024;
        QVERIFY2(total > rowQuestions + 1, qPrintable(QString::number(total))); // the finish was asked
        int asked = 0;
        const ImportSummary late = importer.run(options, [&asked, rowQuestions](double) {
            return ++asked <= rowQuestions;
        });
        QVERIFY(late.cancelled);
        QCOMPARE(asked, rowQuestions + 1);
        QCOMPARE(test::count(store->database(), QStringLiteral("conversations")), 0);
        // The store takes the next write at once: the transaction is gone.
        QVERIFY(sql::exec(store->database(), QStringLiteral("INSERT INTO teams(name) VALUES ('after')")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
