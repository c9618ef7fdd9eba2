#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace kefu {

// Writes CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, or starts or ends with a space, and quotes in it doubled. Reused by
// every export and by the command-line reports.
//
// Formulas are always defused: a field Excel would run as a formula gets a leading apostrophe (see
// defused(), docs/decisions.md), whichever program opens the file later. Two flavours: for Excel (the
// default, byteOrderMark true) UTF-8 with a byte order mark, so that Excel opens Chinese text
// correctly; plain (byteOrderMark false) without it, for scripts and the command line's reports.
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
    // field with an apostrophe in front when it starts with '=', '+', '-', '@', TAB or CR and is not a
    // plain number ("-12.5" stays), so that Excel shows it as text instead of running it (OWASP "CSV
    // injection"). The importer takes the apostrophe off again in front of those characters.
    static QString defused(const QString &field);
    // A decimal number as a CSV field holds one: optional sign, digits with an optional point, an
    // optional exponent ("-12", "+3.5", "1e-7").
    static bool isPlainNumber(const QString &field);

private:
    QIODevice *m_device;
    bool m_bomPending;
    int m_rows = 0;
    QString m_error;
};

} // namespace kefu
