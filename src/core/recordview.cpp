#include "recordview.h"

#include "viewcollation.h"
#include "viewsortkeys.h"

#include <algorithm>
#include <numeric>

namespace cs {

namespace {

// Sorts rows by precomputed keys; ties keep arrival order (row id ascending)
// in both directions, like a stable sort of the store order would.
template<typename Key>
void sortByKeys(std::vector<std::pair<Key, RowId>> &keyed, Qt::SortOrder order)
{
    if (order == Qt::AscendingOrder) {
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first < b.first || (a.first == b.first && a.second < b.second);
        });
    } else {
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return b.first < a.first || (a.first == b.first && a.second < b.second);
        });
    }
}

template<typename KeyOf>
void sortRowsBy(std::vector<RowId> &rows, Qt::SortOrder order, KeyOf keyOf)
{
    using Key = decltype(keyOf(RowId()));
    std::vector<std::pair<Key, RowId>> keyed;
    keyed.reserve(rows.size());
    for (RowId row : rows)
        keyed.emplace_back(keyOf(row), row);
    sortByKeys(keyed, order);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].second;
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
    m_rule = rule;
    m_compiled = m_rule.compile(*m_store);
    filterAll();
    refreshStringRank();
    sortRows(m_rows);
}

void RecordView::setSort(CallColumn column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refreshStringRank();
    sortRows(m_rows);
}

void RecordView::rebuild()
{
    // The store may have been cleared and refilled: ids may name new strings.
    m_stringRank.clear();
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

    m_compiled.refresh();
    std::vector<RowId> added;
    for (RowId row = RowId(oldSize); row < RowId(newSize); ++row) {
        if (m_compiled.matches(row))
            added.push_back(row);
    }
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

void RecordView::filterAll()
{
    const RowId count = RowId(m_store->size());
    m_rows.clear();
    m_rows.reserve(count);
    for (RowId row = 0; row < count; ++row) {
        if (m_compiled.matches(row))
            m_rows.push_back(row);
    }
}

void RecordView::sortRows(std::vector<RowId> &rows) const
{
    const CallColumn column = m_sortColumn;
    if (column == CallColumn::Count) {
        std::sort(rows.begin(), rows.end());   // arrival order
        return;
    }
    if (viewsort::isByteColumn(column)) {
        sortRowsBy(rows, m_sortOrder, [&](RowId row) { return viewsort::byteKey(*m_store, column, row); });
        return;
    }
    sortRowsBy(rows, m_sortOrder, [&](RowId row) { return viewsort::integerKey(*m_store, m_stringRank, column, row); });
}

} // namespace cs
