#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QFile;

namespace kefu {
class CsvWriter;
}

namespace kefu::io {

class XlsxWriter;

// One column of a table to write: its title in the header row and, for numbers, an Excel number
// format ("0", "0.0", "0.00", "#,##0.0"; empty = General). CSV writes a number with as many decimals
// as the format has after its point, without grouping.
struct TableColumn
{
    QString title;
    QString numberFormat;
};

// How a cell's QVariant is written:
//  - Empty: invalid or null QVariant, an empty string, a NaN or infinite number, an invalid date.
//  - Number: the integer and floating-point types. XLSX: a numeric cell in the column's format.
//  - Boolean: XLSX TRUE/FALSE cell; CSV TRUE/FALSE.
//  - DateTime: a QDateTime, written as the wall-clock time it holds in its own zone (convert it to
//    the store's zone first, e.g. QDateTime::fromSecsSinceEpoch(at, zone)). XLSX: a real date cell
//    formatted yyyy-mm-dd hh:mm:ss; CSV: yyyy-MM-dd HH:mm:ss.
//  - Date / Time: QDate (yyyy-mm-dd) and QTime (hh:mm:ss) the same way.
//  - Text: everything else, as QVariant::toString(). Never a formula: XLSX stores "=1+2" as a string;
//    CSV puts an apostrophe in front (CsvWriter::defused()).
enum class CellKind { Empty, Number, Boolean, DateTime, Date, Time, Text };
CellKind cellKind(const QVariant &cell);

// How TableWriter writes its formats.
struct TableWriterOptions
{
    // CSV: Excel flavour (UTF-8 BOM, see CsvWriter); false writes the plain CSV of the command-line
    // reports. Both defuse formulas.
    bool excelCsv = true;
    // XLSX: the folder for libxlsxwriter's temporary files (one per sheet, as large as the sheet's
    // XML); empty = QDir::tempPath().
    QString tempFolder;
};

// Streams a table to a file in CSV or XLSX, one row at a time with bounded memory (XLSX through
// libxlsxwriter's constant-memory mode: a million rows take no more memory than ten). The file
// appears under its name only when complete: everything goes to "path.partial", which commit()
// renames over path; a failure, discard() or destruction without commit() removes it, so a failed or
// cancelled export never leaves a half file under the real name (nor a .partial). Not thread-safe;
// one writer per thread. Every error message names the destination file.
//
//     TableWriter writer(path, TableWriter::Format::Xlsx);
//     bool ok = writer.open() && writer.beginSheet(tr("Users"), columns);
//     for (const QVariantList &row : rows) ok = ok && writer.writeRow(row);
//     ok = ok && writer.commit();          // else writer.errorString()
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::io::TableWriter)

public:
    enum class Format { Csv, Xlsx };

    using Options = TableWriterOptions;

    // Excel's limit of rows in a sheet, the header included.
    static constexpr qint64 MaxXlsxRows = 1048576;

    // The format of a file name's extension (.csv, .xlsx; any case); nullopt for another one.
    static std::optional<Format> formatForFileName(const QString &fileName);
    // "csv" or "xlsx".
    static QString suffix(Format format);
    // Where the file is written until commit(): path + ".partial".
    static QString partialPathFor(const QString &path);

    TableWriter(const QString &path, Format format, Options options = {});
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // Creates path.partial (replacing a stale one); false when the folder cannot be written.
    bool open();
    // Starts a sheet and writes its header row (bold, frozen, with an autofilter in XLSX). XLSX: one
    // worksheet per sheet, its name made valid for Excel (at most 31 characters, none of []:*?/\,
    // unique). CSV holds one table: the name is not written and a second sheet is refused.
    bool beginSheet(const QString &name, const QList<TableColumn> &columns);
    // One data row; cells beyond the columns are written too, missing ones are empty.
    bool writeRow(const QVariantList &cells);
    // Completes path.partial (XLSX: writes the workbook), without putting it in place yet.
    bool finish();
    // finish() if not done, then replaces path with the finished file.
    bool commit();
    // Removes path.partial; path itself (an older file of the same name) is left as it was.
    void discard();

    QString path() const { return m_path; }
    Format format() const { return m_format; }
    // Data rows written, over every sheet.
    qint64 rowsWritten() const { return m_rows; }
    // Why the last call failed, naming the file.
    QString errorString() const { return m_error; }

    // How a cell appears in CSV, with the number format of its column.
    static QString csvText(const QVariant &cell, const QString &numberFormat = {});

private:
    enum class State { Closed, Open, InSheet, Finished, Committed, Failed };
    bool fail(const QString &reason);

    QString m_path;
    QString m_partialPath;
    Format m_format;
    Options m_options;
    State m_state = State::Closed;
    bool m_partialExists = false;
    int m_sheets = 0;
    qint64 m_rows = 0;
    QList<QString> m_numberFormats;
    QString m_error;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<XlsxWriter> m_xlsx;
};

} // namespace kefu::io
