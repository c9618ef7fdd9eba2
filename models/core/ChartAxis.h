#pragma once

#include <limits>

// The one rule for a chart's value axis (issue 17, "nice axes"): round bounds and a tick step of 1, 2
// or 5 × 10^k, so that every tick label is a round number; whole steps for counts; a 0–100 score on
// 0 to 100. The queue pane's intraday charts, the agent detail's trends and the PDF's charts use it.
namespace kefu {

struct ChartAxis
{
    double min = 0;
    double max = 1;
    double step = 1;

    // Tick marks from min to max, both included.
    int ticks() const;
    // Digits after the point a tick label needs: 0 for 20, 1 for 0.5, 2 for 0.05.
    int decimals() const;
};

// The smallest round axis around [low, high] with at most maxSteps steps. limit is the most a figure
// can be (a percentage's 100): the axis never goes past it, headroom or not. A flat range gets room
// around it.
ChartAxis niceAxis(double low, double high, int maxSteps = 5, bool integers = false,
                   double limit = std::numeric_limits<double>::infinity());
// An axis of seconds whose ticks are round durations: whole seconds under 90 s, whole minutes under
// 90 minutes, whole hours beyond (labelled with format::duration: "20 s", "4:00", "2:00:00").
ChartAxis durationAxis(double lowSeconds, double highSeconds, int maxSteps = 5);
// 0 to 100 for the composite, the component scores and the QA score: by 20, or by 50 when fewer than
// five steps fit.
ChartAxis scoreAxis(int maxSteps = 5);

} // namespace kefu
