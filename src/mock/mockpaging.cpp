#include "mockpaging.h"

#include "mockrng.h"

#include <utility>

namespace cs::mock {

namespace {

constexpr qsizetype kDefaultLimit = 100;   // the documented default and maximum

void shuffle(QList<int> &items, qsizetype from, qsizetype to, Rng &rng)
{
    for (qsizetype i = to - 1; i > from; --i)
        std::swap(items[i], items[from + rng.below(int(i - from + 1))]);
}

// Permutes each run of records that start in the same second, keeping the
// runs where they are: the order by second holds, ties come in any order.
void shuffleWithinSeconds(QList<int> &items, const MockDataset &dataset, Rng &rng)
{
    for (qsizetype first = 0; first < items.size();) {
        const qint64 second = dataset.startUtc(items[first]);
        qsizetype end = first + 1;
        while (end < items.size() && dataset.startUtc(items[end]) == second)
            ++end;
        shuffle(items, first, end, rng);
        first = end;
    }
}

bool needsWholeResult(const MockConfig &config)
{
    return config.shuffleSameSecond || config.unsortedEveryRequest || config.millisecondStarts;
}

} // namespace

QList<int> pageFor(const MockDataset &dataset, const DataQuery &q, const MockConfig &config, int requestNumber)
{
    if (q.pastCap)
        return {};
    // The server silently returns fewer than asked when `limit` exceeds its cap.
    const qsizetype pageCap = config.pageCap > 0 ? config.pageCap : 0;
    qsizetype limit = pageCap > 0 ? qMin(q.limit, pageCap) : q.limit;
    if (config.ignoreLimit)
        limit = pageCap > 0 ? pageCap : kDefaultLimit;
    const qsizetype offset = config.ignoreOffset ? 0 : q.servedOffset;
    const qsizetype skip = config.offsetMode == MockConfig::OffsetMode::Pages ? offset * limit : offset;

    if (!needsWholeResult(config))
        return dataset.selectPage(q.startUtc, q.endUtc, q.channels, q.queues, q.direction, skip, limit);

    // A store sorted on a non-unique key (or not at all) orders the whole
    // result anew for each request and only then skips and cuts the page.
    QList<int> all = config.millisecondStarts
        ? dataset.selectMillis(q.startUtc, q.endUtc, q.channels, q.queues, q.direction)
        : dataset.select(q.startUtc, q.endUtc, q.channels, q.queues, q.direction);
    Rng rng(mix(0x0D3E5, quint64(requestNumber)));
    if (config.unsortedEveryRequest)
        shuffle(all, 0, all.size(), rng);
    else if (config.shuffleSameSecond)
        shuffleWithinSeconds(all, dataset, rng);
    return all.mid(skip, limit);
}

} // namespace cs::mock
