#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

// How the queue monitor writes its figures: its tables (live/QueueModels), tiles and drill-down.
namespace kefu::live::queuetext {

// "0:42", "12:05", "1:02:09"; "—" when empty.
QString duration(std::optional<qint64> seconds);
QString percent(std::optional<double> value);
QString seconds(std::optional<double> value);
// Seconds with a decimal under a minute, else as a duration: 8.7 s, 2:20:54.
QString waitTime(std::optional<double> value);
QString clock(qint64 utc, const QTimeZone &zone); // "HH:MM:SS"

} // namespace kefu::live::queuetext
