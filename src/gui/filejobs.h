#pragma once
// Opening and saving snapshots as jobs of the JobRunner.
//
// Opening parses records in the worker and delivers them in batches that the
// session appends on the GUI thread, so the first rows show long before a big
// file is read to its end. Saving reads the store from the worker: its owner
// holds a lease on the store meanwhile (StoreGuard).

#include "exportjob.h"
#include "job.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <memory>
#include <vector>

namespace cs {

// The file is a valid snapshot; batches follow.
struct SnapshotOpenedEvent : JobEvent
{
    SnapshotInfo info;
    qint64 records = 0;
};
// Append these to the store (offsetMinutes[i] belongs to page->records[i]).
struct SnapshotBatchEvent : JobEvent
{
    std::shared_ptr<ParsedPage> page;
    std::vector<int> offsetMinutes;
};

// Records per batch: appending one stays well under a frame.
inline constexpr int kSnapshotBatchSize = 1000;

// Reports SnapshotOpenedEvent, then SnapshotBatchEvents and FileProgressEvents.
std::unique_ptr<Job> makeSnapshotLoadJob(const QString &path);
// Reports FileProgressEvents. `store` must not change until the job finishes.
std::unique_ptr<Job> makeSnapshotSaveJob(const RecordStore *store, const SnapshotInfo &info, const QString &path);

} // namespace cs

Q_DECLARE_METATYPE(cs::SnapshotInfo)
