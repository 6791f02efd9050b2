#pragma once
// A time zone's UTC offset at many instants, fast: each lookup that falls in
// a period already seen (between two transitions) costs a short scan instead
// of a QTimeZone query. Exports write two times per row for a million rows;
// QDateTime::toString() there was most of the export's time.

#include <QTimeZone>
#include <vector>

namespace cs {

class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone);
    int offsetAt(qint64 utcSeconds);   // seconds east of UTC

private:
    struct Period { qint64 from; qint64 to; int offset; };   // [from, to)
    QTimeZone m_zone;
    std::vector<Period> m_periods;
    size_t m_last = 0;
};

// "yyyy-MM-dd HH:mm:ss" of `utcSeconds` in the zone, into `text` (19 chars);
// false for kNoTime or a year outside 0..9999.
bool formatZonedInto(qint64 utcSeconds, ZoneOffsets &offsets, char *text);

} // namespace cs
