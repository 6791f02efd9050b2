#include "viewsortkeys.h"

#include "viewcollation.h"

namespace cs::viewsort {

namespace {

// Signed values keep their order as unsigned keys when the sign bit flips;
// kNoTime (the minimum) and -1 markers therefore come first.
quint64 signedKey(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

struct TextValue
{
    quint32 firstId = 0;   // 0 = no value (the empty string)
    quint32 count = 0;
};

TextValue textValue(const RecordStore &store, CallColumn column, RowId row)
{
    auto single = [](quint32 id) { return TextValue{id, id != 0 ? 1u : 0u}; };
    auto multi = [](std::span<const quint32> ids) {
        return ids.empty() ? TextValue{} : TextValue{ids.front(), quint32(ids.size())};
    };
    switch (column) {
    case CallColumn::Channel: return single(store.channel(row));
    case CallColumn::Direction: return single(store.direction(row));
    case CallColumn::FinalStatus: return single(store.finalStatus(row));
    case CallColumn::SmartStatus: return single(store.smartStatus(row));
    case CallColumn::Reason: return single(store.reason(row));
    case CallColumn::Queues: return multi(store.queues(row));
    case CallColumn::Agents: return multi(store.agents(row));
    case CallColumn::Dispositions: return multi(store.dispositions(row));
    default: break;
    }
    Q_ASSERT_X(false, "textValue", "not a ranked column");
    return {};
}

} // namespace

bool isByteColumn(CallColumn column)
{
    return column == CallColumn::SessionId || column == CallColumn::ConversationId || column == CallColumn::UserId;
}

bool isRankedColumn(CallColumn column)
{
    switch (column) {
    case CallColumn::Channel:
    case CallColumn::Direction:
    case CallColumn::FinalStatus:
    case CallColumn::SmartStatus:
    case CallColumn::Reason:
    case CallColumn::Queues:
    case CallColumn::Agents:
    case CallColumn::Dispositions:
        return true;
    default:
        return false;
    }
}

std::string_view byteKey(const RecordStore &store, CallColumn column, RowId row)
{
    switch (column) {
    case CallColumn::SessionId: return store.sessionId(row);
    case CallColumn::UserId: return store.userId(row);
    default: return store.conversationId(row);
    }
}

quint64 integerKey(const RecordStore &store, const std::vector<quint32> &rank, CallColumn column, RowId row)
{
    switch (column) {
    case CallColumn::StartTime: return signedKey(store.startUtc(row));
    case CallColumn::EndTime: return signedKey(store.endUtc(row));
    case CallColumn::Duration: return signedKey(store.durationSeconds(row));
    case CallColumn::Talk: return signedKey(store.talkSeconds(row));
    case CallColumn::Hold: return signedKey(store.holdSeconds(row));
    case CallColumn::AfterCallWork: return signedKey(store.afterCallWorkSeconds(row));
    case CallColumn::HandleTime: return signedKey(store.handleSeconds(row));
    case CallColumn::Wait: return signedKey(store.waitSeconds(row));
    // Transfers are derived from the destination count; sorting by the count
    // gives the same order whatever the displayed derivation.
    case CallColumn::Transfers: return signedKey(store.destinationCount(row));
    case CallColumn::Csat: return signedKey(store.csatScore(row));
    case CallColumn::Nps: return signedKey(store.npsScore(row));
    default: break;
    }
    const TextValue value = textValue(store, column, row);
    return (quint64(rank[value.firstId]) << 32) | value.count;
}

int compareByCollator(const RecordStore &store, CallColumn column, RowId a, RowId b)
{
    const TextValue va = textValue(store, column, a);
    const TextValue vb = textValue(store, column, b);
    const StringPool &pool = store.strings();
    if (const int c = viewCollator().compare(pool.at(va.firstId), pool.at(vb.firstId)))
        return c;
    return va.count < vb.count ? -1 : (va.count > vb.count ? 1 : 0);
}

} // namespace cs::viewsort
