#pragma once

#include "metrics/Rating.h"

#include <QtGlobal>

#include <optional>

// The queue monitor's figures against the store's targets (metrics/Rating), for its tiles.
namespace kefu::live {

// Service level against the target: on target, near within 10 points under it, off further under.
Rating rateServiceLevel(std::optional<double> slPct, double targetPct);
// The longest wait against the channel's threshold (on target) and the alert's wait (near up to it).
Rating rateLongestWait(std::optional<double> seconds, double threshold, double alertSeconds);
// The average speed of answer against the channel's threshold: near up to twice it.
Rating rateAsa(std::optional<double> seconds, double threshold);
// Contacts waiting and no agent available: off; otherwise not rated.
Rating rateAvailable(int available, qint64 waiting);

} // namespace kefu::live
