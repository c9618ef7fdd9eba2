#include "TextDecoding.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstring>
#include <vector>

namespace kefu::io {

std::optional<EncodingChoice> encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper().remove(QLatin1Char('_'));
    if (n == u"UTF-8" || n == u"UTF8")
        return EncodingChoice{TextEncoding::Utf8, false};
    if (n == u"UTF-16" || n == u"UTF16")
        return EncodingChoice{TextEncoding::Utf16LE, true};
    if (n == u"UTF-16LE" || n == u"UTF16LE")
        return EncodingChoice{TextEncoding::Utf16LE, false};
    if (n == u"UTF-16BE" || n == u"UTF16BE")
        return EncodingChoice{TextEncoding::Utf16BE, false};
    if (n == u"GB18030" || n == u"GBK" || n == u"GB2312" || n == u"CP936")
        return EncodingChoice{TextEncoding::Gb18030, false};
    return std::nullopt;
}

namespace {

// The length of the UTF-8 sequence led by c and the range its second byte must lie in; 0 when c
// cannot lead a sequence.
struct Utf8Lead
{
    int length;
    unsigned char low;
    unsigned char high;
};

inline Utf8Lead utf8Lead(unsigned char c)
{
    if (c >= 0xC2 && c <= 0xDF)
        return {2, 0x80, 0xBF};
    if (c == 0xE0)
        return {3, 0xA0, 0xBF};
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return {3, 0x80, 0xBF};
    if (c == 0xED)
        return {3, 0x80, 0x9F}; // no surrogates
    if (c == 0xF0)
        return {4, 0x90, 0xBF};
    if (c >= 0xF1 && c <= 0xF3)
        return {4, 0x80, 0xBF};
    if (c == 0xF4)
        return {4, 0x80, 0x8F}; // nothing above U+10FFFF
    return {0, 0, 0};
}

inline char *putUtf8(char32_t cp, char *out)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

inline bool isHighSurrogate(char32_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}
inline bool isLowSurrogate(char32_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

// UTF-16 to UTF-8 for decoders: unpaired surrogates (and U+FFFD when replacementIsError) become
// the marker. At most 3 bytes per code unit.
char *utf16ToUtf8(const char16_t *in, qsizetype size, char *out, bool replacementIsError)
{
    const char16_t *const end = in + size;
    while (in < end) {
        const char32_t u = *in++;
        if (u < 0x80) {
            *out++ = char(u);
        } else if (isHighSurrogate(u) && in < end && isLowSurrogate(*in)) {
            out = putUtf8(0x10000 + ((u - 0xD800) << 10) + (char32_t(*in++) - 0xDC00), out);
        } else if (isHighSurrogate(u) || isLowSurrogate(u) || (u == 0xFFFD && replacementIsError)) {
            *out++ = char(UndecodableMarker);
        } else {
            out = putUtf8(u, out);
        }
    }
    return out;
}

class Utf16Decoder final : public TextDecoder
{
public:
    explicit Utf16Decoder(bool bigEndian)
        : m_bigEndian(bigEndian)
    {}

    qsizetype maxOutput(qsizetype size) const override { return (size / 2 + 2) * 3 + 8; }

    char *decode(const char *in, qsizetype size, char *out) override
    {
        const auto *p = reinterpret_cast<const unsigned char *>(in);
        const auto *const end = p + size;
        if (m_carry >= 0 && p < end) {
            const unsigned char first = static_cast<unsigned char>(m_carry);
            const unsigned char second = *p++;
            m_carry = -1;
            out = unit(m_bigEndian ? char16_t((first << 8) | second) : char16_t((second << 8) | first), out);
        }
        while (end - p >= 2) {
            const char16_t u = m_bigEndian ? char16_t((p[0] << 8) | p[1]) : char16_t((p[1] << 8) | p[0]);
            p += 2;
            if (u < 0x80 && !m_high)
                *out++ = char(u);
            else
                out = unit(u, out);
        }
        if (p < end)
            m_carry = *p;
        return out;
    }

    char *finish(char *out) override
    {
        if (m_high)
            *out++ = char(UndecodableMarker);
        if (m_carry >= 0)
            *out++ = char(UndecodableMarker);
        m_high = 0;
        m_carry = -1;
        return out;
    }

private:
    char *unit(char16_t u, char *out)
    {
        if (m_high) {
            if (isLowSurrogate(u)) {
                out = putUtf8(0x10000 + ((char32_t(m_high) - 0xD800) << 10) + (char32_t(u) - 0xDC00), out);
                m_high = 0;
                return out;
            }
            *out++ = char(UndecodableMarker);
            m_high = 0;
        }
        if (isHighSurrogate(u))
            m_high = u;
        else if (isLowSurrogate(u))
            *out++ = char(UndecodableMarker);
        else
            out = putUtf8(u, out);
        return out;
    }

    bool m_bigEndian;
    int m_carry = -1;
    char16_t m_high = 0;
};

// QStringDecoder counts the characters it could not decode, but only a subclass can read the count.
class CountingDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    qsizetype invalidChars() const { return state.invalidChars; }
};

// GB18030 through Qt's ICU-backed decoder. Each chunk is cut at a character boundary (found from
// the byte structure) and decoded statelessly, so no hidden state spans chunks and every decoding
// error falls in a known chunk, where the decoder's U+FFFD become markers.
class Gb18030Decoder final : public TextDecoder
{
public:
    Gb18030Decoder()
        : m_decoder("GB18030", QStringDecoder::Flag::Stateless)
    {}

    bool isValid() const { return m_decoder.isValid(); }

    // Three bytes per input byte: a U+FFFD the decoder did not count as an error stays U+FFFD.
    qsizetype maxOutput(qsizetype size) const override { return (size + 4) * 3 + 8; }

    char *decode(const char *in, qsizetype size, char *out) override
    {
        const char *data = in;
        qsizetype length = size;
        if (!m_carry.empty()) {
            m_work.assign(m_carry.begin(), m_carry.end());
            m_work.insert(m_work.end(), in, in + size);
            m_carry.clear();
            data = m_work.data();
            length = qsizetype(m_work.size());
        }
        const qsizetype cut = completeLength(data, length);
        out = convert(data, cut, out);
        m_carry.assign(data + cut, data + length);
        return out;
    }

    char *finish(char *out) override
    {
        if (!m_carry.empty())
            *out++ = char(UndecodableMarker);
        m_carry.clear();
        return out;
    }

private:
    // The length of the longest prefix of data that ends on a character boundary.
    static qsizetype completeLength(const char *data, qsizetype size)
    {
        const auto *s = reinterpret_cast<const unsigned char *>(data);
        qsizetype i = 0;
        while (i < size) {
            const unsigned char c = s[i];
            qsizetype length = 1;
            if (c >= 0x81 && c <= 0xFE) {
                if (i + 1 >= size)
                    return i;
                length = (s[i + 1] >= 0x30 && s[i + 1] <= 0x39) ? 4 : 2;
            }
            if (i + length > size)
                return i;
            i += length;
        }
        return size;
    }

    char *convert(const char *data, qsizetype size, char *out)
    {
        if (size == 0)
            return out;
        m_utf16.resize(size_t(m_decoder.requiredSpace(size)) + 4);
        const qsizetype before = m_decoder.invalidChars();
        QChar *const begin = reinterpret_cast<QChar *>(m_utf16.data());
        QChar *const end = m_decoder.appendToBuffer(begin, QByteArrayView(data, size));
        const bool errors = m_decoder.invalidChars() != before;
        return utf16ToUtf8(m_utf16.data(), end - begin, out, errors);
    }

    CountingDecoder m_decoder;
    std::vector<char16_t> m_utf16;
    std::vector<char> m_work;
    std::vector<char> m_carry;
};

} // namespace

qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        while (size - i >= 8) {
            std::uint64_t block;
            std::memcpy(&block, s + i, 8);
            if (block & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const Utf8Lead lead = utf8Lead(c);
        if (lead.length == 0 || size - i < lead.length || s[i + 1] < lead.low || s[i + 1] > lead.high)
            return i;
        for (int k = 2; k < lead.length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += lead.length;
    }
    return size;
}

bool looksLikeUtf8(const char *data, qsizetype size, bool truncated)
{
    const qsizetype bad = firstInvalidUtf8(data, size);
    if (bad == size)
        return true;
    if (!truncated)
        return false;
    // Valid if what is left is the start of a sequence the next chunk would complete.
    const auto *s = reinterpret_cast<const unsigned char *>(data) + bad;
    const qsizetype rest = size - bad;
    const Utf8Lead lead = utf8Lead(s[0]);
    if (lead.length == 0 || rest >= lead.length)
        return false;
    if (rest >= 2 && (s[1] < lead.low || s[1] > lead.high))
        return false;
    for (qsizetype k = 2; k < rest; ++k) {
        if ((s[k] & 0xC0) != 0x80)
            return false;
    }
    return true;
}

void appendUtf8(QStringView text, std::string &out)
{
    const auto *in = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = in + text.size();
    while (in < end) {
        const char32_t u = *in++;
        char buffer[4];
        if (u < 0x80) {
            out.push_back(char(u));
            continue;
        }
        char32_t cp = u;
        if (isHighSurrogate(u) && in < end && isLowSurrogate(*in))
            cp = 0x10000 + ((u - 0xD800) << 10) + (char32_t(*in++) - 0xDC00);
        else if (isHighSurrogate(u) || isLowSurrogate(u))
            cp = 0xFFFD;
        out.append(buffer, putUtf8(cp, buffer));
    }
}

std::unique_ptr<TextDecoder> TextDecoder::create(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return nullptr;
    case TextEncoding::Utf16LE:
        return std::make_unique<Utf16Decoder>(false);
    case TextEncoding::Utf16BE:
        return std::make_unique<Utf16Decoder>(true);
    case TextEncoding::Gb18030: {
        auto decoder = std::make_unique<Gb18030Decoder>();
        if (!decoder->isValid())
            return nullptr;
        return decoder;
    }
    }
    return nullptr;
}

} // namespace kefu::io
