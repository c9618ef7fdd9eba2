#pragma once

#include <optional>

namespace kefu {

// Erlang C staffing for one interval, as metrics.md "Staffing" defines it. Erlang B comes from its
// recursion, so every value stays in [0, 1]: no factorials, no powers, no overflow, and the cost is
// linear in N (about 2 000 steps at 2 000 Erlangs).
class ErlangC final
{
public:
    struct Staffing
    {
        double trafficErlangs = 0;  // A, with the effective handle time (aht / concurrency)
        int agents = 0;             // required N
        double serviceLevel = 0;    // SL(N), a fraction
        double asaSeconds = 0;      // ASA(N)
        double occupancy = 0;       // A / N, a fraction
        double waitProbability = 0; // C(N, A), a fraction
        int scheduledAgents = 0;    // ⌈N / (1 − shrinkage)⌉
    };

    // A = arrivals × aht / interval, in Erlangs.
    static double traffic(double arrivals, double intervalSeconds, double ahtSeconds);
    // Erlang B(N, A): the blocking probability with N servers; 1 for N = 0.
    static double erlangB(int agents, double traffic);
    // C(N, A): the probability that a contact waits; 1 when N ≤ A (the queue grows without end).
    static double waitProbability(int agents, double traffic);
    // SL(N) = 1 − C(N, A) · exp(−(N − A) · T / aht); 0 when N ≤ A.
    static double serviceLevel(int agents, double traffic, double ahtSeconds, double thresholdSeconds);
    // ASA(N) = C(N, A) · aht / (N − A); infinity when N ≤ A.
    static double averageSpeedOfAnswer(int agents, double traffic, double ahtSeconds);
    // A / N.
    static double occupancy(int agents, double traffic);

    // The smallest N > A with SL(N) ≥ target and, when given, A / N ≤ maxOccupancy; fractions for the
    // target, the maximum occupancy and the shrinkage. A chat agent taking `concurrency` contacts at
    // once works with aht / concurrency. Empty when an input is out of range (negative arrivals,
    // interval or handle time not positive, target outside [0, 1), maximum occupancy outside (0, 1],
    // shrinkage outside [0, 1), concurrency below 1).
    static std::optional<Staffing> requiredAgents(double arrivals, double intervalSeconds, double ahtSeconds,
                                                  double targetServiceLevel, double thresholdSeconds,
                                                  std::optional<double> maxOccupancy = std::nullopt,
                                                  double shrinkage = 0, double concurrency = 1);
};

} // namespace kefu
