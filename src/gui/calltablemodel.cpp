#include "calltablemodel.h"

#include "cellformat.h"
#include "durationformat.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

// Beyond this many separate runs of new rows in a sorted view, announcing
// each run costs more (every run shifts the whole vertical header) than one
// append plus a single reordering.
constexpr int kMaxInsertRuns = 16;

} // namespace

CallTableModel::CallTableModel(const RecordStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_view(store)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(150);
    connect(&m_flushTimer, &QTimer::timeout, this, &CallTableModel::flushPendingRows);
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(0);
    connect(&m_revealTimer, &QTimer::timeout, this, &CallTableModel::revealStep);
    m_view.rebuild();
    m_shown = m_view.rows();
    m_syncedStoreSize = m_store->size();
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_revealed >= 0 ? m_revealed : int(m_shown.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CallColumn::Count);
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowId row = m_shown[size_t(index.row())];
    const auto column = CallColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        return sortValue(row, column);
    case RowIdRole:
        return QVariant::fromValue(row);
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = columnInfo(column).kind;
        const bool numeric = kind == ColumnKind::Duration || kind == ColumnKind::Number;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    default:
        return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(CallColumn::Count))
        return {};
    const auto column = CallColumn(section);
    if (role == Qt::DisplayRole)
        return columnTitle(column);
    if (role == Qt::ToolTipRole)
        return columnTitle(column);
    if (role == Qt::TextAlignmentRole) {
        const ColumnKind kind = columnInfo(column).kind;
        const bool numeric = kind == ColumnKind::Duration || kind == ColumnKind::Number;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

QString CallTableModel::displayText(RowId row, CallColumn column) const
{
    // The same text the "what you see" CSV export writes (cellformat.h).
    return cellText(*m_store, row, column, m_zone, TimeText::Zoned);
}

QString CallTableModel::toolTip(RowId row, CallColumn column) const
{
    switch (column) {
    case CallColumn::StartTime:
        // The API's own value, before any zone conversion: what support will ask for.
        return QString::fromStdString(m_store->startTimeText(row));
    case CallColumn::EndTime:
        return QString::fromStdString(m_store->endTimeText(row));
    case CallColumn::Queues:
    case CallColumn::Agents:
    case CallColumn::Dispositions:
    case CallColumn::Reason:
    case CallColumn::SessionId:
    case CallColumn::ConversationId:
        // Long values get clipped by the column width.
        return displayText(row, column);
    default:
        return {};
    }
}

QVariant CallTableModel::sortValue(RowId row, CallColumn column) const
{
    const RecordStore &s = *m_store;
    switch (column) {
    case CallColumn::StartTime: return s.startUtc(row) == kNoTime ? QVariant() : QVariant(s.startUtc(row));
    case CallColumn::EndTime: return s.endUtc(row) == kNoTime ? QVariant() : QVariant(s.endUtc(row));
    case CallColumn::Duration: return s.durationSeconds(row);
    case CallColumn::Talk: return s.talkSeconds(row);
    case CallColumn::Hold: return s.holdSeconds(row);
    case CallColumn::AfterCallWork: return s.afterCallWorkSeconds(row);
    case CallColumn::HandleTime: return s.handleSeconds(row);
    case CallColumn::Wait: return s.waitSeconds(row);
    case CallColumn::Transfers: return transferCount(s, row);
    case CallColumn::Csat: return s.csatScore(row) == kNoScore ? QVariant() : QVariant(s.csatScore(row));
    case CallColumn::Nps: return s.npsScore(row) == kNoScore ? QVariant() : QVariant(s.npsScore(row));
    default: return displayText(row, column);
    }
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= int(CallColumn::Count))
        return;
    // -1 (the header's "unsorted" state) means arrival order.
    const CallColumn sortColumn = column < 0 ? CallColumn::Count : CallColumn(column);
    if (sortColumn == m_wantedColumn && order == m_wantedOrder)
        return;
    m_wantedColumn = sortColumn;
    m_wantedOrder = order;
    if (m_viewHeld || viewNeedsJob()) {
        Q_EMIT viewWanted();
        return;
    }
    applyWantedNow();
}

bool CallTableModel::isViewPending() const
{
    return !(m_wantedRule == m_view.filter()) || m_wantedColumn != m_view.sortColumn()
        || m_wantedOrder != m_view.sortOrder();
}

RecordView CallTableModel::viewForJob()
{
    Q_ASSERT(!m_viewHeld);
    flushPendingRows();
    return m_view;
}

void CallTableModel::holdViewUntilAdopted()
{
    revealAll();   // the store changes under the rows: nothing more is announced from them
    m_viewHeld = true;
    m_flushTimer.stop();
}

void CallTableModel::applyWantedNow()
{
    flushPendingRows();
    if (!(m_wantedRule == m_view.filter())) {
        // Rows come and go anywhere: a reset is the honest announcement.
        Q_EMIT filterAboutToApply();
        const int rowsBefore = rowCount();
        beginResetModel();
        m_view.setFilter(m_wantedRule);
        m_view.setSort(m_wantedColumn, m_wantedOrder);
        m_shown = m_view.rows();
        stageReveal(rowsBefore);
        endResetModel();
        Q_EMIT filterApplied();
        Q_EMIT countsChanged(shownCount(), totalCount());
        return;
    }
    if (m_wantedColumn == m_view.sortColumn() && m_wantedOrder == m_view.sortOrder())
        return;
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    m_view.setSort(m_wantedColumn, m_wantedOrder);
    relayoutKeepingPersistentIndexes(VerticalSortHint);
}

void CallTableModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, int(CallColumn::StartTime)), index(rowCount() - 1, int(CallColumn::EndTime)),
                           {Qt::DisplayRole});
    }
}

void CallTableModel::setFilter(const FilterRule &rule)
{
    if (rule == m_wantedRule)
        return;
    m_wantedRule = rule;
    if (m_viewHeld || viewNeedsJob()) {
        Q_EMIT viewWanted();
        return;
    }
    applyWantedNow();
}

void CallTableModel::storeGrew()
{
    if (m_store->size() == m_syncedStoreSize)
        return;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool CallTableModel::hasPendingRows() const
{
    return m_store->size() != m_syncedStoreSize;
}

void CallTableModel::flushPendingRows()
{
    m_flushTimer.stop();
    if (m_viewHeld)
        return;   // the store's rows are not the view's: the adopted view brings them
    revealAll();   // new rows are announced among all the others
    const int storeSize = m_store->size();
    if (storeSize == m_syncedStoreSize)
        return;
    if (storeSize < m_syncedStoreSize) {   // cleared behind our back
        resetFromStore();
        return;
    }
    const int oldSize = m_syncedStoreSize;
    m_syncedStoreSize = storeSize;
    announceInsertedPositions(m_view.appendRows(oldSize));
    Q_EMIT countsChanged(shownCount(), totalCount());
}

void CallTableModel::resetFromStore()
{
    m_flushTimer.stop();
    m_viewHeld = false;
    const int rowsBefore = rowCount();
    beginResetModel();
    m_view.rebuild();
    if (isViewPending()) {   // a job's result for the old store will not come
        m_view.setFilter(m_wantedRule);
        m_view.setSort(m_wantedColumn, m_wantedOrder);
    }
    m_shown = m_view.rows();
    m_syncedStoreSize = m_store->size();
    stageReveal(rowsBefore);
    endResetModel();
    Q_EMIT countsChanged(shownCount(), totalCount());
}

bool CallTableModel::adoptView(RecordView view, std::vector<RowId> rowsCopy)
{
    m_flushTimer.stop();
    m_viewHeld = false;
    // The user may have sorted or filtered while the view was being built:
    // a small store catches up here, a big one in another job.
    const bool behind = !(view.filter() == m_wantedRule) || view.sortColumn() != m_wantedColumn
        || view.sortOrder() != m_wantedOrder;
    const bool asBuilt = !behind || viewNeedsJob();   // else caught up here
    if (!asBuilt) {
        view.setFilter(m_wantedRule);
        view.setSort(m_wantedColumn, m_wantedOrder);
        rowsCopy.clear();   // the rows of the view as it was built
    }
    Q_ASSERT(rowsCopy.empty() || rowsCopy == view.rows());
    const bool filterChanges = !(view.filter() == m_view.filter());
    const bool sameRows = !filterChanges && m_syncedStoreSize == m_store->size() && view.size() == int(m_shown.size());
    if (sameRows) {
        revealAll();
        Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
        m_view = std::move(view);
        relayoutKeepingPersistentIndexes(VerticalSortHint);
    } else {
        if (filterChanges)
            Q_EMIT filterAboutToApply();
        const int rowsBefore = rowCount();
        beginResetModel();
        m_view = std::move(view);
        if (rowsCopy.size() == m_view.rows().size())   // a copy was handed over (not for an empty view: no matter)
            m_shown.swap(rowsCopy);
        else
            m_shown = m_view.rows();
        m_syncedStoreSize = m_store->size();
        stageReveal(rowsBefore);
        endResetModel();
        if (filterChanges)
            Q_EMIT filterApplied();
    }
    Q_EMIT countsChanged(shownCount(), totalCount());
    if (isViewPending() && viewNeedsJob())
        Q_EMIT viewWanted();
    return asBuilt;
}

void CallTableModel::storeRowsReplaced(const std::vector<RowId> &rows)
{
    // Their order may be off now: a filter change must sort again.
    if (!rows.empty())
        m_view.forgetKeptOrder();
    // One announcement for all: views repaint only the rows they show.
    if (rows.empty() || rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CallTableModel::announceInsertedPositions(const std::vector<int> &positions)
{
    if (positions.empty())
        return;
    int runs = 1;
    for (size_t i = 1; i < positions.size(); ++i)
        runs += positions[i] != positions[i - 1] + 1 ? 1 : 0;
    if (runs <= kMaxInsertRuns)
        insertRuns(positions);
    else
        appendThenReorder(positions);
}

// Positions are ascending and refer to the final view. Inserting the runs in
// ascending order makes every run's first position correct at the moment it
// is announced: everything before it is already in its final place.
void CallTableModel::insertRuns(const std::vector<int> &positions)
{
    const std::vector<RowId> &finalRows = m_view.rows();
    size_t i = 0;
    while (i < positions.size()) {
        size_t j = i;
        while (j + 1 < positions.size() && positions[j + 1] == positions[j] + 1)
            ++j;
        const int first = positions[i];
        const int last = positions[j];
        beginInsertRows({}, first, last);
        m_shown.insert(m_shown.begin() + first, finalRows.begin() + first, finalRows.begin() + last + 1);
        endInsertRows();
        i = j + 1;
    }
    Q_ASSERT(m_shown == finalRows);
}

// Many scattered runs: announce the new rows as one block at the end, then
// move everything to its sorted place with a single layout change.
void CallTableModel::appendThenReorder(const std::vector<int> &positions)
{
    const std::vector<RowId> &finalRows = m_view.rows();
    const int first = int(m_shown.size());
    beginInsertRows({}, first, first + int(positions.size()) - 1);
    for (const int position : positions)
        m_shown.push_back(finalRows[size_t(position)]);
    endInsertRows();

    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    relayoutKeepingPersistentIndexes(VerticalSortHint);
}

void CallTableModel::relayoutKeepingPersistentIndexes(LayoutChangeHint hint)
{
    const QModelIndexList before = persistentIndexList();
    const std::vector<RowId> &rows = m_view.rows();
    // Where the calls of the persistent indexes (selection, current row)
    // land in the view's new order: one pass over the rows, testing a bit
    // per call, rather than a position for every call.
    QModelIndexList after;
    if (!before.isEmpty()) {
        std::vector<RowId> wanted;
        wanted.reserve(size_t(before.size()));
        for (const QModelIndex &old : before)
            wanted.push_back(m_shown[size_t(old.row())]);
        std::vector<quint64> marked((size_t(m_store->size()) + 64) / 64, 0);
        for (const RowId id : wanted) {
            if (id / 64 < marked.size())
                marked[id / 64] |= quint64(1) << (id % 64);
        }
        QHash<RowId, int> newPosition;
        newPosition.reserve(qsizetype(wanted.size()));
        for (size_t i = 0; i < rows.size(); ++i) {
            const RowId id = rows[i];
            if (id / 64 < marked.size() && (marked[id / 64] >> (id % 64) & 1))
                newPosition.insert(id, int(i));
        }
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = newPosition.value(wanted[size_t(i)], -1);
            after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
        }
    }
    m_shown = rows;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void CallTableModel::stageReveal(int rowsBefore)
{
    // The header keeps its items' memory across resets: only growth is fresh.
    const int rows = int(m_shown.size());
    m_revealed = rows - rowsBefore > m_revealStep ? std::max(rowsBefore, m_revealStep) : -1;
    if (m_revealed >= 0)
        m_revealTimer.start();
    else
        m_revealTimer.stop();
}

void CallTableModel::revealStep()
{
    if (m_revealed < 0)
        return;
    const int rows = int(m_shown.size());
    const int last = int(std::min<qint64>(qint64(m_revealed) + m_revealStep, rows)) - 1;
    beginInsertRows({}, m_revealed, last);
    m_revealed = last + 1 == rows ? -1 : last + 1;
    endInsertRows();
    if (m_revealed >= 0)
        m_revealTimer.start();
}

void CallTableModel::revealAll()
{
    m_revealTimer.stop();
    if (m_revealed < 0)
        return;
    beginInsertRows({}, m_revealed, int(m_shown.size()) - 1);
    m_revealed = -1;
    endInsertRows();
}

int CallTableModel::rowOf(RowId id) const
{
    // The view knows positions; while an announcement is pending, the shown
    // list is authoritative.
    if (m_shown.size() == size_t(m_view.size())) {
        const int position = m_view.positionOf(id);
        if (position >= 0 && size_t(position) < m_shown.size() && m_shown[size_t(position)] == id)
            return position;
    }
    const auto it = std::find(m_shown.begin(), m_shown.end(), id);
    return it == m_shown.end() ? -1 : int(it - m_shown.begin());
}

QString CallTableModel::countText() const
{
    const QLocale locale;
    return tr("%1 of %2 calls", nullptr, totalCount())
        .arg(locale.toString(shownCount()), locale.toString(totalCount()));
}

} // namespace cs
