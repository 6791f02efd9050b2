#pragma once
// The PostgreSQL archive's schema, in one place for the backend, the tests and
// docs/team-archive.md. CallScope creates and migrates it itself; the version
// is the highest row in callscope_schema_version.
//
// It mirrors the SQLite archive: typed columns derived from each call's raw
// JSON, the JSON itself byte for byte in a table of its own (as text; TOAST
// compresses what is long), the coverage ledger and the identity. On top of
// those, the lease (one fetcher per account).

namespace cs::pgschema {

inline constexpr int kVersion = 4;
// What a read-only connection needs (it cannot migrate): version 2's packed
// column. Versions 3 and 4 only add indexes that speed up following a fetch
// and loading; a reader of an older archive plans its reads without them.
inline constexpr int kReadableVersion = 2;

// A call whose packed cell is at most this many bytes is in calls_load
// (version 4). A B-tree entry holds at most 2,704 bytes (8 KB pages): the
// cell plus the entry's start_utc, id and headers stay below that, and a
// call that packs longer (a hostile or very unusual record) is read through
// calls_load_long instead of making its insert fail. The queries spell the
// predicates exactly as the indexes do, or the planner cannot use them.
inline constexpr const char *kShortPacked = "octet_length(packed) <= 2400";
inline constexpr const char *kLongPacked = "octet_length(packed) > 2400";

// Serialises concurrent first opens (pg_advisory_xact_lock key).
inline constexpr long long kMigrationLockKey = 0x43616c6c53636f70LL;   // "CallScop"

inline constexpr const char *kCreateVersionTable = R"sql(
CREATE TABLE IF NOT EXISTS callscope_schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
)sql";

// Version 1.
inline constexpr const char *kCreateV1 = R"sql(
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE calls (
    id                  bigserial PRIMARY KEY,
    session_id          text NOT NULL UNIQUE,
    conversation_id     text,
    user_id             text,
    start_utc           bigint,           -- Unix seconds, UTC
    end_utc             bigint,
    offset_minutes      integer NOT NULL, -- timeZoneOffset of the request (JavaScript sign)
    channel             text,
    final_status        text,
    smart_status        text,
    reason              text,
    direction           text,
    bot_id              text,
    is_voicemail        text,
    queues              text[] NOT NULL DEFAULT '{}',
    agents              text[] NOT NULL DEFAULT '{}',
    dispositions        text[] NOT NULL DEFAULT '{}',
    talk_seconds        integer NOT NULL DEFAULT 0,
    hold_seconds        integer NOT NULL DEFAULT 0,
    after_call_work_seconds integer NOT NULL DEFAULT 0,
    handle_seconds      integer NOT NULL DEFAULT 0,
    wait_seconds        integer NOT NULL DEFAULT 0,
    destination_count   integer NOT NULL DEFAULT 0,
    agent_segment_count integer NOT NULL DEFAULT 0,
    csat                integer,
    nps                 integer,
    like_dislike        integer,
    start_time_text     text,             -- sessionStartTime verbatim
    end_time_text       text,
    raw_hash            bytea NOT NULL,   -- sha256 of the raw JSON's UTF-8 bytes
    fetched_at          bigint NOT NULL   -- Unix seconds, UTC, of the fetch that stored this version
);
CREATE INDEX calls_start ON calls (start_utc, session_id COLLATE "C");
-- Each call's JSON, apart: reading the typed columns scans only calls.
CREATE TABLE raw_records (
    call_id  bigint PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
    raw_json text NOT NULL                -- the record as the server sent it, byte for byte
);
CREATE TABLE coverage (
    id         bigserial PRIMARY KEY,
    scope      text NOT NULL,
    start_utc  bigint NOT NULL,
    end_utc    bigint NOT NULL,          -- inclusive
    fetched_at bigint NOT NULL
);
CREATE INDEX coverage_scope ON coverage (scope, start_utc, end_utc);
CREATE TABLE lease (
    account_key text PRIMARY KEY,        -- host + account id
    holder      text NOT NULL,
    pid         bigint NOT NULL,
    host        text NOT NULL,
    backend_pid integer NOT NULL,        -- the holder's server session
    progress    text NOT NULL DEFAULT '',
    acquired_at timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL     -- the holder's last heartbeat
);
)sql";

// Version 2: `packed`, every typed column CallScope reads, in one text cell
// that the server keeps up to date itself (a stored generated column, so
// that every writer, whatever it knows, keeps it right). A load reads it and
// the row id: the server sends 2 cells a call instead of 28, which took most
// of its CPU (1M calls: 0.44-0.51 s against 1.75-2.05 s). Format, in column
// order: a text is "-" (NULL) or "<bytes>:<text>", a number "-," (NULL) or
// "<digits>,", a list "<count>[" and its texts. pgpacked.h decodes it.
inline constexpr const char *kCreateV2 = R"sql(
CREATE FUNCTION callscope_pack_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN t IS NULL THEN '-' ELSE octet_length(t)::text || ':' || t END $$;
CREATE FUNCTION callscope_pack_number(n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(n::text, '-') || ',' $$;
CREATE FUNCTION callscope_pack_list(a text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(cardinality(a), 0)::text || '[' || coalesce((SELECT string_agg(callscope_pack_text(e), ''
          ORDER BY i) FROM unnest(a) WITH ORDINALITY AS u(e, i)), '') $$;
ALTER TABLE calls ADD COLUMN packed text GENERATED ALWAYS AS (
    callscope_pack_text(session_id) || callscope_pack_text(conversation_id) || callscope_pack_text(user_id)
    || callscope_pack_number(start_utc) || callscope_pack_number(end_utc) || callscope_pack_number(offset_minutes)
    || callscope_pack_text(channel) || callscope_pack_text(final_status) || callscope_pack_text(smart_status)
    || callscope_pack_text(reason) || callscope_pack_text(direction) || callscope_pack_text(bot_id)
    || callscope_pack_text(is_voicemail)
    || callscope_pack_list(queues) || callscope_pack_list(agents) || callscope_pack_list(dispositions)
    || callscope_pack_number(talk_seconds) || callscope_pack_number(hold_seconds)
    || callscope_pack_number(after_call_work_seconds) || callscope_pack_number(wait_seconds)
    || callscope_pack_number(destination_count) || callscope_pack_number(agent_segment_count)
    || callscope_pack_number(csat) || callscope_pack_number(nps) || callscope_pack_number(like_dislike)
    || callscope_pack_text(start_time_text) || callscope_pack_text(end_time_text)) STORED;
)sql";
// Version 3: an index on fetched_at. An instance following another's fetch
// reads, after each commit, the calls added (id above the highest seen) or
// replaced since (fetched_at at or after the newest seen). Without it each
// read scanned the table: 1M calls, 0.29 s of the server's CPU per read, and
// a read per committed page per follower; with it 0.06 ms.
inline constexpr const char *kCreateV3 = R"sql(
CREATE INDEX calls_fetched ON calls (fetched_at);
)sql";

// Version 4: reads break ties of start time by id (arrival order, as the
// SQLite archive's row), and a load reads only indexes. calls_load holds
// every call's `packed` cell in start order, so that a load is an index-only
// scan: the server reads 0.48 GB of index instead of 0.89 GB of table pages
// in start order (1M calls: 0.41-0.43 s of server CPU against 0.76-0.85 s).
// The few calls too long for it are in calls_load_long, read after the rest.
// And a session id is unique by its SHA-256: a B-tree entry of the id itself
// cannot hold one over 2,704 bytes, and the insert of such a call (a hostile
// record; real ids are a few dozen bytes) failed its whole page, every time.
// (The function is as immutable as the database's encoding, which is fixed.)
inline constexpr const char *kCreateV4 = R"sql(
CREATE FUNCTION callscope_session_key(t text) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT sha256(convert_to(t, 'UTF8')) $$;
CREATE UNIQUE INDEX calls_session ON calls (callscope_session_key(session_id));
ALTER TABLE calls DROP CONSTRAINT calls_session_id_key;
DROP INDEX calls_start;
CREATE INDEX calls_start ON calls (start_utc, id);
CREATE INDEX calls_load ON calls (start_utc, id) INCLUDE (packed) WHERE octet_length(packed) <= 2400;
CREATE INDEX calls_load_long ON calls (start_utc, id) WHERE octet_length(packed) > 2400;
)sql";

// Rows of one page are COPYed here, then upserted into calls in one statement.
inline constexpr const char *kCreatePageTable = R"sql(
CREATE TEMP TABLE IF NOT EXISTS callscope_page (
    session_id text, conversation_id text, user_id text, start_utc bigint, end_utc bigint,
    offset_minutes integer, channel text, final_status text, smart_status text, reason text,
    direction text, bot_id text, is_voicemail text, queues text[], agents text[], dispositions text[],
    talk_seconds integer, hold_seconds integer, after_call_work_seconds integer, handle_seconds integer,
    wait_seconds integer, destination_count integer, agent_segment_count integer,
    csat integer, nps integer, like_dislike integer, start_time_text text, end_time_text text, raw_json text
) ON COMMIT DELETE ROWS;
)sql";

#define CALLSCOPE_PG_PAGE_COLUMNS \
    "session_id, conversation_id, user_id, start_utc, end_utc, offset_minutes, channel, final_status, " \
    "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, " \
    "hold_seconds, after_call_work_seconds, handle_seconds, wait_seconds, destination_count, " \
    "agent_segment_count, csat, nps, like_dislike, start_time_text, end_time_text, raw_json"

inline constexpr const char *kCopyPage = "COPY callscope_page (" CALLSCOPE_PG_PAGE_COLUMNS ") FROM STDIN";

#define CALLSCOPE_PG_TYPED_COLUMNS \
    "session_id, conversation_id, user_id, start_utc, end_utc, offset_minutes, channel, final_status, " \
    "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, " \
    "hold_seconds, after_call_work_seconds, handle_seconds, wait_seconds, destination_count, " \
    "agent_segment_count, csat, nps, like_dislike, start_time_text, end_time_text"

// One statement per page: the typed columns upserted into calls (a call whose
// JSON hash is unchanged is left alone), the JSON of what was inserted or
// replaced into raw_records. $1 = fetched_at. Returns (true, session_id) per
// inserted call, (false, session_id) per replaced one; an identical call
// returns no row.
inline constexpr const char *kUpsertPage =
    "WITH page AS (SELECT *, sha256(convert_to(raw_json, 'UTF8')) AS hash FROM callscope_page), "
    "up AS (INSERT INTO calls (" CALLSCOPE_PG_TYPED_COLUMNS ", raw_hash, fetched_at) "
    "SELECT " CALLSCOPE_PG_TYPED_COLUMNS ", hash, $1::bigint FROM page "
    "ON CONFLICT (callscope_session_key(session_id)) DO UPDATE SET "
    "conversation_id = EXCLUDED.conversation_id, user_id = EXCLUDED.user_id, start_utc = EXCLUDED.start_utc, "
    "end_utc = EXCLUDED.end_utc, offset_minutes = EXCLUDED.offset_minutes, channel = EXCLUDED.channel, "
    "final_status = EXCLUDED.final_status, smart_status = EXCLUDED.smart_status, reason = EXCLUDED.reason, "
    "direction = EXCLUDED.direction, bot_id = EXCLUDED.bot_id, is_voicemail = EXCLUDED.is_voicemail, "
    "queues = EXCLUDED.queues, agents = EXCLUDED.agents, dispositions = EXCLUDED.dispositions, "
    "talk_seconds = EXCLUDED.talk_seconds, hold_seconds = EXCLUDED.hold_seconds, "
    "after_call_work_seconds = EXCLUDED.after_call_work_seconds, handle_seconds = EXCLUDED.handle_seconds, "
    "wait_seconds = EXCLUDED.wait_seconds, destination_count = EXCLUDED.destination_count, "
    "agent_segment_count = EXCLUDED.agent_segment_count, csat = EXCLUDED.csat, nps = EXCLUDED.nps, "
    "like_dislike = EXCLUDED.like_dislike, start_time_text = EXCLUDED.start_time_text, "
    "end_time_text = EXCLUDED.end_time_text, raw_hash = EXCLUDED.raw_hash, fetched_at = EXCLUDED.fetched_at "
    "WHERE calls.raw_hash <> EXCLUDED.raw_hash "
    "RETURNING id, session_id, (xmax = 0) AS inserted), "
    "raw AS (INSERT INTO raw_records (call_id, raw_json) "
    "SELECT up.id, page.raw_json FROM up JOIN page USING (session_id) "
    "ON CONFLICT (call_id) DO UPDATE SET raw_json = EXCLUDED.raw_json) "
    "SELECT inserted, session_id FROM up";
// After kUpsertPage, in its transaction: the row key of every call of the page.
inline constexpr const char *kPageKeys =
    "SELECT p.session_id, c.id FROM callscope_page p JOIN calls c "
    "ON callscope_session_key(c.session_id) = callscope_session_key(p.session_id) AND c.session_id = p.session_id";

#undef CALLSCOPE_PG_TYPED_COLUMNS
#undef CALLSCOPE_PG_PAGE_COLUMNS

} // namespace cs::pgschema
