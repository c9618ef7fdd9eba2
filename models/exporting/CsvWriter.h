#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace kefu {

// Writes CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a
// comma, a double quote, CR or LF, or starts or ends with a space, and quotes in it doubled. Reused by
// every export and by the command-line reports.
//
// Two flavours. For Excel (the default, byteOrderMark true): UTF-8 with a byte order mark, so that
// Excel opens Chinese text correctly, and formulas defused: a field Excel would run as a formula gets
// a leading apostrophe (see defused(), docs/decisions.md). Plain (byteOrderMark false): no BOM and
// every field as it is, byte for byte, for scripts and the command line's reports.
class CsvWriter final
{
public:
    // Writes to device, which must be open for writing; the BOM goes out with the first row.
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);

    // Whether fields are defused (on with the BOM, off without, unless set here).
    bool defusesFormulas() const { return m_defuse; }
    void setDefusesFormulas(bool on) { m_defuse = on; }

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
    bool m_defuse;
    int m_rows = 0;
    QString m_error;
};

} // namespace kefu
