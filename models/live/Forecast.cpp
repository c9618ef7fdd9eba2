#include "Forecast.h"

#include "auth/AuditLog.h"
#include "auth/Session.h"
#include "metrics/ErlangC.h"
#include "metrics/ReportPeriod.h"
#include "store/SqliteStatement.h"
#include "store/Sql.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace kefu::live {

namespace {

constexpr int WeeksBack = 4;

struct Tally
{
    qint64 offered = 0;
    qint64 handled = 0;
    qint64 handleSum = 0;
};

} // namespace

StaffingRules StaffingRules::fromStore(QSqlDatabase &db)
{
    StaffingRules r;
    r.serviceLevelTargetPct = StoreSettings::value(db, StoreSettings::ServiceLevelTargetPct).toDouble();
    const double maxOccupancy = StoreSettings::value(db, QStringLiteral("target.occupancy_max_pct")).toDouble();
    if (maxOccupancy > 0 && maxOccupancy < 100)
        r.maxOccupancyPct = maxOccupancy;
    r.onlineConcurrency = std::max(1.0, StoreSettings::value(db, QStringLiteral("staffing.online_concurrency")).toDouble());
    r.fallbackAhtSeconds = StoreSettings::value(db, QStringLiteral("target.aht_s")).toDouble();
    return r;
}

std::optional<DayForecast> Forecast::compute(QSqlDatabase &db, const QTimeZone &zone, QDate day, int intervalMinutes,
                                             QString *error)
{
    if (!day.isValid() || intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
        if (error)
            *error = QCoreApplication::translate("kefu::live::Forecast", "The forecast needs a valid day and an "
                                                                         "interval that divides the day.");
        return std::nullopt;
    }
    const int intervalSeconds = intervalMinutes * 60;
    const int count = 86400 / intervalSeconds;
    std::vector<std::array<Tally, ChannelCount>> tallies(static_cast<std::size_t>(count));
    DayForecast forecast;
    forecast.day = day;
    forecast.intervalMinutes = intervalMinutes;
    for (int week = 1; week <= WeeksBack; ++week) {
        const QDate past = day.addDays(-7 * week);
        const std::optional<ReportPeriod> period = ReportPeriod::fromDates(past, past, zone);
        if (!period)
            continue;
        const qint64 dayStartLocal = period->localSeconds(period->startUtc());
        sql::SqliteStatement scan(db, QByteArrayLiteral("SELECT channel, arrived_at, answered_at, ended_at, wrap_seconds"
                                                        " FROM conversations WHERE arrived_at >= ? AND arrived_at < ?"));
        scan.bindInteger(1, period->startUtc());
        scan.bindInteger(2, period->endUtc());
        qint64 rows = 0;
        while (scan.nextRow()) {
            const std::optional<Channel> channel = channelFromUtf8(scan.columnBytes(0));
            if (!channel)
                continue;
            const int index = intervalIndex(period->localSeconds(scan.columnInteger(1)), dayStartLocal, intervalSeconds);
            if (index < 0 || index >= count)
                continue;
            ++rows;
            Tally &t = tallies[std::size_t(index)][std::size_t(*channel)];
            ++t.offered;
            if (!scan.columnIsNull(2) && !scan.columnIsNull(3)) {
                ++t.handled;
                t.handleSum += scan.columnInteger(3) - scan.columnInteger(2) + (scan.columnIsNull(4) ? 0 : scan.columnInteger(4));
            }
        }
        if (scan.hasError()) {
            if (error)
                *error = scan.errorString();
            return std::nullopt;
        }
        if (rows > 0)
            ++forecast.daysWithData;
    }
    forecast.intervals.resize(count);
    if (forecast.daysWithData == 0)
        return forecast;
    for (int i = 0; i < count; ++i) {
        for (int c = 0; c < ChannelCount; ++c) {
            const Tally &t = tallies[std::size_t(i)][std::size_t(c)];
            forecast.intervals[i].arrivals[std::size_t(c)] = double(t.offered) / forecast.daysWithData;
            if (t.handled > 0)
                forecast.intervals[i].ahtSeconds[std::size_t(c)] = double(t.handleSum) / double(t.handled);
        }
    }
    return forecast;
}

double Forecast::multiplier(QSqlDatabase &db, QDate day)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT multiplier FROM forecast_days WHERE day = ?"),
                                   {day.toString(Qt::ISODate)});
    return v.isValid() && v.toDouble() > 0 ? v.toDouble() : 1.0;
}

bool Forecast::setMultiplier(QSqlDatabase &db, const Session &session, QDate day, double multiplier,
                             const QString &note, qint64 now, QString *error)
{
    if (!session.require(Permission::EditShifts, error))
        return false;
    if (!day.isValid() || !(multiplier > 0 && multiplier <= 20)) {
        if (error)
            *error = QCoreApplication::translate("kefu::live::Forecast",
                                                 "The forecast multiplier must be above 0 and at most 20 (got %1).")
                         .arg(multiplier);
        return false;
    }
    sql::WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    const QString dayText = day.toString(Qt::ISODate);
    const double before = Forecast::multiplier(db, day);
    const bool ok = std::abs(multiplier - 1.0) < 1e-9
                        ? sql::exec(db, QStringLiteral("DELETE FROM forecast_days WHERE day = ?"), {dayText}, error)
                        : sql::exec(db,
                                    QStringLiteral("INSERT INTO forecast_days(day, multiplier, note, set_by, set_at)"
                                                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT(day) DO UPDATE SET"
                                                   " multiplier = excluded.multiplier, note = excluded.note,"
                                                   " set_by = excluded.set_by, set_at = excluded.set_at"),
                                    {dayText, multiplier, note.isEmpty() ? QVariant() : QVariant(note),
                                     session.userName(), now},
                                    error);
    if (!ok)
        return false;
    if (!audit::record(db, session, QStringLiteral("forecast.multiplier"), QStringLiteral("forecast_day"), dayText,
                       QJsonObject{{QStringLiteral("multiplier"), before}},
                       QJsonObject{{QStringLiteral("multiplier"), multiplier}}, note, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

std::optional<int> Forecast::requiredAgents(const ForecastInterval &interval, double multiplier, int intervalSeconds,
                                            const ServiceRules &rules, const StaffingRules &staffing)
{
    bool any = false;
    int agents = 0;
    for (int c = 0; c < ChannelCount; ++c) {
        const std::optional<double> &arrivals = interval.arrivals[std::size_t(c)];
        if (!arrivals)
            continue;
        any = true;
        const double expected = *arrivals * multiplier;
        if (expected <= 0)
            continue;
        const auto channel = static_cast<Channel>(c);
        const double aht = interval.ahtSeconds[std::size_t(c)].value_or(staffing.fallbackAhtSeconds);
        const bool online = channel == Channel::Chat || channel == Channel::Social;
        const std::optional<ErlangC::Staffing> s = ErlangC::requiredAgents(
            expected, intervalSeconds, std::max(1.0, aht), std::clamp(staffing.serviceLevelTargetPct / 100.0, 0.0, 0.999),
            double(rules.threshold(channel)),
            staffing.maxOccupancyPct ? std::optional<double>(*staffing.maxOccupancyPct / 100.0) : std::nullopt, 0,
            online ? staffing.onlineConcurrency : 1.0);
        if (s)
            agents += s->agents;
    }
    return any ? std::optional<int>(agents) : std::nullopt;
}

} // namespace kefu::live
