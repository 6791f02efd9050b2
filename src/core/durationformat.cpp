#include "durationformat.h"

#include <charconv>

namespace cs {

std::string_view formatDurationInto(qint64 seconds, DurationBuffer &buffer)
{
    const bool negative = seconds < 0;
    // Work in unsigned space so the most negative value cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(seconds) : quint64(seconds);
    char *out = buffer.data();
    if (negative)
        *out++ = '-';
    out = std::to_chars(out, buffer.data() + buffer.size(), magnitude / 3600).ptr;
    const auto twoDigits = [&out](int value) {
        *out++ = ':';
        *out++ = char('0' + value / 10);
        *out++ = char('0' + value % 10);
    };
    twoDigits(int((magnitude % 3600) / 60));
    twoDigits(int(magnitude % 60));
    return std::string_view(buffer.data(), size_t(out - buffer.data()));
}

QString formatDuration(qint64 seconds)
{
    DurationBuffer buffer;
    const std::string_view text = formatDurationInto(seconds, buffer);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace cs
