#include "viewcollation.h"

#include <QCollatorSortKey>
#include <QLocale>
#include <algorithm>
#include <numeric>

namespace cs {

namespace {

// Ranks every id from scratch with sort keys: one ICU key per string, then
// cheap key comparisons, far faster than collator.compare() inside a sort.
void rankAll(const StringPool &pool, const QCollator &collator, std::vector<quint32> &rank)
{
    const quint32 n = pool.size();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(n);
    for (quint32 id = 0; id < n; ++id)
        keys.push_back(collator.sortKey(pool.at(id)));

    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });

    rank.assign(n, 0);
    quint32 current = 0;
    for (quint32 i = 1; i < n; ++i) {
        if (keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++current;
        rank[order[i]] = current;
    }
}

// Places a few new ids among many ranked ones: each new string costs a binary
// search of collator comparisons; the ranks are then renumbered in one pass.
void rankNew(const StringPool &pool, const QCollator &collator, std::vector<quint32> &rank)
{
    const quint32 ranked = quint32(rank.size());
    const quint32 n = pool.size();

    // Ranked ids in rank order (counting sort: ranks are dense and < ranked).
    std::vector<quint32> firstOfRank(size_t(ranked) + 1, 0);
    for (quint32 r : rank)
        ++firstOfRank[r + 1];
    std::partial_sum(firstOfRank.begin(), firstOfRank.end(), firstOfRank.begin());
    std::vector<quint32> oldOrder(ranked);
    for (quint32 id = 0; id < ranked; ++id)
        oldOrder[firstOfRank[rank[id]]++] = id;

    auto less = [&](quint32 a, quint32 b) { return collator.compare(pool.at(a), pool.at(b)) < 0; };
    std::vector<quint32> newIds(n - ranked);
    std::iota(newIds.begin(), newIds.end(), ranked);
    std::stable_sort(newIds.begin(), newIds.end(), less);

    std::vector<quint32> merged;
    merged.reserve(n);
    auto oldIt = oldOrder.begin();
    for (quint32 id : newIds) {
        auto pos = std::upper_bound(oldIt, oldOrder.end(), id, less);
        merged.insert(merged.end(), oldIt, pos);
        merged.push_back(id);
        oldIt = pos;
    }
    merged.insert(merged.end(), oldIt, oldOrder.end());

    std::vector<quint32> oldRank = std::move(rank);
    rank.assign(n, 0);
    quint32 current = 0;
    for (size_t i = 1; i < merged.size(); ++i) {
        const quint32 prev = merged[i - 1];
        const quint32 cur = merged[i];
        const bool equal = (prev < ranked && cur < ranked) ? oldRank[prev] == oldRank[cur]
                                                           : collator.compare(pool.at(prev), pool.at(cur)) == 0;
        if (!equal)
            ++current;
        rank[cur] = current;
    }
}

} // namespace

QCollator viewCollator()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

void updateCollationRanks(const StringPool &pool, std::vector<quint32> &rank)
{
    const quint32 n = pool.size();
    if (rank.size() > n)
        rank.clear();   // the pool was cleared: old ranks name other strings
    const quint32 ranked = quint32(rank.size());
    if (ranked == n)
        return;
    const QCollator collator = viewCollator();
    // A binary search per new string beats re-keying everything only while
    // the new strings are few compared with the ranked ones.
    if (ranked == 0 || (n - ranked) * 16 > ranked)
        rankAll(pool, collator, rank);
    else
        rankNew(pool, collator, rank);
}

} // namespace cs
