#include "zoneoffsets.h"

#include "callfields.h"
#include "recordtime.h"

#include <QDateTime>
#include <limits>

namespace cs {

ZoneOffsets::ZoneOffsets(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc()) {}

int ZoneOffsets::offsetAt(qint64 utc)
{
    if (m_last < m_periods.size() && utc >= m_periods[m_last].from && utc < m_periods[m_last].to)
        return m_periods[m_last].offset;
    for (size_t i = 0; i < m_periods.size(); ++i) {
        if (utc >= m_periods[i].from && utc < m_periods[i].to) {
            m_last = i;
            return m_periods[i].offset;
        }
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
    Period period{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), m_zone.offsetFromUtc(at)};
    if (m_zone.hasTransitions()) {
        // previousTransition(t) is strictly before t: a transition exactly at
        // `utc` is found by looking from one second later.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
        if (previous.atUtc.isValid())
            period.from = previous.atUtc.toSecsSinceEpoch();
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            period.to = next.atUtc.toSecsSinceEpoch();
        if (period.from > utc || period.to <= utc)   // inconsistent zone data: do not cache
            return period.offset;
    }
    m_periods.push_back(period);
    m_last = m_periods.size() - 1;
    return period.offset;
}

bool formatZonedInto(qint64 utcSeconds, ZoneOffsets &offsets, char *text)
{
    if (utcSeconds == kNoTime)
        return false;
    return recordtime::formatNaiveInto(utcSeconds + offsets.offsetAt(utcSeconds), ' ', text);
}

} // namespace cs
