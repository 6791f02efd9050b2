#pragma once
// Writing rows of the `calls` table (format 3) and their labels, shared by the
// archive (rows from fetched pages) and standalone snapshots (rows from the store).

#include "callfields.h"
#include "rawcodec.h"
#include "recordstore.h"
#include "recordtime.h"
#include "sqlitehandle.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace cs {

// How raw JSON goes into a row: as text, or zstd-compressed against a dictionary.
class RawEncoder
{
public:
    RawEncoder() = default;   // text
    RawEncoder(const QByteArray &dictionary, qint64 dictionaryId);
    bool compresses() const { return m_compressor != nullptr; }
    // A record as raw_records stores it: compressed against the dictionary
    // when that works, else the text. `bytes` is valid until the next call.
    struct Encoded
    {
        std::string_view bytes;
        bool compressed = false;
        qint64 dictionaryId = 0;
    };
    Encoded encode(std::string_view raw);

private:
    std::unique_ptr<rawcodec::Compressor> m_compressor;
    qint64 m_dictionaryId = 0;
    std::string m_buffer;
};

// Reads raw JSON back from a row's raw_json, or raw_zstd + raw_dictionary
// (dictionaries are read from the file once and kept), or, for row `row`
// with neither (no raw_records row), from the raw_blocks frame holding it
// (format 4). The last block read is kept: rows read in order decompress
// each block once.
class RawColumnReader
{
public:
    bool read(sqlite::Database &db, std::string_view text, bool textNull, std::string_view zstd, qint64 dictionary,
              std::string *out, qint64 row = -1);

private:
    rawcodec::Decompressor *decompressor(sqlite::Database &db, qint64 dictionary);
    bool readBlock(sqlite::Database &db, qint64 row, std::string *out);
    std::map<qint64, std::unique_ptr<rawcodec::Decompressor>> m_decompressors;
    struct Block
    {
        qint64 first = -1;
        std::vector<size_t> ends;   // of each row's bytes in `json`
        std::string json;
    } m_block;
};

// The ids of label texts (format 3): each text is stored once in `labels`.
// Ids inserted in a transaction that is rolled back must be forgotten.
class LabelWriter
{
public:
    // shared: other processes may add labels to the file (an archive), so a
    // text not met yet is looked up first; a fresh snapshot has no other writer.
    LabelWriter(sqlite::Database &db, bool shared);
    bool isValid() const { return m_select.isValid() && m_insert.isValid(); }
    // The label's id; 0 for an empty text (NULL in the row), -1 on an SQLite error.
    qint64 idOf(std::string_view text);
    // The same for a text of the store's pool, cached by its pool id.
    qint64 idOfPooled(quint32 poolId, std::string_view text);
    // The same for a list of the store's pool ids (a queues, agents or
    // dispositions span), cached by the ids: its JSON text is only made once.
    qint64 idOfPooledList(std::span<const quint32> ids, const StringPool &pool);
    void forget();

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    struct ListHash
    {
        using is_transparent = void;
        size_t operator()(std::span<const quint32> ids) const
        {
            size_t hash = 0xcbf29ce484222325ull;
            for (const quint32 id : ids)
                hash = (hash ^ id) * 0x100000001b3ull;
            return hash;
        }
    };
    struct ListEqual
    {
        using is_transparent = void;
        bool operator()(std::span<const quint32> a, std::span<const quint32> b) const
        {
            return std::equal(a.begin(), a.end(), b.begin(), b.end());
        }
    };
    sqlite::Database &m_db;
    sqlite::Statement m_select;
    sqlite::Statement m_insert;
    std::unordered_map<std::string, qint64, Hash, std::equal_to<>> m_ids;
    std::vector<qint64> m_pooled;   // by pool id; 0: not looked up yet
    std::unordered_map<std::vector<quint32>, qint64, ListHash, ListEqual> m_lists;
    // In front of m_lists: the short lists met last, by hash, held inline. A
    // snapshot's three lists a call made 3M map lookups a million calls, each
    // a cache miss chasing a node (0.2 s of a compact save's writer thread).
    struct RecentList
    {
        quint32 size = ~0u;   // ~0: empty slot
        quint32 ids[4] = {};
        qint64 id = 0;
    };
    static constexpr size_t kRecentLists = 4096;
    std::vector<RecentList> m_recentLists;
    bool m_shared;
};

// The values of one `calls` row, filled from a parsed call or from a
// store row; the views point into the source, which must outlive the insert.
struct ConversationValues
{
    std::string_view sessionId, conversationId, userId;
    qint64 startUtc = kNoTime;
    qint64 endUtc = kNoTime;
    int offsetMinutes = 0;
    std::string_view channel, finalStatus, smartStatus, reason, direction, botId, isVoicemail;
    // Filled from a store: their pool ids (channel .. isVoicemail), for
    // LabelWriter::idOfPooled, and the lists as pool ids (queues, agents,
    // dispositions), for LabelWriter::idOfPooledList; the texts below stay empty.
    bool pooledKnown = false;
    quint32 pooledIds[7] = {};
    std::span<const quint32> pooledLists[3];
    const StringPool *pool = nullptr;
    std::string queues, agents, dispositions;   // JSON arrays of strings
    int talkSeconds = 0, holdSeconds = 0, afterCallWorkSeconds = 0, handleSeconds = 0, waitSeconds = 0;
    int destinationCount = 0, agentSegmentCount = 0;
    int csat = kNoScore, nps = kNoScore, likeDislike = kNoScore;
    // The stamps' texts: a canonical "yyyy-MM-ddTHH:mm:ss" one is written as
    // NULL (readers rebuild it from start_utc/end_utc and offset_minutes).
    recordtime::TextForm startForm = recordtime::TextForm::Absent;
    recordtime::TextForm endForm = recordtime::TextForm::Absent;
    std::string_view startText, endText;        // read only for the other forms
    qint64 rawHash = 0;
    qint64 fetchedAtUtc = 0;

    void fill(const CallFields &call, int offsetMinutes);
    // Everything but rawHash (the caller has the raw JSON).
    void fill(const RecordStore &store, RowId row);

private:
    std::string m_startText, m_endText;         // the store's rebuilt texts
};

// The text a NULL start_time_text / end_time_text stands for: the canonical
// text of the naive time (utc - offset), empty when there is no time.
std::string canonicalTimeText(qint64 utc, int offsetMinutes);

class ConversationRowWriter
{
public:
    // INSERT OR REPLACE: a row with an existing `row` key is replaced.
    explicit ConversationRowWriter(sqlite::Database &db, bool sharedFile = true);
    bool isValid() const { return m_labels.isValid() && m_insert.isValid() && m_insertRaw.isValid(); }
    // row < 0: a new row key. *key is the row key used.
    bool write(qint64 row, const CallFields &call, int offsetMinutes, qint64 fetchedAtUtc, RawEncoder &raw,
               qint64 *key = nullptr);
    // The calls row alone; *key is the row key used.
    bool insertConversation(qint64 row, const ConversationValues &values, qint64 *key = nullptr);
    // The raw_records row alone: text, or a blob compressed against dictionary `dictionaryId`.
    bool insertRaw(qint64 row, std::string_view raw, RawEncoder &encoder);
    bool insertRawStored(qint64 row, std::string_view bytes, bool compressed, qint64 dictionaryId);
    // A calls row and its raw_records row, as insertConversation() then
    // insertRawStored() write them.
    struct StoredRow
    {
        qint64 row = 0;
        const ConversationValues *values = nullptr;
        std::string_view bytes;
        bool compressed = false;
        qint64 dictionary = 0;
        bool inBlock = false;   // its JSON is in a raw_blocks frame: no raw_records row
    };
    // Rows into a fresh file (a snapshot being saved), kRowsPerInsert to a
    // statement: one statement a row spent much of its time opening, seeking
    // and closing cursors and resetting itself.
    static constexpr int kRowsPerInsert = 8;
    bool insertStoredRows(std::span<const StoredRow> rows);
    // After a rollback: label ids inserted in it are gone.
    void forgetLabels() { m_labels.forget(); }

private:
    static bool bindLabel(sqlite::Statement &s, int index, qint64 id);
    // Binds one calls row at parameters base + 1...; false for a label it cannot store.
    bool bindConversation(sqlite::Statement &s, int base, qint64 row, const ConversationValues &v);
    static void bindRawStored(sqlite::Statement &s, int base, qint64 row, std::string_view bytes, bool compressed,
                              qint64 dictionaryId);
    sqlite::Database &m_db;
    LabelWriter m_labels;
    sqlite::Statement m_insert;
    sqlite::Statement m_insertRaw;
    std::unique_ptr<sqlite::Statement> m_insertMany, m_insertRawMany;   // prepared on first use
    ConversationValues m_values;
};

} // namespace cs
