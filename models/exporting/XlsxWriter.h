#pragma once

#include "TableWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace kefu::io {

// An XLSX workbook written row by row with libxlsxwriter in constant-memory mode: each row goes to a
// temporary file as soon as the next one starts, so memory stays flat; the workbook (a ZIP of XML) is
// put together by close(). Cells are typed as cellKind() says; text is always a string cell, never a
// formula. Used through TableWriter, which adds the .partial file and the rename.
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::io::XlsxWriter)

public:
    // Excel's limits: characters in a cell (longer text is cut there) and in a sheet's name.
    static constexpr int MaxTextLength = 32767;
    static constexpr int MaxSheetNameLength = 31;

    // fileName is written by close(); tempFolder holds the temporary files (empty = QDir::tempPath()).
    explicit XlsxWriter(const QString &fileName, const QString &tempFolder = {});
    // Abandons a workbook that was not closed: nothing is written.
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool open();
    // A new worksheet with a header row: bold, frozen, with an autofilter over the rows written.
    bool addSheet(const QString &name, const QList<TableColumn> &columns);
    bool writeRow(const QVariantList &cells);
    // Finishes the last sheet and writes the file.
    bool close();
    // Drops the workbook and its temporary files without writing anything.
    void abandon();

    // Data rows in the current sheet.
    qint64 sheetRows() const { return m_row > 0 ? m_row - 1 : 0; }
    // Why the last call failed (without the file name).
    QString errorString() const { return m_error; }

    // name as Excel accepts it: []:*?/\ replaced by '_', no apostrophe at either end, at most 31
    // characters, not empty ("Sheet"), not "History", and unique (case-insensitive) among taken by a
    // " (2)", " (3)", … at its end.
    static QString sheetName(const QString &name, const QStringList &taken = {});

private:
    bool fail(const QString &reason);
    void finishSheet();
    lxw_format *numberFormat(const QString &code);
    void measure(int column, int width);

    QString m_fileName;
    QString m_tempFolder;
    QByteArray m_tempFolderBytes; // libxlsxwriter keeps the pointer
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QList<lxw_worksheet *> m_sheets;
    QStringList m_sheetNames;
    lxw_format *m_bold = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    QHash<QString, lxw_format *> m_numberFormats;
    QList<lxw_format *> m_columnFormats;
    QList<int> m_widths;
    int m_columns = 0;
    qint64 m_row = 0; // the next row to write, 0-based; row 0 is the header
    QString m_error;
};

} // namespace kefu::io
