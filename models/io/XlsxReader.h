#pragma once

#include "TableReader.h"
#include "XlsxCellText.h"

#include <QIODevice>

#include <memory>
#include <string>
#include <vector>

namespace kefu::io {

class XlsxArchive;
class XlsxPart;

// Reads the first sheet of an XLSX workbook (in workbook order), streaming the sheet's XML out of
// the archive. Keeps the shared strings (one UTF-8 blob and offsets) and the date-ness of each
// cell style; everything else is one row at a time.
class XlsxReader final : public TableReader
{
public:
    // Reads device (open for reading, seekable). nullptr with *error ("NAME: reason") when it is
    // not a workbook or its workbook, shared strings or styles cannot be read.
    static std::unique_ptr<XlsxReader> open(std::unique_ptr<QIODevice> device, const QString &name, QString *error);
    ~XlsxReader() override;

    bool next(Record &record) override;
    QString formatName() const override { return QStringLiteral("XLSX"); }
    QString encodingName() const override { return QStringLiteral("UTF-8"); }
    double progress() const override;

    // Limits on what one workbook may hold in memory.
    static constexpr qint64 MaxSharedStringBytes = 512LL * 1024 * 1024;
    static constexpr qint64 MaxSharedStrings = 32LL * 1024 * 1024;
    static constexpr qint64 MaxPartBytes = 64LL * 1024 * 1024; // workbook, relationships, styles

private:
    explicit XlsxReader(std::unique_ptr<QIODevice> device);

    struct Cell
    {
        int column;
        size_t offset;
        size_t length;
    };

    bool load(QString *reason);
    bool readWorkbook(const QString &path, QString *sheetRelation, QString *reason);
    bool readSharedStrings(const QString &path, QString *reason);
    bool readStyles(const QString &path, QString *reason);
    bool readRow(Record &record, bool *ended);
    // cellType: the t attribute (an internal enum); style: the s attribute, -1 when absent.
    bool readCell(Record &record, int column, int cellType, int style);
    void fail(const QString &reason);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxPart> m_sheet;
    bool m_date1904 = false;
    bool m_finished = false;
    bool m_inSheetData = false;

    std::string m_strings;
    std::vector<quint32> m_stringStarts; // one per string, and the end of the last
    std::vector<xlsx::DateKind> m_styleKinds;

    qint64 m_row = 0;
    std::string m_rowText;
    std::vector<Cell> m_cells;
    QString m_text;
    QString m_value;
};

} // namespace kefu::io
