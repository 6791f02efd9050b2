#pragma once
// Durations as the viewer shows them everywhere: "h:mm:ss" (hours unbounded,
// so a 27-hour total reads "27:00:00", never wraps into days).

#include <QString>

namespace cs {

// 0 -> "0:00:00", 34 -> "0:00:34", 3725 -> "1:02:05", -5 -> "-0:00:05".
QString formatDuration(qint64 seconds);

} // namespace cs
