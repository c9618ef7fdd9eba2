#include "Rating.h"

namespace kefu::rating {

Rating atLeast(std::optional<double> value, double target, double nearFrom)
{
    if (!value)
        return Rating::None;
    return *value >= target ? Rating::OnTarget : *value >= nearFrom ? Rating::Near : Rating::Off;
}

Rating atMost(std::optional<double> value, double target, double nearTo)
{
    if (!value)
        return Rating::None;
    return *value <= target ? Rating::OnTarget : *value <= nearTo ? Rating::Near : Rating::Off;
}

Rating within(std::optional<double> value, double minimum, double maximum)
{
    if (!value)
        return Rating::None;
    return *value > maximum ? Rating::Off : *value < minimum ? Rating::Near : Rating::OnTarget;
}

} // namespace kefu::rating
