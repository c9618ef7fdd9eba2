#pragma once

// A data row as the kinds' writers see it, and what became of it.

#include "ImportValues.h"
#include "io/TableReader.h"

#include <optional>
#include <vector>

namespace kefu::importing {

// The problems of one row: the kind's column index (-1 = the row) and the reason.
struct RowProblem
{
    int column = -1;
    QString reason;
};

// One data row as the writers see it: fields looked up by the kind's column index.
class Row final
{
public:
    Row(const io::Record &record, const std::vector<int> &fieldOfColumn, ValueParser &values)
        : m_record(record)
        , m_fieldOfColumn(fieldOfColumn)
        , m_values(values)
    {}

    qint64 line() const { return m_record.line; }
    const io::Record &record() const { return m_record; }
    ValueParser &values() { return m_values; }

    bool has(int column) const { return m_fieldOfColumn[size_t(column)] >= 0; }
    // The field, trimmed, with an export's formula apostrophe taken off; empty when absent.
    std::string_view text(int column) const
    {
        const int field = m_fieldOfColumn[size_t(column)];
        if (field < 0 || size_t(field) >= m_record.fields.size())
            return {};
        return storedText(trimmed(m_record.fields[size_t(field)]));
    }
    QString string(int column) const
    {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    bool isEmpty(int column) const { return text(column).empty(); }

    void problem(int column, const QString &reason) { m_problems.push_back({column, reason}); }
    // Reports "required" when the field is empty; true when it holds something.
    bool require(int column);
    const std::vector<RowProblem> &problems() const { return m_problems; }
    bool ok() const { return m_problems.empty(); }

    // Typed reads: nullopt when empty (no problem) or bad (problem recorded; check ok()).
    std::optional<qint64> timestamp(int column);
    std::optional<qint64> integer(int column, qint64 minimum, qint64 maximum);
    std::optional<double> number(int column, double minimum, double maximum);
    std::optional<bool> flag(int column);
    std::optional<QDate> date(int column);
    const char *choice(int column, std::initializer_list<Choice> choices);

private:
    // The field read by parse(text, &reason), or an empty value; a field parse refuses is a problem.
    template<typename Parse>
    auto parsed(int column, Parse parse)
    {
        const std::string_view t = text(column);
        QString reason;
        decltype(parse(t, &reason)) value{};
        if (t.empty())
            return value;
        value = parse(t, &reason);
        if (!value)
            problem(column, reason);
        return value;
    }

    const io::Record &m_record;
    const std::vector<int> &m_fieldOfColumn;
    ValueParser &m_values;
    std::vector<RowProblem> m_problems;
};

enum class Outcome { Inserted, Updated, Unchanged, Rejected };

// A bad row the store itself refused (a CHECK the parsers did not foresee): reported on the row.
Outcome storeRefused(Row &row, const QString &reason);

} // namespace kefu::importing
