#pragma once
// The calls table: a flat Qt model over the record store, seen through a
// cs::RecordView (which does the filtering and sorting on plain index vectors,
// so 100,000 rows stay instant and no QSortFilterProxyModel is involved).
//
// The fetch appends to the store many times a second. The model does not
// react to every page: storeGrew() only arms a short timer, and one flush then
// merges everything new into the view and announces it with exact row
// insertions (or, for rows scattered across a sorted view, one insertion at
// the end followed by a layout change), so selections and the current row stay
// where they are.

#include "callcolumns.h"
#include "filterrule.h"
#include "recordstore.h"
#include "recordview.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QTimer>
#include <vector>

namespace cs {

class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole,      // the raw value (seconds, counts, text) behind the display text
        RowIdRole,                    // the store row (cs::RowId) of a table row
    };

    explicit CallTableModel(const RecordStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Times are displayed in this zone (the one the range was chosen in).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    void setFilter(const FilterRule &rule);
    const FilterRule &filter() const { return m_view.filter(); }
    const RecordView &view() const { return m_view; }
    const RecordStore *store() const { return m_store; }

    // The store received rows: announce them after a short delay, together
    // with whatever else arrives meanwhile.
    void storeGrew();
    // Announce pending rows now (before sorting, filtering, or in tests).
    void flushPendingRows();
    bool hasPendingRows() const;
    // The store was cleared or bulk-loaded: start over.
    void resetFromStore();
    // Takes a view of this model's store that a worker built (filtering and
    // sorting a big store off the GUI thread): one reset, or a layout change
    // that keeps the selection when the same rows are shown. The view's
    // filter and sort are made this model's if they differ.
    void adoptView(RecordView view);
    // Rows of the store were replaced in place (revised calls): redraws them.
    // Their place in a filtered or sorted view is settled by the next
    // adoptView() or resetFromStore().
    void storeRowsReplaced(const std::vector<RowId> &rows);
    // How long arrivals are coalesced before the table hears about them.
    void setCoalesceInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    RowId rowIdAt(int row) const { return m_shown[size_t(row)]; }
    int rowOf(RowId id) const;                       // -1 if filtered out
    int shownCount() const { return int(m_shown.size()); }
    int totalCount() const { return m_syncedStoreSize; }
    QString countText() const;                       // "N of M calls"

    // Display text of one cell (also used for copying rows).
    QString displayText(RowId row, CallColumn column) const;

Q_SIGNALS:
    // After every change of what is shown (appends, filter, reset).
    void countsChanged(int shown, int total);

private:
    QVariant sortValue(RowId row, CallColumn column) const;
    QString toolTip(RowId row, CallColumn column) const;
    void announceInsertedPositions(const std::vector<int> &positions);
    void insertRuns(const std::vector<int> &positions);
    void appendThenReorder(const std::vector<int> &positions);
    // Re-reads the view's order and moves persistent indexes (selection,
    // current row) to wherever their calls now are.
    void relayoutKeepingPersistentIndexes(LayoutChangeHint hint);

    const RecordStore *m_store;
    RecordView m_view;
    // What the model has announced so far; equals m_view.rows() except while
    // an announcement is in progress.
    std::vector<RowId> m_shown;
    int m_syncedStoreSize = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_flushTimer;
};

} // namespace cs
