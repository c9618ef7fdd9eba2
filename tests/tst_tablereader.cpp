#include "io/CsvReader.h"
#include "io/TableReader.h"
#include "io/TextDecoding.h"
#include "io/XlsxCellText.h"

#include <QBuffer>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zlib.h>

#include <map>

using namespace kefu::io;

namespace {

struct Table
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QStringList problems; // one per row, empty when the row is fine
    QString error;
    QString openError;
    QString format;
    QString encoding;
    char separator = 0;
    double lastProgress = 0;
    bool progressMonotonic = true;
};

QStringList fieldsOf(const Record &record)
{
    QStringList fields;
    for (std::string_view field : record.fields)
        fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
    return fields;
}

Table readAll(std::unique_ptr<TableReader> reader, const QString &openError)
{
    Table table;
    table.openError = openError;
    if (!reader)
        return table;
    table.format = reader->formatName();
    table.encoding = reader->encodingName();
    table.separator = reader->separator();
    Record record;
    double progress = 0;
    while (reader->next(record)) {
        table.rows.append(fieldsOf(record));
        table.lines.append(record.line);
        // The field's number as a user counts them, before the reason.
        table.problems.append(record.problemField >= 0
                                  ? QStringLiteral("column %1: %2").arg(record.problemField + 1).arg(record.problem)
                                  : record.problem);
        if (reader->progress() < progress)
            table.progressMonotonic = false;
        progress = reader->progress();
    }
    table.error = reader->error();
    table.lastProgress = reader->progress();
    return table;
}

Table readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("t.csv"),
                const ReaderOptions &options = {})
{
    QString error;
    auto reader = TableReader::fromBytes(bytes, name, options, &error);
    return readAll(std::move(reader), error);
}

Table readFile(const QString &path, const ReaderOptions &options = {})
{
    QString error;
    auto reader = TableReader::open(path, options, &error);
    return readAll(std::move(reader), error);
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *field : fields)
        list.append(QString::fromUtf8(field));
    return list;
}

QByteArray encode(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray encodeGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// Chinese conversation rows, enough of them to span several 1 MiB read blocks.
QString chineseConversations(int rows)
{
    QString text = QStringLiteral("会话ID,渠道,队列,问题分类,备注\r\n");
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("C%1,电话,售后,质量/描述不符,\"客户说：\"\"坏了\"\" 𠮷😀\"\r\n").arg(i);
    }
    return text;
}

// ---- XLSX fixtures: ZIP archives written here with zlib ----

using Parts = std::map<QString, QByteArray>;

void put16(QByteArray &out, quint32 value)
{
    out += char(value & 0xFF);
    out += char((value >> 8) & 0xFF);
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

struct ZipOptions
{
    quint16 method = 8; // 8 deflate, 0 stored; anything else is written as stored data
    bool wrongCrc = false;
};

QByteArray zipOf(const Parts &parts, ZipOptions options = {})
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : parts) {
        const QByteArray file = name.toUtf8();
        const QByteArray stored = options.method == 8 ? rawDeflate(data) : data;
        quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        if (options.wrongCrc)
            crc ^= 1;
        const auto offset = quint32(out.size());
        auto header = [&](QByteArray &to, bool central) {
            put32(to, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(to, 20);
            put16(to, 20);
            put16(to, 0x0800); // UTF-8 names
            put16(to, options.method);
            put16(to, 0);
            put16(to, 0x21); // 1980-01-01
            put32(to, crc);
            put32(to, quint32(stored.size()));
            put32(to, quint32(data.size()));
            put16(to, quint32(file.size()));
            put16(to, 0);
            if (central) {
                put16(to, 0);
                put16(to, 0);
                put16(to, 0);
                put32(to, 0);
                put32(to, offset);
            }
            to += file;
        };
        header(out, false);
        out += stored;
        header(directory, true);
    }
    const auto directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

const QByteArray MainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + MainNs +
           "><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData><mergeCells count=\"0\"/></worksheet>";
}

QByteArray sharedStringsXml(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst " + MainNs + ">" + items + "</sst>";
}

QByteArray stylesXml(const QByteArray &numFmts, const QByteArray &xfs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet " + MainNs + "><numFmts>" + numFmts +
           "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + xfs +
           "</cellXfs></styleSheet>";
}

Parts workbookParts(const QByteArray &sheet, const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
                    const QByteArray &workbookPr = {})
{
    Parts parts;
    parts[QStringLiteral("[Content_Types].xml")] =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts[QStringLiteral("_rels/.rels")] =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    parts[QStringLiteral("xl/workbook.xml")] = "<?xml version=\"1.0\"?><workbook " + MainNs + ">" + workbookPr +
                                               "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                                               "</workbook>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts[QStringLiteral("xl/sharedStrings.xml")] = sharedStrings;
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "styles\" Target=\"/xl/styles.xml\"/>";
        parts[QStringLiteral("xl/styles.xml")] = styles;
    }
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] = rels + "</Relationships>";
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = sheet;
    return parts;
}

Table readXlsx(const Parts &parts)
{
    return readBytes(zipOf(parts), QStringLiteral("t.xlsx"));
}

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT

private slots:
    // ---- CSV: encodings ----

    void utf8WithoutBom()
    {
        const Table t = readBytes(QStringLiteral("id,channel\r\nC1,电话\r\nC2,邮件\r\n").toUtf8());
        QCOMPARE(t.format, QStringLiteral("CSV"));
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.separator, ',');
        QCOMPARE(t.rows, (QList<QStringList>{row({"id", "channel"}), row({"C1", "电话"}), row({"C2", "邮件"})}));
        QCOMPARE(t.lines, (QList<qint64>{1, 2, 3}));
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.lastProgress, 1.0);
    }

    void utf8BomIsStripped()
    {
        const Table t = readBytes("\xEF\xBB\xBF" + QStringLiteral("id,渠道\nC1,电话\n").toUtf8());
        QCOMPARE(t.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(t.rows.value(0), row({"id", "渠道"}));
        QCOMPARE(t.rows.value(0).value(0).size(), 2);
        QCOMPARE(t.rows.size(), 2);
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("LE") << false;
        QTest::newRow("BE") << true;
    }
    void utf16WithBom()
    {
        QFETCH(bool, bigEndian);
        const QString text = chineseConversations(40000); // about 4 MiB in UTF-16
        const QByteArray bytes = (bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE")) +
                                 encode(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE, text);
        const Table t = readBytes(bytes);
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QCOMPARE(t.encoding, bigEndian ? QStringLiteral("UTF-16BE (BOM)") : QStringLiteral("UTF-16LE (BOM)"));
        QCOMPARE(t.rows.size(), 40001);
        QCOMPARE(t.rows.first(), row({"会话ID", "渠道", "队列", "问题分类", "备注"}));
        for (int i : {0, 1, 12345, 39999})
            QCOMPARE(t.rows.at(i + 1),
                     (QStringList{QStringLiteral("C%1").arg(i), QStringLiteral("电话"), QStringLiteral("售后"),
                                  QStringLiteral("质量/描述不符"), QStringLiteral("客户说：\"坏了\" 𠮷😀")}));
        QVERIFY(t.problems.join(QString()).isEmpty());
        QCOMPARE(t.lines.last(), 40001);
    }

    void utf16UnpairedSurrogateIsAProblem()
    {
        QByteArray bytes = "\xFF\xFE" + encode(QStringEncoder::Utf16LE, QStringLiteral("a,b\nc,"));
        bytes += QByteArray("\x00\xD8", 2); // a high surrogate without its low half
        bytes += encode(QStringEncoder::Utf16LE, QStringLiteral("x\ne,f\n"));
        const Table t = readBytes(bytes);
        QCOMPARE(t.rows.size(), 3);
        QVERIFY(t.problems.at(0).isEmpty());
        QVERIFY2(t.problems.at(1).startsWith(QStringLiteral("column 2: invalid UTF-16")), qPrintable(t.problems.at(1)));
        QCOMPARE(t.rows.at(2), row({"e", "f"}));
        QVERIFY(t.problems.at(2).isEmpty());
    }

    // Without a byte-order mark UTF-16 read as UTF-8 gave a header that matched nothing, and no hint why.
    void utf16WithoutByteOrderMarkIsNamed_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<QString>("text");
        QTest::newRow("LE, Chinese") << false << QStringLiteral("会话ID,渠道,进线时间\nC1,电话,2026-11-11 09:00:00\n");
        QTest::newRow("BE, Chinese") << true << QStringLiteral("会话ID,渠道,进线时间\nC1,电话,2026-11-11 09:00:00\n");
        QTest::newRow("LE, ASCII") << false << QStringLiteral("id,channel,arrived_at\nC1,chat,2026-11-11 09:00:00\n");
    }

    void utf16WithoutByteOrderMarkIsNamed()
    {
        QFETCH(bool, bigEndian);
        QFETCH(QString, text);
        const QByteArray bytes = encode(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE, text);
        const Table t = readBytes(bytes, QStringLiteral("会话.csv"));
        QVERIFY(t.rows.isEmpty());
        QVERIFY2(
            t.openError.startsWith(QStringLiteral("会话.csv: the file looks like UTF-16 without a byte-order mark; "
                                                  "save it as UTF-8")),
            qPrintable(t.openError));
        // Named, it is read.
        ReaderOptions options;
        options.encoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
        const Table named = readBytes(bytes, QStringLiteral("会话.csv"), options);
        QVERIFY2(named.openError.isEmpty(), qPrintable(named.openError));
        QCOMPARE(named.rows.size(), 2);
        QCOMPARE(named.rows.at(1).value(0), QStringLiteral("C1"));
    }

    void gb18030IsDetected()
    {
        const QString text = chineseConversations(50000); // about 3 MiB in GB18030
        const QByteArray bytes = encodeGb18030(text);
        QVERIFY(!isValidUtf8(bytes.constData(), bytes.size()));
        const Table t = readBytes(bytes);
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QCOMPARE(t.encoding, QStringLiteral("GB18030"));
        QCOMPARE(t.rows.size(), 50001);
        QCOMPARE(t.rows.first(), row({"会话ID", "渠道", "队列", "问题分类", "备注"}));
        for (int i : {0, 7, 23456, 49999})
            QCOMPARE(t.rows.at(i + 1).value(4), QStringLiteral("客户说：\"坏了\" 𠮷😀"));
        QVERIFY(t.problems.join(QString()).isEmpty());
        QVERIFY(t.error.isEmpty());
    }

    void gb18030InvalidBytesAreAProblem()
    {
        QByteArray bytes = encodeGb18030(QStringLiteral("会话ID,渠道\nC1,电"));
        bytes += "\x81\x7F"; // a lead byte with a byte that cannot follow it
        bytes += encodeGb18030(QStringLiteral("话\nC2,邮件\n"));
        ReaderOptions options;
        options.encoding = QStringLiteral("GB18030");
        const Table t = readBytes(bytes, QStringLiteral("t.csv"), options);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.problems.at(1), QStringLiteral("column 2: invalid GB18030 byte sequence"));
        QCOMPARE(t.rows.at(2), row({"C2", "邮件"}));
        QVERIFY(t.problems.at(2).isEmpty());
    }

    void encodingOption()
    {
        // 中文 in UTF-8 is also valid GB18030 (three other characters): detection says UTF-8, the option
        // overrides.
        const QByteArray bytes = QStringLiteral("中文,x\n").toUtf8();
        QCOMPARE(readBytes(bytes).rows.value(0).value(0), QStringLiteral("中文"));
        ReaderOptions options;
        options.encoding = QStringLiteral("gbk");
        const Table gbk = readBytes(bytes, QStringLiteral("t.csv"), options);
        QCOMPARE(gbk.encoding, QStringLiteral("GB18030"));
        QStringDecoder gb18030("GB18030");
        const QString mojibake = gb18030.decode(QByteArrayView(bytes).first(6));
        QCOMPARE(mojibake.size(), 3);
        QCOMPARE(gbk.rows.value(0).value(0), mojibake);

        // GB18030 bytes read as UTF-8 on request: every record with Chinese text is a problem.
        options.encoding = QStringLiteral("UTF-8");
        const Table utf8 =
            readBytes(encodeGb18030(QStringLiteral("id,名\n1,张三\n")), QStringLiteral("t.csv"), options);
        QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(utf8.rows.size(), 2);
        QVERIFY(utf8.problems.at(0).startsWith(QStringLiteral("column 2: invalid UTF-8 byte sequence")));

        // UTF-16 without a BOM is little-endian; UTF-16BE names the order.
        options.encoding = QStringLiteral("UTF-16");
        QCOMPARE(readBytes(encode(QStringEncoder::Utf16LE, QStringLiteral("甲,乙\n")), QStringLiteral("t.csv"), options)
                     .rows.value(0),
                 row({"甲", "乙"}));
        options.encoding = QStringLiteral("UTF-16BE");
        const Table be =
            readBytes(encode(QStringEncoder::Utf16BE, QStringLiteral("甲,乙\n")), QStringLiteral("t.csv"), options);
        QCOMPARE(be.rows.value(0), row({"甲", "乙"}));
        QCOMPARE(be.encoding, QStringLiteral("UTF-16BE"));

        options.encoding = QStringLiteral("latin-9");
        const Table unknown = readBytes("a\n", QStringLiteral("t.csv"), options);
        QVERIFY(unknown.openError.startsWith(QStringLiteral("t.csv: unknown encoding \"latin-9\"")));
    }

    void invalidUtf8LaterInTheFile()
    {
        // The first MiB is clean UTF-8, so the file is UTF-8; the bad record further on is rejected
        // on its own and the records after it are read.
        QByteArray bytes = "id,name,note\n";
        for (int i = 0; i < 40000; ++i)
            bytes += QStringLiteral("%1,张三,备注备注备注\n").arg(i).toUtf8();
        QVERIFY(bytes.size() > CsvReader::BlockSize);
        bytes += "bad,ok,caf\xE9 au lait\n";
        bytes += "after,李四,x\n";
        const Table t = readBytes(bytes);
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.rows.size(), 40003);
        QCOMPARE(t.problems.at(40001), QStringLiteral("column 3: invalid UTF-8 byte sequence; if the file was saved "
                                                      "as GBK/GB18030, choose the encoding GB18030 (--encoding GB18030)"));
        QCOMPARE(t.lines.at(40001), 40002);
        QCOMPARE(t.rows.at(40002), row({"after", "李四", "x"}));
        QVERIFY(t.problems.at(40002).isEmpty());
        QVERIFY(t.error.isEmpty());
    }

    void utf8Detection()
    {
        QVERIFY(looksLikeUtf8("abc\xE4\xB8", 5, true)); // cut inside 中
        QVERIFY(!looksLikeUtf8("abc\xE4\xB8", 5, false));
        QVERIFY(!looksLikeUtf8("abc\xC0\x80", 5, true));  // overlong
        QVERIFY(!looksLikeUtf8("\xED\xA0\x80", 3, true)); // surrogate
        QVERIFY(isValidUtf8("\xF0\x9F\x98\x80", 4));
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80", 4)); // above U+10FFFF
        QCOMPARE(firstInvalidUtf8("abcdefghij\xFFk", 12), 10);
    }

    // ---- CSV: structure ----

    void quotedFields()
    {
        const QByteArray bytes = "id,text,n\r\n"
                                 "1,\"a, b\",x\r\n"
                                 "2,\"say \"\"hi\"\"\",y\r\n"
                                 "3,\"two\r\nlines\nand\rthree\",z\r\n"
                                 "4,\"\",\r\n"
                                 "5,last\r\n";
        const Table t = readBytes(bytes);
        QCOMPARE(t.rows, (QList<QStringList>{row({"id", "text", "n"}), row({"1", "a, b", "x"}),
                                             row({"2", "say \"hi\"", "y"}), row({"3", "two\r\nlines\nand\rthree", "z"}),
                                             row({"4", "", ""}), row({"5", "last"})}));
        QCOMPARE(t.lines, (QList<qint64>{1, 2, 3, 4, 8, 9}));
    }

    void lenientQuotes()
    {
        const Table t = readBytes("ab\"c,\"x\"y,\"q\" r,\"\"\"\",z\"\"\n");
        QCOMPARE(t.rows.value(0), row({"ab\"c", "xy", "q r", "\"", "z\"\""}));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("h1,h2\na,b\n\"c\nd\",e\nf,g");
        QTest::newRow("CRLF") << QByteArray("h1,h2\r\na,b\r\n\"c\r\nd\",e\r\nf,g\r\n");
        QTest::newRow("CR") << QByteArray("h1,h2\ra,b\r\"c\rd\",e\rf,g\r");
        QTest::newRow("mixed") << QByteArray("h1,h2\r\na,b\r\"c\nd\",e\nf,g\r\n");
    }
    void lineEndings()
    {
        QFETCH(QByteArray, bytes);
        const Table t = readBytes(bytes);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(1), row({"a", "b"}));
        QCOMPARE(t.rows.at(2).value(1), QStringLiteral("e"));
        QCOMPARE(t.rows.at(3), row({"f", "g"}));
        QCOMPARE(t.lines, (QList<qint64>{1, 2, 3, 5}));
    }

    void blankRecordsAreSkipped()
    {
        const Table t = readBytes("\n\nid,x\n\n,,\r\n\"\",\na,b\n,\n");
        QCOMPARE(t.rows, (QList<QStringList>{row({"id", "x"}), row({"a", "b"})}));
        QCOMPARE(t.lines, (QList<qint64>{3, 7}));
    }

    void trailingSeparatorAndNoFinalNewline()
    {
        const Table t = readBytes("a,b,\nc,,d");
        QCOMPARE(t.rows, (QList<QStringList>{row({"a", "b", ""}), row({"c", "", "d"})}));
    }

    void emptyFile()
    {
        const Table t = readBytes(QByteArray());
        QVERIFY(t.openError.isEmpty());
        QVERIFY(t.rows.isEmpty());
        QVERIFY(t.error.isEmpty());
    }

    void separator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<char>("forced");
        QTest::addColumn<char>("separator");
        QTest::addColumn<QStringList>("first");
        QTest::newRow("comma") << QByteArray("a,b\tc\n") << QStringLiteral("x.csv") << '\0' << ','
                               << row({"a", "b\tc"});
        QTest::newRow(".tsv") << QByteArray("a,b\tc\n") << QStringLiteral("x.TSV") << '\0' << '\t' << row({"a,b", "c"});
        QTest::newRow(".txt") << QByteArray("a b\tc\n") << QStringLiteral("x.txt") << '\0' << '\t' << row({"a b", "c"});
        QTest::newRow("tab header") << QByteArray("\nid\tname\t\"x,y\"\n1\t2,5\t3\n") << QStringLiteral("x.csv") << '\0'
                                    << '\t' << row({"id", "name", "x,y"});
        QTest::newRow("tabs and commas") << QByteArray("id\tname,x\n") << QStringLiteral("x.csv") << '\0' << ','
                                         << row({"id\tname", "x"});
        QTest::newRow("forced") << QByteArray("a;b\tc\n") << QStringLiteral("x.tsv") << ';' << ';'
                                << row({"a", "b\tc"});
    }
    void separator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(char, forced);
        QFETCH(char, separator);
        QFETCH(QStringList, first);
        ReaderOptions options;
        options.separator = forced;
        const Table t = readBytes(bytes, name, options);
        QCOMPARE(t.separator, separator);
        QCOMPARE(t.rows.value(0), first);
    }

    void unclosedQuote()
    {
        const Table t = readBytes("id,text\n1,ok\n2,\"opened\nand never\nclosed\n");
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.error, QStringLiteral("line 3: quoted field opened here is never closed"));
        // The quote opens on the record's second physical line.
        const Table second = readBytes("1,\"a\nb\",\"c\n\n");
        QCOMPARE(second.error, QStringLiteral("line 2: quoted field opened here is never closed"));
    }

    void recordLongerThanLimit_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::newRow("unquoted") << false;
        QTest::newRow("unclosed quote") << true;
    }
    void recordLongerThanLimit()
    {
        QFETCH(bool, quoted);
        QByteArray bytes = "id,text\r\n1,ok\r\n2,";
        if (quoted)
            bytes += '"';
        const QByteArray line = QByteArray(99, 'x') + '\n';
        while (bytes.size() < MaxRecordBytes + 2 * 1024 * 1024)
            bytes += quoted ? line : QByteArray(100, 'y');
        QString error;
        auto reader = TableReader::fromBytes(bytes, QStringLiteral("big.csv"), {}, &error);
        QVERIFY(reader);
        Record record;
        QVERIFY(reader->next(record));
        QVERIFY(reader->next(record));
        QCOMPARE(record.line, 2);
        QVERIFY(!reader->next(record));
        QCOMPARE(reader->error(), QStringLiteral("line 3: record longer than 16 MiB (unclosed quote?)"));
        auto *csv = dynamic_cast<CsvReader *>(reader.get());
        QVERIFY(csv);
        QVERIFY(csv->bufferCapacity() <= MaxRecordBytes + 2 * CsvReader::BlockSize);
    }

    void tooManyFields()
    {
        const Table t = readBytes("a,b\n" + QByteArray(qsizetype(CsvReader::MaxFields) + 5, ',') + "x\n");
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.error, QStringLiteral("line 2: record has more than 1048576 fields"));
    }

    void longRecordBelowTheLimit()
    {
        // A 5 MiB field grows the buffer; it shrinks back once the records are short again.
        QByteArray bytes = "id,text\n1,\"";
        bytes += QByteArray(5 * 1024 * 1024, 'z');
        bytes += "\"\n";
        for (int i = 0; i < 600000; ++i) // 12 MiB: more reads after the long record
            bytes += "2,short record text\n";
        auto reader = TableReader::fromBytes(bytes, QStringLiteral("t.csv"), {}, nullptr);
        auto *csv = dynamic_cast<CsvReader *>(reader.get());
        QVERIFY(csv);
        Record record;
        QVERIFY(reader->next(record));
        QVERIFY(reader->next(record));
        QCOMPARE(record.fields.at(1).size(), size_t(5 * 1024 * 1024));
        QVERIFY(csv->bufferCapacity() > CsvReader::BlockSize);
        int rows = 0;
        while (reader->next(record))
            ++rows;
        QCOMPARE(rows, 600000);
        QCOMPARE(csv->bufferCapacity(), CsvReader::BlockSize);
        QVERIFY(reader->error().isEmpty());
    }

    void largeFileWithBoundedMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conversations.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xEF\xBB\xBF"
                       "id,channel,queue,customer_id,customer_tier,agent_id,arrived_at,answered_at,ended_at,"
                       "abandoned_at,wrap_seconds,transfers,resolved,csat,category,order_id,script_ids\r\n");
            QByteArray chunk;
            for (int i = 0; i < 200000; ++i) {
                chunk += QStringLiteral("C%1,chat,售后,U%2,standard,A%3,2024-03-01 09:%4:00,2024-03-01 09:%4:30,"
                                        "2024-03-01 09:%5:10,,30,0,1,5,\"物流, 快递\",O%1,S1;S2\r\n")
                             .arg(i)
                             .arg(i % 9973)
                             .arg(i % 50)
                             .arg(i % 50, 2, 10, QLatin1Char('0'))
                             .arg((i + 3) % 50, 2, 10, QLatin1Char('0'))
                             .toUtf8();
                if (chunk.size() > 1 << 20) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
        }
        QString error;
        auto reader = TableReader::open(path, {}, &error);
        QVERIFY2(reader, qPrintable(error));
        auto *csv = dynamic_cast<CsvReader *>(reader.get());
        QVERIFY(csv);
        Record record;
        qint64 rows = 0;
        qint64 fields = 0;
        double progress = 0;
        QElapsedTimer timer;
        timer.start();
        while (reader->next(record)) {
            ++rows;
            fields += qint64(record.fields.size());
            QVERIFY(record.problem.isEmpty());
            QVERIFY(reader->progress() >= progress);
            progress = reader->progress();
            QCOMPARE(csv->bufferCapacity(), CsvReader::BlockSize);
        }
        const qint64 elapsed = timer.nsecsElapsed();
        QVERIFY(reader->error().isEmpty());
        QCOMPARE(rows, 200001);
        QCOMPARE(fields, 200001 * 17);
        QCOMPARE(reader->progress(), 1.0);
        QCOMPARE(record.line, 0);
        qInfo("read %lld rows in %.1f ms (with per-row checks)", rows, double(elapsed) / 1e6);
    }

    void lastRecordFields()
    {
        // Field views of a record point into the reader's buffers; check them on a record whose
        // fields are unescaped into the scratch buffer and a plain one.
        auto reader = TableReader::fromBytes("\"a\"\"1\",\"b\"x,c,\"d\"\"\"\n", QStringLiteral("t.csv"), {}, nullptr);
        Record record;
        QVERIFY(reader->next(record));
        QCOMPARE(fieldsOf(record), row({"a\"1", "bx", "c", "d\""}));
    }

    void openErrors()
    {
        QTemporaryDir dir;
        const Table missing = readFile(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(
            missing.openError.startsWith(dir.filePath(QStringLiteral("nope.csv")) + QStringLiteral(": cannot open")));
        const Table folder = readFile(dir.path());
        QVERIFY2(folder.openError.startsWith(dir.path() + QStringLiteral(": ")), qPrintable(folder.openError));
        const Table xls = readBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(500, '\0'),
                                    QStringLiteral("old.csv"));
        QVERIFY(xls.openError.startsWith(QStringLiteral("old.csv: an Excel 97-2003 (.xls) or password-protected")));
    }

    // ---- XLSX ----

    void xlsxSharedAndRichStrings()
    {
        const QByteArray strings = sharedStringsXml(
            "<si><t>id</t></si>"
            "<si><t xml:space=\"preserve\"> 渠道 </t></si>"
            "<si><r><t>Hel</t></r><r><rPr><b/></rPr><t>lo</t></r><r><t xml:space=\"preserve\"> 世界</t></r></si>"
            "<si><t>电话</t><rPh sb=\"0\" eb=\"2\"><t>dianhua</t></rPh><phoneticPr fontId=\"1\"/></si>"
            "<si><t>line_x000D_\nbreak &amp; _x005F_x000D_</t></si>"
            "<si/>");
        const QByteArray sheet =
            sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                     "</row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\">"
                     "<v>3</v></c><c r=\"C2\" t=\"s\"><v>4</v></c><c r=\"D2\" t=\"s\"><v>5</v>"
                     "</c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c></row>");
        const Table t = readXlsx(workbookParts(sheet, strings));
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QCOMPARE(t.format, QStringLiteral("XLSX"));
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.separator, '\0');
        QCOMPARE(t.rows.value(0), row({"id", " 渠道 "}));
        QCOMPARE(t.rows.value(1), row({"Hello 世界", "电话", "line\r\nbreak & _x000D_"}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.problems.value(2), QStringLiteral("column 1: shared string 99 does not exist"));
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.lastProgress, 1.0);
    }

    void xlsxInlineAndFormulaStrings()
    {
        const QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>会话ID</t></is></c>"
                                          "<c r=\"B1\" t=\"inlineStr\"><is><r><t>A</t></r><r><t>B</t></r></is></c>"
                                          "<c r=\"C1\" t=\"str\"><f>CONCAT(\"x\",\"y\")</f><v>xy</v></c>"
                                          "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                                          "<c r=\"E1\" t=\"b\"><v>1</v></c><c r=\"F1\" t=\"b\"><v>0</v></c>"
                                          "<c r=\"G1\" t=\"d\"><v>2024-03-01T09:30:00</v></c></row>");
        const Table t = readXlsx(workbookParts(sheet));
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QCOMPARE(t.rows.value(0), row({"会话ID", "AB", "xy", "#DIV/0!", "1", "0", "2024-03-01T09:30:00"}));
    }

    void xlsxNumbersAndDates()
    {
        const QByteArray styles = stylesXml(
            "<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\\ h:mm:ss\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"&quot;Day &quot;0\"/>"
            "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm:ss\"/>"
            "<numFmt numFmtId=\"167\" formatCode=\"[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
            "<numFmt numFmtId=\"168\" formatCode=\"#,##0.00_);[Red]\\(#,##0.00\\)\"/>",
            "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf numFmtId=\"164\"/>"
            "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"31\"/>"
            "<xf numFmtId=\"168\"/>");
        const QByteArray sheet = sheetXml(
            // numbers, unstyled and with number formats
            "<row r=\"1\"><c r=\"A1\"><v>42</v></c><c r=\"B1\" s=\"0\"><v>3.0</v></c><c r=\"C1\"><v>0.1</v></c>"
            "<c r=\"D1\"><v>0.30000000000000004</v></c><c r=\"E1\"><v>-12.5</v></c><c r=\"F1\"><v>1.5E-3</v></c>"
            "<c r=\"G1\"><v>123456789012345</v></c><c r=\"H1\" s=\"4\"><v>7</v></c><c r=\"I1\" "
            "s=\"8\"><v>1234.5</v></c>"
            "<c r=\"J1\"><v>1E+21</v></c><c r=\"K1\"><v/></c><c r=\"L1\"><v>n/a</v></c></row>"
            // dates with built-in and custom formats
            "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45292</v></c><c r=\"B2\" s=\"2\"><v>45292.5</v></c>"
            "<c r=\"C2\" s=\"3\"><v>45352.39583333333</v></c><c r=\"D2\" s=\"5\"><v>0.75</v></c>"
            "<c r=\"E2\" s=\"6\"><v>45658</v></c><c r=\"F2\" s=\"7\"><v>45658</v></c>"
            "<c r=\"G2\" s=\"1\"><v>45292.25</v></c><c r=\"H2\" s=\"2\"><v>45292.999999999</v></c></row>"
            // the 1900 system's phantom leap day
            "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>59</v></c><c r=\"B3\" s=\"1\"><v>60</v></c>"
            "<c r=\"C3\" s=\"1\"><v>61</v></c><c r=\"D3\" s=\"1\"><v>1</v></c><c r=\"E3\" s=\"1\"><v>-1</v></c>"
            "<c r=\"F3\" s=\"99\"><v>45292</v></c></row>");
        const Table t = readXlsx(workbookParts(sheet, {}, styles));
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.rows.value(0), row({"42", "3", "0.1", "0.3", "-12.5", "0.0015", "123456789012345", "7", "1234.5",
                                       "1E+21", "", "n/a"}));
        QCOMPARE(t.rows.value(1), row({"2024-01-01", "2024-01-01 12:00:00", "2024-03-01 09:30:00", "18:00:00",
                                       "2025-01-01", "2025-01-01", "2024-01-01 06:00:00", "2024-01-02 00:00:00"}));
        QCOMPARE(t.rows.value(2), row({"1900-02-28", "1900-02-29", "1900-03-01", "1900-01-01", "-1", "45292"}));
    }

    void xlsx1904Dates()
    {
        const QByteArray styles = stylesXml({}, "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/>");
        const QByteArray sheet =
            sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43830</v>"
                     "</c><c r=\"C1\" s=\"2\"><v>43830.75</v></c></row>");
        const Table t = readXlsx(workbookParts(sheet, {}, styles, "<workbookPr date1904=\"1\"/>"));
        const QString expected = QDate(1904, 1, 1).addDays(43830).toString(Qt::ISODate);
        QCOMPARE(expected, QStringLiteral("2024-01-01"));
        QCOMPARE(t.rows.value(0),
                 (QStringList{QStringLiteral("1904-01-01"), expected, expected + QStringLiteral(" 18:00:00")}));
    }

    void xlsxSparseCellsAndSkippedRows()
    {
        const QByteArray sheet = sheetXml(
            "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
            "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" s=\"3\"/><c r=\"B2\"><v></v></c></row>" // styled but empty: blank
            "<row r=\"4\"><c r=\"C4\"><v>3</v></c></row>"
            "<row r=\"6\"><c r=\"E6\"><v>5</v></c><c r=\"B6\"><v>2</v></c></row>" // out of order
            "<row><c><v>1</v></c><c><v>2</v></c></row>" // no references: row 7, columns A and B
            "<row r=\"1048576\"><c r=\"XFD1048576\"><v>9</v></c></row>");
        const Table t = readXlsx(workbookParts(sheet));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(t.rows.at(0), row({"a", "b", "c"}));
        QCOMPARE(t.rows.at(1), row({"", "", "3"}));
        QCOMPARE(t.rows.at(2), row({"", "2", "", "", "5"}));
        QCOMPARE(t.rows.at(3), row({"1", "2"}));
        QCOMPARE(t.rows.at(4).size(), 16384);
        QCOMPARE(t.rows.at(4).last(), QStringLiteral("9"));
        QCOMPARE(t.lines, (QList<qint64>{1, 4, 6, 7, 1048576}));
    }

    void xlsxFirstSheetInWorkbookOrder()
    {
        Parts parts = workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        parts[QStringLiteral("xl/workbook.xml")] =
            "<?xml version=\"1.0\"?><workbook " + MainNs +
            "><sheets><sheet name=\"汇总\" sheetId=\"2\" r:id=\"rId7\"/><sheet name=\"Data\" sheetId=\"1\" "
            "r:id=\"rId1\"/></sheets></workbook>";
        parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"./worksheets/../worksheets/summary.xml\"/></Relationships>";
        parts[QStringLiteral("xl/worksheets/summary.xml")] = sheetXml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>");
        QCOMPARE(readXlsx(parts).rows.value(0), row({"2"}));

        // Without relationships the first sheet is sheet1.xml.
        parts.erase(QStringLiteral("xl/_rels/workbook.xml.rels"));
        QCOMPARE(readXlsx(parts).rows.value(0), row({"1"}));
    }

    void xlsxErrors()
    {
        const Table notZip = readBytes("id,name\n1,x\n", QStringLiteral("data.xlsx"));
        QCOMPARE(notZip.openError, QStringLiteral("data.xlsx: not an XLSX workbook (not a ZIP archive)"));

        Parts noWorkbook;
        noWorkbook[QStringLiteral("word/document.xml")] = "<document/>";
        const Table docx = readBytes(zipOf(noWorkbook), QStringLiteral("report.docx"));
        QCOMPARE(docx.openError, QStringLiteral("report.docx: not an XLSX workbook (it has no xl/workbook.xml)"));

        Parts noSheet = workbookParts(sheetXml({}));
        noSheet.erase(QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(readXlsx(noSheet).openError,
                 QStringLiteral("t.xlsx: the workbook's first sheet (xl/worksheets/sheet1.xml) is missing"));

        const Table badStrings = readXlsx(workbookParts(sheetXml({}), sharedStringsXml("<si><t>x</si>")));
        QVERIFY2(badStrings.openError.startsWith(QStringLiteral("t.xlsx: sharedStrings.xml line 2: ")),
                 qPrintable(badStrings.openError));

        const Table badSheet = readXlsx(workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n"
                                                               "<row r=\"2\"><c r=\"A2\"><v>2</c></row>")));
        QCOMPARE(badSheet.rows.size(), 1);
        QVERIFY2(badSheet.error.startsWith(QStringLiteral("sheet1.xml line 3: ")), qPrintable(badSheet.error));

        const Table badReference = readXlsx(workbookParts(sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")));
        QVERIFY2(badReference.error.contains(QStringLiteral("cell reference \"XFE1\" is not a valid cell")),
                 qPrintable(badReference.error));

        QByteArray truncated = zipOf(workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")));
        truncated.truncate(truncated.size() / 2);
        QVERIFY(!readBytes(truncated, QStringLiteral("t.xlsx")).openError.isEmpty());
    }

    void xlsxArchives()
    {
        const Parts parts =
            workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>存储</t></is></c></row>"));
        ZipOptions stored;
        stored.method = 0;
        QCOMPARE(readBytes(zipOf(parts, stored), QStringLiteral("t.xlsx")).rows.value(0), row({"存储"}));

        ZipOptions bzip2;
        bzip2.method = 12;
        QCOMPARE(readBytes(zipOf(parts, bzip2), QStringLiteral("t.xlsx")).openError,
                 QStringLiteral("t.xlsx: _rels/.rels uses ZIP compression method 12, which is not supported"));

        ZipOptions wrongCrc;
        wrongCrc.wrongCrc = true;
        const Table damaged = readBytes(zipOf(parts, wrongCrc), QStringLiteral("t.xlsx"));
        QVERIFY2(damaged.openError.contains(QStringLiteral("the ZIP data is damaged (wrong checksum or size)")),
                 qPrintable(damaged.openError));

        // Part names are case-insensitive; the directory is found behind an archive comment.
        Parts upper;
        for (const auto &[name, data] : parts)
            upper[name == QStringLiteral("xl/workbook.xml") ? QStringLiteral("XL/Workbook.XML") : name] = data;
        QByteArray commented = zipOf(upper);
        commented.chop(2);
        put16(commented, 5);
        commented += "hello";
        QCOMPARE(readBytes(commented, QStringLiteral("t.xlsx")).rows.value(0), row({"存储"}));
    }

    void xlsxBoundedMemory()
    {
        // One cell that inflates to 20 MiB: an error, not 20 MiB (times two) in memory.
        const QByteArray huge = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" +
                                         QByteArray(20 * 1024 * 1024, 'a') + "</t></is></c></row>");
        const QByteArray zipped = zipOf(workbookParts(huge));
        QVERIFY(zipped.size() < 200 * 1024);
        const Table t = readBytes(zipped, QStringLiteral("t.xlsx"));
        QVERIFY(t.rows.isEmpty());
        QVERIFY2(t.error.contains(QStringLiteral("longer than 16 MiB")), qPrintable(t.error));

        // A row of many references to one long shared string.
        QByteArray cells;
        for (int column = 1; column <= 40; ++column)
            cells += "<c t=\"s\"><v>0</v></c>";
        const Table wide =
            readXlsx(workbookParts(sheetXml("<row r=\"1\">" + cells + "</row>"),
                                   sharedStringsXml("<si><t>" + QByteArray(1024 * 1024, 'b') + "</t></si>")));
        QVERIFY(wide.rows.isEmpty());
        QCOMPARE(wide.error, QStringLiteral("sheet1.xml line 2: row 1 is longer than 16 MiB"));
    }

    void xlsxWrittenByLibxlsxwriter_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void xlsxWrittenByLibxlsxwriter()
    {
        QFETCH(bool, constantMemory);
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("written.xlsx")).toLocal8Bit();
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        QByteArray tmp = dir.path().toLocal8Bit();
        options.tmpdir = tmp.data();
        lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "会话");
        lxw_format *date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy-mm-dd hh:mm:ss");
        lxw_format *shortDate = workbook_add_format(workbook);
        format_set_num_format_index(shortDate, 14);
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        const char *headers[] = {"会话ID", "进线时间", "入职日期", "csat", "resolved", "备注", "amount"};
        for (lxw_col_t column = 0; column < 7; ++column)
            worksheet_write_string(sheet, 0, column, headers[column], nullptr);
        worksheet_write_string(sheet, 1, 0, "C1", nullptr);
        lxw_datetime arrived = {2024, 3, 1, 9, 30, 15};
        worksheet_write_datetime(sheet, 1, 1, &arrived, date);
        lxw_datetime hired = {2021, 7, 15, 0, 0, 0};
        worksheet_write_datetime(sheet, 1, 2, &hired, shortDate);
        worksheet_write_number(sheet, 1, 3, 5, nullptr);
        worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
        char plain[] = "很好，";
        char strong[] = "非常满意";
        lxw_rich_string_tuple first = {nullptr, plain};
        lxw_rich_string_tuple second = {bold, strong};
        lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
        worksheet_write_rich_string(sheet, 1, 5, rich, nullptr);
        worksheet_write_number(sheet, 1, 6, 19.99, nullptr);
        worksheet_write_string(sheet, 3, 1, "sparse", nullptr);
        worksheet_write_formula_str(sheet, 4, 0, "=\"C\"&\"5\"", nullptr, "C5");
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        const Table t = readFile(QString::fromLocal8Bit(path));
        QVERIFY2(t.openError.isEmpty(), qPrintable(t.openError));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.format, QStringLiteral("XLSX"));
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(0), row({"会话ID", "进线时间", "入职日期", "csat", "resolved", "备注", "amount"}));
        QCOMPARE(t.rows.at(1), row({"C1", "2024-03-01 09:30:15", "2021-07-15", "5", "1", "很好，非常满意", "19.99"}));
        QCOMPARE(t.rows.at(2), row({"", "sparse"}));
        QCOMPARE(t.rows.at(3), row({"C5"}));
        QCOMPARE(t.lines, (QList<qint64>{1, 2, 4, 5}));
        QCOMPARE(t.lastProgress, 1.0);
    }

    void cellText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("integer") << 1234567.0 << QStringLiteral("1234567");
        QTest::newRow("2^53-1") << 9007199254740991.0 << QStringLiteral("9007199254740991");
        QTest::newRow("float noise") << 0.1 + 0.2 << QStringLiteral("0.3");
        QTest::newRow("third") << 1.0 / 3 << QStringLiteral("0.333333333333333");
        QTest::newRow("small") << 0.000123 << QStringLiteral("0.000123");
        QTest::newRow("tiny") << 1.5e-12 << QStringLiteral("1.5E-12");
        QTest::newRow("big") << 1.2345678901234567e19 << QStringLiteral("12345678901234600000");
        QTest::newRow("huge") << 2.5e300 << QStringLiteral("2.5E+300");
        QTest::newRow("negative") << -45.125 << QStringLiteral("-45.125");
    }
    void cellText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        std::string out;
        xlsx::appendNumber(value, out);
        QCOMPARE(QString::fromStdString(out), text);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using xlsx::DateKind;
        QTest::newRow("General") << QStringLiteral("General") << int(DateKind::None);
        QTest::newRow("number") << QStringLiteral("#,##0.00") << int(DateKind::None);
        QTest::newRow("quoted") << QStringLiteral("0\" days\"") << int(DateKind::None);
        QTest::newRow("escaped") << QStringLiteral("0\\h") << int(DateKind::None);
        QTest::newRow("color") << QStringLiteral("[Red]0.00;[Blue]-0.00") << int(DateKind::None);
        QTest::newRow("scientific") << QStringLiteral("0.00E+00") << int(DateKind::None);
        QTest::newRow("date") << QStringLiteral("yyyy/m/d;@") << int(DateKind::Date);
        QTest::newRow("months") << QStringLiteral("mmm-yy") << int(DateKind::Date);
        QTest::newRow("chinese") << QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"") << int(DateKind::Date);
        QTest::newRow("datetime") << QStringLiteral("yyyy-mm-dd hh:mm:ss") << int(DateKind::DateTime);
        QTest::newRow("minutes") << QStringLiteral("mm:ss") << int(DateKind::Time);
        QTest::newRow("ampm") << QStringLiteral("h:mm AM/PM") << int(DateKind::Time);
        QTest::newRow("elapsed") << QStringLiteral("[h]:mm") << int(DateKind::Time);
        QTest::newRow("elapsed only") << QStringLiteral("[ss]") << int(DateKind::Time);
    }
    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(xlsx::formatCodeKind(code)), kind);
    }

    void columnReferences()
    {
        QCOMPARE(xlsx::columnOfReference(u"A1"), 1);
        QCOMPARE(xlsx::columnOfReference(u"Z9"), 26);
        QCOMPARE(xlsx::columnOfReference(u"AA10"), 27);
        QCOMPARE(xlsx::columnOfReference(u"XFD1048576"), 16384);
        QCOMPARE(xlsx::columnOfReference(u"XFE1"), 0);
        QCOMPARE(xlsx::columnOfReference(u"ABCD1"), 0);
        QCOMPARE(xlsx::columnOfReference(u"1A"), 0);
        QCOMPARE(xlsx::columnOfReference(u"A1B"), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
