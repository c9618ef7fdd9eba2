#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

// Seeded random numbers for the demo generator and the feed simulator: std:: distributions differ
// between standard libraries; these helpers do not, so a seed gives the same data on every platform.
namespace kefu::seeded {

inline quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

inline quint64 streamSeed(quint64 seed, quint64 stream)
{
    return splitMix(splitMix(seed) ^ (stream * 0xD1B54A32D192ED03ULL));
}

class Random final
{
public:
    Random() = default;
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    quint64 bits() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [0, n)
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_engine() % quint64(n)); }
    // [lo, hi]
    int between(int lo, int hi) { return lo + int(below(qint64(hi) - lo + 1)); }
    qint64 between64(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        m_spare = r * std::sin(angle);
        m_hasSpare = true;
        return r * std::cos(angle);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // A lognormal value with the given mean and log-sd.
    double logNormalWithMean(double mean, double sigma) { return mean * std::exp(sigma * normal() - sigma * sigma / 2); }
    int poisson(double mean)
    {
        if (mean <= 0.0)
            return 0;
        if (mean < 30.0) {
            const double limit = std::exp(-mean);
            int k = 0;
            double p = uniform();
            while (p > limit) {
                ++k;
                p *= uniform();
            }
            return k;
        }
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
    }
    // Index into a table of cumulative weights.
    int weighted(const std::vector<double> &cumulative)
    {
        const double x = uniform() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
        return int(std::min<qint64>(it - cumulative.begin(), qint64(cumulative.size()) - 1));
    }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(list.size())));
    }

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace kefu::seeded
