#pragma once

#include <array>
#include <cmath>

// The intraday shapes of a customer-service floor, declared once for the demo history and the live feed.
namespace kefu::curves {

// Relative arrivals per local hour (the value at the middle of the hour).
using HourCurve = std::array<double, 24>;

// Online (chat, social): late-morning, afternoon and 20:00–23:00 peaks, lunch and dinner dips.
inline constexpr HourCurve onlineWeekday = {2.2, 1.1, 0.5, 0.3, 0.25, 0.3, 0.6, 1.4, 3.4, 5.6, 7.0, 7.2,
                                            6.2, 6.6, 8.2, 8.6, 8.4,  7.2, 6.0, 6.6, 7.8, 8.2, 7.2, 4.8};
inline constexpr HourCurve onlineWeekend = {2.6, 1.3, 0.6, 0.35, 0.25, 0.3, 0.5, 1.0, 2.6, 4.6, 6.4, 6.8,
                                            6.0, 6.4, 7.8, 8.2,  8.0,  7.0, 6.0, 6.8, 8.2, 8.6, 7.6, 5.2};
// The hotline is open 08:00–21:00.
inline constexpr HourCurve phoneWeekday = {0,   0,   0,   0,   0,   0,   0,   0,   3.5, 6.0, 7.6, 7.6,
                                           6.6, 7.2, 8.6, 8.8, 8.4, 7.0, 5.4, 4.2, 3.2, 0,   0,   0};
inline constexpr HourCurve phoneWeekend = {0,   0,   0,   0,   0,   0,   0,   0,   3.0, 5.4, 7.0, 7.2,
                                           6.6, 7.0, 8.0, 8.2, 7.8, 6.8, 5.4, 4.6, 3.6, 0,   0,   0};
inline constexpr double phoneOpensAt = 8.0;
inline constexpr double phoneClosesAt = 21.0;
inline constexpr HourCurve email = {1.5, 1.0, 0.8, 0.6, 0.5, 0.6, 0.9, 1.5, 3.0, 4.0, 4.5, 4.5,
                                    3.8, 4.0, 4.3, 4.3, 4.1, 3.8, 3.4, 3.6, 4.0, 4.2, 3.6, 2.4};
// A promotion day multiplies the usual shape: the midnight rush when the sale opens, a heavy evening.
inline constexpr HourCurve promotionShape = {6.0, 3.5, 2.0, 1.2, 1.2, 1.2, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0,
                                             1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.5, 1.7, 1.6, 1.4};

// The curve between the hours' middles, linearly.
inline double interpolate(const HourCurve &curve, double hour)
{
    const double x = hour - 0.5;
    const int i = int(std::floor(x));
    const double f = x - i;
    const double a = curve[size_t((i + 24) % 24)];
    const double b = curve[size_t((i + 25) % 24)];
    return a + (b - a) * f;
}

} // namespace kefu::curves
