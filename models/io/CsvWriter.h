#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace kefu {

// Writes CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, or starts or ends with a space, and quotes in it doubled. UTF-8
// with a byte order mark, so that Excel opens Chinese text correctly. Reused by every export.
class CsvWriter final
{
public:
    // Writes to device, which must be open for writing; the BOM goes out with the first row.
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);

    // False when the device refused to write; see errorString().
    bool writeRow(const QStringList &fields);
    int rowsWritten() const { return m_rows; }
    QString errorString() const { return m_error; }

    // One field as it appears in the file.
    static QString quoted(const QString &field);
    // One record with its CRLF, without the BOM.
    static QString formatRow(const QStringList &fields);

private:
    QIODevice *m_device;
    bool m_bomPending;
    int m_rows = 0;
    QString m_error;
};

} // namespace kefu
