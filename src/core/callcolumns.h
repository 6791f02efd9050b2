#pragma once
// The table's columns, shared by the view (sort/filter), the GUI model and the
// CSV export. The enum ends in a count (qBittorrent's pattern).

#include <QCoreApplication>
#include <QString>

namespace cs {

enum class CallColumn : int {
    SessionId,
    ConversationId,
    StartTime,
    EndTime,
    Duration,
    Channel,
    Direction,
    FinalStatus,
    SmartStatus,
    Reason,
    Queues,
    Agents,
    Dispositions,
    Talk,
    Hold,
    AfterCallWork,
    HandleTime,
    Wait,
    Transfers,
    Csat,
    Nps,
    UserId,
    Count
};

enum class ColumnKind { Text, Time, Duration, Number };

struct CallColumnInfo
{
    CallColumn column;
    const char *key;      // stable machine name (settings, CLI), e.g. "finalStatus"
    const char *title;    // user-visible title, translate with QCoreApplication::translate("CallColumn", title)
    ColumnKind kind;
};

const CallColumnInfo &columnInfo(CallColumn column);
int callColumnCount();
CallColumn columnFromKey(QStringView key, bool *ok = nullptr);
QString columnTitle(CallColumn column);   // translated

} // namespace cs
