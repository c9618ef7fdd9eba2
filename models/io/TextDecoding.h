#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <string>

namespace kefu::io {

// The text encodings a CSV file may have.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

// What ReaderOptions::encoding names: the encoding and, for plain "UTF-16", that a byte order
// mark may choose the byte order.
struct EncodingChoice
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderFromBom = false;
};
// nullopt for a name this reader does not know.
std::optional<EncodingChoice> encodingFromName(const QString &name);

// Decoders write this byte where the input could not be decoded. It never occurs in valid UTF-8,
// so one validation pass finds undecodable input and invalid UTF-8 alike.
inline constexpr unsigned char UndecodableMarker = 0xFF;

// Offset of the first byte that does not belong to a valid UTF-8 sequence, or size when all are
// valid. Overlong forms, surrogates and code points above U+10FFFF are invalid.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);
inline bool isValidUtf8(const char *data, qsizetype size)
{
    return firstInvalidUtf8(data, size) == size;
}
// True when data is valid UTF-8; with truncated, a sequence cut off by the end of data counts as
// valid (data is the first chunk of a longer file).
bool looksLikeUtf8(const char *data, qsizetype size, bool truncated);

// Appends text as UTF-8; an unpaired surrogate becomes U+FFFD.
void appendUtf8(QStringView text, std::string &out);

// Converts a stream of bytes in one encoding to UTF-8, chunk by chunk; a character split between
// two chunks is carried over. Bytes that cannot be decoded come out as UndecodableMarker.
class TextDecoder
{
public:
    virtual ~TextDecoder() = default;
    // The most bytes decode() writes for size input bytes.
    virtual qsizetype maxOutput(qsizetype size) const = 0;
    // Decodes size bytes to out (room for maxOutput(size)); returns the end of what it wrote.
    virtual char *decode(const char *in, qsizetype size, char *out) = 0;
    // The input has ended: a character left incomplete becomes a marker. Room for 8 bytes.
    virtual char *finish(char *out) = 0;

    // The decoder for encoding, nullptr for UTF-8 (which needs none) or when this Qt build cannot
    // decode GB18030.
    static std::unique_ptr<TextDecoder> create(TextEncoding encoding);
};

} // namespace kefu::io
