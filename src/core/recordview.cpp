#include "recordview.h"

#include "viewcollation.h"
#include "viewsortkeys.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>
#include <system_error>
#include <thread>

namespace cs {

namespace {

// Byte columns: rows sorted by an 8-byte window of the id (after the prefix
// every id shares), then runs with equal windows by the whole id. Ties keep
// arrival order (row id ascending) in both directions.
//
// The ids lie in each record's raw JSON, far apart: reading them is one cache
// miss per row. They are read once, a block ahead of use (prefetched), and
// their first kPrefix bytes copied together; the shared prefix, the keys and
// whether the window holds every id whole then come from that copy.
void sortRowsByBytes(const RecordStore &store, CallColumn column, Qt::SortOrder order, std::vector<RowId> &rows)
{
    constexpr size_t kPrefix = 24;
    constexpr size_t kBlock = 16;
    const size_t n = rows.size();
    if (n < 2)
        return;
    std::vector<char> prefix(n * kPrefix, 0);
    std::vector<quint32> length(n);
    std::string_view ids[2][kBlock];
    auto fetch = [&](std::string_view *block, size_t first) {
        const size_t count = std::min(kBlock, n - first);
        for (size_t i = 0; i < count; ++i) {
            block[i] = viewsort::byteKey(store, column, rows[first + i]);
            __builtin_prefetch(block[i].data());
        }
    };
    fetch(ids[0], 0);
    for (size_t first = 0, current = 0; first < n; first += kBlock, current ^= 1) {
        if (first + kBlock < n)
            fetch(ids[current ^ 1], first + kBlock);
        const size_t count = std::min(kBlock, n - first);
        for (size_t i = 0; i < count; ++i) {
            const std::string_view id = ids[current][i];
            if (!id.empty())   // an empty view may have a null data()
                std::memcpy(prefix.data() + (first + i) * kPrefix, id.data(), std::min(id.size(), kPrefix));
            length[first + i] = quint32(std::min<size_t>(id.size(), std::numeric_limits<quint32>::max()));
        }
    }
    auto prefixOf = [&](size_t i) {
        return std::string_view(prefix.data() + i * kPrefix, std::min<size_t>(length[i], kPrefix));
    };
    // The shared prefix, at most kPrefix - 8 so that the window is in the copy.
    size_t common = kPrefix - 8;
    const std::string_view first = prefixOf(0);
    for (size_t i = 1; i < n && common > 0; ++i) {
        const std::string_view id = prefixOf(i);
        const size_t limit = std::min({common, first.size(), id.size()});
        size_t k = 0;
        while (k < limit && first[k] == id[k])
            ++k;
        common = k;
    }
    common = std::min({common, first.size()});
    const bool descending = order == Qt::DescendingOrder;
    std::vector<quint64> keys(n);
    // Ids whose window holds them whole (and without NUL padding lookalikes)
    // tie only when equal: then row order, which the key sort already gave.
    const size_t window = common + 8;
    bool windowIsWhole = true;
    for (size_t i = 0; i < n; ++i) {
        const std::string_view id = prefixOf(i);
        const quint64 key = viewsort::bytePrefixKey(id, common);
        keys[i] = descending ? ~key : key;
        windowIsWhole = windowIsWhole && length[i] <= window && id.substr(std::min(common, id.size())).find('\0') == std::string_view::npos;
    }
    prefix = {};
    length = {};
    viewsort::sortByKeyThenRow(rows, keys);
    if (windowIsWhole)
        return;
    for (size_t begin = 0; begin < n;) {
        size_t end = begin + 1;
        while (end < n && keys[end] == keys[begin])
            ++end;
        if (end - begin > 1) {
            std::vector<std::pair<std::string_view, RowId>> run;
            run.reserve(end - begin);
            for (size_t i = begin; i < end; ++i)
                run.emplace_back(viewsort::byteKey(store, column, rows[i]), rows[i]);
            std::sort(run.begin(), run.end(), [descending](const auto &a, const auto &b) {
                const int c = a.first.compare(b.first);
                if (c != 0)
                    return descending ? c > 0 : c < 0;
                return a.second < b.second;
            });
            for (size_t i = begin; i < end; ++i)
                rows[i] = run[i - begin].second;
        }
        begin = end;
    }
}

} // namespace

RecordView::RecordView(const RecordStore *store)
    : m_store(store)
{
    Q_ASSERT(store);
    rebuild();
}

void RecordView::setFilter(const FilterRule &rule)
{
    const size_t storeRows = size_t(m_store->size());
    const bool sorted = m_sortColumn != CallColumn::Count;
    // Leaving the unfiltered state: the rows are every row in sort order;
    // keep them, so that this and later filters need no sort.
    if (sorted && m_rule.isEmpty() && m_rows.size() == storeRows)
        m_allSorted = std::move(m_rows);
    m_rule = rule;
    m_compiled = m_rule.compile(*m_store);
    refreshStringRank();
    if (!sorted || m_allSorted.size() != storeRows) {
        m_allSorted.clear();
        filterAll();
        sortRows(m_rows);
        return;
    }
    if (m_rule.isEmpty()) {
        m_rows = std::move(m_allSorted);   // unfiltered again: the kept order is the view
        m_allSorted.clear();
        return;
    }
    // The matching rows (in row order), then the kept order walked once.
    filterAll();
    std::vector<quint64> matching((storeRows + 63) / 64, 0);
    for (const RowId row : m_rows)
        matching[row / 64] |= quint64(1) << (row % 64);
    // Every row is written and the count moves on only past a match: no
    // branch to mispredict. One slot more, for the write after the last match.
    const size_t count = m_rows.size();
    m_rows.resize(count + 1);
    size_t kept = 0;
    for (const RowId row : m_allSorted) {
        m_rows[kept] = row;
        kept += matching[row / 64] >> (row % 64) & 1;
    }
    Q_ASSERT(kept == count);
    m_rows.resize(count);
}

void RecordView::setSort(CallColumn column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_allSorted.clear();
    refreshStringRank();
    sortRows(m_rows);
}

void RecordView::rebuild()
{
    // The store may have been cleared and refilled: ids may name new strings.
    m_stringRank.clear();
    m_allSorted.clear();
    m_ids = std::make_shared<IdIndex>();
    // The ids' summary is only read by a search: built on the first one (in
    // the filter's job), not on every load (a third of a 1M-call load's time).
    if (!m_rule.searchText().isEmpty())
        updateIdBytes();
    m_compiled = m_rule.compile(*m_store);
    filterAll();
    refreshStringRank();
    sortRows(m_rows);
}

std::vector<int> RecordView::appendRows(int oldSize)
{
    const int newSize = m_store->size();
    std::vector<int> positions;
    if (oldSize <= 0) {
        rebuild();
        positions.resize(m_rows.size());
        std::iota(positions.begin(), positions.end(), 0);
        return positions;
    }
    if (oldSize >= newSize)
        return positions;

    m_allSorted.clear();   // it would miss the new rows
    if (!m_rule.searchText().isEmpty())
        updateIdBytes();
    m_compiled.refresh();
    std::vector<RowId> added;
    m_compiled.appendMatches(RowId(oldSize), RowId(newSize), added, &m_ids->bytes, &m_ids->pairs);
    if (added.empty())
        return positions;

    positions.reserve(added.size());
    if (m_sortColumn == CallColumn::Count) {
        for (size_t i = 0; i < added.size(); ++i)
            positions.push_back(int(m_rows.size() + i));
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        return positions;
    }

    // New rows have the highest row ids, so among equal keys they go after
    // the existing rows: upper_bound with the (key, row id) order.
    refreshStringRank();
    sortRows(added);
    auto before = [this](RowId a, RowId b) {
        return m_sortOrder == Qt::AscendingOrder ? lessThan(m_sortColumn, a, b) : lessThan(m_sortColumn, b, a);
    };
    std::vector<RowId> merged;
    merged.reserve(m_rows.size() + added.size());
    auto oldIt = m_rows.begin();
    for (RowId row : added) {
        auto pos = std::upper_bound(oldIt, m_rows.end(), row, before);
        merged.insert(merged.end(), oldIt, pos);
        positions.push_back(int(merged.size()));
        merged.push_back(row);
        oldIt = pos;
    }
    merged.insert(merged.end(), oldIt, m_rows.end());
    m_rows = std::move(merged);
    return positions;
}

int RecordView::positionOf(RowId row) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), row);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int RecordView::totalRows() const
{
    return m_store->size();
}

bool RecordView::lessThan(CallColumn column, RowId a, RowId b) const
{
    if (column == CallColumn::Count)
        return a < b;
    if (viewsort::isByteColumn(column))
        return viewsort::byteKey(*m_store, column, a) < viewsort::byteKey(*m_store, column, b);
    if (viewsort::isRankedColumn(column) && m_stringRank.size() < m_store->strings().size())
        return viewsort::compareByCollator(*m_store, column, a, b) < 0;   // ranks not ready (const)
    return viewsort::integerKey(*m_store, m_stringRank, column, a) < viewsort::integerKey(*m_store, m_stringRank, column, b);
}

void RecordView::refreshStringRank()
{
    // Ranks are only needed by text sorts; build them lazily on the first one.
    if (!viewsort::isRankedColumn(m_sortColumn) && m_stringRank.empty())
        return;
    updateCollationRanks(m_store->strings(), m_stringRank);
}

void RecordView::updateIdBytes()
{
    const RowId count = RowId(m_store->size());
    if (count == m_ids->rows)
        return;
    if (count < m_ids->rows) {   // the store was cleared
        m_ids = std::make_shared<IdIndex>();
    } else if (m_ids.use_count() > 1) {
        // A copy (in a worker, or a result not yet taken) reads it: ours changes alone.
        m_ids = std::make_shared<IdIndex>(*m_ids);
    }
    FilterRule::Compiled::addIdBytes(*m_store, m_ids->rows, count, m_ids->bytes, m_ids->pairs);
    m_ids->rows = count;
}

void RecordView::filterAll()
{
    const RowId count = RowId(m_store->size());
    m_rows.clear();
    if (m_rule.isEmpty()) {
        m_rows.resize(count);
        std::iota(m_rows.begin(), m_rows.end(), RowId(0));
        return;
    }
    if (!m_rule.searchText().isEmpty())
        updateIdBytes();
    auto filterRange = [this](RowId begin, RowId end, std::vector<RowId> &out) {
        out.reserve(end - begin);   // untouched capacity costs no memory
        m_compiled.appendMatches(begin, end, out, &m_ids->bytes, &m_ids->pairs);
    };
    // Large stores are filtered in chunks on every core: matches() only reads
    // the store and the compiled rule, and this thread waits for the others
    // (nothing can change the store meanwhile).
    constexpr RowId kRowsPerThread = 128 * 1024;
    const unsigned threads = std::min<unsigned>({std::max(1u, std::thread::hardware_concurrency()), 8u,
                                                 unsigned(count / kRowsPerThread) + 1});
    if (threads <= 1) {
        filterRange(0, count, m_rows);
        return;
    }
    std::vector<std::vector<RowId>> parts(threads);
    std::vector<std::thread> workers;
    const RowId chunk = (count + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t) {
        const RowId begin = std::min(count, RowId(t) * chunk);
        const RowId end = std::min(count, begin + chunk);
        try {
            workers.emplace_back([&, t, begin, end] { filterRange(begin, end, parts[t]); });
        } catch (const std::system_error &) {
            filterRange(begin, end, parts[t]);   // no thread to be had: do that chunk here
        }
    }
    filterRange(0, std::min(count, chunk), parts[0]);
    for (std::thread &worker : workers)
        worker.join();
    size_t total = 0;
    for (const auto &part : parts)
        total += part.size();
    m_rows.reserve(total);
    for (const auto &part : parts)
        m_rows.insert(m_rows.end(), part.begin(), part.end());
}

void RecordView::sortRows(std::vector<RowId> &rows) const
{
    const CallColumn column = m_sortColumn;
    // Ties keep row order, so the order the rows come in does not matter:
    // in ascending row order, their columns are read front to back (the
    // memory a row's key is in follows the previous one's) rather than at
    // random, as after an earlier sort.
    if (!std::is_sorted(rows.begin(), rows.end())) {
        const size_t storeRows = size_t(m_store->size());
        if (rows.size() == storeRows) {
            std::iota(rows.begin(), rows.end(), RowId(0));   // every row once
        } else {
            std::vector<quint64> present((storeRows + 63) / 64, 0);
            for (const RowId row : rows)
                present[row / 64] |= quint64(1) << (row % 64);
            size_t out = 0;
            for (size_t word = 0; word < present.size(); ++word) {
                for (quint64 bits = present[word]; bits; bits &= bits - 1)
                    rows[out++] = RowId(word * 64 + size_t(std::countr_zero(bits)));
            }
            Q_ASSERT(out == rows.size());
        }
    }
    if (column == CallColumn::Count)
        return;   // arrival order
    if (viewsort::isByteColumn(column)) {
        sortRowsByBytes(*m_store, column, m_sortOrder, rows);
        return;
    }
    // Descending: complemented keys, so ties still keep row id ascending.
    const quint64 flip = m_sortOrder == Qt::DescendingOrder ? ~quint64(0) : 0;
    // The rows ascend here: if their keys do too (a range loaded in start
    // order, shown by start time), they are sorted, with no key array made.
    size_t ordered = 1;
    for (quint64 previous = rows.empty() ? 0 : viewsort::integerKey(*m_store, m_stringRank, column, rows[0]) ^ flip;
         ordered < rows.size(); ++ordered) {
        const quint64 key = viewsort::integerKey(*m_store, m_stringRank, column, rows[ordered]) ^ flip;
        if (key < previous)
            break;
        previous = key;
    }
    if (ordered >= rows.size())
        return;
    std::vector<quint64> keys(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        keys[i] = viewsort::integerKey(*m_store, m_stringRank, column, rows[i]) ^ flip;
    viewsort::sortByKeyThenRow(rows, keys);
}

} // namespace cs
