#include "ImportRow.h"

namespace kefu::importing {

bool Row::require(int column)
{
    if (!isEmpty(column))
        return true;
    problem(column, QCoreApplication::translate("kefu::importing::Importer", "required, but empty"));
    return false;
}

std::optional<qint64> Row::timestamp(int column)
{
    return parsed(column, [this](std::string_view t, QString *reason) { return m_values.timestamp(t, reason); });
}

std::optional<qint64> Row::integer(int column, qint64 minimum, qint64 maximum)
{
    return parsed(column, [&](std::string_view t, QString *reason) {
        return m_values.integer(t, minimum, maximum, reason);
    });
}

std::optional<double> Row::number(int column, double minimum, double maximum)
{
    return parsed(column, [&](std::string_view t, QString *reason) {
        return m_values.number(t, minimum, maximum, reason);
    });
}

std::optional<bool> Row::flag(int column)
{
    return parsed(column, [this](std::string_view t, QString *reason) { return m_values.flag(t, reason); });
}

std::optional<QDate> Row::date(int column)
{
    return parsed(column, [this](std::string_view t, QString *reason) { return m_values.date(t, reason); });
}

const char *Row::choice(int column, std::initializer_list<Choice> choices)
{
    return parsed(column, [&](std::string_view t, QString *reason) { return choose(t, choices, reason); });
}

Outcome storeRefused(Row &row, const QString &reason)
{
    row.problem(-1, QCoreApplication::translate("kefu::importing::Importer", "the store refused the row: %1").arg(reason));
    return Outcome::Rejected;
}

} // namespace kefu::importing
