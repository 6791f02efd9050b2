#pragma once
// "What you see" CSV exports from the viewer: the filtered, sorted rows with
// the visible columns in their on-screen order, and the per-agent-segment
// export for handle-time work. Both RFC 4180 with the formula guard (CsvWriter).

#include "callcolumns.h"
#include "cellformat.h"
#include "recordstore.h"

#include <QLocale>
#include <QTimeZone>
#include <functional>
#include <vector>

class QIODevice;

namespace cs {

struct ViewCsvOptions
{
    std::vector<CallColumn> columns;      // on-screen order (ignored by the segment export)
    QTimeZone zone = QTimeZone::utc();
    TimeText times = TimeText::Zoned;
    bool utf8Bom = false;
    char separator = ',';                 // or ';' (see defaultCsvSeparator)
};

// The separator a spreadsheet in `locale` expects: ';' where the decimal mark
// is a comma (German, French, ...), ',' elsewhere.
char defaultCsvSeparator(const QLocale &locale);

// progress(rowsDone) every few thousand rows; return false to cancel.
using ExportProgress = std::function<bool(qint64 rowsDone)>;

bool writeViewCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                  const ViewCsvOptions &options, const ExportProgress &progress = {}, QString *error = nullptr);

// One row per agent segment: the call's key fields, then queue, agent, wait,
// talk, hold, after-call work and handle time (seconds).
QStringList agentSegmentCsvHeader();
bool writeAgentSegmentCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                          const ViewCsvOptions &options, const ExportProgress &progress = {}, QString *error = nullptr);

} // namespace cs
