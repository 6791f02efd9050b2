#pragma once
// Saving snapshots as a job of the JobRunner (opening one is a range load of
// the archive the file is: archivejobs.h). Saving reads the store from the
// worker: its owner holds a lease on the store meanwhile (StoreGuard).

#include "exportjob.h"
#include "job.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <memory>
#include <vector>

namespace cs {

// The file is a valid snapshot; its rows follow.
struct SnapshotOpenedEvent : JobEvent
{
    SnapshotInfo info;
    qint64 records = 0;
};
// Reports FileProgressEvents. `store` must not change until the job finishes.
// `compression`: raw JSON as text (portable: json_extract works) or zstd (compact).
std::unique_ptr<Job> makeSnapshotSaveJob(const RecordStore *store, const SnapshotInfo &info, const QString &path,
                                         RawCompression compression = RawCompression::Text);

} // namespace cs

Q_DECLARE_METATYPE(cs::SnapshotInfo)
