#include "TableWriter.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

#include <cmath>
#include <filesystem>
#include <system_error>

namespace kefu::io {

namespace {

// Digits after the point of an Excel number format ("0.00" → 2, "#,##0" → 0).
int decimalsOf(const QString &numberFormat)
{
    const qsizetype point = numberFormat.indexOf(QLatin1Char('.'));
    if (point < 0)
        return 0;
    int decimals = 0;
    for (qsizetype i = point + 1; i < numberFormat.size(); ++i) {
        const QChar ch = numberFormat.at(i);
        if (ch != QLatin1Char('0') && ch != QLatin1Char('#'))
            break;
        ++decimals;
    }
    return decimals;
}

std::filesystem::path fileSystemPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// Puts from in place of to, replacing it in one step (rename(2); MoveFileEx with REPLACE_EXISTING).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(fileSystemPath(from), fileSystemPath(to), code);
    if (code) {
        *error = QString::fromLocal8Bit(code.message());
        return false;
    }
    return true;
}

} // namespace

CellKind cellKind(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return CellKind::Empty;
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return CellKind::Boolean;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return CellKind::Number;
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(cell.toDouble()) ? CellKind::Number : CellKind::Empty;
    case QMetaType::QDateTime:
        return cell.toDateTime().isValid() ? CellKind::DateTime : CellKind::Empty;
    case QMetaType::QDate:
        return cell.toDate().isValid() ? CellKind::Date : CellKind::Empty;
    case QMetaType::QTime:
        return cell.toTime().isValid() ? CellKind::Time : CellKind::Empty;
    case QMetaType::QString:
        return cell.toString().isEmpty() ? CellKind::Empty : CellKind::Text;
    default:
        return cell.toString().isEmpty() ? CellKind::Empty : CellKind::Text;
    }
}

QString TableWriter::csvText(const QVariant &cell, const QString &numberFormat)
{
    switch (cellKind(cell)) {
    case CellKind::Empty:
        return {};
    case CellKind::Number: {
        const bool integral = cell.typeId() != QMetaType::Double && cell.typeId() != QMetaType::Float;
        if (numberFormat.isEmpty()) {
            if (integral)
                return cell.typeId() == QMetaType::ULongLong ? QString::number(cell.toULongLong())
                                                             : QString::number(cell.toLongLong());
            return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
        QString text = QString::number(cell.toDouble(), 'f', decimalsOf(numberFormat));
        if (text.startsWith(QLatin1Char('-')) && text.toDouble() == 0.0)
            text.remove(0, 1); // no "-0.0"
        return text;
    }
    case CellKind::Boolean:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case CellKind::DateTime:
        return cell.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case CellKind::Date:
        return cell.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case CellKind::Time:
        return cell.toTime().toString(QStringLiteral("HH:mm:ss"));
    case CellKind::Text:
        return cell.toString();
    }
    return {};
}

std::optional<TableWriter::Format> TableWriter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

QString TableWriter::suffix(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString TableWriter::partialPathFor(const QString &path)
{
    return path + QStringLiteral(".partial");
}

TableWriter::TableWriter(const QString &path, Format format, Options options)
    : m_path(path)
    , m_partialPath(partialPathFor(path))
    , m_format(format)
    , m_options(std::move(options))
{}

TableWriter::~TableWriter()
{
    if (m_state != State::Committed)
        discard();
}

bool TableWriter::fail(const QString &reason)
{
    m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    discard();
    m_state = State::Failed;
    return false;
}

bool TableWriter::open()
{
    if (m_state != State::Closed)
        return fail(tr("the file was opened already"));
    m_file = std::make_unique<QFile>(m_partialPath);
    // XLSX too: libxlsxwriter creates the file only at the end, and an unwritable folder should be
    // known before a million rows are written, not after.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(m_file->errorString());
    m_partialExists = true;
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvWriter>(m_file.get(), m_options.excelCsv);
    } else {
        m_file->close();
        m_xlsx = std::make_unique<XlsxWriter>(m_partialPath, m_options.tempFolder);
        if (!m_xlsx->open())
            return fail(m_xlsx->errorString());
    }
    m_state = State::Open;
    return true;
}

bool TableWriter::beginSheet(const QString &name, const QList<TableColumn> &columns)
{
    if (m_state != State::Open && m_state != State::InSheet)
        return fail(tr("the file is not open for writing"));
    if (m_format == Format::Csv && m_sheets > 0)
        return fail(tr("a CSV file holds one table; export %1 to XLSX or to a file of its own").arg(name));
    m_numberFormats.clear();
    QStringList titles;
    for (const TableColumn &column : columns) {
        m_numberFormats.append(column.numberFormat);
        titles.append(column.title);
    }
    if (m_csv) {
        if (!m_csv->writeRow(titles))
            return fail(m_csv->errorString());
    } else if (!m_xlsx->addSheet(name, columns)) {
        return fail(m_xlsx->errorString());
    }
    ++m_sheets;
    m_state = State::InSheet;
    return true;
}

bool TableWriter::writeRow(const QVariantList &cells)
{
    if (m_state != State::InSheet)
        return fail(tr("no sheet was started"));
    if (m_csv) {
        QStringList fields;
        fields.reserve(std::max(cells.size(), m_numberFormats.size()));
        for (qsizetype c = 0; c < cells.size(); ++c)
            fields.append(csvText(cells.at(c), c < m_numberFormats.size() ? m_numberFormats.at(c) : QString()));
        while (fields.size() < m_numberFormats.size())
            fields.append(QString());
        if (!m_csv->writeRow(fields))
            return fail(m_csv->errorString());
    } else if (!m_xlsx->writeRow(cells)) {
        return fail(m_xlsx->errorString());
    }
    ++m_rows;
    return true;
}

bool TableWriter::finish()
{
    if (m_state == State::Finished)
        return true;
    if (m_state != State::Open && m_state != State::InSheet)
        return fail(tr("the file is not open for writing"));
    if (m_csv) {
        if (!m_file->flush())
            return fail(m_file->errorString());
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return fail(m_file->errorString());
        m_csv.reset();
    } else if (!m_xlsx->close()) {
        return fail(m_xlsx->errorString());
    }
    m_state = State::Finished;
    return true;
}

bool TableWriter::commit()
{
    if (m_state != State::Finished && !finish())
        return false;
    QString reason;
    if (!replaceFile(m_partialPath, m_path, &reason))
        return fail(reason);
    m_partialExists = false;
    m_state = State::Committed;
    return true;
}

void TableWriter::discard()
{
    m_csv.reset();
    if (m_xlsx)
        m_xlsx->abandon();
    m_xlsx.reset();
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (m_partialExists)
        QFile::remove(m_partialPath);
    m_partialExists = false;
    if (m_state != State::Committed)
        m_state = State::Failed;
}

} // namespace kefu::io
