#include "ImportValues.h"

#include "core/Vocabulary.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace kefu::importing {

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at pos.
bool readNumber(std::string_view s, size_t &pos, int minDigits, int maxDigits, int *value)
{
    int n = 0;
    int digits = 0;
    while (pos < s.size() && isDigit(s[pos]) && digits < maxDigits) {
        n = n * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits || (pos < s.size() && isDigit(s[pos])))
        return false;
    *value = n;
    return true;
}

struct DateParts
{
    int year = 0, month = 0, day = 0;
};

// The date at the start of s; pos ends after it.
bool readDate(std::string_view s, size_t &pos, DateParts *date)
{
    pos = 0;
    if (!readNumber(s, pos, 4, 4, &date->year) || pos >= s.size() || (s[pos] != '-' && s[pos] != '/'))
        return false;
    const char separator = s[pos++];
    if (!readNumber(s, pos, 1, 2, &date->month) || pos >= s.size() || s[pos] != separator)
        return false;
    ++pos;
    return readNumber(s, pos, 1, 2, &date->day);
}

bool validDate(const DateParts &d)
{
    return d.year >= 1900 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1
           && d.day <= daysInMonth(d.year, d.month);
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

std::string_view storedText(std::string_view s)
{
    // The mirror of CsvWriter::defused: an apostrophe goes before a trigger character, and before
    // a text that itself starts with an apostrophe and a trigger.
    auto trigger = [](char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; };
    if (s.size() >= 2 && s[0] == '\''
        && (trigger(s[1]) || (s.size() >= 3 && s[1] == '\'' && trigger(s[2]))))
        s.remove_prefix(1);
    return s;
}

LocalClock::LocalClock(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC")))
{}

qint64 LocalClock::toUtc(int year, int month, int day, int hour, int minute, int second)
{
    const qint64 wall = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    const qint64 hourKey = wall >= 0 ? wall / 3600 : (wall - 3599) / 3600;
    const auto cached = m_offsetByHour.constFind(hourKey);
    if (cached != m_offsetByHour.constEnd())
        return wall - cached.value();
    const QDate date(year, month, day);
    const QDateTime start(date, QTime(hour, 0, 0), m_zone);
    const QDateTime end(date, QTime(hour, 59, 59), m_zone);
    // Outside the hours where the offset changes (and where the wall clock skips or repeats),
    // one offset holds for the whole hour.
    if (start.isValid() && end.isValid() && start.offsetFromUtc() == end.offsetFromUtc()
        && end.toSecsSinceEpoch() - start.toSecsSinceEpoch() == 3599) {
        m_offsetByHour.insert(hourKey, start.offsetFromUtc());
        return wall - start.offsetFromUtc();
    }
    const QDateTime exact(date, QTime(hour, minute, second), m_zone);
    return exact.toSecsSinceEpoch();
}

std::optional<qint64> ValueParser::timestamp(std::string_view s, QString *reason)
{
    auto bad = [&]() -> std::optional<qint64> {
        if (reason)
            *reason = tr("\"%1\" is not a time; write YYYY-MM-DD HH:MM:SS, YYYY/MM/DD HH:MM:SS or ISO 8601 "
                         "(2026-11-20T09:05:00+08:00)")
                          .arg(text(s));
        return std::nullopt;
    };
    size_t pos = 0;
    DateParts d;
    if (!readDate(s, pos, &d))
        return bad();
    if (pos >= s.size() || (s[pos] != ' ' && s[pos] != 'T' && s[pos] != 't')) {
        if (pos == s.size() && reason) {
            *reason = tr("\"%1\" has a date but no time of day").arg(text(s));
            return std::nullopt;
        }
        return bad();
    }
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't'))
        ++pos;
    int hour = 0, minute = 0, second = 0;
    if (!readNumber(s, pos, 1, 2, &hour) || pos >= s.size() || s[pos] != ':')
        return bad();
    ++pos;
    if (!readNumber(s, pos, 2, 2, &minute))
        return bad();
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!readNumber(s, pos, 2, 2, &second))
            return bad();
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const size_t start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == start)
                return bad();
        }
    }
    if (!validDate(d) || hour > 23 || minute > 59 || second > 59) {
        if (reason)
            *reason = tr("\"%1\" is not a valid date and time").arg(text(s));
        return std::nullopt;
    }
    const qint64 wall =
        daysFromCivil(d.year, unsigned(d.month), unsigned(d.day)) * 86400 + hour * 3600 + minute * 60 + second;
    if (pos == s.size())
        return m_clock.toUtc(d.year, d.month, d.day, hour, minute, second);
    if (s[pos] == 'Z' || s[pos] == 'z') {
        if (pos + 1 != s.size())
            return bad();
        return wall;
    }
    if (s[pos] != '+' && s[pos] != '-')
        return bad();
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    // ±HH, ±HH:MM or ±HHMM
    auto twoDigits = [&](int *value) {
        if (pos + 2 > s.size() || !isDigit(s[pos]) || !isDigit(s[pos + 1]))
            return false;
        *value = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
        pos += 2;
        return true;
    };
    int offsetHours = 0, offsetMinutes = 0;
    if (!twoDigits(&offsetHours))
        return bad();
    if (pos < s.size() && s[pos] == ':')
        ++pos;
    if (pos < s.size() && !twoDigits(&offsetMinutes))
        return bad();
    if (pos != s.size() || offsetHours > 14 || offsetMinutes > 59)
        return bad();
    return wall - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

std::optional<QDate> ValueParser::date(std::string_view s, QString *reason)
{
    size_t pos = 0;
    DateParts d;
    const bool read = readDate(s, pos, &d);
    // A timestamp's date part will do (a spreadsheet date cell with a time of 00:00:00).
    if (!read || (pos != s.size() && s[pos] != ' ' && s[pos] != 'T') || !validDate(d)) {
        if (reason)
            *reason = tr("\"%1\" is not a date; write YYYY-MM-DD").arg(text(s));
        return std::nullopt;
    }
    return QDate(d.year, d.month, d.day);
}

std::optional<qint64> ValueParser::integer(std::string_view s, qint64 minimum, qint64 maximum, QString *reason)
{
    qint64 value = 0;
    const char *begin = s.data();
    const char *end = s.data() + s.size();
    if (begin != end && *begin == '+')
        ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    bool ok = ec == std::errc() && ptr != begin;
    if (ok && ptr != end) {
        // "3.0" or "3.00": a whole number as a spreadsheet writes it.
        if (*ptr == '.') {
            ++ptr;
            while (ptr != end && *ptr == '0')
                ++ptr;
        }
        ok = ptr == end;
    }
    if (!ok) {
        if (reason)
            *reason = tr("\"%1\" is not a whole number").arg(text(s));
        return std::nullopt;
    }
    if (value < minimum || value > maximum) {
        if (reason) {
            *reason = maximum == std::numeric_limits<qint64>::max()
                          ? tr("%1 is less than %2").arg(value).arg(minimum)
                          : tr("%1 is not between %2 and %3").arg(value).arg(minimum).arg(maximum);
        }
        return std::nullopt;
    }
    return value;
}

std::optional<double> ValueParser::number(std::string_view s, double minimum, double maximum, QString *reason)
{
    double value = 0;
    const char *begin = s.data();
    const char *end = s.data() + s.size();
    if (begin != end && *begin == '+')
        ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || ptr == begin || !std::isfinite(value)) {
        if (reason)
            *reason = tr("\"%1\" is not a number").arg(text(s));
        return std::nullopt;
    }
    if (value < minimum || value > maximum) {
        if (reason)
            *reason = tr("%1 is not between %2 and %3").arg(text(s)).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ValueParser::flag(std::string_view s, QString *reason)
{
    static const std::initializer_list<Choice> choices = {
        {"1", {"yes", "y", "true", "是", "1.0"}},
        {"0", {"no", "n", "false", "否", "0.0"}},
    };
    QString why;
    const char *value = choose(s, choices, &why);
    if (!value) {
        if (reason)
            *reason = tr("\"%1\" is not yes or no; write 1/0, yes/no or 是/否").arg(text(s));
        return std::nullopt;
    }
    return value[0] == '1';
}

const char *choose(std::string_view s, std::initializer_list<Choice> choices, QString *reason)
{
    for (const Choice &choice : choices) {
        if (equalsIgnoringAsciiCase(s, choice.value))
            return choice.value;
        for (const char *alias : choice.aliases) {
            if (equalsIgnoringAsciiCase(s, alias))
                return choice.value;
        }
    }
    // The same words with other separators: "after-sales", "payment/coupon", "Description Mismatch".
    const std::string folded = foldedWord(s);
    for (const Choice &choice : choices) {
        if (foldedWord(choice.value) == folded)
            return choice.value;
        for (const char *alias : choice.aliases) {
            if (foldedWord(alias) == folded)
                return choice.value;
        }
    }
    if (reason) {
        QStringList accepted;
        for (const Choice &choice : choices)
            accepted.append(QString::fromUtf8(choice.value));
        *reason = QCoreApplication::translate("kefu::importing::ValueParser", "\"%1\" is not one of %2")
                      .arg(text(s), accepted.join(QStringLiteral(", ")));
    }
    return nullptr;
}

void splitList(std::string_view text, std::vector<std::string_view> *parts)
{
    static constexpr std::string_view fullWidth = "\xEF\xBC\x9B"; // ；
    while (!text.empty()) {
        size_t cut = text.find(';');
        size_t skip = 1;
        const size_t wide = text.find(fullWidth);
        if (wide != std::string_view::npos && (cut == std::string_view::npos || wide < cut)) {
            cut = wide;
            skip = fullWidth.size();
        }
        const std::string_view part = trimmed(text.substr(0, cut));
        if (!part.empty())
            parts->push_back(part);
        if (cut == std::string_view::npos)
            break;
        text.remove_prefix(cut + skip);
    }
}

QStringList splitList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[;；]")));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace kefu::importing
