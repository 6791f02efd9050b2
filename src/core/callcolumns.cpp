#include "callcolumns.h"

#include <array>

namespace cs {

namespace {
// Order must follow the CallColumn enum; checked by a static_assert below.
constexpr std::array<CallColumnInfo, int(CallColumn::Count)> kColumns{{
    {CallColumn::SessionId, "sessionId", QT_TRANSLATE_NOOP("CallColumn", "Session ID"), ColumnKind::Text},
    {CallColumn::ConversationId, "conversationId", QT_TRANSLATE_NOOP("CallColumn", "Conversation ID"), ColumnKind::Text},
    {CallColumn::StartTime, "startTime", QT_TRANSLATE_NOOP("CallColumn", "Start"), ColumnKind::Time},
    {CallColumn::EndTime, "endTime", QT_TRANSLATE_NOOP("CallColumn", "End"), ColumnKind::Time},
    {CallColumn::Duration, "duration", QT_TRANSLATE_NOOP("CallColumn", "Duration"), ColumnKind::Duration},
    {CallColumn::Channel, "channel", QT_TRANSLATE_NOOP("CallColumn", "Channel"), ColumnKind::Text},
    {CallColumn::Direction, "direction", QT_TRANSLATE_NOOP("CallColumn", "Direction"), ColumnKind::Text},
    {CallColumn::FinalStatus, "finalStatus", QT_TRANSLATE_NOOP("CallColumn", "Final status"), ColumnKind::Text},
    {CallColumn::SmartStatus, "smartStatus", QT_TRANSLATE_NOOP("CallColumn", "Smart status"), ColumnKind::Text},
    {CallColumn::Reason, "reason", QT_TRANSLATE_NOOP("CallColumn", "Reason"), ColumnKind::Text},
    {CallColumn::Queues, "queues", QT_TRANSLATE_NOOP("CallColumn", "Queues"), ColumnKind::Text},
    {CallColumn::Agents, "agents", QT_TRANSLATE_NOOP("CallColumn", "Agents"), ColumnKind::Text},
    {CallColumn::Dispositions, "dispositions", QT_TRANSLATE_NOOP("CallColumn", "Dispositions"), ColumnKind::Text},
    {CallColumn::Talk, "talk", QT_TRANSLATE_NOOP("CallColumn", "Talk"), ColumnKind::Duration},
    {CallColumn::Hold, "hold", QT_TRANSLATE_NOOP("CallColumn", "Hold"), ColumnKind::Duration},
    {CallColumn::AfterCallWork, "afterCallWork", QT_TRANSLATE_NOOP("CallColumn", "After-call work"), ColumnKind::Duration},
    {CallColumn::HandleTime, "handleTime", QT_TRANSLATE_NOOP("CallColumn", "Handle time"), ColumnKind::Duration},
    {CallColumn::Wait, "wait", QT_TRANSLATE_NOOP("CallColumn", "Wait in queue"), ColumnKind::Duration},
    {CallColumn::Transfers, "transfers", QT_TRANSLATE_NOOP("CallColumn", "Transfers"), ColumnKind::Number},
    {CallColumn::Csat, "csat", QT_TRANSLATE_NOOP("CallColumn", "CSAT"), ColumnKind::Number},
    {CallColumn::Nps, "nps", QT_TRANSLATE_NOOP("CallColumn", "NPS"), ColumnKind::Number},
    {CallColumn::UserId, "userId", QT_TRANSLATE_NOOP("CallColumn", "User ID"), ColumnKind::Text},
}};

constexpr bool columnsInEnumOrder()
{
    for (int i = 0; i < int(kColumns.size()); ++i)
        if (int(kColumns[size_t(i)].column) != i)
            return false;
    return true;
}
static_assert(columnsInEnumOrder(), "kColumns must list CallColumn values in enum order");
} // namespace

const CallColumnInfo &columnInfo(CallColumn column)
{
    return kColumns[size_t(column)];
}

int callColumnCount()
{
    return int(CallColumn::Count);
}

CallColumn columnFromKey(QStringView key, bool *ok)
{
    for (const CallColumnInfo &info : kColumns) {
        if (key == QLatin1StringView(info.key)) {
            if (ok)
                *ok = true;
            return info.column;
        }
    }
    if (ok)
        *ok = false;
    return CallColumn::Count;
}

QString columnTitle(CallColumn column)
{
    return QCoreApplication::translate("CallColumn", columnInfo(column).title);
}

} // namespace cs
