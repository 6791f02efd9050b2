#pragma once
// File → Export → CSV… as a job of the JobRunner. The rows are written
// through a QSaveFile, so the target name only ever holds a complete file: a
// cancelled or failed export leaves whatever was there before (usually nothing).
//
// The store is read from a worker thread while the export runs: its owner
// holds a lease on it meanwhile (StoreGuard), so nothing changes it.

#include "job.h"
#include "recordstore.h"
#include "viewcsv.h"

#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace cs {

enum class ExportKind { View, AgentSegments };

struct ExportRequest
{
    ExportKind kind = ExportKind::View;
    QString path;
    ViewCsvOptions options;          // columns are only used by ExportKind::View
    std::vector<RowId> rows;         // in the order they are written
};

// Rows written so far (the progress of exports, saves and loads).
struct FileProgressEvent : JobEvent
{
    qint64 done = 0;
    qint64 total = 0;
};

// Decides exactly once whether an export is cancelled or commits its file,
// so a cancel that "succeeded" can never leave a file behind, and a file
// being committed is never reported as cancelled.
class ExportSwitch
{
public:
    bool tryCancel();            // false: too late, the file is being committed
    bool tryCommit();            // the worker, before committing: false if cancelled
    bool isWriting() const { return m_phase.load(std::memory_order_relaxed) == Writing; }

private:
    enum Phase : int { Writing, Cancelled, Committing };
    std::atomic<int> m_phase{Writing};
};

// The job: finishes Done, Cancelled, or Failed with a one-line, translated message.
std::unique_ptr<Job> makeExportJob(const RecordStore *store, ExportRequest request,
                                   std::shared_ptr<ExportSwitch> control);

// The one-line, translated summary of a finished export: "Exported 1,234
// calls to /path/x.csv", "Export cancelled; no file was written", or the error.
QString exportSummary(ExportKind kind, bool ok, bool cancelled, const QString &error, const QString &path, int calls);

} // namespace cs
