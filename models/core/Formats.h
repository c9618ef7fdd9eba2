#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

// How every figure, date and time is written for people: in panes, dialogs, exports' display text
// and the PDF alike (docs/decisions.md, "One way to write figures"). The machine-readable CSV keeps
// the spec's plain numbers and ISO dates; the window shows the same values with the same rounding.
namespace kefu::format {

// The decimals of each kind of figure, the same in CSV, XLSX, window and PDF (metrics.md's reports).
inline constexpr int PercentDecimals = 1;
inline constexpr int SecondsDecimals = 1;
inline constexpr int CsatDecimals = 2;
inline constexpr int TransfersDecimals = 1;
inline constexpr int ScoreDecimals = 1;

// "—": an empty metric (a zero denominator), never 0.
QString empty();

// Dates are ISO in both languages: "2026-12-07".
QString date(const QDate &day);
// "2026-12-01 – 2026-12-07"; a single date when first == last.
QString dateRange(const QDate &first, const QDate &last);
// "2026-12-07 17:24" in the given zone.
QString dateTime(qint64 utcSeconds, const QTimeZone &zone);
// "2026-12-07 17:24:51" in the given zone.
QString dateTimeSeconds(qint64 utcSeconds, const QTimeZone &zone);
// "17:24:51" in the given zone.
QString clock(qint64 utcSeconds, const QTimeZone &zone);
// "17:24" in the given zone.
QString hourMinute(qint64 utcSeconds, const QTimeZone &zone);

// A duration rounded to whole seconds: "42 s" under a minute, "6:22" under an hour, "1:07:24" from
// an hour; "—" when empty. Negative values count as 0.
QString duration(std::optional<double> seconds);

// A number in the user's locale with the given decimals (grouping as the locale writes it); "—"
// when empty.
QString number(std::optional<double> value, int decimals);
// A whole count in the user's locale: "1,248".
QString count(qint64 value);
// "87.5 %"; "—" when empty.
QString percent(std::optional<double> value);

} // namespace kefu::format
