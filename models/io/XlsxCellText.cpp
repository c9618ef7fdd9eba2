#include "XlsxCellText.h"

#include "TextDecoding.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace kefu::io::xlsx {

DateKind builtInFormatKind(int numFmtId)
{
    switch (numFmtId) {
    case 14: // m/d/yyyy (the locale's short date)
    case 15:
    case 16:
    case 17:
    case 27: // East Asian built-ins, e.g. yyyy"年"m"月"d"日"
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return DateKind::Date;
    case 18: // h:mm AM/PM
    case 19:
    case 20:
    case 21:
    case 32: // h"时"mm"分"
    case 33:
    case 34:
    case 35:
    case 45: // mm:ss
    case 46: // [h]:mm:ss
    case 47: // mmss.0
    case 55:
    case 56:
        return DateKind::Time;
    case 22: // m/d/yyyy h:mm
        return DateKind::DateTime;
    default:
        return DateKind::None;
    }
}

namespace {

inline char16_t lower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

bool startsWithCaseless(QStringView text, qsizetype at, QStringView word)
{
    if (text.size() - at < word.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (lower(text[at + k].unicode()) != lower(word[k].unicode()))
            return false;
    }
    return true;
}

// [h], [hh], [m], [mm], [s], [ss]: elapsed time.
bool isElapsedTime(QStringView inside)
{
    if (inside.isEmpty())
        return false;
    const char16_t first = lower(inside[0].unicode());
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (QChar c : inside) {
        if (lower(c.unicode()) != first)
            return false;
    }
    return true;
}

// Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar, inverted (H. Hinnant).
void civilFromDays(std::int64_t z, std::int64_t *year, unsigned *month, unsigned *day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = std::int64_t(yoe) + era * 400 + (*month <= 2 ? 1 : 0);
}

void appendDigits(std::int64_t value, int width, std::string &out)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (auto length = int(result.ptr - buffer); length < width; ++length)
        out.push_back('0');
    out.append(buffer, result.ptr);
}

void appendYmd(std::int64_t year, unsigned month, unsigned day, std::string &out)
{
    appendDigits(year, 4, out);
    out.push_back('-');
    appendDigits(month, 2, out);
    out.push_back('-');
    appendDigits(day, 2, out);
}

void appendHms(std::int64_t seconds, std::string &out)
{
    appendDigits(seconds / 3600, 2, out);
    out.push_back(':');
    appendDigits(seconds / 60 % 60, 2, out);
    out.push_back(':');
    appendDigits(seconds % 60, 2, out);
}

} // namespace

DateKind formatCodeKind(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    const qsizetype size = code.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = code[i].unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                break;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or padding)
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                break;
            if (isElapsedTime(code.mid(i + 1, close - i - 1)))
                time = true;
            i = close;
        } else if (startsWithCaseless(code, i, u"AM/PM")) {
            time = true;
            i += 4;
        } else if (startsWithCaseless(code, i, u"A/P")) {
            time = true;
            i += 2;
        } else {
            switch (lower(c)) {
            case u'y':
            case u'd':
                date = true;
                break;
            case u'h':
            case u's':
                time = true;
                break;
            case u'm':
                month = true;
                break;
            default:
                break;
            }
        }
    }
    // m is minutes next to h or s, months otherwise.
    if (month && !time)
        date = true;
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

void appendNumber(double value, std::string &out)
{
    if (value == 0) {
        out.push_back('0');
        return;
    }
    if (std::fabs(value) < 9007199254740992.0 && value == std::trunc(value)) {
        appendDigits(std::int64_t(value), 0, out);
        return;
    }
    // 15 significant digits: d.dddddddddddddde±x
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 14);
    if (result.ec != std::errc()) {
        out += "NaN";
        return;
    }
    const char *p = buffer;
    if (*p == '-') {
        out.push_back('-');
        ++p;
    }
    const char *const e = std::find(p, static_cast<const char *>(result.ptr), 'e');
    std::string digits;
    digits.push_back(p[0]);
    if (p + 1 < e && p[1] == '.')
        digits.append(p + 2, e);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exponent = e < result.ptr ? std::atoi(e + 1) : 0;
    if (exponent >= 21 || exponent < -10) {
        out.push_back(digits[0]);
        if (digits.size() > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        out.push_back('E');
        out.push_back(exponent < 0 ? '-' : '+');
        appendDigits(std::abs(exponent), 2, out);
        return;
    }
    if (exponent < 0) {
        out += "0.";
        out.append(size_t(-exponent - 1), '0');
        out += digits;
        return;
    }
    const auto integerDigits = size_t(exponent) + 1;
    if (digits.size() <= integerDigits) {
        out += digits;
        out.append(integerDigits - digits.size(), '0');
    } else {
        out.append(digits, 0, integerDigits);
        out.push_back('.');
        out.append(digits, integerDigits);
    }
}

bool appendDate(double serial, DateKind kind, bool date1904, std::string &out)
{
    if (!(serial >= 0) || serial >= 2958466) // NaN, negative, after 9999-12-31
        return false;
    auto days = std::int64_t(std::floor(serial));
    auto seconds = std::int64_t(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        seconds -= 86400;
        ++days;
    }
    if (kind == DateKind::Time && days == 0) {
        appendHms(seconds, out);
        return true;
    }
    if (!date1904 && days == 60) {
        out += "1900-02-29"; // Lotus 1-2-3's leap day, which Excel keeps
    } else {
        // Serial 0 is 1904-01-01 or, in the 1900 system, 1899-12-31 up to the phantom day and
        // 1899-12-30 after it; as days from 1970-01-01:
        const std::int64_t epoch = date1904 ? -24107 : (days < 60 ? -25568 : -25569);
        std::int64_t year = 0;
        unsigned month = 0;
        unsigned day = 0;
        civilFromDays(epoch + days, &year, &month, &day);
        appendYmd(year, month, day, out);
    }
    if (kind == DateKind::Date && seconds == 0)
        return true;
    out.push_back(' ');
    appendHms(seconds, out);
    return true;
}

int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = lower(reference[i].unicode());
        if (c < u'a' || c > u'z')
            break;
        if (i >= 3)
            return 0;
        column = column * 26 + (c - u'a' + 1);
    }
    if (i == 0 || column > MaxColumns)
        return 0;
    for (; i < reference.size(); ++i) {
        if (reference[i] < u'0' || reference[i] > u'9')
            return 0;
    }
    return column;
}

void appendOoxmlText(QStringView text, std::string &out)
{
    if (!text.contains(u"_x")) {
        appendUtf8(text, out);
        return;
    }
    QString decoded;
    decoded.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == u'_' && i + 6 < size && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int unit = 0;
            for (qsizetype k = i + 2; k < i + 6 && unit >= 0; ++k) {
                const char16_t c = lower(text[k].unicode());
                const int digit = (c >= u'0' && c <= u'9') ? c - u'0' : (c >= u'a' && c <= u'f') ? c - u'a' + 10 : -1;
                unit = digit < 0 ? -1 : unit * 16 + digit;
            }
            if (unit >= 0) {
                decoded.append(QChar(char16_t(unit)));
                i += 6;
                continue;
            }
        }
        decoded.append(text[i]);
    }
    appendUtf8(decoded, out);
}

} // namespace kefu::io::xlsx
