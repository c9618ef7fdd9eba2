#pragma once

#include "TableReader.h"
#include "TextDecoding.h"

#include <QIODevice>

#include <array>
#include <memory>
#include <string>

namespace kefu::io {

// Reads CSV/TSV as RFC 4180 has it, leniently like Excel: a quote inside an unquoted field is
// literal, text after a closing quote is appended to the field. Line breaks are CRLF, LF or a lone
// CR. The file is read in blocks of BlockSize into one buffer that grows only while a record is
// longer than what it holds; UTF-8 is parsed in place, other encodings are decoded to UTF-8 first.
class CsvReader final : public TableReader
{
public:
    // Reads device (open for reading) of totalSize bytes (for progress; 0 when unknown). name
    // stands for the file in messages and picks the separator by its extension.
    static std::unique_ptr<CsvReader> create(std::unique_ptr<QIODevice> device, qint64 totalSize, const QString &name,
                                             const ReaderOptions &options, QString *error);

    bool next(Record &record) override;
    QString formatName() const override { return QStringLiteral("CSV"); }
    QString encodingName() const override;
    char separator() const override { return m_separator; }
    double progress() const override;

    // Fuzz builds read in small blocks, so that records cross block boundaries.
#ifdef KEFUDESK_CSV_BLOCK_SIZE
    static constexpr qsizetype BlockSize = KEFUDESK_CSV_BLOCK_SIZE;
#else
    static constexpr qsizetype BlockSize = 1024 * 1024;
#endif
    static_assert(BlockSize >= 256);
    // More fields than this in one record is an error (each field costs a view).
    static constexpr size_t MaxFields = 1024 * 1024;
    // What the record buffer holds now (tests check it stays bounded).
    qsizetype bufferCapacity() const
    {
        return m_capacity;
    }

private:
    CsvReader(std::unique_ptr<QIODevice> device, qint64 totalSize);

    enum class Parse { Record, NeedMore, End, Unclosed, TooManyFields };
    struct ScratchField
    {
        size_t index;
        size_t offset;
        size_t length;
    };

    bool start(const QString &name, const ReaderOptions &options, QString *error);
    bool fill();
    bool readRaw(char *to, qsizetype maximum, qsizetype *got);
    void reserve(qsizetype capacity);
    Parse parse(Record &record, qsizetype *recordEnd, qint64 *lineBreaks);
    char detectSeparator() const;
    void setSeparator(char separator);
    QString invalidTextProblem() const;

    std::unique_ptr<QIODevice> m_device;
    qint64 m_totalSize = 0;
    qint64 m_rawRead = 0;
    bool m_eof = false;
    bool m_finished = false;

    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bom = false;
    qsizetype m_bomLength = 0;
    bool m_encodingDetected = false;
    std::unique_ptr<TextDecoder> m_decoder;
    std::unique_ptr<char[]> m_raw; // undecoded bytes, for encodings other than UTF-8

    // The records: bytes [m_begin, m_end) of m_buffer are read but not yet returned; m_bufferOffset
    // is the offset of m_buffer[0] in the (decoded) stream.
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0;
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;

    char m_separator = ',';
    std::array<bool, 256> m_fieldEnd{};
    std::string m_scratch;
    std::vector<ScratchField> m_scratchFields;
};

} // namespace kefu::io
