#include "callstats.h"

#include <algorithm>
#include <cmath>

namespace cs::stats {

namespace {

// The histogram and the averages describe handled calls; a bot-only or
// abandoned call has no agent time and would only pile up at zero.
bool hasAgentSegment(const RecordStore &store, RowId row)
{
    return store.handleSeconds(row) > 0 || store.agentSegmentCount(row) > 0;
}

// Nearest-rank percentile of ascending `sorted`: the smallest value with at
// least p percent of the values at or below it.
int nearestRank(const std::vector<int> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double n = double(sorted.size());
    // p * n / 100 (not p / 100 * n) stays exact for whole percents; the epsilon
    // keeps 9.000000001 from rounding up to rank 10.
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) * n / 100.0 - 1e-9);
    const size_t index = size_t(std::clamp(rank, 1.0, n)) - 1;
    return sorted[index];
}

constexpr int kMaxAutoBins = 40;
constexpr int kMaxBins = 1000;   // an explicit tiny bin on long calls must not allocate millions

int autoBinSeconds(int upTo)
{
    static constexpr int kSteps[] = {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    for (int step : kSteps) {
        if (upTo / step + 1 <= kMaxAutoBins)
            return step;
    }
    int step = 3600;
    while (upTo / step + 1 > kMaxAutoBins)
        step *= 2;
    return step;
}


// Average handle per StringPool id of a multi-valued column (agents, queues).
template<typename IdsOf>
QList<AverageByLabel> averageHandleBy(const RecordStore &store, const std::vector<RowId> &rows, IdsOf idsOf)
{
    const StringPool &pool = store.strings();
    std::vector<qint64> sums(pool.size(), 0);
    std::vector<int> calls(pool.size(), 0);
    for (RowId row : rows) {
        if (!hasAgentSegment(store, row))
            continue;
        const int handle = store.handleSeconds(row);
        for (quint32 id : idsOf(row)) {
            sums[id] += handle;
            ++calls[id];
        }
    }
    QList<AverageByLabel> result;
    for (quint32 id = 0; id < pool.size(); ++id) {
        if (calls[id] > 0)
            result.append({pool.at(id), double(sums[id]) / calls[id], calls[id]});
    }
    std::sort(result.begin(), result.end(), [](const AverageByLabel &a, const AverageByLabel &b) {
        if (a.averageSeconds != b.averageSeconds)
            return a.averageSeconds > b.averageSeconds;
        return a.label < b.label;
    });
    return result;
}

} // namespace

QList<CountByLabel> finalStatusCounts(const RecordStore &store, const std::vector<RowId> &rows)
{
    const StringPool &pool = store.strings();
    std::vector<int> counts(pool.size(), 0);
    for (RowId row : rows)
        ++counts[store.finalStatus(row)];
    QList<CountByLabel> result;
    for (quint32 id = 0; id < pool.size(); ++id) {
        if (counts[id] > 0)
            result.append({pool.at(id), counts[id]});
    }
    std::sort(result.begin(), result.end(), [](const CountByLabel &a, const CountByLabel &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return result;
}

HandleTimeHistogram handleTimeHistogram(const RecordStore &store, const std::vector<RowId> &rows, int binSeconds)
{
    std::vector<int> values;
    values.reserve(rows.size());
    for (RowId row : rows) {
        if (hasAgentSegment(store, row))
            values.push_back(std::max(0, store.handleSeconds(row)));
    }
    std::sort(values.begin(), values.end());

    HandleTimeHistogram histogram;
    histogram.rows = int(values.size());
    histogram.median = nearestRank(values, 50);
    histogram.p90 = nearestRank(values, 90);
    const int p99 = nearestRank(values, 99);
    histogram.binSeconds = binSeconds > 0 ? binSeconds : (values.empty() ? 60 : autoBinSeconds(p99));
    if (values.empty())
        return histogram;

    const int bins = std::min(p99 / histogram.binSeconds + 1, kMaxBins);
    histogram.counts.assign(size_t(bins), 0);
    for (int value : values)
        ++histogram.counts[size_t(std::min(value / histogram.binSeconds, bins - 1))];
    return histogram;
}

QList<AverageByLabel> averageHandleByAgent(const RecordStore &store, const std::vector<RowId> &rows)
{
    return averageHandleBy(store, rows, [&](RowId row) { return store.agents(row); });
}

QList<AverageByLabel> averageHandleByQueue(const RecordStore &store, const std::vector<RowId> &rows)
{
    return averageHandleBy(store, rows, [&](RowId row) { return store.queues(row); });
}

int percentile(std::vector<int> values, double p)
{
    std::sort(values.begin(), values.end());
    return nearestRank(values, p);
}

} // namespace cs::stats
