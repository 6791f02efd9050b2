#include "viewsortkeys.h"

#include "viewcollation.h"

#include <algorithm>
#include <bit>

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

namespace {

constexpr int kDigitBits = 11;   // 2048 buckets: the histogram stays in L1
constexpr size_t kDigits = size_t(1) << kDigitBits;
constexpr size_t kRadixMin = 256;   // below this, a comparison sort is cheaper

// One stable LSD pass per digit in [lowBit, highBit) of `bitsOf(item)`;
// passes whose digit is the same for every item are skipped. The result ends
// in `a` (swapped with `b` as needed).
template<typename T, typename Bits>
void lsdRadix(std::vector<T> &a, std::vector<T> &b, int lowBit, int highBit, Bits bitsOf)
{
    const size_t n = a.size();
    std::vector<size_t> count(kDigits);
    for (int shift = lowBit; shift < highBit; shift += kDigitBits) {
        std::fill(count.begin(), count.end(), 0);
        for (const T &item : a)
            ++count[(bitsOf(item) >> shift) & (kDigits - 1)];
        if (count[(bitsOf(a[0]) >> shift) & (kDigits - 1)] == n)
            continue;   // every item has this digit: the pass would change nothing
        size_t sum = 0;
        for (size_t &c : count) {
            const size_t here = c;
            c = sum;
            sum += here;
        }
        for (const T &item : a)
            b[count[(bitsOf(item) >> shift) & (kDigits - 1)]++] = item;
        a.swap(b);
    }
}

int bitWidth(quint64 value)
{
    return int(std::bit_width(value));
}

// Re-bases keys to 0..range. A single outlying value at either end (kNoTime,
// or its complement in a descending sort) is moved next to the others, so
// that it does not stretch the range to 64 bits. Returns the range.
quint64 normalizeKeys(std::vector<quint64> &keys)
{
    quint64 min = keys[0], max = keys[0];
    for (const quint64 k : keys) {
        min = std::min(min, k);
        max = std::max(max, k);
    }
    quint64 min2 = max, max2 = min;   // nearest values inside the ends
    for (const quint64 k : keys) {
        if (k != min)
            min2 = std::min(min2, k);
        if (k != max)
            max2 = std::max(max2, k);
    }
    if (min == max) {
        std::fill(keys.begin(), keys.end(), 0);
        return 0;
    }
    // Candidate layouts: keep the ends as they are, or pull one or both in.
    const bool lowOutlier = min2 > min && (min2 - min) > (quint64(1) << 32);
    const bool highOutlier = max > max2 && (max - max2) > (quint64(1) << 32);
    const quint64 base = lowOutlier ? min2 : min;
    const quint64 top = highOutlier ? max2 : max;
    if (min2 > max2 || base > top) {   // only two distinct values
        for (quint64 &k : keys)
            k = k == min ? 0 : 1;
        return 1;
    }
    const quint64 shift = lowOutlier ? 1 : 0;
    const quint64 inner = top - base + shift;   // the largest inner key after re-basing
    for (quint64 &k : keys) {
        if (lowOutlier && k == min)
            k = 0;
        else if (highOutlier && k == max)
            k = inner + 1;
        else
            k = k - base + shift;
    }
    return highOutlier ? inner + 1 : inner;
}

} // namespace

void sortByKeyThenRow(std::vector<RowId> &rows, std::vector<quint64> &keys)
{
    Q_ASSERT(rows.size() == keys.size());
    const size_t n = rows.size();
    if (n < 2)
        return;
    // Rows already in (key, id) order: a range loaded in start order and
    // shown by start time, the window's first view. Checking costs one pass;
    // sorting a million would take two arrays of fresh memory and its passes.
    const bool rowsAscending = std::is_sorted(rows.begin(), rows.end());
    if (rowsAscending && std::is_sorted(keys.begin(), keys.end()))
        return;
    if (n < kRadixMin) {
        std::vector<std::pair<quint64, RowId>> pairs(n);
        for (size_t i = 0; i < n; ++i)
            pairs[i] = {keys[i], rows[i]};
        std::sort(pairs.begin(), pairs.end());
        for (size_t i = 0; i < n; ++i) {
            keys[i] = pairs[i].first;
            rows[i] = pairs[i].second;
        }
        return;
    }
    const int keyBits = bitWidth(normalizeKeys(keys));
    const int rowBits = std::max(1, bitWidth(*std::max_element(rows.begin(), rows.end())));
    // Rows already in id order need no passes over the id bits: LSD passes
    // are stable, so equal keys keep that order.

    if (keyBits + rowBits <= 64) {
        std::vector<quint64> a(n), b(n);
        for (size_t i = 0; i < n; ++i)
            a[i] = (keys[i] << rowBits) | rows[i];
        lsdRadix(a, b, rowsAscending ? rowBits : 0, rowBits + keyBits, [](quint64 v) { return v; });
        const quint64 rowMask = (quint64(1) << rowBits) - 1;
        for (size_t i = 0; i < n; ++i) {
            rows[i] = RowId(a[i] & rowMask);
            keys[i] = a[i] >> rowBits;
        }
        return;
    }
    struct Item { quint64 key; RowId row; };
    std::vector<Item> a(n), b(n);
    for (size_t i = 0; i < n; ++i)
        a[i] = {keys[i], rows[i]};
    if (!rowsAscending)
        lsdRadix(a, b, 0, rowBits, [](const Item &item) { return quint64(item.row); });
    lsdRadix(a, b, 0, keyBits, [](const Item &item) { return item.key; });
    for (size_t i = 0; i < n; ++i) {
        rows[i] = a[i].row;
        keys[i] = a[i].key;
    }
}

quint64 bytePrefixKey(std::string_view bytes, size_t offset)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i) {
        const size_t at = offset + i;
        key = (key << 8) | (at < bytes.size() ? quint64(static_cast<unsigned char>(bytes[at])) : 0);
    }
    return key;
}

} // namespace cs::viewsort
