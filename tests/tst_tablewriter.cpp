// The export writers: TableWriter to CSV (UTF-8 with BOM, CRLF, quoting, defused formulas) and to
// XLSX (looked at inside the ZIP: typed cells, a string that starts with '=' stays a string, dates as
// numbers with a date style, the header bold and frozen), the .partial file that takes the real name
// only when complete, exportTable() with its progress, cancel and audit record, and a report as the
// command line writes it with --format xlsx.
#include "TestSupport.h"
#include "XlsxProbe.h"

#include "auth/AuditLog.h"
#include "auth/AuditedExport.h"
#include "importing/ImportValues.h"
#include "exporting/CsvWriter.h"
#include "exporting/ExportSource.h"
#include "exporting/TableWriter.h"
#include "exporting/XlsxWriter.h"
#include "metrics/ReportTable.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kefu;
using namespace kefu::io;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Bom("\xEF\xBB\xBF");

// A source of n rows (id, text, a number) that reads no store.
ExportSource numbered(qint64 n)
{
    ExportSource source;
    source.sheetName = QStringLiteral("Numbers");
    source.columns = {
        {QStringLiteral("id"), {}}, {QStringLiteral("名字"), {}}, {QStringLiteral("value"), QStringLiteral("0.0")}};
    source.count = [n](const QSqlDatabase &) {
        return std::optional<qint64>(n);
    };
    source.rows = [n](const QSqlDatabase &, const RowSink &emitRow, QString *) {
        for (qint64 i = 1; i <= n; ++i) {
            if (!emitRow({i, QStringLiteral("客户%1").arg(i), i / 3.0}))
                break;
        }
        return true;
    };
    return source;
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatForFileName_data();
    void formatForFileName();
    void sheetNames_data();
    void sheetNames();

    void defusing_data();
    void defusing();
    void csvTypedCells();
    void csvPlainFlavourDefusesFormulasToo();
    void csvHoldsOneTable();

    void xlsxTypedCells();
    void xlsxSheets();
    void xlsxEmptyTable();

    void partialFileTakesTheNameOnlyWhenComplete_data();
    void partialFileTakesTheNameOnlyWhenComplete();
    void unwritableDestinationNamesTheFile_data();
    void unwritableDestinationNamesTheFile();

    void exportTableWritesEveryRow_data();
    void exportTableWritesEveryRow();
    void exportTableCancelLeavesNoFile();
    void exportTableRecordsAndRollsBack();
    void exportTableReadErrorLeavesNoFile();

    void reportToXlsx();
    void reportCsvDefusesFormulas();

private:
    QTemporaryDir m_dir;
};

void TestTableWriter::formatForFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("csv") << QStringLiteral("/x/report.csv") << int(TableWriter::Format::Csv);
    QTest::newRow("upper case") << QStringLiteral("REPORT.XLSX") << int(TableWriter::Format::Xlsx);
    QTest::newRow("xlsx") << QStringLiteral("报表.xlsx") << int(TableWriter::Format::Xlsx);
    QTest::newRow("partial") << QStringLiteral("a.xlsx.partial") << -1;
    QTest::newRow("no extension") << QStringLiteral("report") << -1;
    QTest::newRow("xls") << QStringLiteral("old.xls") << -1;
}

void TestTableWriter::formatForFileName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<TableWriter::Format> found = TableWriter::formatForFileName(name);
    QCOMPARE(found ? int(*found) : -1, format);
    if (found)
        QVERIFY(name.endsWith(TableWriter::suffix(*found), Qt::CaseInsensitive));
}

void TestTableWriter::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Audit log") << QStringList() << QStringLiteral("Audit log");
    QTest::newRow("chinese") << QStringLiteral("客服 工单") << QStringList() << QStringLiteral("客服 工单");
    QTest::newRow("forbidden characters")
        << QStringLiteral("a[b]:c*d?e/f\\g") << QStringList() << QStringLiteral("a_b__c_d_e_f_g");
    QTest::newRow("too long") << QString(40, QLatin1Char('x')) << QStringList() << QString(31, QLatin1Char('x'));
    QTest::newRow("apostrophes") << QStringLiteral("'quoted'") << QStringList() << QStringLiteral("quoted");
    QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("Sheet");
    QTest::newRow("reserved") << QStringLiteral("history") << QStringList() << QStringLiteral("history 1");
    QTest::newRow("taken") << QStringLiteral("users") << QStringList{QStringLiteral("Users")}
                           << QStringLiteral("users (2)");
    QTest::newRow("taken twice") << QStringLiteral("Users")
                                 << QStringList{QStringLiteral("Users"), QStringLiteral("users (2)")}
                                 << QStringLiteral("Users (3)");
    QTest::newRow("long and taken") << QString(31, QLatin1Char('y')) << QStringList{QString(31, QLatin1Char('Y'))}
                                    << QString(27, QLatin1Char('y')) + QStringLiteral(" (2)");
}

void TestTableWriter::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    const QString made = XlsxWriter::sheetName(wanted, taken);
    QCOMPARE(made, name);
    QVERIFY(made.size() <= 31);
}

void TestTableWriter::defusing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+86 138 0000 0000") << QStringLiteral("'+86 138 0000 0000");
    QTest::newRow("minus text") << QStringLiteral("-cmd|' /C calc'!A0") << QStringLiteral("'-cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("dash alone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("positive number") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("exponent") << QStringLiteral("-1e-7") << QStringLiteral("-1e-7");
    QTest::newRow("plain text") << QStringLiteral("退款 = 50") << QStringLiteral("退款 = 50");
    QTest::newRow("date") << QStringLiteral("2026-03-01") << QStringLiteral("2026-03-01");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("already an apostrophe") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("ordinary apostrophe") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
}

void TestTableWriter::defusing()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::defused(field), written);
    // The importer takes the apostrophe off again: an exported file round-trips.
    const QByteArray utf8 = written.toUtf8();
    const std::string_view stored = importing::storedText(std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(QString::fromUtf8(stored.data(), qsizetype(stored.size())), field);
}

void TestTableWriter::csvTypedCells()
{
    const QString path = m_dir.filePath(QStringLiteral("typed.csv"));
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1772339415, shanghai); // 2026-03-01 12:30:15 in Shanghai
    TableWriter writer(path, TableWriter::Format::Csv);
    QVERIFY2(writer.open(), qPrintable(writer.errorString()));
    QVERIFY(writer.beginSheet(QStringLiteral("ignored"), {{QStringLiteral("名字"), {}},
                                                          {QStringLiteral("count"), QStringLiteral("0")},
                                                          {QStringLiteral("mean"), QStringLiteral("0.0")},
                                                          {QStringLiteral("csat"), QStringLiteral("0.00")},
                                                          {QStringLiteral("when"), {}},
                                                          {QStringLiteral("note"), {}}}));
    QVERIFY(writer.writeRow({QStringLiteral("王, 小明"), 42, 3.26, 4.5, at, QStringLiteral("=1+2")}));
    QVERIFY(writer.writeRow(
        {QVariant(), QVariant(QMetaType::fromType<int>()), -0.01, qQNaN(), QDateTime(), QStringLiteral("-5")}));
    QVERIFY(writer.writeRow({true, 1234567890123LL, 1.0 / 3, 2, QDate(2026, 3, 1), QStringLiteral("say \"hi\"")}));
    QVERIFY(writer.writeRow({QStringLiteral("short")})); // the rest empty
    QCOMPARE(writer.rowsWritten(), 4);
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(Bom));
    QVERIFY(!bytes.mid(3).contains(Bom));
    const QString expected = QStringLiteral("名字,count,mean,csat,when,note\r\n"
                                            "\"王, 小明\",42,3.3,4.50,2026-03-01 12:30:15,'=1+2\r\n"
                                            ",,0.0,,,-5\r\n"
                                            "TRUE,1234567890123,0.3,2.00,2026-03-01,\"say \"\"hi\"\"\"\r\n"
                                            "short,,,,,\r\n");
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
    // Without a number format a number is written in full.
    QCOMPARE(TableWriter::csvText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    QCOMPARE(TableWriter::csvText(7), QStringLiteral("7"));
    QCOMPARE(TableWriter::csvText(2.5), QStringLiteral("2.5"));
    QCOMPARE(TableWriter::csvText(qInf()), QString());
}

void TestTableWriter::csvPlainFlavourDefusesFormulasToo()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.csv"));
    TableWriterOptions options;
    options.excelCsv = false;
    TableWriter writer(path, TableWriter::Format::Csv, options);
    QVERIFY(writer.open());
    QVERIFY(writer.beginSheet({}, {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}}));
    QVERIFY(writer.writeRow({QStringLiteral("=1+2"), QStringLiteral("@x")}));
    QVERIFY(writer.writeRow({QStringLiteral("-12.5"), QStringLiteral("plain")}));
    QVERIFY(writer.commit());
    // No byte order mark, but a formula is text here too: whoever opens the file in Excel later is safe.
    QCOMPARE(readAll(path), QByteArray("a,b\r\n'=1+2,'@x\r\n-12.5,plain\r\n"));
}

void TestTableWriter::csvHoldsOneTable()
{
    const QString path = m_dir.filePath(QStringLiteral("two.csv"));
    TableWriter writer(path, TableWriter::Format::Csv);
    QVERIFY(writer.open());
    QVERIFY(writer.beginSheet(QStringLiteral("one"), {{QStringLiteral("a"), {}}}));
    QVERIFY(writer.writeRow({1}));
    QVERIFY(!writer.beginSheet(QStringLiteral("two"), {{QStringLiteral("b"), {}}}));
    QVERIFY2(writer.errorString().contains(QStringLiteral("one table")), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));
    QVERIFY(!writer.writeRow({2}));
    QVERIFY(!writer.commit());
}

void TestTableWriter::xlsxTypedCells()
{
    const QString path = m_dir.filePath(QStringLiteral("typed.xlsx"));
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1772339415, shanghai); // 2026-03-01 12:30:15 in Shanghai
    TableWriter writer(path, TableWriter::Format::Xlsx);
    QVERIFY2(writer.open(), qPrintable(writer.errorString()));
    QVERIFY(writer.beginSheet(QStringLiteral("Typed"), {{QStringLiteral("名字"), {}},
                                                        {QStringLiteral("count"), QStringLiteral("0")},
                                                        {QStringLiteral("mean"), QStringLiteral("0.0")},
                                                        {QStringLiteral("when"), {}},
                                                        {QStringLiteral("note"), {}}}));
    QVERIFY(writer.writeRow({QStringLiteral("王小明"), 42, 3.25, at, QStringLiteral("=1+2")}));
    QVERIFY(writer.writeRow({QStringLiteral("-cmd|' /C calc'!A0"), QVariant(), -0.5, QDate(2026, 3, 1),
                             QStringLiteral("control\x01 & <xml>")}));
    QVERIFY(writer.writeRow({true, qQNaN(), 12, QDateTime(), QString(40000, QLatin1Char('z'))}));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));

    const test::XlsxProbe xlsx(path);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.sheetNames(), QStringList{QStringLiteral("Typed")});
    const QByteArray sheet = xlsx.sheetXml(1);
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(!sheet.contains("<f>") && !sheet.contains("<f "), "no formula anywhere");
    const auto cells = xlsx.cells(1);

    // The header: strings, bold, frozen, with an autofilter over every row.
    for (const char *ref : {"A1", "B1", "C1", "D1", "E1"}) {
        QCOMPARE(cells.value(QString::fromLatin1(ref)).type, QStringLiteral("inlineStr"));
        QVERIFY2(xlsx.isBold(cells.value(QString::fromLatin1(ref)).style), ref);
    }
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("名字"));
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("ySplit=\"1\""));
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:E4\"/>"));
    QVERIFY(sheet.contains("<cols>"));

    // Text, Chinese included, as strings; '=' stays text.
    QCOMPARE(cells.value(QStringLiteral("A2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("王小明"));
    QCOMPARE(cells.value(QStringLiteral("E2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("E2")).value, QStringLiteral("=1+2"));
    QVERIFY(!cells.value(QStringLiteral("E2")).formula);
    QCOMPARE(cells.value(QStringLiteral("A3")).value, QStringLiteral("-cmd|' /C calc'!A0")); // no apostrophe in XLSX
    QVERIFY(cells.value(QStringLiteral("E3")).value.startsWith(QStringLiteral("control")));
    QVERIFY(cells.value(QStringLiteral("E3")).value.endsWith(QStringLiteral(" & <xml>")));
    // Excel's limit of characters in a cell.
    QCOMPARE(cells.value(QStringLiteral("E4")).value.size(), XlsxWriter::MaxTextLength);

    // Numbers as numbers, in their column's format.
    const test::XlsxCell count = cells.value(QStringLiteral("B2"));
    QCOMPARE(count.type, QString());
    QCOMPARE(count.value, QStringLiteral("42"));
    QCOMPARE(xlsx.numberFormat(count.style), QStringLiteral("0"));
    const test::XlsxCell mean = cells.value(QStringLiteral("C2"));
    QCOMPARE(mean.type, QString());
    QCOMPARE(mean.value.toDouble(), 3.25); // the value in full; the format shows one decimal
    QCOMPARE(xlsx.numberFormat(mean.style), QStringLiteral("0.0"));
    QCOMPARE(cells.value(QStringLiteral("C3")).value.toDouble(), -0.5);
    QCOMPARE(cells.value(QStringLiteral("A4")).type, QStringLiteral("b"));
    QCOMPARE(cells.value(QStringLiteral("A4")).value, QStringLiteral("1"));

    // Empty: a null QVariant, NaN, an invalid date: no cell at all.
    QVERIFY(!cells.contains(QStringLiteral("B3")));
    QVERIFY(!cells.contains(QStringLiteral("B4")));
    QVERIFY(!cells.contains(QStringLiteral("D4")));

    // Dates: numbers (Excel's serial days, the wall-clock time in Shanghai) with a date format.
    const test::XlsxCell when = cells.value(QStringLiteral("D2"));
    QCOMPARE(when.type, QString());
    const double serial =
        QDate(2026, 3, 1).toJulianDay() - QDate(1899, 12, 30).toJulianDay() + (12 * 3600 + 30 * 60 + 15) / 86400.0;
    QVERIFY2(qAbs(when.value.toDouble() - serial) < 1e-6, qPrintable(when.value));
    QCOMPARE(xlsx.numberFormat(when.style), QStringLiteral("yyyy-mm-dd hh:mm:ss"));
    const test::XlsxCell day = cells.value(QStringLiteral("D3"));
    QCOMPARE(day.value.toDouble(), double(QDate(2026, 3, 1).toJulianDay() - QDate(1899, 12, 30).toJulianDay()));
    QCOMPARE(xlsx.numberFormat(day.style), QStringLiteral("yyyy-mm-dd"));
}

void TestTableWriter::xlsxSheets()
{
    const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
    TableWriter writer(path, TableWriter::Format::Xlsx);
    QVERIFY(writer.open());
    QVERIFY(writer.beginSheet(QStringLiteral("Q1: [draft]"), {{QStringLiteral("a"), {}}}));
    QVERIFY(writer.writeRow({1}));
    QVERIFY(writer.beginSheet(QStringLiteral("q1_ _draft_"), {{QStringLiteral("b"), {}}, {QStringLiteral("c"), {}}}));
    QVERIFY(writer.writeRow({2, 3}));
    QVERIFY(writer.writeRow({4, 5}));
    QVERIFY(writer.commit());
    QCOMPARE(writer.rowsWritten(), 3);
    const test::XlsxProbe xlsx(path);
    QCOMPARE(xlsx.sheetNames(), (QStringList{QStringLiteral("Q1_ _draft_"), QStringLiteral("q1_ _draft_ (2)")}));
    QCOMPARE(xlsx.cells(1).value(QStringLiteral("A2")).value, QStringLiteral("1"));
    QCOMPARE(xlsx.cells(2).value(QStringLiteral("B3")).value, QStringLiteral("5"));
    QVERIFY(xlsx.sheetXml(2).contains("<autoFilter ref=\"A1:B3\"/>"));
}

void TestTableWriter::xlsxEmptyTable()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
    TableWriter writer(path, TableWriter::Format::Xlsx);
    QVERIFY(writer.open());
    QVERIFY(writer.beginSheet(QStringLiteral("Nothing"), {{QStringLiteral("a"), {}}}));
    QVERIFY(writer.commit());
    const test::XlsxProbe xlsx(path);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.cells(1).size(), 1);
}

void TestTableWriter::partialFileTakesTheNameOnlyWhenComplete_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(TableWriter::Format::Csv);
    QTest::newRow("xlsx") << int(TableWriter::Format::Xlsx);
}

void TestTableWriter::partialFileTakesTheNameOnlyWhenComplete()
{
    QFETCH(int, format);
    const auto f = TableWriter::Format(format);
    const QString path = m_dir.filePath(QStringLiteral("result.") + TableWriter::suffix(f));
    const QString partial = TableWriter::partialPathFor(path);
    QCOMPARE(partial, path + QStringLiteral(".partial"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }

    // Discarded: the older file stays as it was, and no .partial is left.
    {
        TableWriter writer(path, f);
        QVERIFY(writer.open());
        QVERIFY(QFile::exists(partial));
        QVERIFY(writer.beginSheet(QStringLiteral("s"), {{QStringLiteral("a"), {}}}));
        QVERIFY(writer.writeRow({1}));
        writer.discard();
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(readAll(path), QByteArray("the previous export"));
    }
    // Destroyed without commit(): the same.
    {
        TableWriter writer(path, f);
        QVERIFY(writer.open());
        QVERIFY(writer.beginSheet(QStringLiteral("s"), {{QStringLiteral("a"), {}}}));
        QVERIFY(writer.writeRow({1}));
        QVERIFY(writer.finish());
        QVERIFY(QFile::exists(partial));
        QCOMPARE(readAll(path), QByteArray("the previous export"));
    }
    QVERIFY(!QFile::exists(partial));
    QCOMPARE(readAll(path), QByteArray("the previous export"));

    // Committed: the finished file replaces the old one.
    TableWriter writer(path, f);
    QVERIFY(writer.open());
    QVERIFY(writer.beginSheet(QStringLiteral("s"), {{QStringLiteral("a"), {}}}));
    QVERIFY(writer.writeRow({1}));
    QCOMPARE(readAll(path), QByteArray("the previous export"));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(partial));
    const QByteArray bytes = readAll(path);
    if (f == TableWriter::Format::Csv)
        QCOMPARE(bytes, Bom + "a\r\n1\r\n");
    else
        QVERIFY(bytes.startsWith("PK"));
}

void TestTableWriter::unwritableDestinationNamesTheFile_data()
{
    partialFileTakesTheNameOnlyWhenComplete_data();
}

void TestTableWriter::unwritableDestinationNamesTheFile()
{
    QFETCH(int, format);
    const QString path =
        m_dir.filePath(QStringLiteral("no-such-folder/out.") + TableWriter::suffix(TableWriter::Format(format)));
    TableWriter writer(path, TableWriter::Format(format));
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorString().startsWith(QStringLiteral("Cannot write ")), qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(writer.errorString()));
    QVERIFY(!writer.beginSheet(QStringLiteral("s"), {}));
    QVERIFY(!writer.commit());

    // A folder in the way of the file: found when the finished file is put in place.
    const QString folder =
        m_dir.filePath(QStringLiteral("a-folder.") + TableWriter::suffix(TableWriter::Format(format)));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    TableWriter blocked(folder, TableWriter::Format(format));
    QVERIFY(blocked.open());
    QVERIFY(blocked.beginSheet(QStringLiteral("s"), {{QStringLiteral("a"), {}}}));
    QVERIFY(blocked.writeRow({1}));
    QVERIFY(!blocked.commit());
    QVERIFY2(blocked.errorString().contains(QDir::toNativeSeparators(folder)), qPrintable(blocked.errorString()));
    QVERIFY(!QFile::exists(TableWriter::partialPathFor(folder)));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestTableWriter::exportTableWritesEveryRow_data()
{
    partialFileTakesTheNameOnlyWhenComplete_data();
}

void TestTableWriter::exportTableWritesEveryRow()
{
    QFETCH(int, format);
    const auto f = TableWriter::Format(format);
    const QString path = m_dir.filePath(QStringLiteral("numbered.") + TableWriter::suffix(f));
    QList<ExportProgress> reports;
    const ExportResult result = exportTable(QSqlDatabase(), numbered(2000), path, f, [&](const ExportProgress &p) {
        reports << p;
        return true;
    });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 2000);
    QCOMPARE(result.path, path);
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.constFirst().rows, 0);
    QCOMPARE(reports.constFirst().total, std::optional<qint64>(2000));
    QVERIFY(reports.constLast().finishing);
    QCOMPARE(reports.constLast().rows, 2000);
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).rows >= reports.at(i - 1).rows);

    if (f == TableWriter::Format::Csv) {
        const QStringList lines = QString::fromUtf8(readAll(path).mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 2002); // header, 2000 rows, the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QStringLiteral("id,名字,value"));
        QCOMPARE(lines.at(2000), QStringLiteral("2000,客户2000,666.7"));
        QCOMPARE(lines.at(1), QStringLiteral("1,客户1,0.3"));
    } else {
        const test::XlsxProbe xlsx(path);
        QCOMPARE(xlsx.sheetNames(), QStringList{QStringLiteral("Numbers")});
        QVERIFY(xlsx.sheetXml(1).contains("<dimension ref=\"A1:C2001\"/>"));
        const auto cells = xlsx.cells(1);
        QCOMPARE(cells.value(QStringLiteral("B2001")).value, QStringLiteral("客户2000"));
        QVERIFY(qAbs(cells.value(QStringLiteral("C2001")).value.toDouble() - 2000 / 3.0) < 1e-9);
    }
}

void TestTableWriter::exportTableCancelLeavesNoFile()
{
    for (const TableWriter::Format f : {TableWriter::Format::Csv, TableWriter::Format::Xlsx}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.") + TableWriter::suffix(f));
        const ExportResult result = exportTable(QSqlDatabase(), numbered(100000), path, f,
                                                [](const ExportProgress &p) { return p.rows < 5000; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(result.rows >= 5000 && result.rows < 100000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));
    }
}

void TestTableWriter::exportTableRecordsAndRollsBack()
{
    auto store = test::createStore(m_dir, QStringLiteral("record.sqlite"));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    const Session admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);
    const auto exportsRecorded = [&] {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'test.export'")).toInt();
    };

    ExportSource source = numbered(10);
    source.record = audit::exportRecord(admin, QStringLiteral("test.export"), QStringLiteral("numbers"),
                                  {{QStringLiteral("filter"), QStringLiteral("all")}});
    const QString path = m_dir.filePath(QStringLiteral("recorded.xlsx"));
    const ExportResult result = exportTable(db, source, path, TableWriter::Format::Xlsx);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(exportsRecorded(), 1);
    const QJsonObject after =
        QJsonDocument::fromJson(
            sql::scalar(db, QStringLiteral("SELECT after_value FROM audit_log WHERE kind = 'test.export'"))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 10);
    QCOMPARE(after.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(after.value(QStringLiteral("filter")).toString(), QStringLiteral("all"));

    // A record that fails: no file, nothing recorded.
    source.record = [](const QSqlDatabase &, const ExportResult &, QString *error) {
        *error = QStringLiteral("refused");
        return false;
    };
    const QString refusedPath = m_dir.filePath(QStringLiteral("refused.csv"));
    const ExportResult refused = exportTable(db, source, refusedPath, TableWriter::Format::Csv);
    QVERIFY(!refused.ok);
    QVERIFY(!refused.cancelled);
    QVERIFY2(refused.error.contains(QStringLiteral("refused")), qPrintable(refused.error));
    QVERIFY(!QFile::exists(refusedPath));
    QVERIFY(!QFile::exists(TableWriter::partialPathFor(refusedPath)));

    // A file that cannot be put in place: the record is rolled back.
    source.record = audit::exportRecord(admin, QStringLiteral("test.export"), QStringLiteral("numbers"));
    const QString blocked = m_dir.filePath(QStringLiteral("blocked.csv"));
    QVERIFY(QDir().mkpath(blocked + QStringLiteral("/inside")));
    const ExportResult failed = exportTable(db, source, blocked, TableWriter::Format::Csv);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QDir::toNativeSeparators(blocked)), qPrintable(failed.error));
    QCOMPARE(exportsRecorded(), 1);
}

void TestTableWriter::exportTableReadErrorLeavesNoFile()
{
    ExportSource source = numbered(10);
    source.rows = [](const QSqlDatabase &, const RowSink &emitRow, QString *error) {
        emitRow({1, QStringLiteral("a"), 1.0});
        *error = QStringLiteral("database is locked");
        return false;
    };
    const QString path = m_dir.filePath(QStringLiteral("unread.xlsx"));
    const ExportResult result = exportTable(QSqlDatabase(), source, path, TableWriter::Format::Xlsx);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.error, QStringLiteral("database is locked"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));

    // No rows function at all.
    const ExportResult nothing = exportTable(QSqlDatabase(), ExportSource(), path, TableWriter::Format::Csv);
    QVERIFY(!nothing.ok);
    QVERIFY(!nothing.error.isEmpty());
}

// What `kefudesk report service --format xlsx --out FILE` writes: ReportTable::save, one sheet.
void TestTableWriter::reportToXlsx()
{
    ServiceReportRow day;
    day.periodStart = QStringLiteral("2026-03-01");
    day.channel = Channel::Chat;
    day.figures.offered = 120;
    day.figures.answered = 110;
    day.figures.abandoned = 10;
    day.figures.shortAbandoned = 2;
    day.figures.slPct = 81.26;
    day.figures.asaSeconds = 12.04;
    day.figures.csatMean = 4.567;
    ServiceReportRow quiet;
    quiet.periodStart = QStringLiteral("2026-03-02");
    quiet.channel = Channel::Email;
    quiet.figures.offered = 1;
    const ReportTable table = ReportTable::service({day, quiet});

    const QString path = m_dir.filePath(QStringLiteral("service.xlsx"));
    QString error;
    QVERIFY2(table.save(path, TableWriter::Format::Xlsx, QStringLiteral("service"), &error), qPrintable(error));
    QVERIFY(!QFile::exists(TableWriter::partialPathFor(path)));
    const test::XlsxProbe xlsx(path);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.sheetNames(), QStringList{QStringLiteral("service")});
    const auto cells = xlsx.cells(1);
    QStringList header;
    for (int c = 0; c < table.columns().size(); ++c)
        header << cells.value(QString(QLatin1Char(char('A' + c))) + QLatin1Char('1')).value;
    QCOMPARE(header, table.columns());

    QCOMPARE(cells.value(QStringLiteral("A2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("2026-03-01"));
    QCOMPARE(cells.value(QStringLiteral("B2")).value, QStringLiteral("chat"));
    // offered: an integer; sl_pct and asa_s one decimal; csat_mean two: rounded as the CSV has them.
    QCOMPARE(cells.value(QStringLiteral("C2")).type, QString());
    QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("120"));
    QCOMPARE(xlsx.numberFormat(cells.value(QStringLiteral("C2")).style), QStringLiteral("0"));
    QCOMPARE(cells.value(QStringLiteral("G2")).value.toDouble(), 81.3);
    QCOMPARE(xlsx.numberFormat(cells.value(QStringLiteral("G2")).style), QStringLiteral("0.0"));
    QCOMPARE(cells.value(QStringLiteral("H2")).value.toDouble(), 12.0);
    QCOMPARE(cells.value(QStringLiteral("M2")).value.toDouble(), 4.57);
    QCOMPARE(xlsx.numberFormat(cells.value(QStringLiteral("M2")).style), QStringLiteral("0.00"));
    // An empty metric is an empty cell.
    QVERIFY(!cells.contains(QStringLiteral("G3")));
    QVERIFY(!cells.contains(QStringLiteral("M3")));
    QCOMPARE(cells.value(QStringLiteral("C3")).value, QStringLiteral("1"));
}

// The report's CSV goes through CsvWriter's plain flavour: no byte order mark, formulas defused
// (a text starting with = + - @ gets an apostrophe, a number does not), to stdout and to a file alike.
void TestTableWriter::reportCsvDefusesFormulas()
{
    ReportTable table({QStringLiteral("agent_id"), QStringLiteral("name"), QStringLiteral("aht_s")});
    table.addRow({ReportTable::text(QStringLiteral("-A1")), ReportTable::text(QStringLiteral("=王, 小明")),
                  ReportTable::decimal(12.26, 1)});
    table.addRow({ReportTable::text(QStringLiteral("A2")), ReportTable::text(QString()), ReportTable::decimal({}, 1)});
    const QByteArray expected(
        "agent_id,name,aht_s\r\n'-A1,\"'=\xE7\x8E\x8B, \xE5\xB0\x8F\xE6\x98\x8E\",12.3\r\nA2,,\r\n");
    QCOMPARE(table.toCsv(), expected);
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QString error;
    QVERIFY2(table.save(path, TableWriter::Format::Csv, QStringLiteral("agents"), &error), qPrintable(error));
    QCOMPARE(readAll(path), expected);
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
