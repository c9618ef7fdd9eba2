#include "QueueText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kefu::live::queuetext {

QString duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const qint64 s = std::max<qint64>(0, *seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString percent(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

QString seconds(std::optional<double> value)
{
    return value ? QCoreApplication::translate("kefu::live::QueueText", "%1 s").arg(QLocale().toString(*value, 'f', 1))
                 : QStringLiteral("—");
}

QString waitTime(std::optional<double> value)
{
    if (value && *value >= 60)
        return duration(qint64(std::llround(*value)));
    return seconds(value);
}

QString clock(qint64 utc, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace kefu::live::queuetext
