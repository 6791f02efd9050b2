#pragma once
// Runs an ExportJob behind a window-modal progress dialog with Cancel, without
// a nested event loop: the call returns at once and `done` reports later.

#include "exportjob.h"

#include <QString>
#include <functional>

class QWidget;

namespace cs {

// Starts exporting `request` from `store` (which must not be mutated until
// `done` has been called, see ExportJob). `done` is called exactly once with a
// one-line, translated summary: "Exported 1,234 calls to /path/x.csv", "Export
// cancelled; no file was written", or the error. If `parent` is destroyed
// first, the export is cancelled and `done` is not called.
void runExportWithProgress(QWidget *parent, const RecordStore *store, ExportRequest request,
                           std::function<void(bool ok, const QString &message)> done);

} // namespace cs
