#include "QueueRatings.h"

#include <algorithm>

namespace kefu::live {

Rating rateServiceLevel(std::optional<double> slPct, double targetPct)
{
    return rating::atLeast(slPct, targetPct, targetPct - 10);
}

Rating rateLongestWait(std::optional<double> seconds, double threshold, double alertSeconds)
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

} // namespace kefu::live
