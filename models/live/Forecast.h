#pragma once

#include "metrics/ServiceMetrics.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace kefu {
class Session;
}

namespace kefu::live {

// Expected contacts of one interval, per channel, before the day's multiplier.
struct ForecastInterval
{
    std::array<std::optional<double>, ChannelCount> arrivals{};    // mean offered
    std::array<std::optional<double>, ChannelCount> ahtSeconds{};  // mean handle_s of those contacts
};

// The forecast of one local day: for each interval, the mean of the same weekday and interval over
// the 4 weeks before (the days 7, 14, 21 and 28 days earlier; a day without any contact — the store
// is younger, the floor was closed — does not count in the mean). Empty arrivals when no such day
// has data.
struct DayForecast
{
    QDate day;
    int intervalMinutes = 30;
    int daysWithData = 0; // of the 4 weeks
    QList<ForecastInterval> intervals; // 24 h / interval, on the local wall clock
};

// What the staffing of an interval needs besides its forecast.
struct StaffingRules
{
    double serviceLevelTargetPct = 80;
    std::optional<double> maxOccupancyPct;   // target.occupancy_max_pct
    double onlineConcurrency = 1;            // chat and social contacts an agent holds at once
    double fallbackAhtSeconds = 300;         // when the history has no handle time (target.aht_s)

    static StaffingRules fromStore(QSqlDatabase &db);
};

class Forecast final
{
public:
    static std::optional<DayForecast> compute(QSqlDatabase &db, const QTimeZone &zone, QDate day, int intervalMinutes,
                                              QString *error);
    // The lead's multiplier for day (forecast_days), 1 when none is set.
    static double multiplier(QSqlDatabase &db, QDate day);
    // Sets (multiplier ≠ 1) or clears (= 1) day's multiplier; needs EditShifts; audited.
    static bool setMultiplier(QSqlDatabase &db, const Session &session, QDate day, double multiplier,
                              const QString &note, qint64 now, QString *error);
    // Erlang C agents for one interval: each channel's forecast × multiplier with its own threshold and
    // handle time (chat and social divided by the concurrency), added up. Empty without a forecast.
    static std::optional<int> requiredAgents(const ForecastInterval &interval, double multiplier, int intervalSeconds,
                                             const ServiceRules &rules, const StaffingRules &staffing);
    // The bucket of utc among the intervals of the local day that starts at dayStartLocal (seconds of
    // the local wall clock, as ReportPeriod::localSeconds gives them).
    static int intervalIndex(qint64 localSeconds, qint64 dayStartLocal, int intervalSeconds)
    {
        return static_cast<int>((localSeconds - dayStartLocal) / intervalSeconds);
    }
};

} // namespace kefu::live
