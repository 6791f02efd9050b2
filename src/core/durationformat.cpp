#include "durationformat.h"

#include <cstdio>

namespace cs {

std::string_view formatDurationInto(qint64 seconds, DurationBuffer &buffer)
{
    const bool negative = seconds < 0;
    // Work in unsigned space so the most negative value cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(seconds) : quint64(seconds);
    const int length = std::snprintf(buffer.data(), buffer.size(), "%s%llu:%02d:%02d", negative ? "-" : "",
                                     static_cast<unsigned long long>(magnitude / 3600),
                                     int((magnitude % 3600) / 60), int(magnitude % 60));
    return std::string_view(buffer.data(), size_t(length));
}

QString formatDuration(qint64 seconds)
{
    DurationBuffer buffer;
    const std::string_view text = formatDurationInto(seconds, buffer);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace cs
