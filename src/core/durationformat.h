#pragma once
// Durations as the viewer shows them everywhere: "h:mm:ss" (hours unbounded,
// so a 27-hour total reads "27:00:00", never wraps into days).

#include <QString>
#include <array>
#include <string_view>

namespace cs {

// 0 -> "0:00:00", 34 -> "0:00:34", 3725 -> "1:02:05", -5 -> "-0:00:05".
QString formatDuration(qint64 seconds);

// The same text into a caller's buffer, for exports that write millions.
using DurationBuffer = std::array<char, 32>;
std::string_view formatDurationInto(qint64 seconds, DurationBuffer &buffer);

} // namespace cs
