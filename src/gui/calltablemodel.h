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
#include <algorithm>
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

    // Sorting (sort()) and filtering: at once for fewer than kJobRows rows,
    // or when view jobs are off; otherwise the model only records what is
    // wanted and emits viewWanted(): its owner (the Session) builds the view
    // in a worker from viewForJob() and hands it to adoptView(). Until then
    // the table goes on showing the previous view, and stays responsive.
    static constexpr int kJobRows = 50000;
    void setViewJobsEnabled(bool enabled) { m_viewJobs = enabled; }
    // Stores of at least this many rows use jobs (tests lower it).
    void setViewJobRows(int rows) { m_jobRows = rows; }
    bool viewJobsEnabled() const { return m_viewJobs; }
    void setFilter(const FilterRule &rule);
    // What was asked for last (shown, or being built).
    const FilterRule &filter() const { return m_wantedRule; }
    CallColumn wantedSortColumn() const { return m_wantedColumn; }
    Qt::SortOrder wantedSortOrder() const { return m_wantedOrder; }
    // The filter or sort asked for is not shown yet (a job builds it).
    bool isViewPending() const;
    // What is shown.
    const RecordView &view() const { return m_view; }
    // A copy of the shown view (pending rows merged first) for a worker to
    // re-sort and re-filter; the store must not change until it is adopted.
    RecordView viewForJob();
    // The store was swapped under the shown view, whose whole replacement a
    // job builds: until adoptView() (or resetFromStore()) nothing is merged
    // or re-sorted here, sort() and setFilter() only record what is wanted.
    void holdViewUntilAdopted();
    bool isViewHeld() const { return m_viewHeld; }
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
    // that keeps the selection when the same rows are shown. If the filter or
    // sort wanted differs from the view's, it is applied to a small store at
    // once, and asked for again (viewWanted()) for a big one.
    // `rowsCopy`, empty or a copy of the view's rows (a worker made it), is
    // taken over instead of copying them here. True when the view is shown
    // as it was built (its rows unchanged), false when the wish was applied here.
    bool adoptView(RecordView view, std::vector<RowId> rowsCopy = {});
    // Rows of the store were replaced in place (revised calls): redraws them.
    // Their place in a filtered or sorted view is settled by the next
    // adoptView() or resetFromStore().
    void storeRowsReplaced(const std::vector<RowId> &rows);
    // How long arrivals are coalesced before the table hears about them.
    void setCoalesceInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    // A reset that shows many more rows than before announces them in steps
    // of this many, one step per turn of the event loop: the table's
    // vertical header makes an item per row, in fresh memory whose page
    // faults (16 µs per 4 KiB on some VMs) made a million rows at once
    // stall the GUI thread ~35 ms. Until the last step, rowCount() is less
    // than shownCount(); any other change announces the rest first.
    static constexpr int kRevealStep = 131072;
    void setRevealStep(int rows) { m_revealStep = std::max(rows, 1); }
    bool isRevealing() const { return m_revealed >= 0; }
    // Announces every row not announced yet, now.
    void revealAll();

    RowId rowIdAt(int row) const { return m_shown[size_t(row)]; }
    // The call's position among the shown rows (see revealAll() when it is
    // not below rowCount() yet); -1 if filtered out.
    int rowOf(RowId id) const;
    int shownCount() const { return int(m_shown.size()); }
    int totalCount() const { return m_syncedStoreSize; }
    QString countText() const;                       // "N of M calls"

    // Display text of one cell (also used for copying rows).
    QString displayText(RowId row, CallColumn column) const;

Q_SIGNALS:
    // After every change of what is shown (appends, filter, reset).
    void countsChanged(int shown, int total);
    // A filter or sort is wanted that a job must build (see kJobRows).
    void viewWanted();
    // Around the reset that shows a new filter's rows (the current row is
    // lost by the reset: listeners may select the same call again).
    void filterAboutToApply();
    void filterApplied();

private:
    QVariant sortValue(RowId row, CallColumn column) const;
    QString toolTip(RowId row, CallColumn column) const;
    void announceInsertedPositions(const std::vector<int> &positions);
    void insertRuns(const std::vector<int> &positions);
    void appendThenReorder(const std::vector<int> &positions);
    // Re-reads the view's order and moves persistent indexes (selection,
    // current row) to wherever their calls now are.
    void relayoutKeepingPersistentIndexes(LayoutChangeHint hint);
    bool viewNeedsJob() const { return m_viewJobs && m_store->size() >= m_jobRows; }
    // Applies the wanted filter and sort to the shown view here and now.
    void applyWantedNow();
    // Between beginResetModel() and endResetModel(): whether the new rows
    // are announced in steps (see kRevealStep), given how many were before.
    void stageReveal(int rowsBefore);
    void revealStep();

    const RecordStore *m_store;
    RecordView m_view;
    // What the model has announced so far; equals m_view.rows() except while
    // an announcement is in progress.
    std::vector<RowId> m_shown;
    // How many of m_shown the model has announced while it reveals them in
    // steps; -1 when it has announced them all.
    int m_revealed = -1;
    int m_revealStep = kRevealStep;
    QTimer m_revealTimer{this};
    int m_syncedStoreSize = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_flushTimer{this};
    bool m_viewJobs = false;
    int m_jobRows = kJobRows;
    bool m_viewHeld = false;
    FilterRule m_wantedRule;
    CallColumn m_wantedColumn = CallColumn::Count;
    Qt::SortOrder m_wantedOrder = Qt::AscendingOrder;
};

} // namespace cs
