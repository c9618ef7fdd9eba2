#pragma once

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace kefu::io {

// What the caller wants of a reader. encoding: empty = detect (CSV only); otherwise one of
// "UTF-8", "UTF-16" (BOM decides the byte order; without one, little-endian), "UTF-16LE",
// "UTF-16BE", "GB18030" (also accepted: "GBK", "GB2312", "CP936"), case-insensitive.
struct ReaderOptions
{
    QString encoding;
    // Forces the CSV separator (',' or '\t'); 0 = by extension (.tsv/.txt → tab) or, failing
    // that, by the header line (tabs and no commas → tab).
    char separator = 0;
};

// One record of the file. Fields are UTF-8 bytes (whatever the file's encoding was) and stay
// valid until the next call of next(). A field that was empty in the file is an empty view.
struct Record
{
    std::vector<std::string_view> fields;
    // The physical line of the file where the record starts, 1-based (the header is usually
    // line 1). For XLSX: the row number Excel shows.
    qint64 line = 0;
    // Non-empty when this one record is damaged but the rest of the file can still be read
    // (e.g. bytes that are not valid in the file's encoding), as "invalid UTF-8 byte sequence";
    // the caller rejects the record with it.
    QString problem;
    // The field (0-based) the problem is in, so that the caller can name its column by the header;
    // -1 when it concerns the whole record.
    int problemField = -1;
};

// Streams the records of a CSV/TSV or XLSX file: memory stays bounded whatever the file's size
// (one record at a time; XLSX keeps its shared-string table). Blank records (every field empty)
// are skipped. Not thread-safe; use one reader per thread.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // Opens path: XLSX when the file starts with a ZIP signature (or ends in .xlsx), CSV
    // otherwise. nullptr with *error set ("FILE: reason", untranslated) when the file cannot be
    // opened or is not a table this reader understands.
    static std::unique_ptr<TableReader> open(const QString &path, const ReaderOptions &options, QString *error);
    // The same for bytes in memory (the fuzz targets and tests); name stands in for the path
    // (its extension picks the CSV separator).
    static std::unique_ptr<TableReader> fromBytes(const QByteArray &bytes, const QString &name,
                                                  const ReaderOptions &options, QString *error);

    // The next record; false at the end of the file or on an error that stops reading (then
    // error() is non-empty and names the line, e.g. "line 812: quoted field is not closed").
    virtual bool next(Record &record) = 0;
    QString error() const { return m_error; }

    // "CSV" or "XLSX"; and the encoding read: "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)",
    // "UTF-16BE (BOM)", "GB18030"; "XLSX" files say "UTF-8".
    virtual QString formatName() const = 0;
    virtual QString encodingName() const = 0;
    // The separator used by a CSV file (',' or '\t'); 0 for XLSX.
    virtual char separator() const { return 0; }

    // How far reading has come, 0..1, for progress bars.
    virtual double progress() const = 0;

protected:
    QString m_error;
};

// The longest record a reader accepts (an unclosed quote must not swallow the whole file).
inline constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;

} // namespace kefu::io
