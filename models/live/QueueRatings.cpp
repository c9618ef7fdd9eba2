#include "QueueRatings.h"

#include "core/Formats.h"

#include <QCoreApplication>

#include <algorithm>

namespace kefu::live {

Rating rateServiceLevel(std::optional<double> slPct, double targetPct)
{
    return rating::atLeast(slPct, targetPct, targetPct - 10);
}

Rating rateWait(std::optional<double> seconds, double threshold, double alertSeconds)
{
    return rating::atMost(seconds, threshold, std::max(threshold, alertSeconds));
}

Rating rateAsa(std::optional<double> seconds, double threshold)
{
    return rating::atMost(seconds, threshold, 2 * threshold);
}

Rating rateAvailable(int available, qint64 waiting)
{
    return available == 0 && waiting > 0 ? Rating::Off : Rating::None;
}

std::optional<double> serviceLevelSoFar(const ServiceFigures &f)
{
    const qint64 decided = f.offered - f.shortAbandoned - f.undecided;
    if (decided <= 0)
        return std::nullopt;
    return 100.0 * double(f.answeredWithinThreshold) / double(decided);
}

QString waitNote(Rating rating, Channel channel, qint64 threshold, qint64 alertSeconds)
{
    const QString name = channelName(channel);
    const QString t = format::duration(double(threshold));
    const QString alert = format::duration(double(alertSeconds));
    return rating::pick(
        rating, QCoreApplication::translate("kefu::live::QueueRatings", "within the %1 threshold of %2").arg(name, t),
        QCoreApplication::translate("kefu::live::QueueRatings",
                                    "past the %1 threshold of %2; the wait alert comes at %3")
            .arg(name, t, alert),
        alertSeconds > threshold
            ? QCoreApplication::translate("kefu::live::QueueRatings",
                                          "past the wait alert's %3 (the %1 threshold is %2)")
                  .arg(name, t, alert)
            : QCoreApplication::translate("kefu::live::QueueRatings", "past the %1 threshold of %2").arg(name, t));
}

QString serviceLevelNote(Rating rating, double targetPct)
{
    const QString target = format::percent(targetPct);
    return rating::pick(
        rating, QCoreApplication::translate("kefu::live::QueueRatings", "at or above the target of %1").arg(target),
        QCoreApplication::translate("kefu::live::QueueRatings", "under the target of %1 by 10 points or less")
            .arg(target),
        QCoreApplication::translate("kefu::live::QueueRatings", "more than 10 points under the target of %1")
            .arg(target));
}

QString asaNote(Rating rating, Channel channel, qint64 threshold)
{
    const QString name = channelName(channel);
    const QString t = format::duration(double(threshold));
    return rating::pick(
        rating, QCoreApplication::translate("kefu::live::QueueRatings", "within the %1 threshold of %2").arg(name, t),
        QCoreApplication::translate("kefu::live::QueueRatings", "past the %1 threshold of %2, at most twice it")
            .arg(name, t),
        QCoreApplication::translate("kefu::live::QueueRatings", "more than twice the %1 threshold of %2").arg(name, t));
}

QString availableNote(Rating rating)
{
    return rating::pick(
        rating, {}, {},
        QCoreApplication::translate("kefu::live::QueueRatings", "contacts are waiting and no agent is available"));
}

QString occupancyNote(Rating rating, double minimumPct, double maximumPct)
{
    const QString range = QCoreApplication::translate("kefu::live::QueueRatings", "%1 to %2")
                              .arg(format::percent(minimumPct), format::percent(maximumPct));
    return rating::pick(
        rating, QCoreApplication::translate("kefu::live::QueueRatings", "within the target range of %1").arg(range),
        QCoreApplication::translate("kefu::live::QueueRatings", "under the target range of %1").arg(range),
        QCoreApplication::translate("kefu::live::QueueRatings", "over the target range of %1").arg(range));
}

} // namespace kefu::live
