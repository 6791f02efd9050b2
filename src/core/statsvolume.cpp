// stats::volumeOverTime: calls per local hour or local day, stacked by final status.
#include "callstats.h"

#include <QDateTime>
#include <algorithm>
#include <numeric>

namespace cs::stats {

namespace {

// The start of the local hour containing `utc`. Works on the zone's offset at
// that instant, so half-hour zones (India) align to their own hours and the
// repeated hour of a DST fall-back gets its own bucket.
qint64 localHourStart(qint64 utc, const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
    qint64 intoHour = (utc + offset) % 3600;
    if (intoHour < 0)
        intoHour += 3600;
    return utc - intoHour;
}

// Bucket boundaries are walked in local time, not by adding fixed UTC steps
// to the first one: a DST day has 23 or 25 hours, and a local day starts at
// local midnight (or the first valid time when midnight is skipped).
std::vector<qint64> hourStarts(qint64 first, qint64 last, const QTimeZone &zone)
{
    std::vector<qint64> starts;
    for (qint64 start = localHourStart(first, zone); start <= last;) {
        starts.push_back(start);
        qint64 next = localHourStart(start + 3600, zone);
        if (next <= start)
            next = start + 3600;
        start = next;
    }
    return starts;
}

std::vector<qint64> dayStarts(qint64 first, qint64 last, const QTimeZone &zone, int daysPerBucket)
{
    std::vector<qint64> starts;
    QDate day = QDateTime::fromSecsSinceEpoch(first, zone).date();
    for (qint64 start = day.startOfDay(zone).toSecsSinceEpoch(); start <= last;
         start = day.startOfDay(zone).toSecsSinceEpoch()) {
        starts.push_back(start);
        day = day.addDays(daysPerBucket);
        if (!day.isValid())
            break;   // past QDate's range: the last bucket holds the rest
    }
    return starts;
}

} // namespace

StartSpan startSpan(const RecordStore &store, const std::vector<RowId> &rows)
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (RowId row : rows) {
        const qint64 start = store.startUtc(row);
        if (start == kNoTime)
            continue;
        first = std::min(first, start);
        last = std::max(last, start);
    }
    return first <= last ? StartSpan{first, last, false} : StartSpan{};
}

VolumeSeries volumeOverTime(const RecordStore &store, const std::vector<RowId> &rows, VolumeBucket bucket, const QTimeZone &zone)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    VolumeSeries series;
    series.bucket = bucket;

    const StartSpan span = startSpan(store, rows);
    if (span.empty)
        return series;   // no row has a start time
    const qint64 first = span.first;
    const qint64 last = span.last;

    if (bucket == VolumeBucket::Hour && (last - first) / 3600 + 2 > kMaxVolumeBuckets)
        series.bucket = VolumeBucket::Day;
    const qint64 days = (last - first) / 86400 + 2;   // + the partial days at both ends
    series.daysPerBucket = int((days + kMaxVolumeBuckets - 1) / kMaxVolumeBuckets);
    if (series.bucket == VolumeBucket::Hour)
        series.daysPerBucket = 1;
    series.bucketStartUtc = series.bucket == VolumeBucket::Hour ? hourStarts(first, last, tz)
                                                                : dayStarts(first, last, tz, series.daysPerBucket);
    const std::vector<qint64> &starts = series.bucketStartUtc;

    // Status slots are created in order of first appearance, then reordered.
    std::vector<int> slotOfStatus(store.strings().size(), -1);
    std::vector<quint32> statusOfSlot;
    std::vector<std::vector<int>> counts;
    for (RowId row : rows) {
        const qint64 start = store.startUtc(row);
        if (start == kNoTime)
            continue;
        const quint32 status = store.finalStatus(row);
        int &slot = slotOfStatus[status];
        if (slot < 0) {
            slot = int(statusOfSlot.size());
            statusOfSlot.push_back(status);
            counts.emplace_back(starts.size(), 0);
        }
        const size_t index = size_t(std::upper_bound(starts.begin(), starts.end(), start) - starts.begin()) - 1;
        ++counts[size_t(slot)][index];
    }

    const StringPool &pool = store.strings();
    std::vector<qint64> totals(counts.size());
    for (size_t s = 0; s < counts.size(); ++s)
        totals[s] = std::accumulate(counts[s].begin(), counts[s].end(), qint64(0));
    std::vector<size_t> order(counts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (totals[a] != totals[b])
            return totals[a] > totals[b];
        return pool.at(statusOfSlot[a]) < pool.at(statusOfSlot[b]);
    });
    for (size_t s : order) {
        series.statuses.append(pool.at(statusOfSlot[s]));
        series.counts.push_back(std::move(counts[s]));
    }
    return series;
}

} // namespace cs::stats
