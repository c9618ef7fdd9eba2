#include "XlsxReader.h"

#include "TextDecoding.h"
#include "XlsxArchive.h"
#include "XlsxPart.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace kefu::io {

namespace {

using Token = QXmlStreamReader::TokenType;

// What a part's reader does after a token: go on, stop (the part said what matters), or fail
// (the callback has put the reason on the part with XlsxPart::fail).
enum class Scan { Continue, Stop, Fail };

// Reads part token by token to its end, or until onToken stops or fails; false with *reason when
// the XML is damaged or onToken failed.
template<typename OnToken>
bool scanPart(XlsxPart &part, QString *reason, OnToken &&onToken)
{
    for (;;) {
        const Token token = part.readNext();
        if (token == Token::Invalid) {
            *reason = part.errorString();
            return false;
        }
        if (token == Token::EndDocument)
            return true;
        switch (onToken(token)) {
        case Scan::Continue: break;
        case Scan::Stop: return true;
        case Scan::Fail: *reason = part.errorString(); return false;
        }
    }
}

struct Relationship
{
    QString id;
    QString type;
    QString target; // a part name, resolved from the archive's root
};

enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate, Other };

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedString;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Other;
}

// "xl" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the root.
QString resolvePart(const QString &folder, const QString &target)
{
    const QString joined = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                           : folder.isEmpty()                  ? target
                                                               : folder + QLatin1Char('/') + target;
    QStringList parts;
    for (const QString &piece : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != u".") {
            parts.append(piece);
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"
QString relationshipsOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString file = part.mid(part.lastIndexOf(QLatin1Char('/')) + 1);
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") + file +
           QStringLiteral(".rels");
}

// Reads the text inside the element just started, up to its end; nested elements (rich text
// runs are handled by the callers) are skipped.
bool readElementText(XlsxPart &part, QString *text)
{
    for (;;) {
        switch (part.readNext()) {
        case Token::Characters:
            if (text->size() + part.xml().text().size() > MaxRecordBytes) {
                part.fail(QStringLiteral("a text is longer than 16 MiB"));
                return false;
            }
            text->append(part.xml().text());
            break;
        case Token::StartElement:
            if (!part.skipElement())
                return false;
            break;
        case Token::EndElement:
            return true;
        case Token::Invalid:
            return false;
        case Token::EndDocument:
            part.fail(QStringLiteral("the XML ends inside an element"));
            return false;
        default:
            break;
        }
    }
}

// Reads a string item (<si> or <is>) just started: the text of its <t>, or of the <t> of each of
// its rich-text runs <r>; phonetic runs <rPh> are not part of the text.
bool readStringItem(XlsxPart &part, QString *text)
{
    for (int depth = 1; depth > 0;) {
        switch (part.readNext()) {
        case Token::StartElement:
            if (part.xml().name() == u"t") {
                if (!readElementText(part, text))
                    return false;
            } else if (part.xml().name() == u"rPh") {
                if (!part.skipElement())
                    return false;
            } else {
                ++depth;
            }
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Invalid:
            return false;
        case Token::EndDocument:
            part.fail(QStringLiteral("the XML ends inside a string"));
            return false;
        default:
            break;
        }
    }
    return true;
}

bool readRelationships(const XlsxArchive &archive, const QString &path, const QString &sourceFolder,
                       std::vector<Relationship> *out, QString *reason)
{
    if (!archive.contains(path))
        return true;
    auto part = XlsxPart::open(archive, path, XlsxReader::MaxPartBytes, reason);
    if (!part)
        return false;
    return scanPart(*part, reason, [&](Token token) {
        if (token == Token::StartElement && part->xml().name() == u"Relationship") {
            const QXmlStreamAttributes attributes = part->xml().attributes();
            if (attributes.value(QLatin1StringView("TargetMode")) != u"External")
                out->push_back({attributes.value(QLatin1StringView("Id")).toString(),
                                attributes.value(QLatin1StringView("Type")).toString(),
                                resolvePart(sourceFolder, attributes.value(QLatin1StringView("Target")).toString())});
        }
        return Scan::Continue;
    });
}

const Relationship *findByType(const std::vector<Relationship> &relationships, QStringView typeEnd)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeEnd))
            return &relationship;
    }
    return nullptr;
}

bool parseDouble(QStringView text, double *value)
{
    char buffer[64];
    if (text.size() >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return false;
        buffer[i] = char(c);
    }
    const char *const end = buffer + text.size();
    const auto result = std::from_chars(buffer, end, *value);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(*value);
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
{}

XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(std::unique_ptr<QIODevice> device, const QString &name, QString *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(device)));
    QString reason;
    if (!reader->load(&reason)) {
        *error = name + QStringLiteral(": ") + reason;
        return nullptr;
    }
    return reader;
}

bool XlsxReader::load(QString *reason)
{
    m_archive = std::make_unique<XlsxArchive>();
    if (!m_archive->open(m_device.get(), reason)) {
        *reason = QCoreApplication::translate("kefu::io", "not an XLSX workbook (%1)").arg(*reason);
        return false;
    }

    // The workbook part is named in the package relationships; it is xl/workbook.xml in practice.
    std::vector<Relationship> package;
    if (!readRelationships(*m_archive, QStringLiteral("_rels/.rels"), QString(), &package, reason))
        return false;
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (const Relationship *document = findByType(package, u"/officeDocument");
        document && m_archive->contains(document->target))
        workbook = document->target;
    if (!m_archive->contains(workbook)) {
        *reason = QCoreApplication::translate("kefu::io", "not an XLSX workbook (it has no %1)").arg(workbook);
        return false;
    }

    QString sheetRelation;
    if (!readWorkbook(workbook, &sheetRelation, reason))
        return false;
    std::vector<Relationship> relationships;
    if (!readRelationships(*m_archive, relationshipsOf(workbook), folderOf(workbook), &relationships, reason))
        return false;

    QString sheet;
    for (const Relationship &relationship : relationships) {
        if (!sheetRelation.isEmpty() && relationship.id == sheetRelation)
            sheet = relationship.target;
    }
    if (sheet.isEmpty())
        sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!m_archive->contains(sheet)) {
        *reason = QCoreApplication::translate("kefu::io", "the workbook's first sheet (%1) is missing").arg(sheet);
        return false;
    }

    const Relationship *strings = findByType(relationships, u"/sharedStrings");
    const QString stringsPart = strings ? strings->target : QStringLiteral("xl/sharedStrings.xml");
    if (m_archive->contains(stringsPart) && !readSharedStrings(stringsPart, reason))
        return false;
    const Relationship *styles = findByType(relationships, u"/styles");
    const QString stylesPart = styles ? styles->target : QStringLiteral("xl/styles.xml");
    if (m_archive->contains(stylesPart) && !readStyles(stylesPart, reason))
        return false;

    m_sheet = XlsxPart::open(*m_archive, sheet, std::numeric_limits<qint64>::max(), reason);
    return m_sheet != nullptr;
}

bool XlsxReader::readWorkbook(const QString &path, QString *sheetRelation, QString *reason)
{
    auto part = XlsxPart::open(*m_archive, path, MaxPartBytes, reason);
    if (!part)
        return false;
    return scanPart(*part, reason, [&](Token token) {
        if (token != Token::StartElement)
            return Scan::Continue;
        const QStringView name = part->xml().name();
        if (name == u"workbookPr") {
            const QXmlStreamAttributes attributes = part->xml().attributes();
            const QStringView date1904 = attributes.value(QLatin1StringView("date1904"));
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (name == u"sheet") {
            // r:id, in the relationships namespace of transitional or strict OOXML
            for (const QXmlStreamAttribute &attribute : part->xml().attributes()) {
                if (attribute.name() == u"id" &&
                    (attribute.namespaceUri().endsWith(u"/relationships") || attribute.qualifiedName() == u"r:id")) {
                    *sheetRelation = attribute.value().toString();
                    break;
                }
            }
            return Scan::Stop; // the first sheet is the one
        }
        return Scan::Continue;
    });
}

bool XlsxReader::readSharedStrings(const QString &path, QString *reason)
{
    auto part = XlsxPart::open(*m_archive, path, std::numeric_limits<qint64>::max(), reason);
    if (!part)
        return false;
    const bool read = scanPart(*part, reason, [&](Token token) {
        if (token != Token::StartElement || part->xml().name() != u"si")
            return Scan::Continue;
        if (qint64(m_stringStarts.size()) >= MaxSharedStrings) {
            part->fail(QStringLiteral("more than %1 shared strings").arg(MaxSharedStrings));
            return Scan::Fail;
        }
        m_text.clear();
        if (!readStringItem(*part, &m_text))
            return Scan::Fail;
        m_stringStarts.push_back(quint32(m_strings.size()));
        xlsx::appendOoxmlText(m_text, m_strings);
        if (qint64(m_strings.size()) > MaxSharedStringBytes) {
            part->fail(QStringLiteral("the shared strings take more than %1 MiB").arg(MaxSharedStringBytes >> 20));
            return Scan::Fail;
        }
        return Scan::Continue;
    });
    if (!read)
        return false;
    m_stringStarts.push_back(quint32(m_strings.size()));
    m_text = QString();
    return true;
}

bool XlsxReader::readStyles(const QString &path, QString *reason)
{
    auto part = XlsxPart::open(*m_archive, path, MaxPartBytes, reason);
    if (!part)
        return false;
    QHash<int, xlsx::DateKind> custom;
    bool inCellXfs = false;
    return scanPart(*part, reason, [&](Token token) {
        const QStringView name = part->xml().name();
        if (token == Token::EndElement && name == u"cellXfs")
            return Scan::Stop; // all that matters has been read
        if (token != Token::StartElement)
            return Scan::Continue;
        const QXmlStreamAttributes attributes = part->xml().attributes();
        if (name == u"numFmt") {
            custom.insert(attributes.value(QLatin1StringView("numFmtId")).toInt(),
                          xlsx::formatCodeKind(attributes.value(QLatin1StringView("formatCode"))));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs && m_styleKinds.size() < (1u << 20)) {
            const int id = attributes.value(QLatin1StringView("numFmtId")).toInt();
            const auto found = custom.constFind(id);
            m_styleKinds.push_back(found != custom.cend() ? *found : xlsx::builtInFormatKind(id));
        }
        return Scan::Continue;
    });
}

void XlsxReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    m_finished = true;
}

bool XlsxReader::next(Record &record)
{
    record.fields.clear();
    record.problem.clear();
    record.problemField = -1;
    record.line = 0;
    while (!m_finished) {
        const Token token = m_sheet->readNext();
        if (token == Token::Invalid) {
            fail(m_sheet->errorString());
            break;
        }
        if (token == Token::EndDocument) {
            m_finished = true;
            break;
        }
        const QStringView name = m_sheet->xml().name();
        if (token == Token::EndElement && name == u"sheetData") {
            m_finished = true; // what follows the cells is of no interest
            break;
        }
        if (token != Token::StartElement)
            continue;
        if (name == u"sheetData") {
            m_inSheetData = true;
        } else if (name == u"row" && m_inSheetData) {
            bool blank = false;
            if (!readRow(record, &blank))
                break;
            if (!blank)
                return true;
        } else if (m_inSheetData && !m_sheet->skipElement()) {
            fail(m_sheet->errorString());
            break;
        }
    }
    record.fields.clear();
    record.problem.clear();
    record.problemField = -1;
    return false;
}

bool XlsxReader::readRow(Record &record, bool *blank)
{
    bool ok = false;
    const qint64 row = m_sheet->xml().attributes().value(QLatin1StringView("r")).toLongLong(&ok);
    m_row = (ok && row > 0 && row <= (qint64(1) << 40)) ? row : m_row + 1; // Excel stops at 1048576
    m_rowText.clear();
    m_cells.clear();
    record.fields.clear();
    record.problem.clear();
    record.problemField = -1;
    int column = 0;
    for (;;) {
        const Token token = m_sheet->readNext();
        if (token == Token::Invalid || token == Token::EndDocument) {
            if (token == Token::EndDocument)
                m_sheet->fail(QStringLiteral("the XML ends inside row %1").arg(m_row));
            fail(m_sheet->errorString());
            return false;
        }
        if (token == Token::EndElement)
            break;
        if (token != Token::StartElement)
            continue;
        if (m_sheet->xml().name() != u"c") {
            if (!m_sheet->skipElement()) {
                fail(m_sheet->errorString());
                return false;
            }
            continue;
        }
        const QXmlStreamAttributes attributes = m_sheet->xml().attributes();
        const QStringView reference = attributes.value(QLatin1StringView("r"));
        if (reference.isEmpty()) {
            ++column;
        } else {
            column = xlsx::columnOfReference(reference);
            if (column == 0) {
                m_sheet->fail(QStringLiteral("cell reference \"%1\" is not a valid cell").arg(reference));
                fail(m_sheet->errorString());
                return false;
            }
        }
        if (column > xlsx::MaxColumns) {
            m_sheet->fail(QStringLiteral("row %1 has more than %2 columns").arg(m_row).arg(xlsx::MaxColumns));
            fail(m_sheet->errorString());
            return false;
        }
        const CellType type = cellType(attributes.value(QLatin1StringView("t")));
        bool styled = false;
        const int style = attributes.value(QLatin1StringView("s")).toInt(&styled);
        if (!readCell(record, column, int(type), styled ? style : -1))
            return false;
    }

    int width = 0;
    for (const Cell &cell : m_cells)
        width = std::max(width, cell.column);
    record.fields.assign(size_t(width), std::string_view());
    for (const Cell &cell : m_cells)
        record.fields[size_t(cell.column - 1)] = std::string_view(m_rowText.data() + cell.offset, cell.length);
    record.line = m_row;
    *blank = width == 0 && record.problem.isEmpty();
    return true;
}

bool XlsxReader::readCell(Record &record, int column, int cellType, int style)
{
    const auto type = CellType(cellType);
    m_value.resize(0); // keeps the capacity, unlike clear()
    m_text.resize(0);
    bool hasValue = false;
    bool hasInline = false;
    for (;;) {
        const Token token = m_sheet->readNext();
        if (token == Token::Invalid || token == Token::EndDocument) {
            if (token == Token::EndDocument)
                m_sheet->fail(QStringLiteral("the XML ends inside a cell"));
            fail(m_sheet->errorString());
            return false;
        }
        if (token == Token::EndElement)
            break;
        if (token != Token::StartElement)
            continue;
        const QStringView name = m_sheet->xml().name();
        bool ok = true;
        if (name == u"v") {
            hasValue = true;
            ok = readElementText(*m_sheet, &m_value);
        } else if (name == u"is") {
            hasInline = true;
            ok = readStringItem(*m_sheet, &m_text);
        } else {
            ok = m_sheet->skipElement(); // <f>ormula, extensions
        }
        if (!ok) {
            fail(m_sheet->errorString());
            return false;
        }
    }

    const size_t start = m_rowText.size();
    const QStringView value = QStringView(m_value).trimmed();
    switch (type) {
    case CellType::SharedString: {
        if (!hasValue)
            break;
        bool ok = false;
        const qulonglong index = value.toULongLong(&ok);
        if (!ok || m_stringStarts.empty() || index >= m_stringStarts.size() - 1) {
            if (record.problem.isEmpty()) {
                record.problem = QCoreApplication::translate("kefu::io", "shared string %1 does not exist").arg(value);
                record.problemField = column - 1;
            }
            break;
        }
        const quint32 begin = m_stringStarts[index];
        const quint32 end = m_stringStarts[index + 1];
        if (qint64(start) + qint64(end - begin) > MaxRecordBytes) {
            m_sheet->fail(QStringLiteral("row %1 is longer than 16 MiB").arg(m_row));
            fail(m_sheet->errorString());
            return false;
        }
        m_rowText.append(m_strings, begin, end - begin);
        break;
    }
    case CellType::InlineString:
        xlsx::appendOoxmlText(hasInline ? QStringView(m_text) : QStringView(m_value), m_rowText);
        break;
    case CellType::FormulaString:
        xlsx::appendOoxmlText(m_value, m_rowText);
        break;
    case CellType::Boolean:
        if (value == u"1" || value == u"true")
            m_rowText.push_back('1');
        else if (value == u"0" || value == u"false")
            m_rowText.push_back('0');
        else
            appendUtf8(value, m_rowText);
        break;
    case CellType::Number: {
        double number = 0;
        if (value.isEmpty())
            break;
        if (!parseDouble(value, &number)) {
            appendUtf8(value, m_rowText);
            break;
        }
        const xlsx::DateKind kind =
            (style >= 0 && size_t(style) < m_styleKinds.size()) ? m_styleKinds[size_t(style)] : xlsx::DateKind::None;
        if (kind == xlsx::DateKind::None || !xlsx::appendDate(number, kind, m_date1904, m_rowText))
            xlsx::appendNumber(number, m_rowText);
        break;
    }
    case CellType::Error:
    case CellType::IsoDate:
    case CellType::Other:
        appendUtf8(value, m_rowText);
        break;
    }
    if (qint64(m_rowText.size()) > MaxRecordBytes) {
        m_sheet->fail(QStringLiteral("row %1 is longer than 16 MiB").arg(m_row));
        fail(m_sheet->errorString());
        return false;
    }
    if (m_rowText.size() > start)
        m_cells.push_back({column, start, m_rowText.size() - start});
    return true;
}

double XlsxReader::progress() const
{
    if (m_finished)
        return 1.0;
    const qint64 size = m_device->size();
    return size > 0 ? std::clamp(double(m_device->pos()) / double(size), 0.0, 1.0) : 0.0;
}

} // namespace kefu::io
