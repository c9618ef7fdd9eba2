#include "CsvWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kefu {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_bomPending(byteOrderMark)
{}

bool CsvWriter::isPlainNumber(const QString &field)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"));
    return number.match(field).hasMatch();
}

QString CsvWriter::defused(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return isPlainNumber(field) ? field : QString(QLatin1Char('\'') + field);
    case '\'':
        // A text that already looks defused keeps its own apostrophe: the import takes one off.
        if (field.size() >= 2) {
            const char16_t next = field.at(1).unicode();
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r')
                return QLatin1Char('\'') + field;
        }
        return field;
    default:
        return field;
    }
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_device || !m_device->isWritable()) {
        m_error = m_device ? m_device->errorString()
                           : QCoreApplication::translate("kefu::CsvWriter", "no file is open for writing");
        return false;
    }
    QByteArray bytes;
    if (m_bomPending)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &field : fields)
        safe.append(defused(field));
    bytes += formatRow(safe).toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bomPending = false;
    ++m_rows;
    return true;
}

} // namespace kefu
