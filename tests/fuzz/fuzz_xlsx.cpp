// libFuzzer target: XLSX through TableReader::fromBytes. An input that starts with "PK" is read as
// it is; any other input is the XML of a workbook's parts, separated by lines "##" (sheet, shared
// strings, styles, workbook, workbook relationships; missing ones take defaults), stored in a ZIP
// archive here, so that mutations reach the XML readers instead of breaking the compression.
#include "FuzzSupport.h"

#include <QList>

#include <zlib.h>

#include <cstddef>
#include <cstdint>

namespace {

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

// A ZIP archive of stored (uncompressed) entries.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const auto offset = quint32(out.size());
        for (int central = 0; central < 2; ++central) {
            QByteArray &to = central ? directory : out;
            put32(to, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(to, 20);
            put16(to, 20);
            put16(to, 0);
            put16(to, 0);
            put16(to, 0);
            put16(to, 0x21);
            put32(to, crc);
            put32(to, quint32(data.size()));
            put32(to, quint32(data.size()));
            put16(to, quint32(name.size()));
            put16(to, 0);
            if (central) {
                put16(to, 0);
                put16(to, 0);
                put16(to, 0);
                put32(to, 0);
                put32(to, offset);
            }
            to += name;
            if (!central)
                to += data;
        }
    }
    const auto directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray workbookOf(const QByteArray &input)
{
    QList<QByteArray> pieces;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\n##\n", from);
        if (at < 0) {
            pieces.append(input.mid(from));
            break;
        }
        pieces.append(input.mid(from, at - from));
        from = at + 4;
    }
    const QByteArray workbook =
        pieces.value(3, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr/>"
                        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    const QByteArray relationships = pieces.value(
        4, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://"
           "schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "styles\" Target=\"styles.xml\"/></Relationships>");
    QList<std::pair<QByteArray, QByteArray>> entries;
    entries.append({"xl/workbook.xml", workbook});
    entries.append({"xl/_rels/workbook.xml.rels", relationships});
    entries.append({"xl/worksheets/sheet1.xml", pieces.value(0)});
    if (pieces.size() > 1)
        entries.append({"xl/sharedStrings.xml", pieces.value(1)});
    if (pieces.size() > 2)
        entries.append({"xl/styles.xml", pieces.value(2)});
    return storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : workbookOf(input);
    kefu::fuzz::readEverything(bytes, QStringLiteral("fuzz.xlsx"), {});
    return 0;
}
