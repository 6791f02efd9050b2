#pragma once
// A filtered, sorted view of the store as an index array (rows of the store).
// Sorting and filtering run here on plain vectors, not through a dynamic
// QSortFilterProxyModel, so 100,000 rows stay instant and appends stay cheap.

#include "callcolumns.h"
#include "filterrule.h"
#include "recordstore.h"

#include <Qt>
#include <memory>
#include <vector>

namespace cs {

class RecordView
{
public:
    explicit RecordView(const RecordStore *store);

    void setFilter(const FilterRule &rule);          // re-filters all rows
    const FilterRule &filter() const { return m_rule; }
    void setSort(CallColumn column, Qt::SortOrder order);   // CallColumn::Count = store (arrival) order
    CallColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rebuild from scratch (after store.clear() or a bulk load).
    void rebuild();
    // The store grew from `oldSize` rows: filter the new rows and merge them
    // into the sorted order. Returns the positions (in the new view) at which
    // rows were inserted, ascending, so a model can announce them.
    std::vector<int> appendRows(int oldSize);

    int size() const { return int(m_rows.size()); }
    RowId rowAt(int position) const { return m_rows[size_t(position)]; }
    const std::vector<RowId> &rows() const { return m_rows; }
    int positionOf(RowId row) const;                 // -1 if filtered out
    int totalRows() const;                           // store size

    // Strict-weak ordering of two store rows by a column (for tests / callers).
    bool lessThan(CallColumn column, RowId a, RowId b) const;

    // Copies are cheap besides the row lists: the id index is shared (and
    // copied on write), so a copy can be handed to a worker that sorts or
    // filters it while this one stays shown, as long as the store does not
    // change meanwhile.
    // Rows of the store were replaced in place: forget the order kept for
    // the next filter change (it may no longer be sorted).
    void forgetKeptOrder() { m_allSorted.clear(); }

private:
    const RecordStore *m_store;
    FilterRule m_rule;
    CallColumn m_sortColumn = CallColumn::Count;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<RowId> m_rows;
    std::vector<quint32> m_stringRank;               // collation rank per StringPool id
    FilterRule::Compiled m_compiled;                 // m_rule resolved against the store
    // Every store row in the current sort order, kept while a filter is active
    // so that changing or clearing the filter needs no sort; empty when not
    // known (after a sort change, an append or a rebuild).
    std::vector<RowId> m_allSorted;
    // Every byte of the ids of rows [0, m_ids->rows): lets a search skip the
    // ids when its text has a byte no id has (most words, names, non-ASCII).
    struct IdIndex
    {
        FilterRule::Compiled::IdBytes bytes;
        std::vector<FilterRule::Compiled::IdPairs> pairs;   // per row: bytes and byte pairs of its ids (48 bytes)
        RowId rows = 0;
    };
    std::shared_ptr<IdIndex> m_ids = std::make_shared<IdIndex>();   // shared by copies, copied on write
    void updateIdBytes();
    void refreshStringRank();
    void filterAll();
    void sortRows(std::vector<RowId> &rows) const;   // m_stringRank must be current
};

} // namespace cs
