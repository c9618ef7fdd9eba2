#include "CsvWriter.h"

#include <QCoreApplication>

namespace kefu {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_bomPending(byteOrderMark)
{}

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
    bytes += formatRow(fields).toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bomPending = false;
    ++m_rows;
    return true;
}

} // namespace kefu
