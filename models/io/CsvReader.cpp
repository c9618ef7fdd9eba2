#include "CsvReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace kefu::io {

namespace {

// Room after the data for the sentinel byte that ends every scan loop.
constexpr qsizetype Padding = 64;
// The buffer never grows beyond the longest record plus what one read adds.
constexpr qsizetype MaxCapacity = MaxRecordBytes + 2 * CsvReader::BlockSize;

constexpr std::array<bool, 256> quotedStops = [] {
    std::array<bool, 256> stops{};
    stops['"'] = stops['\r'] = stops['\n'] = true;
    return stops;
}();

// UTF-16 without a byte-order mark: the ASCII of a CSV (separators, digits, line breaks) puts a zero
// byte in every other place, odd ones for little-endian, even ones for big-endian. Text never holds
// zero bytes, in UTF-8 or GB18030.
bool looksLikeUtf16(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype zeros[2] = {0, 0};
    for (qsizetype i = 0; i + 1 < size; i += 2) {
        zeros[0] += s[i] == 0;
        zeros[1] += s[i + 1] == 0;
    }
    const qsizetype pairs = size / 2;
    const qsizetype most = std::max(zeros[0], zeros[1]);
    const qsizetype least = std::min(zeros[0], zeros[1]);
    return pairs >= 2 && most * 8 >= pairs && least * 8 <= most;
}

bool hasTabbedName(const QString &name)
{
    return name.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, qint64 totalSize)
    : m_device(std::move(device))
    , m_totalSize(totalSize)
{}

std::unique_ptr<CsvReader> CsvReader::create(std::unique_ptr<QIODevice> device, qint64 totalSize, const QString &name,
                                             const ReaderOptions &options, QString *error)
{
    QString ignored;
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), totalSize));
    if (!reader->start(name, options, error ? error : &ignored))
        return nullptr;
    return reader;
}

bool CsvReader::start(const QString &name, const ReaderOptions &options, QString *error)
{
    std::optional<EncodingChoice> choice;
    if (!options.encoding.trimmed().isEmpty()) {
        choice = encodingFromName(options.encoding);
        if (!choice) {
            *error =
                name + QCoreApplication::translate("kefu::io", ": unknown encoding \"%1\" (use UTF-8, UTF-16, UTF-16LE, UTF-16BE or GB18030)")
                           .arg(options.encoding);
            return false;
        }
    }
    const auto forced = static_cast<unsigned char>(options.separator);
    if (forced == '"' || forced == '\r' || forced == '\n' || forced >= 0x80) {
        *error = name + QCoreApplication::translate("kefu::io", ": the separator cannot be a quote, a line break or a non-ASCII byte");
        return false;
    }

    reserve(BlockSize);
    m_raw.reset(new char[BlockSize]);
    qsizetype got = 0;
    if (!readRaw(m_raw.get(), BlockSize, &got)) {
        *error = name + QStringLiteral(": ") + m_error;
        return false;
    }

    const auto *head = reinterpret_cast<const unsigned char *>(m_raw.get());
    const bool utf8Bom = got >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    const bool littleEndianBom = got >= 2 && head[0] == 0xFF && head[1] == 0xFE;
    const bool bigEndianBom = got >= 2 && head[0] == 0xFE && head[1] == 0xFF;
    qsizetype bomLength = 0;
    if (choice) {
        m_encoding = choice->encoding;
        if (choice->byteOrderFromBom && bigEndianBom)
            m_encoding = TextEncoding::Utf16BE;
        if (m_encoding == TextEncoding::Utf8 && utf8Bom)
            bomLength = 3;
        else if ((m_encoding == TextEncoding::Utf16LE && littleEndianBom) ||
                 (m_encoding == TextEncoding::Utf16BE && bigEndianBom))
            bomLength = 2;
    } else {
        m_encodingDetected = true;
        if (utf8Bom) {
            m_encoding = TextEncoding::Utf8;
            bomLength = 3;
        } else if (littleEndianBom || bigEndianBom) {
            m_encoding = littleEndianBom ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
            bomLength = 2;
        } else if (looksLikeUtf16(m_raw.get(), got)) {
            // Zero bytes in every other place are ASCII in UTF-16: read as UTF-8 or GB18030 the header
            // would match nothing and every value would be wrong.
            *error = name + QCoreApplication::translate("kefu::io", ": the file looks like UTF-16 without a byte-order "
                                                                    "mark; save it as UTF-8 (or give its encoding: "
                                                                    "--encoding UTF-16LE or UTF-16BE)");
            return false;
        } else {
            m_encoding = looksLikeUtf8(m_raw.get(), got, !m_eof) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
        }
    }
    m_bom = bomLength > 0;
    m_bomLength = bomLength;

    if (m_encoding == TextEncoding::Utf8) {
        std::memcpy(m_buffer.get(), m_raw.get() + bomLength, size_t(got - bomLength));
        m_end = got - bomLength;
        m_raw.reset();
    } else {
        m_decoder = TextDecoder::create(m_encoding);
        if (!m_decoder) {
            *error = name + QCoreApplication::translate("kefu::io", ": this build of KefuDesk cannot decode GB18030");
            return false;
        }
        reserve(std::max(BlockSize, m_decoder->maxOutput(got) + 8));
        char *out = m_decoder->decode(m_raw.get() + bomLength, got - bomLength, m_buffer.get());
        if (m_eof)
            out = m_decoder->finish(out);
        m_end = out - m_buffer.get();
    }

    if (options.separator)
        setSeparator(options.separator);
    else if (hasTabbedName(name))
        setSeparator('\t');
    else
        setSeparator(detectSeparator());
    return true;
}

// Reads until maximum bytes are there or the input ends; a short read means the end.
bool CsvReader::readRaw(char *to, qsizetype maximum, qsizetype *got)
{
    *got = 0;
    while (*got < maximum) {
        const qint64 n = m_device->read(to + *got, maximum - *got);
        if (n < 0) {
            m_error = QCoreApplication::translate("kefu::io", "read error (%1)").arg(m_device->errorString());
            return false;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        *got += qsizetype(n);
    }
    m_rawRead += *got;
    return true;
}

void CsvReader::reserve(qsizetype capacity)
{
    if (capacity == m_capacity)
        return;
    std::unique_ptr<char[]> buffer(new char[size_t(capacity + Padding)]);
    if (m_end > 0)
        std::memcpy(buffer.get(), m_buffer.get(), size_t(m_end));
    m_buffer = std::move(buffer);
    m_capacity = capacity;
}

bool CsvReader::fill()
{
    const qsizetype kept = m_end - m_begin;
    if (m_begin > 0) {
        if (kept > 0)
            std::memmove(m_buffer.get(), m_buffer.get() + m_begin, size_t(kept));
        m_bufferOffset += m_begin;
        m_begin = 0;
        m_end = kept;
    }
    if (m_capacity > BlockSize && kept < BlockSize / 4)
        reserve(BlockSize); // back to normal after a long record
    // Decoded text takes up to three bytes per byte read, so fewer bytes are read at a time.
    const qsizetype rawWant = BlockSize / 4 - 16;
    const qsizetype room = m_decoder ? m_decoder->maxOutput(rawWant) + 8 : BlockSize / 2;
    if (m_capacity - m_end < room)
        reserve(std::min(MaxCapacity, std::max({m_capacity * 2, m_end + room, m_end + BlockSize})));
    if (m_capacity - m_end < room) { // cannot happen: kept <= MaxRecordBytes
        m_error = QCoreApplication::translate("kefu::io", "line %1: record longer than 16 MiB (unclosed quote?)").arg(m_line);
        return false;
    }

    qsizetype got = 0;
    if (!m_decoder) {
        if (!readRaw(m_buffer.get() + m_end, m_capacity - m_end, &got))
            return false;
        m_end += got;
        return true;
    }
    if (!readRaw(m_raw.get(), rawWant, &got))
        return false;
    char *out = m_decoder->decode(m_raw.get(), got, m_buffer.get() + m_end);
    if (m_eof)
        out = m_decoder->finish(out);
    m_end = out - m_buffer.get();
    return true;
}

void CsvReader::setSeparator(char separator)
{
    m_separator = separator;
    m_fieldEnd.fill(false);
    m_fieldEnd[static_cast<unsigned char>(separator)] = true;
    m_fieldEnd['\r'] = true;
    m_fieldEnd['\n'] = true;
}

// Tab when the first non-empty line has tabs and no commas outside quotes.
char CsvReader::detectSeparator() const
{
    const char *p = m_buffer.get() + m_begin;
    const char *const end = m_buffer.get() + m_end;
    while (p < end && (*p == '\r' || *p == '\n'))
        ++p;
    bool quoted = false;
    qsizetype tabs = 0;
    qsizetype commas = 0;
    for (; p < end; ++p) {
        if (*p == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (*p == '\r' || *p == '\n')
            break;
        else if (*p == '\t')
            ++tabs;
        else if (*p == ',')
            ++commas;
    }
    return tabs > 0 && commas == 0 ? '\t' : ',';
}

// Parses the record at m_begin. Unquoted fields and quoted fields without doubled quotes are views
// of the buffer; the others are unescaped into m_scratch. Needs more data (and then starts over)
// when the record runs into the end of what has been read.
CsvReader::Parse CsvReader::parse(Record &record, qsizetype *recordEnd, qint64 *lineBreaks)
{
    char *const buffer = m_buffer.get();
    const char *p = buffer + m_begin;
    const char *const end = buffer + m_end;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;

    record.fields.clear();
    if (m_scratch.capacity() > size_t(4 * BlockSize))
        m_scratch = std::string(); // after a long record
    m_scratch.clear();
    m_scratchFields.clear();
    const std::array<bool, 256> &fieldEnd = m_fieldEnd;
    qint64 lines = 0;
    for (;;) {
        if (p == end) { // after a separator
            if (!m_eof)
                return Parse::NeedMore;
            record.fields.emplace_back();
            break;
        }
        if (*p != '"') {
            buffer[m_end] = '\n';
            const char *const start = p;
            while (!fieldEnd[static_cast<unsigned char>(*p)])
                ++p;
            record.fields.emplace_back(start, size_t(p - start));
        } else {
            m_quoteLine = lines;
            const char *const content = ++p;
            const char *copyFrom = p; // start of what is not yet in m_scratch
            bool copied = false;
            size_t scratchStart = 0;
            for (;;) {
                buffer[m_end] = '"';
                while (!quotedStops[static_cast<unsigned char>(*p)])
                    ++p;
                if (*p != '"') { // a line break inside the field: CRLF counts once
                    if (*p == '\n' || p + 1 >= end || p[1] != '\n')
                        ++lines;
                    ++p;
                    continue;
                }
                if (p == end)
                    return m_eof ? Parse::Unclosed : Parse::NeedMore;
                if (p + 1 == end && !m_eof)
                    return Parse::NeedMore; // "" or the closing quote?
                if (p + 1 < end && p[1] == '"') {
                    if (!copied) {
                        copied = true;
                        scratchStart = m_scratch.size();
                    }
                    m_scratch.append(copyFrom, size_t(p + 1 - copyFrom));
                    p += 2;
                    copyFrom = p;
                    continue;
                }
                const char *const closing = p++;
                if (p < end && !fieldEnd[static_cast<unsigned char>(*p)]) {
                    // Text after the closing quote belongs to the field, as in Excel.
                    if (!copied) {
                        copied = true;
                        scratchStart = m_scratch.size();
                    }
                    m_scratch.append(copyFrom, size_t(closing - copyFrom));
                    buffer[m_end] = '\n';
                    const char *const rest = p;
                    while (!fieldEnd[static_cast<unsigned char>(*p)])
                        ++p;
                    m_scratch.append(rest, size_t(p - rest));
                } else if (copied) {
                    m_scratch.append(copyFrom, size_t(closing - copyFrom));
                }
                if (copied) {
                    m_scratchFields.push_back({record.fields.size(), scratchStart, m_scratch.size() - scratchStart});
                    record.fields.emplace_back();
                } else {
                    record.fields.emplace_back(content, size_t(closing - content));
                }
                break;
            }
        }

        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (*p == m_separator) {
            ++p;
            if (record.fields.size() >= MaxFields)
                return Parse::TooManyFields;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore; // CR or CRLF?
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    for (const ScratchField &field : m_scratchFields)
        record.fields[field.index] = std::string_view(m_scratch.data() + field.offset, field.length);
    *recordEnd = p - buffer;
    *lineBreaks = lines;
    return Parse::Record;
}

QString CsvReader::invalidTextProblem() const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return QCoreApplication::translate("kefu::io",
                                           "invalid UTF-8 byte sequence; if the file was saved as GBK/GB18030, "
                                           "choose the encoding GB18030 (--encoding GB18030)");
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return QCoreApplication::translate("kefu::io", "invalid UTF-16 text (an unpaired surrogate or a missing byte)");
    case TextEncoding::Gb18030:
        return m_encodingDetected
                   ? QCoreApplication::translate("kefu::io", "invalid GB18030 byte sequence; the file is "
                                                             "neither UTF-8 nor GB18030; choose its "
                                                             "encoding (--encoding)")
                   : QCoreApplication::translate("kefu::io", "invalid GB18030 byte sequence");
    }
    return {};
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    record.problem.clear();
    record.problemField = -1;
    record.line = 0;
    while (!m_finished) {
        qsizetype recordEnd = 0;
        qint64 lineBreaks = 0;
        switch (parse(record, &recordEnd, &lineBreaks)) {
        case Parse::NeedMore:
            if (m_end - m_begin > MaxRecordBytes) {
                m_error = QCoreApplication::translate("kefu::io", "line %1: record longer than 16 MiB (unclosed quote?)").arg(m_line);
                m_finished = true;
            } else if (!fill()) {
                m_finished = true;
            }
            continue;
        case Parse::End:
            m_finished = true;
            continue;
        case Parse::Unclosed:
            m_error = QCoreApplication::translate("kefu::io", "line %1: quoted field opened here is never closed").arg(m_line + m_quoteLine);
            m_finished = true;
            continue;
        case Parse::TooManyFields:
            m_error = QCoreApplication::translate("kefu::io", "line %1: record has more than %2 fields").arg(m_line).arg(MaxFields);
            m_finished = true;
            continue;
        case Parse::Record:
            break;
        }

        const qsizetype begin = m_begin;
        const qint64 line = m_line;
        m_begin = recordEnd;
        m_line += lineBreaks;
        if (recordEnd - begin > MaxRecordBytes) {
            m_error = QCoreApplication::translate("kefu::io", "line %1: record longer than 16 MiB (unclosed quote?)").arg(line);
            m_finished = true;
            continue;
        }
        if (std::all_of(record.fields.begin(), record.fields.end(), [](std::string_view f) { return f.empty(); }))
            continue;
        record.line = line;
        if (!isValidUtf8(m_buffer.get() + begin, recordEnd - begin)) {
            for (size_t i = 0; i < record.fields.size(); ++i) {
                if (!isValidUtf8(record.fields[i].data(), qsizetype(record.fields[i].size()))) {
                    record.problem = invalidTextProblem();
                    record.problemField = int(i);
                    break;
                }
            }
        }
        return true;
    }
    record.fields.clear();
    return false;
}

QString CsvReader::encodingName() const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return m_bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return m_bom ? QStringLiteral("UTF-16LE (BOM)") : QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return m_bom ? QStringLiteral("UTF-16BE (BOM)") : QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

double CsvReader::progress() const
{
    if (m_finished)
        return 1.0;
    if (m_totalSize <= 0)
        return 0.0;
    // UTF-8 is consumed byte for byte; decoded text is measured by what has been read.
    const qint64 consumed = m_decoder ? m_rawRead : m_bomLength + m_bufferOffset + m_begin;
    return std::clamp(double(consumed) / double(m_totalSize), 0.0, 1.0);
}

} // namespace kefu::io
