#pragma once

#include "core/Vocabulary.h"
#include "metrics/Rating.h"
#include "metrics/ServiceMetrics.h"

#include <QString>
#include <QtGlobal>

#include <optional>

// The queue monitor's figures against the store's targets (metrics/Rating), for its tiles, its waiting
// table and its alerts; and what each rating means there, for the tooltips after the colour's name.
namespace kefu::live {

// Service level against the target: on target, near within 10 points under it, off further under.
Rating rateServiceLevel(std::optional<double> slPct, double targetPct);
// A wait against its channel's threshold T (on target up to it) and the alert's wait (near up to it;
// off past the longer of the two, where the wait alert fires): a contact in the waiting table and a
// tile's longest wait alike, so that an e-mail is judged by its day and a chat by its seconds.
Rating rateWait(std::optional<double> seconds, double threshold, double alertSeconds);
// The average speed of answer against the channel's threshold: near up to twice it.
Rating rateAsa(std::optional<double> seconds, double threshold);
// Contacts waiting and no agent available: off; otherwise not rated.
Rating rateAvailable(int available, qint64 waiting);

// The service level the live view shows: of the contacts whose outcome is known — answered (in time or
// late), abandoned (short abandons aside) or waiting past their threshold. A contact still within its
// threshold has not been served late yet and is left out until it is (an e-mail of this interval with
// a day to go); empty when no contact has an outcome. Closed periods keep metrics.md's sl_pct.
std::optional<double> serviceLevelSoFar(const ServiceFigures &figures);

// What a rating means for each figure ("past the chat threshold of 15 s"); empty for Rating::None.
QString waitNote(Rating rating, Channel channel, qint64 threshold, qint64 alertSeconds);
QString serviceLevelNote(Rating rating, double targetPct);
QString asaNote(Rating rating, Channel channel, qint64 threshold);
QString availableNote(Rating rating);
QString occupancyNote(Rating rating, double minimumPct, double maximumPct);

} // namespace kefu::live
