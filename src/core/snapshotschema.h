#pragma once
// The snapshot schema, in one place for the writer, the reader and the docs
// (docs/snapshot-format.md describes the same tables for people).

namespace cs::snapshotschema {

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

inline constexpr const char *kInsertConversation =
    "INSERT INTO conversations (row, session_id, conversation_id, start_utc, offset_minutes, channel, final_status, raw_json) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

} // namespace cs::snapshotschema
