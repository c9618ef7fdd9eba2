#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace kefu {

// The period presets of the panes (scorecards, complaints); Custom keeps the dates given.
enum class PeriodPreset { Yesterday, Last7Days, ThisMonth, LastMonth, ThisQuarter, Custom, Last30Days, Last90Days };

// First and last local date of a preset, seen from today (the "last …" and "this …" presets end today).
std::pair<QDate, QDate> presetDates(PeriodPreset preset, QDate today);

// The period of a report: whole local days from first to last, both included, in the store's time
// zone (metrics.md "Time"). It also reads an instant on the local wall clock, which is what days,
// intervals and hours are cut by, also across daylight-saving changes.
class ReportPeriod final
{
public:
    // Empty when a date is invalid, last is before first or the zone is invalid.
    static std::optional<ReportPeriod> fromDates(QDate first, QDate last, const QTimeZone &zone);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    QTimeZone zone() const { return m_zone; }
    // The local midnight that starts first, in UTC seconds.
    qint64 startUtc() const { return m_startUtc; }
    // The local midnight after last, in UTC seconds: the end, not included.
    qint64 endUtc() const { return m_endUtc; }
    bool contains(qint64 utc) const { return utc >= m_startUtc && utc < m_endUtc; }

    // The local wall-clock reading of utc, counted in seconds from 1970-01-01 00:00 on that clock.
    // Fast for instants near the period (one lookup in the zone's few transitions), and safe to call
    // from several threads for them.
    qint64 localSeconds(qint64 utc) const;

    // Text of a local wall-clock reading: "YYYY-MM-DD" and "YYYY-MM-DD HH:MM".
    static QString localDateText(qint64 localSeconds);
    static QString localDateTimeText(qint64 localSeconds);
    static QDate localDate(qint64 localSeconds);

private:
    struct Offset
    {
        qint64 fromUtc;
        int seconds;
    };

    ReportPeriod() = default;

    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    qint64 m_startUtc = 0;
    qint64 m_endUtc = 0;
    qint64 m_tableFromUtc = 0; // m_offsets covers [m_tableFromUtc, m_tableToUtc)
    qint64 m_tableToUtc = 0;
    QList<Offset> m_offsets; // ascending by fromUtc
};

} // namespace kefu
