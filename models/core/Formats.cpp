#include "Formats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace kefu::format {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kefu::format", text);
}

} // namespace

QString empty()
{
    return QStringLiteral("—");
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : empty();
}

QString dateRange(const QDate &first, const QDate &last)
{
    if (first == last)
        return date(first);
    return tr("%1 – %2").arg(date(first), date(last));
}

QString dateTime(qint64 utcSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateTimeSeconds(qint64 utcSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString clock(qint64 utcSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).toString(QStringLiteral("HH:mm:ss"));
}

QString hourMinute(qint64 utcSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).toString(QStringLiteral("HH:mm"));
}

QString duration(std::optional<double> seconds)
{
    if (!seconds || std::isnan(*seconds))
        return empty();
    const qint64 s = std::max<qint64>(0, qint64(std::llround(*seconds)));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString number(std::optional<double> value, int decimals)
{
    if (!value || std::isnan(*value))
        return empty();
    return QLocale().toString(*value, 'f', decimals);
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(std::optional<double> value)
{
    if (!value || std::isnan(*value))
        return empty();
    return QLocale().toString(*value, 'f', PercentDecimals) + QStringLiteral(" %");
}

} // namespace kefu::format
