#pragma once
// How a call's cell reads on screen: shared by the table model and the
// "what you see" CSV export, so both always agree.

#include "callcolumns.h"
#include "recordstore.h"

#include <QString>
#include <QTimeZone>

namespace cs {

enum class TimeText { Zoned, Raw };   // converted to a zone, or the API's own text

// Times "yyyy-MM-dd HH:mm:ss" in `zone` (or verbatim with TimeText::Raw),
// durations h:mm:ss, multi-valued fields joined with "; ", absent scores empty.
QString cellText(const RecordStore &store, RowId row, CallColumn column, const QTimeZone &zone,
                 TimeText times = TimeText::Zoned);

// Destinations after the first: each is a hand-over to a queue or an agent.
int transferCount(const RecordStore &store, RowId row);

} // namespace cs
