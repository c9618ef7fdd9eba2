#include "Rating.h"

#include <QCoreApplication>

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

QString pick(Rating rating, const QString &onTarget, const QString &near, const QString &off)
{
    switch (rating) {
    case Rating::OnTarget:
        return onTarget;
    case Rating::Near:
        return near;
    case Rating::Off:
        return off;
    case Rating::None:
        break;
    }
    return {};
}

QString name(Rating rating)
{
    return pick(rating, QCoreApplication::translate("kefu::Rating", "On target"),
                QCoreApplication::translate("kefu::Rating", "Near"),
                QCoreApplication::translate("kefu::Rating", "Off target"));
}

} // namespace kefu::rating
