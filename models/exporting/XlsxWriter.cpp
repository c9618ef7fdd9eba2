#include "XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kefu::io {

namespace {

// Column widths are guessed from the header and this many first rows: enough to be representative,
// few enough to cost nothing.
constexpr qint64 MeasuredRows = 200;
constexpr int MinimumWidth = 6;
constexpr int MaximumWidth = 60;

// Width of text in Excel's character units: East Asian characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text) {
        if (ch.isLowSurrogate())
            continue;
        width += ch.unicode() >= 0x1100 ? 2 : 1;
    }
    return width;
}

lxw_datetime excelDateTime(QDate date, QTime time)
{
    lxw_datetime value{};
    if (date.isValid()) {
        value.year = date.year();
        value.month = date.month();
        value.day = date.day();
    }
    if (time.isValid()) {
        value.hour = time.hour();
        value.min = time.minute();
        value.sec = time.second() + time.msec() / 1000.0;
    }
    return value;
}

QString reason(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

XlsxWriter::XlsxWriter(const QString &fileName, const QString &tempFolder)
    : m_fileName(fileName)
    , m_tempFolder(tempFolder.isEmpty() ? QDir::tempPath() : tempFolder)
{}

XlsxWriter::~XlsxWriter()
{
    abandon();
}

bool XlsxWriter::fail(const QString &reason)
{
    m_error = reason;
    return false;
}

bool XlsxWriter::open()
{
    abandon();
    m_tempFolderBytes = QFile::encodeName(QDir::toNativeSeparators(m_tempFolder));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempFolderBytes.data();
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_fileName).constData(), &options);
    if (!m_workbook)
        return fail(tr("the workbook could not be started (out of memory)"));
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "hh:mm:ss");
    return true;
}

QString XlsxWriter::sheetName(const QString &name, const QStringList &taken)
{
    QString base = name.simplified();
    for (QChar &ch : base) {
        if (QStringView(u"[]:*?/\\").contains(ch) || ch.unicode() < 0x20)
            ch = QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    if (base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        base += QStringLiteral(" 1");
    const auto cut = [](QString text, qsizetype length) {
        text.truncate(length);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        while (text.endsWith(QLatin1Char('\'')) || text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    const auto isTaken = [&taken](const QString &candidate) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&candidate](const QString &t) { return t.compare(candidate, Qt::CaseInsensitive) == 0; });
    };
    QString candidate = cut(base, MaxSheetNameLength);
    for (int n = 2; isTaken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = cut(base, MaxSheetNameLength - suffix.size()) + suffix;
    }
    return candidate;
}

lxw_format *XlsxWriter::numberFormat(const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    auto it = m_numberFormats.constFind(code);
    if (it != m_numberFormats.constEnd())
        return it.value();
    lxw_format *format = workbook_add_format(m_workbook);
    format_set_num_format(format, code.toUtf8().constData());
    m_numberFormats.insert(code, format);
    return format;
}

void XlsxWriter::measure(int column, int width)
{
    if (column < m_widths.size())
        m_widths[column] = std::max(m_widths.at(column), width);
}

bool XlsxWriter::addSheet(const QString &name, const QList<TableColumn> &columns)
{
    if (!m_workbook)
        return fail(tr("the workbook is not open"));
    if (columns.size() > LXW_COL_MAX)
        return fail(tr("a sheet holds at most %1 columns").arg(LXW_COL_MAX));
    finishSheet();
    const QString sheet = sheetName(name, m_sheetNames);
    m_sheet = workbook_add_worksheet(m_workbook, sheet.toUtf8().constData());
    if (!m_sheet)
        return fail(tr("the sheet %1 could not be added (no room for its temporary file in %2?)")
                        .arg(sheet, QDir::toNativeSeparators(m_tempFolder)));
    m_sheets.append(m_sheet);
    m_sheetNames.append(sheet);
    m_columns = int(columns.size());
    m_row = 0;
    m_columnFormats.clear();
    m_widths.clear();
    for (const TableColumn &column : columns) {
        m_columnFormats.append(numberFormat(column.numberFormat));
        m_widths.append(MinimumWidth);
    }
    for (int c = 0; c < m_columns; ++c) {
        const QString &title = columns.at(c).title;
        measure(c, displayWidth(title) + 1); // bold and the autofilter's button
        if (title.isEmpty())
            continue;
        const lxw_error error =
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), title.left(MaxTextLength).toUtf8().constData(), m_bold);
        if (error != LXW_NO_ERROR)
            return fail(reason(error));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return true;
}

bool XlsxWriter::writeRow(const QVariantList &cells)
{
    if (!m_sheet)
        return fail(tr("no sheet was started"));
    if (m_row >= TableWriter::MaxXlsxRows)
        return fail(tr("the sheet %1 would have more than Excel's %2 rows; export to CSV instead")
                        .arg(m_sheetNames.constLast())
                        .arg(TableWriter::MaxXlsxRows));
    if (cells.size() > LXW_COL_MAX)
        return fail(tr("a sheet holds at most %1 columns").arg(LXW_COL_MAX));
    const auto row = lxw_row_t(m_row);
    const bool measuring = m_row <= MeasuredRows;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells.at(c);
        const auto col = lxw_col_t(c);
        lxw_error error = LXW_NO_ERROR;
        switch (cellKind(cell)) {
        case CellKind::Empty:
            break;
        case CellKind::Number: {
            lxw_format *format = c < m_columnFormats.size() ? m_columnFormats.at(c) : nullptr;
            const double value = cell.toDouble();
            error = worksheet_write_number(m_sheet, row, col, value, format);
            if (measuring)
                measure(int(c), int(QString::number(value, 'f', value == std::floor(value) ? 0 : 2).size()) + 1);
            break;
        }
        case CellKind::Boolean:
            error = worksheet_write_boolean(m_sheet, row, col, cell.toBool() ? 1 : 0, nullptr);
            break;
        case CellKind::DateTime: {
            const QDateTime dt = cell.toDateTime();
            lxw_datetime value = excelDateTime(dt.date(), dt.time());
            error = worksheet_write_datetime(m_sheet, row, col, &value, m_dateTime);
            if (measuring)
                measure(int(c), 20);
            break;
        }
        case CellKind::Date: {
            lxw_datetime value = excelDateTime(cell.toDate(), QTime());
            error = worksheet_write_datetime(m_sheet, row, col, &value, m_date);
            if (measuring)
                measure(int(c), 11);
            break;
        }
        case CellKind::Time: {
            lxw_datetime value = excelDateTime(QDate(), cell.toTime());
            error = worksheet_write_datetime(m_sheet, row, col, &value, m_time);
            if (measuring)
                measure(int(c), 9);
            break;
        }
        case CellKind::Text: {
            QString text = cell.toString();
            if (text.size() > MaxTextLength) {
                text.truncate(MaxTextLength);
                if (text.back().isHighSurrogate())
                    text.chop(1);
            }
            // A string cell: Excel shows it as it is, even when it starts with '='.
            error = worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), nullptr);
            if (measuring)
                measure(int(c), displayWidth(text.section(QLatin1Char('\n'), 0, 0)) + 1);
            break;
        }
        }
        if (error != LXW_NO_ERROR)
            return fail(reason(error));
    }
    ++m_row;
    return true;
}

void XlsxWriter::finishSheet()
{
    if (!m_sheet)
        return;
    for (int c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                             std::clamp(m_widths.at(c), MinimumWidth, MaximumWidth), nullptr);
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max<qint64>(m_row - 1, 0)), lxw_col_t(m_columns - 1));
    m_sheet = nullptr;
}

bool XlsxWriter::close()
{
    if (!m_workbook)
        return fail(tr("the workbook is not open"));
    if (m_sheets.isEmpty())
        workbook_add_worksheet(m_workbook, nullptr); // a workbook needs a sheet
    finishSheet();
    // workbook_close() frees the workbook whether it succeeded or not.
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheets.clear();
    m_numberFormats.clear();
    if (error != LXW_NO_ERROR)
        return fail(reason(error));
    return true;
}

void XlsxWriter::abandon()
{
    if (m_workbook) {
        // lxw_workbook_free() leaves the constant-memory temporary files open (and their disk space
        // taken until the process ends): close them first. They were unlinked when created.
        for (lxw_worksheet *sheet : std::as_const(m_sheets)) {
            if (sheet->optimize_tmpfile) {
                std::fclose(sheet->optimize_tmpfile);
                sheet->optimize_tmpfile = nullptr;
            }
        }
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    m_sheets.clear();
    m_sheetNames.clear();
    m_numberFormats.clear();
    m_columnFormats.clear();
    m_widths.clear();
    m_row = 0;
}

} // namespace kefu::io
