#include "durationformat.h"

namespace cs {

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    // Work in unsigned space so the most negative value cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(seconds) : quint64(seconds);
    const quint64 hours = magnitude / 3600;
    const int minutes = int((magnitude % 3600) / 60);
    const int secs = int(magnitude % 60);
    QString text = QString::number(hours) + u':' + QString::number(minutes).rightJustified(2, u'0') + u':'
        + QString::number(secs).rightJustified(2, u'0');
    return negative ? u'-' + text : text;
}

} // namespace cs
