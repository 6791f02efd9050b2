#pragma once
// Statistics over a set of rows (the current filter): what the charts show.

#include "recordstore.h"

#include <QList>
#include <QString>
#include <QTimeZone>   // before the declarations below: `class QTimeZone` must name ::QTimeZone
#include <vector>

namespace cs {

struct CountByLabel { QString label; int count = 0; };

struct HandleTimeHistogram
{
    int binSeconds = 60;
    std::vector<int> counts;     // counts[i] = rows with handle in [i*bin, (i+1)*bin)
    int median = 0;              // seconds
    int p90 = 0;                 // seconds
    int rows = 0;                // rows with an agent segment (handle time > 0 or agentSegmentCount > 0)
};

enum class VolumeBucket { Hour, Day };

// The most bars the volume chart gets (docs/limits.md): hours fall back to
// days, and days are grouped several to a bar, so two calls 10,000 years
// apart cannot make millions of buckets.
inline constexpr qint64 kMaxVolumeBuckets = 2000;

struct VolumeSeries
{
    VolumeBucket bucket = VolumeBucket::Day;
    int daysPerBucket = 1;                       // > 1 when the span has more days than kMaxVolumeBuckets
    std::vector<qint64> bucketStartUtc;          // ascending, contiguous
    QStringList statuses;                        // stack order (most frequent first)
    std::vector<std::vector<int>> counts;        // counts[status][bucket]
};

// Earliest and latest start time of a set of rows (UTC seconds).
struct StartSpan { qint64 first = 0; qint64 last = 0; bool empty = true; };

struct AverageByLabel { QString label; double averageSeconds = 0; int calls = 0; };

// Labels are the stored text; "" is "no value" (as in quick filters): the GUI
// shows it as "(none)".
namespace stats {
StartSpan startSpan(const RecordStore &store, const std::vector<RowId> &rows);   // rows without a start are skipped
QList<CountByLabel> finalStatusCounts(const RecordStore &store, const std::vector<RowId> &rows);
// Over rows with an agent segment. Bins run up to the 99th percentile; the last
// bin is open-ended (it also holds everything longer). Auto bin: the smallest
// of 5 s, 10 s, 15 s, 30 s, 1 min, 2 min, 5 min, 10 min, 15 min, 30 min, 1 h, ...
// giving at most 40 bins.
HandleTimeHistogram handleTimeHistogram(const RecordStore &store, const std::vector<RowId> &rows, int binSeconds = 0 /*auto*/);
// Buckets in `zone` wall-clock (hours or local days; a DST day has 23 or 25
// hourly buckets). Rows without a start time are not counted. An hourly series
// longer than kMaxVolumeBuckets is returned by day instead (see `bucket`), and
// a daily one by groups of `daysPerBucket` days.
VolumeSeries volumeOverTime(const RecordStore &store, const std::vector<RowId> &rows, VolumeBucket bucket, const class QTimeZone &zone);
// Average handle time over calls with an agent segment. A call listing several
// agents (or queues) counts its whole handle time for each of them. Sorted by
// average, longest first.
QList<AverageByLabel> averageHandleByAgent(const RecordStore &store, const std::vector<RowId> &rows);
QList<AverageByLabel> averageHandleByQueue(const RecordStore &store, const std::vector<RowId> &rows);
int percentile(std::vector<int> values, double p);   // p in percent (50 = median); nearest-rank; 0 for empty
} // namespace stats

} // namespace cs
