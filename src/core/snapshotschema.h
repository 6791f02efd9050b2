#pragma once
// The snapshot schema, in one place for the writer, the reader and the docs
// (docs/snapshot-format.md describes the same tables for people).

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

// The columns every insert writes, in order (?1 .. ?31).
inline constexpr const char *kConversationColumns =
    "row, session_id, conversation_id, start_utc, offset_minutes, channel, final_status, end_utc, user_id, "
    "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, hold_seconds, "
    "after_call_work_seconds, handle_seconds, wait_seconds, destination_count, agent_segment_count, csat, nps, "
    "like_dislike, start_time_text, end_time_text, raw_hash, fetched_at";
inline constexpr int kConversationColumnCount = 31;
inline constexpr const char *kInsertRaw =
    "INSERT OR REPLACE INTO raw_records (row, raw_json, raw_zstd, raw_dictionary) VALUES (?1, ?2, ?3, ?4)";

} // namespace cs::snapshotschema
