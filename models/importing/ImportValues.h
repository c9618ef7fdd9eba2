#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace kefu::importing {

// Reading the values of data-formats.md from a field's UTF-8 text. Every parser takes the field
// with surrounding spaces already trimmed and returns nothing with a translated reason when the
// text is not a value of its kind.

// Wall-clock times of the store's time zone to UTC seconds, with the zone's offset cached per
// local hour (a million rows ask QTimeZone a few thousand times, not four million).
class LocalClock final
{
public:
    explicit LocalClock(const QTimeZone &zone);
    qint64 toUtc(int year, int month, int day, int hour, int minute, int second);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour; // local hour number since 1970 → offset from UTC in seconds
};

class ValueParser final
{
    Q_DECLARE_TR_FUNCTIONS(kefu::importing::ValueParser)

public:
    explicit ValueParser(const QTimeZone &zone)
        : m_clock(zone)
    {}

    // YYYY-MM-DD HH:MM:SS, YYYY/MM/DD HH:MM:SS, ISO 8601 with T and an optional Z or ±HH:MM
    // offset; also one-digit months, days and hours and no seconds, as Excel writes them on
    // Chinese Windows ("2026/1/5 9:05"). Fractions of a second are dropped. Without an offset
    // the time is in the store's time zone.
    std::optional<qint64> timestamp(std::string_view text, QString *reason);
    // YYYY-MM-DD or YYYY/MM/DD (a timestamp's date part is accepted too).
    std::optional<QDate> date(std::string_view text, QString *reason);
    // A whole number in [minimum, maximum]; "3.0" (as spreadsheets write) counts as 3.
    std::optional<qint64> integer(std::string_view text, qint64 minimum, qint64 maximum, QString *reason);
    std::optional<double> number(std::string_view text, double minimum, double maximum, QString *reason);
    // 1/0, yes/no, y/n, true/false, 是/否.
    std::optional<bool> flag(std::string_view text, QString *reason);

private:
    LocalClock m_clock;
};

// A closed set of stored values with the aliases a file may use for them (English
// case-insensitively, Chinese exactly).
struct Choice
{
    const char *value;
    std::initializer_list<const char *> aliases;
};

// The stored value for text, or nullptr; *reason lists the values accepted.
const char *choose(std::string_view text, std::initializer_list<Choice> choices, QString *reason);

// Text as stored: a leading apostrophe that an export put before =, +, -, @, tab or CR (so that
// Excel does not run it as a formula) is taken off again.
std::string_view storedText(std::string_view text);

std::string_view trimmed(std::string_view text);

// Splits "a;b；c" (ASCII or full-width semicolons) into trimmed, non-empty parts.
void splitList(std::string_view text, std::vector<std::string_view> *parts);
// The same for text, distinct parts in their order.
QStringList splitList(const QString &text);
bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b);

} // namespace kefu::importing
