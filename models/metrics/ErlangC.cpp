#include "ErlangC.h"

#include <cmath>
#include <limits>

namespace kefu {

namespace {

// B(k) from B(k − 1): the recursion of metrics.md, which keeps B in [0, 1].
double nextErlangB(double previous, int k, double traffic)
{
    const double x = traffic * previous;
    return x / (k + x);
}

double waitProbabilityFromB(int agents, double traffic, double b)
{
    return b / (1.0 - (traffic / agents) * (1.0 - b));
}

double serviceLevelFromC(int agents, double traffic, double c, double ahtSeconds, double thresholdSeconds)
{
    return 1.0 - c * std::exp(-(agents - traffic) * thresholdSeconds / ahtSeconds);
}

} // namespace

double ErlangC::traffic(double arrivals, double intervalSeconds, double ahtSeconds)
{
    return arrivals * ahtSeconds / intervalSeconds;
}

double ErlangC::erlangB(int agents, double traffic)
{
    double b = 1.0;
    for (int k = 1; k <= agents; ++k)
        b = nextErlangB(b, k, traffic);
    return b;
}

double ErlangC::waitProbability(int agents, double traffic)
{
    if (agents <= traffic)
        return 1.0;
    return waitProbabilityFromB(agents, traffic, erlangB(agents, traffic));
}

double ErlangC::serviceLevel(int agents, double traffic, double ahtSeconds, double thresholdSeconds)
{
    if (agents <= traffic)
        return 0.0;
    return serviceLevelFromC(agents, traffic, waitProbability(agents, traffic), ahtSeconds, thresholdSeconds);
}

double ErlangC::averageSpeedOfAnswer(int agents, double traffic, double ahtSeconds)
{
    if (agents <= traffic)
        return std::numeric_limits<double>::infinity();
    return waitProbability(agents, traffic) * ahtSeconds / (agents - traffic);
}

double ErlangC::occupancy(int agents, double traffic)
{
    return agents > 0 ? traffic / agents : std::numeric_limits<double>::infinity();
}

std::optional<ErlangC::Staffing> ErlangC::requiredAgents(double arrivals, double intervalSeconds, double ahtSeconds,
                                                         double targetServiceLevel, double thresholdSeconds,
                                                         std::optional<double> maxOccupancy, double shrinkage,
                                                         double concurrency)
{
    // Written as negated ranges so that NaN is refused too.
    if (!(arrivals >= 0) || !(intervalSeconds > 0) || !(ahtSeconds > 0) || !(thresholdSeconds >= 0) ||
        !(targetServiceLevel >= 0 && targetServiceLevel < 1) || !(shrinkage >= 0 && shrinkage < 1) ||
        !(concurrency >= 1) || !std::isfinite(arrivals) || !std::isfinite(ahtSeconds) ||
        !std::isfinite(thresholdSeconds) || !std::isfinite(concurrency))
        return std::nullopt;
    if (maxOccupancy && !(*maxOccupancy > 0 && *maxOccupancy <= 1))
        return std::nullopt;

    const double aht = ahtSeconds / concurrency;
    const double a = traffic(arrivals, intervalSeconds, aht);
    if (!std::isfinite(a) || a > 1e7)
        return std::nullopt;
    // Tolerance for A / N ≤ maximum, so that an exact 80 % is not refused by a rounding error.
    constexpr double OccupancyTolerance = 1e-12;

    int n = static_cast<int>(std::floor(a)) + 1; // the smallest integer above A
    double b = erlangB(n, a);
    // SL(N) rises towards 1 and reaches any target below 1 within a few √A agents; the cap only
    // guards against a loop without end on inputs nobody staffs for.
    const int limit = n + 100000;
    for (; n <= limit; ++n) {
        if (n > static_cast<int>(std::floor(a)) + 1)
            b = nextErlangB(b, n, a);
        const double c = waitProbabilityFromB(n, a, b);
        const double sl = serviceLevelFromC(n, a, c, aht, thresholdSeconds);
        const double occ = a / n;
        if (sl >= targetServiceLevel && (!maxOccupancy || occ <= *maxOccupancy + OccupancyTolerance)) {
            Staffing s;
            s.trafficErlangs = a;
            s.agents = n;
            s.serviceLevel = sl;
            s.asaSeconds = c * aht / (n - a);
            s.occupancy = occ;
            s.waitProbability = c;
            // The small margin keeps 9 / 0.9 = 10.000000000000002 from becoming 11.
            s.scheduledAgents = static_cast<int>(std::ceil(n / (1.0 - shrinkage) - 1e-9));
            return s;
        }
    }
    return std::nullopt;
}

} // namespace kefu
