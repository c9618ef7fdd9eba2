#pragma once

#include "AgentMetrics.h"
#include "ErlangC.h"
#include "ServiceMetrics.h"
#include "exporting/TableWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kefu {

// A report as rows of typed cells, written with the formats of cli.md: percentages, seconds and the
// other averages with one decimal, csat_mean with two, an empty metric as an empty CSV field or JSON
// null. The decimals are core/Formats' (format::PercentDecimals, …): the window and the PDF round the
// same figures the same way. The command line, the tests and the GUI exports write reports through it.
class ReportTable final
{
public:
    struct Cell
    {
        enum class Kind { Empty, Text, Number };
        Kind kind = Kind::Empty;
        QString text;     // the text, or the number as written
        int decimals = 0; // of a number: digits after the point
    };

    explicit ReportTable(QStringList columns);

    static Cell text(const QString &value);
    static Cell integer(qint64 value);
    static Cell integer(std::optional<int> value);
    // A number with the given decimals; empty when value is.
    static Cell decimal(std::optional<double> value, int decimals);
    // The kinds of figure, each with its decimals (core/Formats).
    static Cell percent(std::optional<double> value);
    static Cell seconds(std::optional<double> value);
    static Cell csat(std::optional<double> value);
    static Cell transfers(std::optional<double> value);
    static Cell score(std::optional<double> value);

    // The tables of the reports: cli.md's columns in its order, then waitColumns().
    static ReportTable service(const QList<ServiceReportRow> &rows);
    static ReportTable agents(const QList<AgentScorecard> &cards);
    static ReportTable staffing(const ErlangC::Staffing &staffing);
    // KefuDesk's columns appended to report service and report agents (docs/metrics.md): asa_realtime_s,
    // p90_realtime_s, email_reply_s, and their cells for a group's figures.
    static QStringList waitColumns();
    static QList<Cell> waitCells(const ServiceFigures &figures);

    void addRow(QList<Cell> cells);
    QStringList columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rows.size(); }
    const QList<Cell> &row(qsizetype i) const { return m_rows.at(i); }

    // RFC 4180 as CsvWriter writes it in its plain flavour (CRLF, quotes where needed, no byte-order
    // mark, text as it is), UTF-8 with a header row: what the command line prints and the worked
    // example expects.
    QByteArray toCsv() const;
    // The same table through io::TableWriter: numbers as numeric cells with their column's decimals
    // (number format "0", "0.0" or "0.00"), text as text, an empty metric as an empty cell. XLSX has one
    // sheet named sheetName; CSV is the plain one of toCsv(). The file appears only when complete.
    bool save(const QString &path, io::TableWriter::Format format, const QString &sheetName, QString *error) const;
    // Writes the table as one sheet into an open writer.
    bool writeTo(io::TableWriter &writer, const QString &sheetName) const;
    // The columns with the number format of their numbers.
    QList<io::TableColumn> tableColumns() const;

    // A JSON array of objects with the columns as keys, in column order; null for an empty cell.
    QByteArray toJson() const;

private:
    QStringList m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace kefu
