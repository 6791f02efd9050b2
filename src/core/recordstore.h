#pragma once
// The in-memory record store: one row per conversation, de-duplicated by sessionId.
//
// Columns are held compactly (DEVELOPERS.md): interned ids for low-cardinality
// strings, integer seconds for times and durations, multi-valued fields as
// spans into one shared id list, high-cardinality ids (sessionId,
// conversationId) in a char arena, and every record's original JSON bytes in a
// chunked arena so that nothing the API sent is lost. No QJsonObject per row.
//
// Not thread-safe: it lives in one thread (the GUI thread, or the CLI's main
// thread); pages reach it by queued signals.

#include "callfields.h"
#include "recordparser.h"
#include "recordtime.h"
#include "stringpool.h"

#include <QString>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace cs {

using RowId = quint32;
struct ArchivedCall;
class RawJsonSource;

class RecordStore
{
public:
    struct AppendResult { int added = 0; int duplicates = 0; };
    // Rows per block of the store's columns: appendStore() takes the other
    // store's blocks over when this one holds a multiple of it.
    static constexpr int kBlockRows = 4096;

    RecordStore();
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // `offsetMinutes` is the timeZoneOffset (JavaScript sign: New York winter =
    // 300) of the request that returned the record; zone-less timestamps are
    // wall-clock in that offset: utc = naive + offsetMinutes * 60.
    AppendResult append(const ParsedPage &page, int offsetMinutes);
    bool append(const CallFields &record, int offsetMinutes);   // false: duplicate sessionId, ignored
    // A call loaded from an archive's columns: its raw JSON stays in the
    // archive and is read through the raw source (setRawSource) on demand.
    // `unique`: the caller guarantees the sessionId is not held yet (an
    // archive's unique index into an empty store), which skips the lookup.
    bool appendArchived(const ArchivedCall &call, bool unique = false);
    // Appends many archived calls whose sessionIds are not held here (an
    // archive's unique index, read into a store without them), and indexes
    // their ids in one pass when it ends, in slot order: one call at a time,
    // each id costs a cache miss in a table of many MB. Nothing may search
    // the store (find, append, upsert, appendStore) while one is open.
    class BulkAppend
    {
    public:
        explicit BulkAppend(RecordStore &store);
        ~BulkAppend();
        BulkAppend(const BulkAppend &) = delete;
        BulkAppend &operator=(const BulkAppend &) = delete;
        void append(const ArchivedCall &call);

    private:
        RecordStore &m_store;
        RowId m_first;
        std::vector<quint32> m_hashes;
    };
    // Moves every row of `other`, which must hold only archived rows (its raw
    // JSON on disk, from the same raw source), to the end of this store, and
    // empties `other`. A sessionId already held here is skipped. Lets two
    // threads load halves of an archive into stores of their own. Returns the
    // rows moved, or -1 (nothing moved) when `other` holds raw JSON in memory.
    // With a multiple of kBlockRows rows here and none skipped, no row is
    // copied: `other`'s blocks become this store's.
    int appendStore(RecordStore &&other);
    // Puts the rows in a new order: row i becomes what row order[i] was.
    // `order` must name every row once.
    void reorder(const std::vector<RowId> &order);
    // Rows in the order an archive reads them (ArchiveBackend::readCalls()):
    // by start time, rows without one first, then by archive key. Empty when
    // the rows are in that order already.
    std::vector<RowId> archiveReadOrder() const;
    // A fetched call that may be a revised version of a row already held:
    // a different raw JSON replaces that row in place (same RowId).
    enum class Upsert { Added, Replaced, Unchanged, Rejected };
    Upsert upsert(const CallFields &record, int offsetMinutes);
    // A fetched call the raw source's archive has just stored under `key`
    // (StorePageResult::records): its row is built from the parsed fields,
    // but its raw JSON stays on disk like a loaded call's, so a long fetch
    // does not hold every call's JSON in memory, and a compact save copies
    // the archive's compressed bytes. `written`: the archive took this
    // version as new; a row held already is then rebuilt (Replaced), and
    // otherwise it is left as it is (Unchanged), unless it holds different
    // JSON in memory.
    Upsert upsertStored(const CallFields &record, int offsetMinutes, qint64 key, bool written);
    void setRawSource(std::shared_ptr<const RawJsonSource> source);
    void reserve(int rows, qint64 rawBytes = 0);
    void clear();
    // Exchanges the whole contents with `other` in O(1): lets the viewer keep
    // what it had while a snapshot loads, and put it back if loading fails.
    void swap(RecordStore &other) noexcept { d.swap(other.d); }

    int size() const;
    int find(std::string_view sessionId) const;                 // row, or -1

    // --- columns -----------------------------------------------------------
    std::string_view sessionId(RowId row) const;
    std::string_view conversationId(RowId row) const;
    std::string_view userId(RowId row) const;
    // Original bytes. rawJson() is for rows whose raw JSON is in memory (it is
    // empty for archived rows); readRawJson() works for every row.
    std::string_view rawJson(RowId row) const;
    bool readRawJson(RowId row, std::string *out) const;
    // Many rows' JSON at once (archived rows through RawJsonSource::readRawMany):
    // one entry per row, empty for a row whose JSON cannot be read.
    void readRawJson(std::span<const RowId> rows, std::vector<std::string> *out) const;
    bool rawInMemory(RowId row) const;
    // rawcodec::rawHash() of the raw JSON of a row whose JSON is in memory,
    // taken when the row was added.
    qint64 rawHash(RowId row) const;
    // An archived row's key in its raw source (RawJsonSource::readStored); -1 for rows in memory.
    qint64 archiveKey(RowId row) const;
    const std::shared_ptr<const RawJsonSource> &rawSource() const;

    const StringPool &strings() const;
    quint32 channel(RowId row) const;          // StringPool ids
    quint32 finalStatus(RowId row) const;
    quint32 smartStatus(RowId row) const;
    quint32 reason(RowId row) const;
    quint32 direction(RowId row) const;
    quint32 botId(RowId row) const;
    quint32 isVoicemail(RowId row) const;
    std::span<const quint32> queues(RowId row) const;
    std::span<const quint32> agents(RowId row) const;
    std::span<const quint32> dispositions(RowId row) const;
    // Every pooled text column of a row in one call (what a filter reads).
    struct TextIds
    {
        quint32 channel, finalStatus, smartStatus, reason, direction;
        std::span<const quint32> queues, agents, dispositions;
    };
    TextIds textIds(RowId row) const;
    // textIds() of rows begin, begin + 1, ... (out.size() of them) in one call:
    // a filter's scan without a call per row.
    void textIds(RowId begin, std::span<TextIds> out) const;

    qint64 startUtc(RowId row) const;          // seconds since epoch, or kNoTime
    qint64 endUtc(RowId row) const;
    int offsetMinutes(RowId row) const;        // of the request the row came from
    // The API's timestamp text, verbatim (rebuilt from integers when the sent
    // text was canonical "yyyy-MM-ddTHH:mm:ss"; otherwise read from rawJson).
    std::string startTimeText(RowId row) const;
    std::string endTimeText(RowId row) const;
    recordtime::TextForm startTextForm(RowId row) const;   // how the text is kept
    recordtime::TextForm endTextForm(RowId row) const;

    int talkSeconds(RowId row) const;
    int holdSeconds(RowId row) const;
    int afterCallWorkSeconds(RowId row) const;
    int handleSeconds(RowId row) const;        // talk + hold + after-call work
    int waitSeconds(RowId row) const;
    int durationSeconds(RowId row) const;      // end - start, or -1
    int destinationCount(RowId row) const;
    int agentSegmentCount(RowId row) const;
    int csatScore(RowId row) const;            // kNoScore when absent
    int npsScore(RowId row) const;
    int likeDislikeScore(RowId row) const;

    // Bytes held for the table besides the raw JSON arena (for the benchmark).
    size_t residentBytesExcludingRaw() const;
    qint64 rawBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs
