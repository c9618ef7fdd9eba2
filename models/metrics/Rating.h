#pragma once

#include <QString>

#include <optional>

namespace kefu {

// How a figure stands against its target, for colouring: none when the figure is empty. One rule for
// the queue's tiles and tables, the scorecards pane, its PDF and XLSX; the ui picks the colours.
enum class Rating { None, OnTarget, Near, Off };

namespace rating {

// Higher is better: on target from target, near from nearFrom (below target), off under it.
Rating atLeast(std::optional<double> value, double target, double nearFrom);
// Lower is better: on target up to target, near up to nearTo (above target), off over it.
Rating atMost(std::optional<double> value, double target, double nearTo);
// A target range: inside on target, below near, above off.
Rating within(std::optional<double> value, double minimum, double maximum);

// The one of three texts that goes with rating (on target, near, off); empty for None. What each
// slice's ratings mean in words is written with it.
QString pick(Rating rating, const QString &onTarget, const QString &near, const QString &off);
// The rating's name, the same in every pane's legend and the PDF: "On target", "Near", "Off target";
// empty for None.
QString name(Rating rating);

} // namespace rating

} // namespace kefu
