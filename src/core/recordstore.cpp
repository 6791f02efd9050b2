#include "recordstore.h"

#include "archive.h"
#include "rawcodec.h"
#include "recordarena.h"
#include "recordhash.h"
#include "recordtime.h"

#include <algorithm>

namespace cs {

using recordtime::TextForm;

namespace {

constexpr size_t kRawBlockSize = size_t(32) << 20;   // 32 MiB
constexpr int kRowBlockShift = 12;                    // 4096 rows per block
static_assert(RecordStore::kBlockRows == 1 << kRowBlockShift);
constexpr int kLargeReserveRows = 65536;              // RecordStore::reserve(): a bulk load
constexpr quint32 kOverflowRef = 0x80000000u;         // IdRef bit: text is in the overflow arena
// An overflow ref is kOverflowRef | block << kOverflowBlockShift | offset:
// blocks of 4 MiB, 512 of them (2 GiB of ids that are not in their raw JSON).
constexpr int kOverflowBlockShift = 22;
constexpr quint32 kOverflowBlockSize = 1u << kOverflowBlockShift;
constexpr size_t kMaxSpanCount = 0xFFFF;

enum Pooled { Channel, FinalStatus, SmartStatus, Reason, Direction, BotId, IsVoicemail, PooledCount };
enum Span { Queues, Agents, Dispositions, SpanCount };

// One row: 112 bytes. Text columns are StringPool ids; sessionId,
// conversationId and userId (high-cardinality: interning them would grow the
// pool, and its collation ranks, with every call) are usually found verbatim
// inside the row's own raw JSON, so the row just points at them there (see idRef()).
struct Row
{
    qint64 startUtc;
    qint64 endUtc;
    quint32 rawOffset;
    quint32 rawLength;
    quint32 sessionRef;       // offset in the raw JSON, or kOverflowRef | offset in the overflow arena
    quint32 conversationRef;
    quint32 userRef;
    quint16 sessionLength;
    quint16 conversationLength;
    quint16 userLength;
    quint16 rawBlock;         // 32 MiB blocks: 2 TiB of raw JSON before this overflows
    quint32 pooled[PooledCount];
    quint32 spanOffset;       // into spanIds: queues, then agents, then dispositions
    quint16 spanCount[SpanCount];
    qint16 offsetMinutes;
    qint32 talk, hold, afterCallWork, wait;
    quint16 destinationCount;
    quint16 agentSegmentCount;
    qint16 csat, nps, likeDislike;
    quint8 textForms;         // TextForm of start (bits 0-1) and end (bits 2-3)
};
static_assert(sizeof(Row) <= 112, "keep the row compact: it is most of the per-record memory");

qint16 packScore(int score)
{
    return score < 0 ? qint16(kNoScore) : qint16(std::min(score, 0x7FFF));
}

quint16 packCount(int count)
{
    return quint16(std::clamp(count, 0, 0xFFFF));
}

qint64 toUtc(qint64 seconds, bool isUtc, int offsetMinutes)
{
    if (seconds == kNoTime)
        return kNoTime;
    return isUtc ? seconds : seconds + qint64(offsetMinutes) * 60;
}

} // namespace

struct RecordStore::Impl
{
    StringPool strings;
    recordarena::ChunkedBytes raw{kRawBlockSize};
    recordarena::ChunkedVector<Row, kRowBlockShift> rows;
    // rawcodec::rawHash() of the JSON of each row that holds it in memory,
    // taken as the call arrives: a save reads it without touching the JSON
    // (bench_archive --save-memory). Only as long as the last such row.
    recordarena::ChunkedVector<qint64, kRowBlockShift> rawHashes;
    void setRawHash(size_t row, std::string_view json)
    {
        while (rawHashes.size() <= row)
            rawHashes.emplaceBack();
        rawHashes[row] = rawcodec::rawHash(json);
    }
    std::vector<quint32> spanIds;
    // Ids that do not appear verbatim in their raw JSON (escapes; every id of
    // an archived row, whose raw JSON stays on disk). In blocks, so that
    // appendStore() takes another store's ids over without copying them.
    recordarena::ChunkedBytes idOverflow{kOverflowBlockSize};
    recordhash::IdIndex bySessionId;
    qint64 rawBytes = 0;
    std::shared_ptr<const RawJsonSource> rawSource;   // for rows loaded from an archive

    // Archived rows keep their raw JSON on disk: rawLength 0 marks them, and
    // rawBlock:rawOffset hold the archive's row key instead.
    static bool isArchived(const Row &r) { return r.rawLength == 0; }
    static qint64 archiveKey(const Row &r) { return (qint64(r.rawBlock) << 32) | r.rawOffset; }
    bool readRaw(const Row &r, std::string *out) const
    {
        if (!isArchived(r)) {
            out->assign(rawOf(r));
            return true;
        }
        out->clear();
        return rawSource && rawSource->readRaw(archiveKey(r), out);
    }
    // keepRaw false: the record's raw JSON is not kept (the row is archived; its key is set after).
    void fill(Row &r, const CallFields &record, int offsetMinutes, const ArchivedCall *labelled = nullptr,
              bool keepRaw = true);
    static void setArchiveKey(Row &r, qint64 key)
    {
        Q_ASSERT(key >= 0 && key < kArchiveKeyLimit);
        r.rawOffset = quint32(key & 0xFFFFFFFF);
        r.rawBlock = quint16(key >> 32);
    }
    void addArchived(const ArchivedCall &call);   // a row, not indexed
    bool bulkOpen = false;   // a BulkAppend is adding rows: the index lags behind

    // A format-3 reader's labels, as pool ids: each label is interned once per
    // table read, not once per call. kUnknown: not looked up yet.
    static constexpr quint32 kUnknown = 0xFFFFFFFF;
    quint64 labelSerial = 0;
    std::vector<quint32> labelPooled;
    std::vector<std::vector<quint32>> labelSpans;
    std::vector<bool> labelSpanKnown;
    quint32 pooledOfLabel(const LabelTable &table, quint32 id)
    {
        useLabels(table);
        if (id >= labelPooled.size())
            return 0;
        quint32 &pooled = labelPooled[id];
        if (pooled == kUnknown)
            pooled = strings.intern(table.texts[id]);
        return pooled;
    }
    const std::vector<quint32> &spanOfLabel(const LabelTable &table, quint32 id)
    {
        useLabels(table);
        static const std::vector<quint32> none;
        if (id >= labelSpans.size())
            return none;
        if (!labelSpanKnown[id]) {
            for (const std::string &item : table.lists[id])
                labelSpans[id].push_back(strings.intern(item));
            labelSpanKnown[id] = true;
        }
        return labelSpans[id];
    }
    void useLabels(const LabelTable &table)
    {
        if (labelSerial == table.serial)
            return;
        labelSerial = table.serial;
        labelPooled.assign(table.texts.size(), kUnknown);
        labelSpans.assign(std::min(table.texts.size(), table.lists.size()), {});
        labelSpanKnown.assign(labelSpans.size(), false);
    }

    // The id each pooled column and each span kind interned last. Calls come
    // in runs of the same channel, direction, bot, queue...: comparing with
    // the previous value first skips most hash lookups while loading.
    quint32 lastPooled[PooledCount] = {};
    quint32 lastSpan[SpanCount] = {};
    quint32 internLike(quint32 &last, std::string_view text)
    {
        if (last != 0 && strings.utf8(last) == text)
            return last;
        return last = strings.intern(text);
    }

    const Row &row(RowId id) const
    {
        Q_ASSERT(id < rows.size());
        return rows[id];
    }
    std::string_view rawOf(const Row &r) const
    {
        return raw.view({r.rawBlock, r.rawOffset}, r.rawLength);
    }
    std::string_view idText(const Row &r, quint32 ref, quint16 length) const
    {
        if (length == 0)
            return {};
        if (ref & kOverflowRef) {
            const quint32 at = ref & ~kOverflowRef;
            return idOverflow.view({at >> kOverflowBlockShift, at & (kOverflowBlockSize - 1)}, length);
        }
        return rawOf(r).substr(ref, length);
    }
    quint32 idRef(std::string_view rawJson, std::string_view id)
    {
        // Any occurrence of the same bytes will do; the id is near the start
        // of a record in practice, so the search is short.
        if (id.empty())
            return 0;
        const size_t inRaw = rawJson.find(id);
        if (inRaw != std::string_view::npos)
            return quint32(inRaw);
        const recordarena::ChunkedBytes::Location at = idOverflow.append(id);   // ids are < 64 KiB: never a block of their own
        Q_ASSERT(at.block < (kOverflowRef >> kOverflowBlockShift));
        return kOverflowRef | (at.block << kOverflowBlockShift) | at.offset;
    }
    std::string timeText(RowId id, bool start) const;
};

std::string RecordStore::Impl::timeText(RowId id, bool start) const
{
    const Row &r = row(id);
    const auto form = TextForm((r.textForms >> (start ? 0 : 2)) & 3);
    switch (form) {
    case TextForm::Absent:
        return {};
    case TextForm::CanonicalT:
    case TextForm::CanonicalSpace:
        return recordtime::formatNaive((start ? r.startUtc : r.endUtc) - qint64(r.offsetMinutes) * 60,
                                       form == TextForm::CanonicalT ? 'T' : ' ');
    case TextForm::Other:
        break;
    }
    // Rare: read the text back from the record itself, with the same rules
    // the parser used when the record arrived.
    thread_local RecordParser parser;
    thread_local CallFields fields;
    thread_local std::string raw;
    if (!readRaw(r, &raw) || !parser.parse(raw, fields))
        return {};
    return start ? fields.sessionStartTime : fields.sessionEndTime;
}

RecordStore::RecordStore() : d(std::make_unique<Impl>()) {}
RecordStore::~RecordStore() = default;

RecordStore::AppendResult RecordStore::append(const ParsedPage &page, int offsetMinutes)
{
    AppendResult result;
    for (const CallFields &record : page.records) {
        if (append(record, offsetMinutes))
            ++result.added;
        else
            ++result.duplicates;
    }
    return result;
}

bool RecordStore::append(const CallFields &record, int offsetMinutes)
{
    const std::string_view sessionId = record.sessionId;
    if (sessionId.empty() || sessionId.size() > 0xFFFF || record.raw.empty())
        return false;
    const quint32 hash = recordhash::hashOf(sessionId);
    if (find(sessionId) >= 0)
        return false;   // first one wins: later copies of a record add nothing

    const auto rowId = RowId(d->rows.size());
    Row &r = d->rows.emplaceBack();
    d->fill(r, record, offsetMinutes);
    d->setRawHash(rowId, record.raw);
    d->bySessionId.insert(hash, rowId);
    return true;
}

bool RecordStore::appendArchived(const ArchivedCall &call, bool unique)
{
    const std::string_view sessionId = call.fields.sessionId;
    if (sessionId.empty() || sessionId.size() > 0xFFFF || (!unique && find(sessionId) >= 0))
        return false;
    const auto rowId = RowId(d->rows.size());
    d->addArchived(call);
    d->bySessionId.insert(recordhash::hashOf(sessionId), rowId);
    return true;
}

void RecordStore::Impl::addArchived(const ArchivedCall &call)
{
    Row &r = rows.emplaceBack();
    fill(r, call.fields, call.offsetMinutes, &call, false);
    setArchiveKey(r, call.key);
}

RecordStore::BulkAppend::BulkAppend(RecordStore &store) : m_store(store), m_first(RowId(store.d->rows.size()))
{
    Q_ASSERT(!store.d->bulkOpen);
    store.d->bulkOpen = true;
}

RecordStore::BulkAppend::~BulkAppend()
{
    m_store.d->bySessionId.insertMany(m_hashes, m_first);
    m_store.d->bulkOpen = false;
}

void RecordStore::BulkAppend::append(const ArchivedCall &call)
{
    const std::string_view sessionId = call.fields.sessionId;
    if (sessionId.empty() || sessionId.size() > 0xFFFF)
        return;
    m_store.d->addArchived(call);
    m_hashes.push_back(recordhash::hashOf(sessionId));
}

void RecordStore::reorder(const std::vector<RowId> &order)
{
    Q_ASSERT(order.size() == d->rows.size());
    recordarena::ChunkedVector<Row, kRowBlockShift> rows;
    recordarena::ChunkedVector<qint64, kRowBlockShift> rawHashes;
    rows.reserve(order.size());
    std::vector<RowId> newRow(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        rows.emplaceBack() = d->rows[order[i]];
        if (d->rawHashes.size() != 0)
            rawHashes.emplaceBack() = order[i] < d->rawHashes.size() ? d->rawHashes[order[i]] : 0;
        newRow[order[i]] = RowId(i);
    }
    d->rows = std::move(rows);
    d->rawHashes = std::move(rawHashes);
    d->bySessionId.renumber([&newRow](quint32 row) { return newRow[row]; });
}

std::vector<RowId> RecordStore::archiveReadOrder() const
{
    const auto before = [this](RowId a, RowId b) {
        const Row &x = d->rows[a], &y = d->rows[b];
        return x.startUtc != y.startUtc ? x.startUtc < y.startUtc : Impl::archiveKey(x) < Impl::archiveKey(y);
    };
    const auto count = RowId(d->rows.size());
    RowId row = 1;
    while (row < count && !before(row, row - 1))
        ++row;
    if (row >= count)
        return {};
    // Sorted as one contiguous array of keys: far fewer cache misses than
    // comparing through the row blocks.
    struct Entry
    {
        qint64 start, key;
        RowId row;
    };
    std::vector<Entry> entries(count);
    for (RowId i = 0; i < count; ++i)
        entries[i] = {d->rows[i].startUtc, Impl::archiveKey(d->rows[i]), i};
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.start != y.start ? x.start < y.start : x.key < y.key;
    });
    std::vector<RowId> order(count);
    for (RowId i = 0; i < count; ++i)
        order[i] = entries[i].row;
    return order;
}

int RecordStore::appendStore(RecordStore &&other)
{
    Impl &from = *other.d;
    Q_ASSERT(!d->bulkOpen && !from.bulkOpen);
    if (from.rawBytes != 0)
        return -1;
    // Its pool's ids become ours (a few thousand strings), its overflowed ids
    // move over as whole blocks, and each row is remapped to both (copied
    // unless its blocks can be taken over).
    std::vector<quint32> pooledId(from.strings.size(), 0);
    for (quint32 id = 1; id < quint32(from.strings.size()); ++id)
        pooledId[id] = d->strings.intern(from.strings.utf8(id));
    const auto blockShift = quint32(d->idOverflow.adoptBlocks(std::move(from.idOverflow)));
    auto moveRefs = [blockShift](Row &row) {
        for (auto [ref, length] : {std::pair{&row.sessionRef, row.sessionLength},
                                   std::pair{&row.conversationRef, row.conversationLength},
                                   std::pair{&row.userRef, row.userLength}}) {
            if (length != 0 && (*ref & kOverflowRef))
                *ref += blockShift << kOverflowBlockShift;
        }
    };

    // The index first, from the other index's hashes: no id is read unless two
    // hashes match. Its rows are expected at base + their row (no duplicates).
    const auto base = RowId(d->rows.size());
    auto sessionIdOf = [&](quint32 id) {
        if (id < base) {
            const Row &r = d->rows[id];
            return d->idText(r, r.sessionRef, r.sessionLength);
        }
        Row row = from.rows[id - base];
        moveRefs(row);
        return d->idText(row, row.sessionRef, row.sessionLength);
    };
    d->bySessionId.reserve(d->bySessionId.size() + from.bySessionId.size());
    std::vector<quint32> held;   // its rows whose sessionId is ours already
    from.bySessionId.forEach([&](quint32 hash, quint32 id) {
        // Its own sessionId is read only when a hash matches: slots are
        // visited in hash order, rows in no order, and each read would miss the cache.
        if (d->bySessionId.insertIfAbsent(hash, base + id, [&](quint32 candidate) {
                return sessionIdOf(candidate) == sessionIdOf(base + id);
            }) >= 0)
            held.push_back(id);
    });
    std::sort(held.begin(), held.end());

    d->spanIds.reserve(d->spanIds.size() + from.spanIds.size());
    auto remap = [&](Row &row) {
        moveRefs(row);
        for (quint32 &id : row.pooled)
            id = pooledId[id];
        const quint32 spanOffset = row.spanOffset;
        row.spanOffset = quint32(d->spanIds.size());
        const size_t spans = size_t(row.spanCount[Queues]) + row.spanCount[Agents] + row.spanCount[Dispositions];
        for (size_t k = 0; k < spans; ++k)
            d->spanIds.push_back(pooledId[from.spanIds[spanOffset + k]]);
    };
    int moved = 0;
    if (held.empty() && d->rows.adoptBlocks(std::move(from.rows))) {
        // Ours ended on a block boundary (an archive read in parts cut
        // there): its rows are remapped where they are. Copied, the second
        // half of a million calls' rows took 56 MB of fresh memory, which
        // the kernel zeroes first (up to 0.15 s on a VM, before the table
        // can show them).
        for (size_t i = base; i < d->rows.size(); ++i, ++moved)
            remap(d->rows[i]);
    } else {
        for (size_t i = 0; i < from.rows.size(); ++i) {
            // Both halves saw a call whose start changed between their reads: skipped.
            if (!held.empty() && std::binary_search(held.begin(), held.end(), quint32(i)))
                continue;
            Row row = from.rows[i];
            remap(row);
            d->rows.emplaceBack() = row;
            ++moved;
        }
    }
    if (!held.empty()) {
        // Rows after a skipped one moved up: index every row afresh (rare).
        std::vector<quint32> hashes(d->rows.size());
        for (RowId row = 0; row < RowId(d->rows.size()); ++row) {
            const Row &r = d->rows[row];
            hashes[row] = recordhash::hashOf(d->idText(r, r.sessionRef, r.sessionLength));
        }
        d->bySessionId.clear();
        d->bySessionId.insertMany(hashes, 0);
    }
    other.clear();
    return moved;
}

RecordStore::Upsert RecordStore::upsert(const CallFields &record, int offsetMinutes)
{
    const std::string_view sessionId = record.sessionId;
    if (sessionId.empty() || sessionId.size() > 0xFFFF || record.raw.empty())
        return Upsert::Rejected;
    const int existing = find(sessionId);
    if (existing < 0)
        return append(record, offsetMinutes) ? Upsert::Added : Upsert::Rejected;
    Row &r = d->rows[size_t(existing)];
    if (!Impl::isArchived(r) && d->rawOf(r) == record.raw)
        return Upsert::Unchanged;
    // A revised call: the row is rebuilt in place (its old bytes stay unused in the arena).
    d->rawBytes -= r.rawLength;
    d->fill(r, record, offsetMinutes);
    d->setRawHash(size_t(existing), record.raw);
    return Upsert::Replaced;
}

RecordStore::Upsert RecordStore::upsertStored(const CallFields &record, int offsetMinutes, qint64 key, bool written)
{
    const std::string_view sessionId = record.sessionId;
    if (sessionId.empty() || sessionId.size() > 0xFFFF || key < 0 || key >= kArchiveKeyLimit)
        return Upsert::Rejected;
    const int existing = find(sessionId);
    if (existing < 0) {
        const auto rowId = RowId(d->rows.size());
        Row &r = d->rows.emplaceBack();
        d->fill(r, record, offsetMinutes, nullptr, false);
        Impl::setArchiveKey(r, key);
        d->bySessionId.insert(recordhash::hashOf(sessionId), rowId);
        return Upsert::Added;
    }
    Row &r = d->rows[size_t(existing)];
    const bool sameInMemory = !Impl::isArchived(r) && d->rawOf(r) == record.raw;
    if (sameInMemory || (!written && Impl::isArchived(r)))
        return Upsert::Unchanged;
    d->rawBytes -= r.rawLength;   // its old bytes stay unused in the arena
    d->fill(r, record, offsetMinutes, nullptr, false);
    Impl::setArchiveKey(r, key);
    return Upsert::Replaced;
}

void RecordStore::setRawSource(std::shared_ptr<const RawJsonSource> source)
{
    d->rawSource = std::move(source);
}

void RecordStore::Impl::fill(Row &r, const CallFields &record, int offsetMinutes, const ArchivedCall *labelled,
                             bool keepRaw)
{
    r = Row{};
    std::string_view storedRaw;
    if (keepRaw && !record.raw.empty()) {
        const auto rawAt = raw.append(record.raw);
        Q_ASSERT(rawAt.block <= 0xFFFF);
        r.rawBlock = quint16(rawAt.block);
        r.rawOffset = rawAt.offset;
        r.rawLength = quint32(record.raw.size());
        rawBytes += qint64(record.raw.size());
        storedRaw = rawOf(r);
    }

    const std::string_view sessionId = record.sessionId;
    r.sessionRef = idRef(storedRaw, sessionId);
    r.sessionLength = quint16(sessionId.size());
    const std::string_view conversationId = std::string_view(record.conversationId).substr(0, 0xFFFF);
    r.conversationRef = idRef(storedRaw, conversationId);
    r.conversationLength = quint16(conversationId.size());
    const std::string_view userId = std::string_view(record.userId).substr(0, 0xFFFF);
    r.userRef = idRef(storedRaw, userId);
    r.userLength = quint16(userId.size());

    r.spanOffset = quint32(spanIds.size());
    if (labelled && labelled->labels) {
        static_assert(int(PooledCount) == kScalarLabelColumns && int(SpanCount) == LabelColumnCount - LabelQueues);
        const LabelTable &table = *labelled->labels;
        for (int column = 0; column < PooledCount; ++column)
            r.pooled[column] = pooledOfLabel(table, labelled->labelIds[column]);
        for (int span = 0; span < SpanCount; ++span) {
            const std::vector<quint32> &ids = spanOfLabel(table, labelled->labelIds[LabelQueues + span]);
            const size_t count = std::min(ids.size(), kMaxSpanCount);
            spanIds.insert(spanIds.end(), ids.begin(), ids.begin() + qsizetype(count));
            r.spanCount[span] = quint16(count);
        }
    } else {
        const std::string *pooled[PooledCount] = {&record.channel, &record.finalStatus, &record.smartStatus,
                                                  &record.reason, &record.direction, &record.botId, &record.isVoicemail};
        for (int column = 0; column < PooledCount; ++column)
            r.pooled[column] = internLike(lastPooled[column], *pooled[column]);
        const std::vector<std::string> *spans[SpanCount] = {&record.queues, &record.agents, &record.dispositions};
        for (int span = 0; span < SpanCount; ++span) {
            const size_t count = std::min(spans[span]->size(), kMaxSpanCount);
            for (size_t i = 0; i < count; ++i)
                spanIds.push_back(internLike(lastSpan[span], (*spans[span])[i]));
            r.spanCount[span] = quint16(count);
        }
    }

    r.offsetMinutes = qint16(std::clamp(offsetMinutes, -0x7FFF, 0x7FFF));
    r.startUtc = toUtc(record.startSeconds, record.startIsUtc, r.offsetMinutes);
    r.endUtc = toUtc(record.endSeconds, record.endIsUtc, r.offsetMinutes);
    const bool formsKnown = labelled && labelled->textFormsKnown;
    const auto startForm = formsKnown ? labelled->startForm
                                      : recordtime::classifyText(record.sessionStartTime, record.startSeconds, record.startIsUtc);
    const auto endForm = formsKnown ? labelled->endForm
                                    : recordtime::classifyText(record.sessionEndTime, record.endSeconds, record.endIsUtc);
    r.textForms = quint8(quint8(startForm) | (quint8(endForm) << 2));

    r.talk = record.talkSeconds;
    r.hold = record.holdSeconds;
    r.afterCallWork = record.afterCallWorkSeconds;
    r.wait = record.waitSeconds;
    r.destinationCount = packCount(record.destinationCount);
    r.agentSegmentCount = packCount(record.agentSegmentCount);
    r.csat = packScore(record.csatScore);
    r.nps = packScore(record.npsScore);
    r.likeDislike = packScore(record.likeDislikeScore);
}

void RecordStore::reserve(int rows, qint64 rawBytes)
{
    Q_UNUSED(rawBytes);   // raw blocks are allocated as they fill; nothing to gain up front
    if (rows <= 0)
        return;
    d->rows.reserve(size_t(rows));
    // A bulk load (an archive's range) fills the store off the GUI thread:
    // its ids may go in huge pages (recordarena::LargeBlock).
    if (rows >= kLargeReserveRows)
        d->idOverflow.useLargeBlocks();
    d->bySessionId.reserve(size_t(rows));
    d->spanIds.reserve(size_t(rows) * 3);
}

void RecordStore::clear()
{
    d = std::make_unique<Impl>();   // releases every block, not just empties it
}

int RecordStore::size() const
{
    return int(d->rows.size());
}

int RecordStore::find(std::string_view sessionId) const
{
    Q_ASSERT(!d->bulkOpen);
    if (sessionId.empty())
        return -1;
    const qint64 row = d->bySessionId.find(recordhash::hashOf(sessionId), [&](quint32 candidate) {
        const Row &r = d->rows[candidate];
        return d->idText(r, r.sessionRef, r.sessionLength) == sessionId;
    });
    return int(row);
}

std::string_view RecordStore::sessionId(RowId row) const
{
    const Row &r = d->row(row);
    return d->idText(r, r.sessionRef, r.sessionLength);
}

std::string_view RecordStore::conversationId(RowId row) const
{
    const Row &r = d->row(row);
    return d->idText(r, r.conversationRef, r.conversationLength);
}

std::string_view RecordStore::rawJson(RowId row) const
{
    const Row &r = d->row(row);
    return Impl::isArchived(r) ? std::string_view() : d->rawOf(r);
}

qint64 RecordStore::rawHash(RowId row) const
{
    Q_ASSERT(!Impl::isArchived(d->row(row)) && row < d->rawHashes.size());
    return d->rawHashes[row];
}

bool RecordStore::readRawJson(RowId row, std::string *out) const
{
    return d->readRaw(d->row(row), out);
}

void RecordStore::readRawJson(std::span<const RowId> rows, std::vector<std::string> *out) const
{
    out->resize(rows.size());
    std::vector<qint64> keys;
    std::vector<size_t> places;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &r = d->row(rows[i]);
        if (!Impl::isArchived(r)) {
            (*out)[i].assign(d->rawOf(r));
        } else {
            keys.push_back(Impl::archiveKey(r));
            places.push_back(i);
        }
    }
    if (keys.empty())
        return;
    std::vector<std::string> read;
    if (d->rawSource)
        d->rawSource->readRawMany(keys, &read);
    read.resize(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        (*out)[places[k]].swap(read[k]);
}

qint64 RecordStore::archiveKey(RowId row) const
{
    const Row &r = d->row(row);
    return Impl::isArchived(r) ? Impl::archiveKey(r) : -1;
}

const std::shared_ptr<const RawJsonSource> &RecordStore::rawSource() const
{
    return d->rawSource;
}

bool RecordStore::rawInMemory(RowId row) const
{
    return !Impl::isArchived(d->row(row));
}

const StringPool &RecordStore::strings() const { return d->strings; }
quint32 RecordStore::channel(RowId row) const { return d->row(row).pooled[Channel]; }
quint32 RecordStore::finalStatus(RowId row) const { return d->row(row).pooled[FinalStatus]; }
quint32 RecordStore::smartStatus(RowId row) const { return d->row(row).pooled[SmartStatus]; }
quint32 RecordStore::reason(RowId row) const { return d->row(row).pooled[Reason]; }
quint32 RecordStore::direction(RowId row) const { return d->row(row).pooled[Direction]; }
std::string_view RecordStore::userId(RowId row) const
{
    const Row &r = d->row(row);
    return d->idText(r, r.userRef, r.userLength);
}
quint32 RecordStore::botId(RowId row) const { return d->row(row).pooled[BotId]; }
quint32 RecordStore::isVoicemail(RowId row) const { return d->row(row).pooled[IsVoicemail]; }

static std::span<const quint32> spanOf(const std::vector<quint32> &ids, const Row &r, int which)
{
    size_t offset = r.spanOffset;
    for (int span = 0; span < which; ++span)
        offset += r.spanCount[span];
    return std::span<const quint32>(ids.data() + offset, r.spanCount[which]);
}

std::span<const quint32> RecordStore::queues(RowId row) const { return spanOf(d->spanIds, d->row(row), Queues); }
std::span<const quint32> RecordStore::agents(RowId row) const { return spanOf(d->spanIds, d->row(row), Agents); }
std::span<const quint32> RecordStore::dispositions(RowId row) const { return spanOf(d->spanIds, d->row(row), Dispositions); }

namespace {
RecordStore::TextIds textIdsOf(const Row &r, const quint32 *spanIds)
{
    const quint32 *spans = spanIds + r.spanOffset;
    const size_t queues = r.spanCount[Queues];
    const size_t agents = r.spanCount[Agents];
    return {r.pooled[Channel], r.pooled[FinalStatus], r.pooled[SmartStatus], r.pooled[Reason], r.pooled[Direction],
            {spans, queues}, {spans + queues, agents}, {spans + queues + agents, r.spanCount[Dispositions]}};
}
} // namespace

RecordStore::TextIds RecordStore::textIds(RowId row) const
{
    return textIdsOf(d->row(row), d->spanIds.data());
}

void RecordStore::textIds(RowId begin, std::span<TextIds> out) const
{
    Q_ASSERT(size_t(begin) + out.size() <= size_t(size()));
    const quint32 *spanIds = d->spanIds.data();
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = textIdsOf(d->row(begin + RowId(i)), spanIds);
}

qint64 RecordStore::startUtc(RowId row) const { return d->row(row).startUtc; }
qint64 RecordStore::endUtc(RowId row) const { return d->row(row).endUtc; }
int RecordStore::offsetMinutes(RowId row) const { return d->row(row).offsetMinutes; }
std::string RecordStore::startTimeText(RowId row) const { return d->timeText(row, true); }
std::string RecordStore::endTimeText(RowId row) const { return d->timeText(row, false); }
TextForm RecordStore::startTextForm(RowId row) const { return TextForm(d->row(row).textForms & 3); }
TextForm RecordStore::endTextForm(RowId row) const { return TextForm((d->row(row).textForms >> 2) & 3); }

int RecordStore::talkSeconds(RowId row) const { return d->row(row).talk; }
int RecordStore::holdSeconds(RowId row) const { return d->row(row).hold; }
int RecordStore::afterCallWorkSeconds(RowId row) const { return d->row(row).afterCallWork; }

int RecordStore::handleSeconds(RowId row) const
{
    const Row &r = d->row(row);
    return int(std::clamp<qint64>(qint64(r.talk) + r.hold + r.afterCallWork, std::numeric_limits<int>::min(),
                                  std::numeric_limits<int>::max()));
}

int RecordStore::waitSeconds(RowId row) const { return d->row(row).wait; }

int RecordStore::durationSeconds(RowId row) const
{
    const Row &r = d->row(row);
    if (r.startUtc == kNoTime || r.endUtc == kNoTime || r.endUtc < r.startUtc)
        return -1;
    return int(std::min<qint64>(r.endUtc - r.startUtc, std::numeric_limits<int>::max()));
}

int RecordStore::destinationCount(RowId row) const { return d->row(row).destinationCount; }
int RecordStore::agentSegmentCount(RowId row) const { return d->row(row).agentSegmentCount; }
int RecordStore::csatScore(RowId row) const { return d->row(row).csat; }
int RecordStore::npsScore(RowId row) const { return d->row(row).nps; }
int RecordStore::likeDislikeScore(RowId row) const { return d->row(row).likeDislike; }

size_t RecordStore::residentBytesExcludingRaw() const
{
    return sizeof(Impl) + d->rows.residentBytes() + d->rawHashes.residentBytes() + d->spanIds.capacity() * sizeof(quint32)
        + d->idOverflow.allocatedBytes() + d->idOverflow.bookkeepingBytes() + d->bySessionId.residentBytes() + d->strings.residentBytes()
        + d->raw.bookkeepingBytes();
}

qint64 RecordStore::rawBytes() const
{
    return d->rawBytes;
}

} // namespace cs
