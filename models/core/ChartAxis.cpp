#include "ChartAxis.h"

#include <algorithm>
#include <cmath>

namespace kefu {

int ChartAxis::ticks() const
{
    return int(std::lround((max - min) / step)) + 1;
}

int ChartAxis::decimals() const
{
    return std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
}

namespace {

// The next step of 1, 2 or 5 × 10^k from step (itself when it is one).
double roundStepFrom(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (const double f : {1.0, 2.0, 5.0}) {
        if (f * magnitude >= step * (1 - 1e-9))
            return f * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ChartAxis niceAxis(double low, double high, int maxSteps, bool integers, double limit)
{
    if (!std::isfinite(low) || !std::isfinite(high) || low > high)
        low = high = 0;
    maxSteps = std::max(1, maxSteps);
    high = std::min(high, limit);
    low = std::min(low, high);
    if (high - low < 1e-9) {
        const double pad = std::max(integers ? 1.0 : 0.5, std::abs(high) * 0.1);
        high += pad;
        low = low >= 0 ? std::max(0.0, low - pad) : low - pad;
    }
    double step = roundStepFrom((high - low) / maxSteps);
    if (integers)
        step = std::max(step, 1.0);
    ChartAxis axis;
    for (;;) {
        axis.step = step;
        axis.min = std::floor(low / step + 1e-9) * step;
        axis.max = std::ceil(high / step - 1e-9) * step;
        if (axis.ticks() - 1 <= maxSteps)
            break;
        step = roundStepFrom(step * 1.5); // 1 → 2 → 5 → 10
    }
    const double stepsToLimit = (limit - axis.min) / axis.step;
    if (axis.max > limit && std::abs(stepsToLimit - std::round(stepsToLimit)) < 1e-9)
        axis.max = limit;
    if (axis.min == 0)
        axis.min = 0; // no -0 on the axis
    return axis;
}

ChartAxis durationAxis(double lowSeconds, double highSeconds, int maxSteps)
{
    const double unit = highSeconds < 90 ? 1 : highSeconds < 90 * 60 ? 60 : 3600;
    ChartAxis axis = niceAxis(lowSeconds / unit, highSeconds / unit, maxSteps, true);
    axis.min *= unit;
    axis.max *= unit;
    axis.step *= unit;
    return axis;
}

ChartAxis scoreAxis(int maxSteps)
{
    return niceAxis(0, 100, maxSteps);
}

} // namespace kefu
