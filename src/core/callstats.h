#pragma once
// Statistics over a set of rows (the current filter): what the charts show.

#include "recordstore.h"

#include <QList>
#include <QString>
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

struct VolumeSeries
{
    VolumeBucket bucket = VolumeBucket::Day;
    std::vector<qint64> bucketStartUtc;          // ascending, contiguous
    QStringList statuses;                        // stack order (most frequent first)
    std::vector<std::vector<int>> counts;        // counts[status][bucket]
};

struct AverageByLabel { QString label; double averageSeconds = 0; int calls = 0; };

namespace stats {
QList<CountByLabel> finalStatusCounts(const RecordStore &store, const std::vector<RowId> &rows);
HandleTimeHistogram handleTimeHistogram(const RecordStore &store, const std::vector<RowId> &rows, int binSeconds = 0 /*auto*/);
// Buckets in `zone` wall-clock (hours or local days).
VolumeSeries volumeOverTime(const RecordStore &store, const std::vector<RowId> &rows, VolumeBucket bucket, const class QTimeZone &zone);
QList<AverageByLabel> averageHandleByAgent(const RecordStore &store, const std::vector<RowId> &rows);
QList<AverageByLabel> averageHandleByQueue(const RecordStore &store, const std::vector<RowId> &rows);
int percentile(std::vector<int> values, double p);   // nearest-rank; 0 for empty
} // namespace stats

} // namespace cs
