#include "ReportPeriod.h"

#include <QDateTime>

#include <algorithm>

namespace kefu {

std::pair<QDate, QDate> presetDates(PeriodPreset preset, QDate today)
{
    switch (preset) {
    case PeriodPreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case PeriodPreset::Last7Days:
        return {today.addDays(-6), today};
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::Last90Days:
        return {today.addDays(-89), today};
    case PeriodPreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case PeriodPreset::ThisQuarter:
        return {QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1), today};
    case PeriodPreset::Custom:
        break;
    }
    return {today, today};
}

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOf1970 = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::optional<ReportPeriod> ReportPeriod::fromDates(QDate first, QDate last, const QTimeZone &zone)
{
    if (!first.isValid() || !last.isValid() || last < first || !zone.isValid())
        return std::nullopt;
    ReportPeriod p;
    p.m_first = first;
    p.m_last = last;
    p.m_zone = zone;
    // startOfDay copes with zones whose midnight is skipped by a daylight-saving change.
    p.m_startUtc = first.startOfDay(zone).toSecsSinceEpoch();
    p.m_endUtc = last.addDays(1).startOfDay(zone).toSecsSinceEpoch();

    // The offsets in force around the period: two days of margin each side cover states and shifts
    // that cross its edges.
    p.m_tableFromUtc = p.m_startUtc - 2 * SecondsPerDay;
    p.m_tableToUtc = p.m_endUtc + 2 * SecondsPerDay;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(p.m_tableFromUtc, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(p.m_tableToUtc, Qt::UTC);
    p.m_offsets.append({p.m_tableFromUtc, zone.offsetFromUtc(from)});
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (at > p.m_tableFromUtc && at < p.m_tableToUtc)
                p.m_offsets.append({at, t.offsetFromUtc});
        }
    } else if (zone.hasDaylightTime()) {
        // A backend that lists no transitions: sample every quarter hour (changes fall on one), so that
        // localSeconds never asks the zone itself, which is not safe from several threads at once.
        constexpr qint64 Step = 900;
        for (qint64 at = p.m_tableFromUtc - p.m_tableFromUtc % Step + Step; at < p.m_tableToUtc; at += Step) {
            const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
            if (offset != p.m_offsets.constLast().seconds)
                p.m_offsets.append({at, offset});
        }
    }
    return p;
}

qint64 ReportPeriod::localSeconds(qint64 utc) const
{
    if (utc < m_tableFromUtc || utc >= m_tableToUtc)
        return utc + m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    if (m_offsets.size() == 1)
        return utc + m_offsets.constFirst().seconds;
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), utc,
                                     [](qint64 value, const Offset &o) { return value < o.fromUtc; });
    return utc + std::prev(it)->seconds;
}

QDate ReportPeriod::localDate(qint64 localSeconds)
{
    return QDate::fromJulianDay(JulianDayOf1970 + floorDiv(localSeconds, SecondsPerDay));
}

QString ReportPeriod::localDateText(qint64 localSeconds)
{
    return localDate(localSeconds).toString(Qt::ISODate);
}

QString ReportPeriod::localDateTimeText(qint64 localSeconds)
{
    const qint64 secondOfDay = localSeconds - floorDiv(localSeconds, SecondsPerDay) * SecondsPerDay;
    return localDateText(localSeconds) + QLatin1Char(' ') +
           QStringLiteral("%1:%2")
               .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
               .arg(secondOfDay % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace kefu
