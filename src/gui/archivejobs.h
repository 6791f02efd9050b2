#pragma once
// The archive's work off the GUI thread, as jobs of the JobRunner: loading a
// range (or a whole snapshot file) into a store built in the worker, reading
// the coverage ledger, and building the table's sorted view of a big store.
// Each job opens its own connection to the archive: a file (SQLite in WAL
// mode: readers never block the fetch thread committing pages) or a team
// archive on PostgreSQL (read-only: a role that may only read can browse).

#include "archive.h"
#include "archiveledger.h"
#include "filterrule.h"
#include "job.h"
#include "recordstore.h"
#include "recordview.h"

#include <memory>
#include <vector>

namespace cs {

// Which archive, which part of it, and how to judge its coverage.
struct ArchiveQuery
{
    QString path;                          // a file, or a postgresql:// URI (never with a password)
    UtcInterval range;
    QString scope;                         // "" = every call, every field
    qint64 settleSeconds = kDefaultSettleSeconds;
    bool withLedger = true;                // false: a snapshot file (no coverage asked)
    bool snapshotInfo = false;             // first check the file is a snapshot and report its info
    QString password;                      // a server archive's, from the keyring ("" = PGPASSWORD / ~/.pgpass)
};

// The first rows of a load, to show at once while the rest is read: archived
// rows (raw JSON read on demand from `rawSource`), or parsed records of a
// format-1 snapshot (offsetMinutes[i] belongs to page->records[i]).
struct FirstRowsEvent : JobEvent
{
    std::vector<ArchivedCall> calls;
    std::shared_ptr<RawJsonSource> rawSource;
    std::shared_ptr<ParsedPage> page;
    std::vector<int> offsetMinutes;
};

// The finish detail of a range load: the whole range in a store of its own
// (its first rows are the FirstRowsEvent's, in the same order), and the
// coverage as it stood when the load began.
struct RangeLoadedEvent : JobEvent
{
    std::shared_ptr<RecordStore> store;
    QList<CoverageSpan> spans;
    UtcInterval range;
};

// The finish detail of a coverage job.
struct CoverageEvent : JobEvent
{
    QList<CoverageSpan> spans;
    UtcInterval range;
};

// The finish detail of a view job: rows of the store filtered and sorted.
struct ViewBuiltEvent : JobEvent
{
    std::shared_ptr<RecordView> view;
    // Copies of the view's rows for the table model and the charts, made by
    // the worker: the GUI thread takes them over instead of copying a
    // million row ids into fresh memory, whose page faults (16 µs each on
    // some VMs) made most of its longest stall.
    std::shared_ptr<std::vector<RowId>> tableRows;
    std::shared_ptr<std::vector<RowId>> chartRows;
    // Makes both copies of `view`'s rows.
    void copyRows();
};

// How many rows a load shows before the rest: appending them stays well under a frame.
inline constexpr int kFirstRows = 1000;

// Loads `query.range` of the archive (with query.snapshotInfo a
// SnapshotOpenedEvent first; FileProgressEvents, one FirstRowsEvent, then
// RangeLoadedEvent as the finish detail).
std::unique_ptr<Job> makeRangeLoadJob(const ArchiveQuery &query);
std::unique_ptr<Job> makeCoverageJob(const ArchiveQuery &query);
// `store` must not change until the job finishes (a StoreGuard lease).
std::unique_ptr<Job> makeViewJob(const RecordStore *store, const FilterRule &rule, CallColumn sortColumn,
                                 Qt::SortOrder order);
// Re-sorts and re-filters a copy of the shown view (the user clicked a
// header or typed in the filter); its store must not change meanwhile.
std::unique_ptr<Job> makeViewChangeJob(RecordView view, const FilterRule &rule, CallColumn sortColumn,
                                       Qt::SortOrder order);

} // namespace cs
