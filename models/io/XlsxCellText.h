#pragma once

#include <QStringView>

#include <string>

// How an XLSX cell's stored value becomes the text of a field.
namespace kefu::io::xlsx {

inline constexpr int MaxColumns = 16384; // XFD, Excel's last column

// Whether a number format shows a date, a time of day, or both.
enum class DateKind : unsigned char { None, Date, Time, DateTime };

// The kind of a built-in number format id (14-22 and 45-47, and the East Asian 27-36 and 50-58).
DateKind builtInFormatKind(int numFmtId);
// The kind of a custom format code: y, m, d, h, s outside quoted text, brackets and escapes
// ([h], [mm], [ss] are elapsed time; AM/PM and A/P mean a time).
DateKind formatCodeKind(QStringView code);

// Appends a number: integers without a decimal point; others with at most 15 significant digits
// (what Excel shows), trailing zeros dropped, and without an exponent unless the magnitude is
// below 1e-10 or at least 1e21.
void appendNumber(double value, std::string &out);

// Appends the date serial as "YYYY-MM-DD HH:MM:SS", rounded to the second. kind Date gives
// "YYYY-MM-DD" when the serial has no time of day; kind Time gives "HH:MM:SS" for a serial below
// 1. 1900 date system with Excel's phantom 1900-02-29 (serial 60) unless date1904. False (and
// nothing appended) when the serial is negative or after 9999-12-31.
bool appendDate(double serial, DateKind kind, bool date1904, std::string &out);

// The 1-based column of a cell reference such as "C5" or "xfd1"; 0 when it is malformed or lies
// beyond MaxColumns.
int columnOfReference(QStringView reference);

// Appends OOXML text as UTF-8, decoding the _xHHHH_ escapes Excel writes for control characters.
void appendOoxmlText(QStringView text, std::string &out);

} // namespace kefu::io::xlsx
