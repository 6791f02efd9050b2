#pragma once
// The snapshot schema, in one place for the writer, the reader and the docs
// (docs/snapshot-format.md describes the same tables for people).

#include <cstddef>

namespace cs::snapshotschema {

// Format 1 (CallScope 0.x snapshots): read as they are, migrated when an
// archive is opened on one for writing.
namespace v1 {
inline constexpr const char *kCreateTables = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE windows (
    idx         INTEGER PRIMARY KEY,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    tz_offset   INTEGER NOT NULL,
    complete    INTEGER NOT NULL,
    records     INTEGER NOT NULL
);
CREATE TABLE conversations (
    row             INTEGER PRIMARY KEY,
    session_id      TEXT NOT NULL,
    conversation_id TEXT,
    start_utc       INTEGER,
    offset_minutes  INTEGER NOT NULL,
    channel         TEXT,
    final_status    TEXT,
    raw_json        TEXT NOT NULL
);
)sql";

// Built after the bulk insert: much faster than maintaining them row by row.
inline constexpr const char *kCreateIndexes = R"sql(
CREATE UNIQUE INDEX conversations_session ON conversations(session_id);
CREATE INDEX conversations_start ON conversations(start_utc);
)sql";

} // namespace v1

// Format 2 (CallScope 1.x before labels): read as they are, brought to
// format 3 in place when an archive is opened on one for writing.
namespace v2 {
// Format 2: snapshots and archives. `conversations` holds typed columns only,
// so that a window loads a million calls by scanning them, with no JSON
// parsing and without reading the raw records; `raw_records` holds each
// call's JSON (same row key), either as text (raw_json) or zstd-compressed
// with a dictionary kept in raw_dictionaries (raw_zstd, raw_dictionary).
inline constexpr const char *kCreateTables = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE windows (
    idx         INTEGER PRIMARY KEY,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    tz_offset   INTEGER NOT NULL,
    complete    INTEGER NOT NULL,
    records     INTEGER NOT NULL
);
CREATE TABLE conversations (
    row                     INTEGER PRIMARY KEY,
    session_id              TEXT NOT NULL,
    conversation_id         TEXT,
    start_utc               INTEGER,
    offset_minutes          INTEGER NOT NULL,
    channel                 TEXT,
    final_status            TEXT,
    end_utc                 INTEGER,
    user_id                 TEXT,
    smart_status            TEXT,
    reason                  TEXT,
    direction               TEXT,
    bot_id                  TEXT,
    is_voicemail            TEXT,
    queues                  TEXT,
    agents                  TEXT,
    dispositions            TEXT,
    talk_seconds            INTEGER,
    hold_seconds            INTEGER,
    after_call_work_seconds INTEGER,
    handle_seconds          INTEGER,
    wait_seconds            INTEGER,
    destination_count       INTEGER,
    agent_segment_count     INTEGER,
    csat                    INTEGER,
    nps                     INTEGER,
    like_dislike            INTEGER,
    start_time_text         TEXT,
    end_time_text           TEXT,
    raw_hash                INTEGER NOT NULL,
    fetched_at              INTEGER
);
CREATE TABLE raw_records (
    row             INTEGER PRIMARY KEY,
    raw_json        TEXT,
    raw_zstd        BLOB,
    raw_dictionary  INTEGER
);
CREATE TABLE coverage (
    id          INTEGER PRIMARY KEY,
    scope       TEXT NOT NULL,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    fetched_at  INTEGER NOT NULL
);
CREATE TABLE raw_dictionaries (
    id          INTEGER PRIMARY KEY,
    dictionary  BLOB NOT NULL,
    samples     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
)sql";

inline constexpr const char *kCreateIndexes = R"sql(
CREATE UNIQUE INDEX conversations_session ON conversations(session_id);
CREATE INDEX conversations_start ON conversations(start_utc);
CREATE INDEX coverage_range ON coverage(scope, start_utc);
)sql";

} // namespace v2

// Format 3: as format 2, but the low-cardinality columns (channel, statuses,
// reason, direction, bot, voicemail, and the queue, agent and disposition
// lists as JSON text) are stored once each in `labels`; a `calls` row holds
// their ids (NULL: empty). The view `conversations` shows the calls with the
// texts, as format 2's table did, for sqlite3, pandas and BI tools.
// CallScope itself reads `calls` and `labels` (it never runs a file's views).
//
// Format 4 adds `raw_blocks` (a format-3 file simply has none): a compact
// snapshot compresses the JSON of up to kRawBlockRows consecutive rows as one
// zstd frame (first_row .. first_row + count - 1; `sizes` holds each row's
// byte count as a little-endian uint32, 0 for a row kept in raw_records).
// One frame per thousand calls costs a third less CPU than a frame per call
// and is smaller; a row's raw_records row, when it has one, is its JSON.
inline constexpr const char *kCreateTables = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE windows (
    idx         INTEGER PRIMARY KEY,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    tz_offset   INTEGER NOT NULL,
    complete    INTEGER NOT NULL,
    records     INTEGER NOT NULL
);
CREATE TABLE labels (
    id    INTEGER PRIMARY KEY,
    text  TEXT NOT NULL
);
CREATE TABLE calls (
    row                     INTEGER PRIMARY KEY,
    session_id              TEXT NOT NULL,
    conversation_id         TEXT,
    start_utc               INTEGER,
    offset_minutes          INTEGER NOT NULL,
    channel                 INTEGER,
    final_status            INTEGER,
    end_utc                 INTEGER,
    user_id                 TEXT,
    smart_status            INTEGER,
    reason                  INTEGER,
    direction               INTEGER,
    bot_id                  INTEGER,
    is_voicemail            INTEGER,
    queues                  INTEGER,
    agents                  INTEGER,
    dispositions            INTEGER,
    talk_seconds            INTEGER,
    hold_seconds            INTEGER,
    after_call_work_seconds INTEGER,
    handle_seconds          INTEGER,
    wait_seconds            INTEGER,
    destination_count       INTEGER,
    agent_segment_count     INTEGER,
    csat                    INTEGER,
    nps                     INTEGER,
    like_dislike            INTEGER,
    start_time_text         TEXT,
    end_time_text           TEXT,
    raw_hash                INTEGER NOT NULL,
    fetched_at              INTEGER
);
CREATE TABLE raw_records (
    row             INTEGER PRIMARY KEY,
    raw_json        TEXT,
    raw_zstd        BLOB,
    raw_dictionary  INTEGER
);
CREATE TABLE coverage (
    id          INTEGER PRIMARY KEY,
    scope       TEXT NOT NULL,
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL,
    fetched_at  INTEGER NOT NULL
);
CREATE TABLE raw_dictionaries (
    id          INTEGER PRIMARY KEY,
    dictionary  BLOB NOT NULL,
    samples     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE TABLE raw_blocks (
    first_row       INTEGER PRIMARY KEY,
    sizes           BLOB NOT NULL,
    raw_zstd        BLOB NOT NULL,
    raw_dictionary  INTEGER NOT NULL
);
CREATE VIEW conversations AS SELECT row, session_id, conversation_id, start_utc, offset_minutes,
    (SELECT text FROM labels WHERE id = c.channel) AS channel,
    (SELECT text FROM labels WHERE id = c.final_status) AS final_status,
    end_utc, user_id,
    (SELECT text FROM labels WHERE id = c.smart_status) AS smart_status,
    (SELECT text FROM labels WHERE id = c.reason) AS reason,
    (SELECT text FROM labels WHERE id = c.direction) AS direction,
    (SELECT text FROM labels WHERE id = c.bot_id) AS bot_id,
    (SELECT text FROM labels WHERE id = c.is_voicemail) AS is_voicemail,
    (SELECT text FROM labels WHERE id = c.queues) AS queues,
    (SELECT text FROM labels WHERE id = c.agents) AS agents,
    (SELECT text FROM labels WHERE id = c.dispositions) AS dispositions,
    talk_seconds, hold_seconds, after_call_work_seconds, handle_seconds, wait_seconds, destination_count,
    agent_segment_count, csat, nps, like_dislike, start_time_text, end_time_text, raw_hash, fetched_at
    FROM calls c;
)sql";

inline constexpr const char *kCreateIndexes = R"sql(
CREATE UNIQUE INDEX labels_text ON labels(text);
CREATE UNIQUE INDEX calls_session ON calls(session_id);
CREATE INDEX calls_start ON calls(start_utc);
CREATE INDEX coverage_range ON coverage(scope, start_utc);
)sql";

// A snapshot is written without calls_session: only a writer looks calls up
// by id (an archive storing a page), and building the index is a tenth of a
// million-call save. An archive opened for writing on a file without it
// builds it first (kCreateSessionIndex), which also proves the ids unique.
inline constexpr const char *kCreateSnapshotIndexes = R"sql(
CREATE UNIQUE INDEX labels_text ON labels(text);
CREATE INDEX calls_start ON calls(start_utc);
CREATE INDEX coverage_range ON coverage(scope, start_utc);
)sql";
inline constexpr const char *kCreateSessionIndex = "CREATE UNIQUE INDEX calls_session ON calls(session_id)";

// The label columns of `calls`, in CallLabels order (archive.h).
inline constexpr const char *kLabelColumns[] = {"channel", "final_status", "smart_status", "reason", "direction",
                                                "bot_id", "is_voicemail", "queues", "agents", "dispositions"};

// The columns of `calls` every insert writes, in order (?1 .. ?31).
inline constexpr const char *kConversationColumns =
    "row, session_id, conversation_id, start_utc, offset_minutes, channel, final_status, end_utc, user_id, "
    "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, hold_seconds, "
    "after_call_work_seconds, handle_seconds, wait_seconds, destination_count, agent_segment_count, csat, nps, "
    "like_dislike, start_time_text, end_time_text, raw_hash, fetched_at";
inline constexpr int kConversationColumnCount = 31;
// raw_records (row, raw_json, raw_zstd, raw_dictionary): the parameters of one raw row.
inline constexpr int kRawColumnCount = 4;
inline constexpr int kRawBlockRows = 1000;
// A writer also ends a block's frame early at this many bytes of JSON, so that a reader's block stays small.
inline constexpr size_t kRawBlockBytes = 32u << 20;
// Larger blocks than a writer makes, or more bytes than their rows may hold, are hostile:
// more rows, a block of more JSON, or a record of more JSON (the API's are a few KiB).
inline constexpr int kMaxRawBlockRows = 4096;
inline constexpr size_t kMaxRawBlockBytes = 256u << 20;
inline constexpr size_t kMaxRawBytes = 64u << 20;
inline constexpr const char *kInsertRaw =
    "INSERT OR REPLACE INTO raw_records (row, raw_json, raw_zstd, raw_dictionary) VALUES (?1, ?2, ?3, ?4)";

} // namespace cs::snapshotschema
