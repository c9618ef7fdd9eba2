#pragma once

// Reads an XLSX file the way a test needs to look at it: the ZIP's parts, the sheets' names, each
// cell's type, style and value, and what a style means (number format, bold). Independent of
// libxlsxwriter, which wrote the file, and of the XLSX reader of models/io. The ZIP is read here with
// zlib: QuaZip cannot be in a process that writes XLSX (models/exporting/CMakeLists.txt says why).

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zlib.h>

namespace kefu::test {

struct XlsxCell
{
    QString type;  // the t attribute: "" (a number), "inlineStr", "s", "b", "str", …
    int style = 0; // the s attribute
    QString value; // <v>, or the text of an inline string
    bool formula = false;
};

class XlsxProbe
{
public:
    explicit XlsxProbe(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        m_valid = unzip(file.readAll()) && m_parts.contains(QStringLiteral("xl/workbook.xml"));
        readStyles();
    }

    bool isValid() const { return m_valid; }
    QStringList parts() const { return m_parts.keys(); }
    QByteArray part(const QString &name) const { return m_parts.value(name); }
    QByteArray sheetXml(int sheet) const { return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)); }

    QStringList sheetNames() const
    {
        QStringList names;
        QXmlStreamReader xml(part(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
                names << xml.attributes().value(QLatin1String("name")).toString();
        }
        return names;
    }

    // The cells of sheet (1-based) by reference ("A1").
    QHash<QString, XlsxCell> cells(int sheet) const
    {
        QHash<QString, XlsxCell> cells;
        QXmlStreamReader xml(sheetXml(sheet));
        QString ref;
        XlsxCell cell;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("c")) {
                    ref = xml.attributes().value(QLatin1String("r")).toString();
                    cell = XlsxCell();
                    cell.type = xml.attributes().value(QLatin1String("t")).toString();
                    cell.style = xml.attributes().value(QLatin1String("s")).toInt();
                } else if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")) {
                    cell.value += xml.readElementText();
                } else if (xml.name() == QLatin1String("f")) {
                    cell.formula = true;
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                cells.insert(ref, cell);
            }
        }
        return cells;
    }

    // The number format of a cell style: its format code, or "General".
    QString numberFormat(int style) const
    {
        const int id = m_xfNumberFormats.value(style, 0);
        if (id == 0)
            return QStringLiteral("General");
        return m_numberFormats.value(id, QStringLiteral("builtin %1").arg(id));
    }

    bool isBold(int style) const { return m_boldFonts.value(m_xfFonts.value(style, 0), false); }

private:
    static quint32 le(const QByteArray &data, qsizetype at, int bytes)
    {
        quint32 value = 0;
        for (int i = bytes - 1; i >= 0; --i)
            value = (value << 8) | quint8(data.at(at + i));
        return value;
    }

    // Every entry of the archive: the central directory, then each entry's local header and its data,
    // stored or deflated, checked against its CRC.
    bool unzip(const QByteArray &zip)
    {
        const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (end < 0 || end + 22 > zip.size())
            return false;
        const quint32 entries = le(zip, end + 10, 2);
        qsizetype at = le(zip, end + 16, 4);
        for (quint32 e = 0; e < entries; ++e) {
            if (at + 46 > zip.size() || le(zip, at, 4) != 0x02014b50)
                return false;
            const quint32 method = le(zip, at + 10, 2);
            const quint32 crc = le(zip, at + 16, 4);
            const qsizetype packed = le(zip, at + 20, 4);
            const qsizetype size = le(zip, at + 24, 4);
            const qsizetype nameLength = le(zip, at + 28, 2);
            const qsizetype local = le(zip, at + 42, 4);
            const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
            at += 46 + nameLength + le(zip, at + 30, 2) + le(zip, at + 32, 2);
            if (local + 30 > zip.size() || le(zip, local, 4) != 0x04034b50)
                return false;
            const QByteArray data = zip.mid(local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2), packed);
            QByteArray content;
            if (method == 0) {
                content = data;
            } else if (method == 8) {
                content.resize(size);
                z_stream stream{};
                if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
                    return false;
                stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
                stream.avail_in = uInt(data.size());
                stream.next_out = reinterpret_cast<Bytef *>(content.data());
                stream.avail_out = uInt(content.size());
                const int result = inflate(&stream, Z_FINISH);
                inflateEnd(&stream);
                if (result != Z_STREAM_END || qsizetype(stream.total_out) != size)
                    return false;
            } else {
                return false;
            }
            if (crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())) != crc)
                return false;
            m_parts.insert(name, content);
        }
        return true;
    }

    void readStyles()
    {
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        enum class In { None, Fonts, CellXfs } in = In::None;
        int font = -1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                const QXmlStreamAttributes a = xml.attributes();
                if (name == QLatin1String("numFmt"))
                    m_numberFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                           a.value(QLatin1String("formatCode")).toString());
                else if (name == QLatin1String("fonts"))
                    in = In::Fonts;
                else if (name == QLatin1String("cellXfs"))
                    in = In::CellXfs;
                else if (name == QLatin1String("font") && in == In::Fonts)
                    m_boldFonts.insert(++font, false);
                else if (name == QLatin1String("b") && in == In::Fonts)
                    m_boldFonts.insert(font, true);
                else if (name == QLatin1String("xf") && in == In::CellXfs) {
                    const int index = int(m_xfNumberFormats.size());
                    m_xfNumberFormats.insert(index, a.value(QLatin1String("numFmtId")).toInt());
                    m_xfFonts.insert(index, a.value(QLatin1String("fontId")).toInt());
                }
            } else if (xml.isEndElement() &&
                       (xml.name() == QLatin1String("fonts") || xml.name() == QLatin1String("cellXfs"))) {
                in = In::None;
            }
        }
    }

    bool m_valid = false;
    QHash<QString, QByteArray> m_parts;
    QHash<int, QString> m_numberFormats;
    QHash<int, bool> m_boldFonts;
    QHash<int, int> m_xfNumberFormats;
    QHash<int, int> m_xfFonts;
};

} // namespace kefu::test
