#include "pgarchive.h"

#include "pgcalls.h"
#include "pgconn.h"
#include "pgschema.h"
#include "rawcodec.h"

#include <QCryptographicHash>
#include <QHash>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace cs {

QString archiveAccountKey(const ArchiveIdentity &identity)
{
    return identity.host + QLatin1Char('\n') + identity.accountId;
}

QString archiveNotifyChannel(const ArchiveIdentity &identity)
{
    const QByteArray hash = QCryptographicHash::hash(archiveAccountKey(identity).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("callscope_") + QString::fromLatin1(hash.toHex().left(16));
}

namespace {

using pg::Connection;
using pg::Params;
using pg::Result;
using namespace pgcalls;

// For every archive connection. No JIT: the archive's statements are index
// scans whose few expressions it cannot speed up, and on the big reads
// (estimated cost above jit_above_cost) compiling took 30-60 ms of server
// CPU per statement. A server without the setting (before 11) fails it,
// harmlessly: outside a transaction nothing else is affected.
const char *const kSessionSettings = "SET jit = off";

class PgRawSource : public RawJsonSource
{
public:
    explicit PgRawSource(std::unique_ptr<Connection> c) : m_conn(std::move(c)) {}
    bool readRaw(qint64 key, std::string *out) const override
    {
        std::lock_guard lock(m_mutex);
        QString error;
        Result r = m_conn->execParams("SELECT raw_json FROM raw_records WHERE call_id = $1::bigint", Params().add(key), true,
                                      &error);
        if (!r.ok() || r.rows() != 1)
            return false;
        out->assign(r.bytes(0, 0));
        return true;
    }
    // A save reads every call: in one statement per batch, not one per call
    // (a round trip each: 328,398 calls took 37 s instead of 6). The JSON is
    // text (TOAST compresses it on the server); its checksum is the server's
    // business, so `hash` is rawHash() of what was read.
    bool readStored(const std::vector<qint64> &keys, std::vector<StoredRaw> *out, StoredChecksums) const override
    {
        out->assign(keys.size(), {});
        return readMany(keys, [&](size_t slot, std::string_view raw) {
            StoredRaw &stored = (*out)[slot];
            stored.bytes.assign(raw);
            stored.hash = rawcodec::rawHash(stored.bytes);
        });
    }
    void readRawMany(const std::vector<qint64> &keys, std::vector<std::string> *out) const override
    {
        out->assign(keys.size(), {});
        readMany(keys, [&](size_t slot, std::string_view raw) { (*out)[slot].assign(raw); });   // the rest stay empty
    }
    bool dictionaries(std::vector<std::pair<qint64, QByteArray>> *out) const override
    {
        out->clear();   // every call's JSON is text: nothing to copy compressed
        return true;
    }

private:
    // One statement for `keys`; `take(slot, json)` for each call read, in any
    // order (a key named twice fills both slots). False when any is not stored.
    bool readMany(const std::vector<qint64> &keys, const std::function<void(size_t, std::string_view)> &take) const
    {
        if (keys.empty())
            return true;
        std::string array = "{";
        std::unordered_map<qint64, std::vector<size_t>> slotsOf;
        slotsOf.reserve(keys.size());
        for (size_t i = 0; i < keys.size(); ++i) {
            array += (i ? "," : "") + std::to_string(keys[i]);
            slotsOf[keys[i]].push_back(i);
        }
        array += '}';
        std::lock_guard lock(m_mutex);
        QString error;
        Result r = m_conn->execParams("SELECT call_id, raw_json FROM raw_records WHERE call_id = ANY($1::bigint[])",
                                      Params().add(std::string_view(array)), true, &error);
        if (!r.ok())
            return false;
        for (int row = 0; row < r.rows(); ++row) {
            const auto it = slotsOf.find(r.int8(row, 0));
            if (it == slotsOf.end())
                return false;
            for (const size_t slot : it->second)
                take(slot, r.bytes(row, 1));
        }
        return size_t(r.rows()) == slotsOf.size();
    }

    mutable std::mutex m_mutex;
    std::unique_ptr<Connection> m_conn;
};

class PgArchive : public ArchiveBackend
{
public:
    PgArchive(std::unique_ptr<Connection> c, bool readOnly) : m_conn(std::move(c)), m_readOnly(readOnly) {}

    QString location() const override { return pg::redactUri(m_conn->spec().uri); }
    bool isReadOnly() const override { return m_readOnly; }

    bool open(QString *error)
    {
        m_conn->exec(kSessionSettings, nullptr);
        if (m_readOnly) {
            if (!m_conn->exec("SET default_transaction_read_only = on", error))
                return false;
            Result r = m_conn->query("SELECT to_regclass('callscope_schema_version') IS NOT NULL", error);
            if (!r.ok())
                return false;
            if (!r.boolean(0, 0))
                return fail(error, QStringLiteral("%1 holds no CallScope archive yet").arg(location()));
            return checkVersion(error) && loadIdentity(error);
        }
        return migrate(error) && m_conn->exec(pgschema::kCreatePageTable, error) && loadIdentity(error);
    }

    bool bindIdentity(const ArchiveIdentity &identity, QString *error) override
    {
        if (m_bound)
            return matches(identity, error);
        if (m_readOnly)
            return fail(error, QStringLiteral("%1 holds no calls of any connection yet").arg(location()));
        if (!m_conn->exec("BEGIN", error))
            return false;
        const char *sql = "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING";
        bool ok = m_conn->execParams(sql, Params().add(std::string_view("host")).add(identity.host), false, error).ok()
            && m_conn->execParams(sql, Params().add(std::string_view("account_id")).add(identity.accountId), false, error).ok()
            && m_conn->execParams(sql, Params().add(std::string_view("app_id")).add(identity.appId), false, error).ok()
            && m_conn->execParams(sql, Params().add(std::string_view("endpoint")).add(identity.endpoint), false, error).ok()
            && m_conn->exec("COMMIT", error);
        if (!ok) {
            m_conn->exec("ROLLBACK", nullptr);
            return false;
        }
        // Another instance may have bound it first: read back what won.
        return loadIdentity(error) && matches(identity, error);
    }

    ArchiveIdentity identity() const override { return m_identity; }

    bool storePage(const ParsedPage &page, int offsetMinutes, qint64 fetchedAtUtc, StorePageResult *result,
                   QString *error) override
    {
        StorePageResult counts;
        if (m_readOnly)
            return fail(error, QStringLiteral("%1 is open read-only").arg(location()));
        if (!m_bound)
            return fail(error, QStringLiteral("%1: no connection bound to the archive").arg(location()));
        // Within one page a later copy of a call replaces an earlier one, as it would across pages.
        std::unordered_map<std::string_view, size_t> bySession;
        std::vector<const CallFields *> rows;
        rows.reserve(page.records.size());
        int replacedInPage = 0, repeatedInPage = 0;
        std::unordered_set<std::string_view> repeated;
        for (const CallFields &f : page.records) {
            auto [it, inserted] = bySession.emplace(f.sessionId, rows.size());
            if (inserted) {
                rows.push_back(&f);
            } else {
                repeated.insert(f.sessionId);
                if (rows[it->second]->raw == f.raw)
                    ++repeatedInPage;
                else
                    ++replacedInPage;
                rows[it->second] = &f;
            }
        }
        std::string copy;
        copy.reserve(size_t(page.body.size()) * 2 + rows.size() * 256);
        for (const CallFields *f : rows)
            appendRow(copy, *f, offsetMinutes);

        if (!m_conn->exec("BEGIN", error))
            return false;
        Result upsert;
        bool ok = m_conn->copyIn(pgschema::kCopyPage, copy, error);
        if (ok) {
            upsert = m_conn->execParams(pgschema::kUpsertPage, Params().add(fetchedAtUtc), true, error);
            ok = upsert.ok();
        }
        std::unordered_set<std::string_view> written;
        Result keys;
        if (ok) {
            for (int i = 0; i < upsert.rows(); ++i) {
                (upsert.boolean(i, 0) ? counts.added : counts.changed) += 1;
                written.insert(upsert.bytes(i, 1));
            }
            keys = m_conn->execParams(pgschema::kPageKeys, Params(), true, error);
            ok = keys.ok();
        }
        if (ok) {
            std::unordered_map<std::string_view, qint64> keyOf;
            for (int i = 0; i < keys.rows(); ++i)
                keyOf.emplace(keys.bytes(i, 0), keys.int8(i, 1));
            counts.records.resize(page.records.size());
            for (size_t i = 0; i < page.records.size(); ++i) {
                const std::string_view sessionId = page.records[i].sessionId;
                // Every copy of a call the page holds twice counts as written:
                // a store taking them in order ends with the stored (last) one.
                if (const auto it = keyOf.find(sessionId); it != keyOf.end())
                    counts.records[i] = {it->second, written.contains(sessionId) || repeated.contains(sessionId)};
            }
            counts.unchanged = int(rows.size()) - counts.added - counts.changed;
            counts.changed += replacedInPage;
            counts.unchanged += repeatedInPage;
            if (counts.added + counts.changed > 0) {
                // Delivered on commit to every instance listening for this account.
                const QString payload = QStringLiteral("{\"added\":%1,\"changed\":%2}").arg(counts.added).arg(counts.changed);
                ok = m_conn->execParams("SELECT pg_notify($1, $2)",
                                        Params().add(archiveNotifyChannel(m_identity)).add(payload), false, error).ok();
            }
        }
        if (ok)
            ok = m_conn->exec("COMMIT", error);
        if (!ok) {
            m_conn->exec("ROLLBACK", nullptr);
            return false;
        }
        if (result)
            *result = counts;
        return true;
    }

    bool addCoverage(const QString &scope, const UtcInterval &interval, qint64 fetchedAtUtc, QString *error) override
    {
        if (m_readOnly)
            return fail(error, QStringLiteral("%1 is open read-only").arg(location()));
        return m_conn->execParams("INSERT INTO coverage (scope, start_utc, end_utc, fetched_at) "
                                  "VALUES ($1, $2::bigint, $3::bigint, $4::bigint)",
                                  Params().add(scope).add(interval.startUtc).add(interval.endUtc).add(fetchedAtUtc),
                                  false, error).ok();
    }

    bool ledger(const QString &scope, const UtcInterval &interval, QList<LedgerEntry> *out, QString *error) override
    {
        out->clear();
        Result r = m_conn->execParams("SELECT start_utc, end_utc, fetched_at FROM coverage "
                                      "WHERE (scope = $1 OR scope = '') AND start_utc <= $3::bigint AND end_utc >= $2::bigint "
                                      "ORDER BY start_utc, end_utc, fetched_at",
                                      Params().add(scope).add(interval.startUtc).add(interval.endUtc), true, error);
        if (!r.ok())
            return false;
        for (int i = 0; i < r.rows(); ++i)
            out->append(LedgerEntry{r.int8(i, 0), r.int8(i, 1), r.int8(i, 2)});
        return true;
    }

    bool countCalls(const UtcInterval &interval, qint64 *count, QString *error) override
    {
        Params p;
        QByteArray sql = "SELECT count(*) FROM calls";
        if (!isWholeTime(interval)) {
            p.add(interval.startUtc).add(interval.endUtc);
            sql += " WHERE start_utc BETWEEN $1::bigint AND $2::bigint";
        }
        Result r = m_conn->execParams(sql.constData(), p, true, error);
        if (!r.ok())
            return false;
        *count = r.int8(0, 0);
        return true;
    }

    // The planner's way: the table's pages now times its calls per page at
    // the last ANALYZE, and for a range the share of a sample of about 1,000
    // pages that starts inside it. About 10 ms, where count(*) reads an index
    // of the whole table (70-90 ms in three processes for a million calls,
    // before a load can start). A range too small to sample well is counted.
    bool estimateCalls(const UtcInterval &interval, qint64 *estimate, QString *error) override
    {
        constexpr qint64 kEnoughSampled = 500;
        Result size = m_conn->query("SELECT reltuples::bigint, relpages::bigint, pg_relation_size(oid) / "
                                    "current_setting('block_size')::bigint FROM pg_class WHERE oid = 'calls'::regclass",
                                    error);
        if (!size.ok() || size.rows() != 1)
            return false;
        const qint64 analyzedCalls = size.int8(0, 0), analyzedPages = size.int8(0, 1), pages = size.int8(0, 2);
        if (analyzedCalls < 0 || analyzedPages <= 0)   // never analyzed: nothing to go by
            return countCalls(interval, estimate, error);
        const double calls = double(analyzedCalls) / double(analyzedPages) * double(pages);
        if (isWholeTime(interval)) {
            *estimate = qint64(calls);
            return true;
        }
        Result sample = m_conn->query(sampledShareQuery(interval).constData(), error);
        if (!sample.ok() || sample.rows() != 1)
            return false;
        const qint64 inside = sample.int8(0, 0), sampled = sample.int8(0, 1);
        if (inside < kEnoughSampled)
            return countCalls(interval, estimate, error);
        *estimate = qint64(calls * double(inside) / double(sampled));
        return true;
    }

    bool readCalls(const UtcInterval &interval, const std::function<bool(ArchivedCall &)> &sink,
                   QString *error) override
    {
        return readStretches(*m_conn, rangeStretches(interval), false,
                             [&sink](ArchivedCall &call, const pg::CopyRow &) { return sink(call); }, error);
    }

    bool readCallsInParts(const UtcInterval &interval, const std::function<bool(int part, ArchivedCall &)> &sink,
                          QString *error) override
    {
        // Both parts read one snapshot: this connection's transaction exports
        // it, the second connection's imports it.
        if (!beginRead(*m_conn, {}, error))
            return false;
        const bool ok = readInParts(interval, sink, error);
        m_conn->exec("ROLLBACK", nullptr);   // read only: nothing to commit
        return ok;
    }
    // Ties of start time are broken by id (version 4's order; an older
    // archive's reader sorts by it too), and the parts of a version-4 archive
    // end with the calls too long for calls_load, out of order.
    bool partsInKeyOrder() const override { return true; }

    bool readRawRange(const UtcInterval &interval, const std::function<bool(std::string_view, int)> &sink,
                      QString *error) override
    {
        return copyStretches(*m_conn, rangeStretches(interval), false, "r.raw_json, offset_minutes", 2,
                             "calls JOIN raw_records r ON r.call_id = calls.id",
                             [&](const pg::CopyRow &r) { return sink(r.bytes(0), r.int4(1)); }, error);
    }

    std::shared_ptr<RawJsonSource> rawSource(QString *error) override
    {
        // A connection of its own: libpq connections are not shared between threads.
        auto c = Connection::open(m_conn->spec(), error);
        if (!c)
            return nullptr;
        if (!c->exec("SET default_transaction_read_only = on", error))
            return nullptr;
        return std::make_shared<PgRawSource>(std::move(c));
    }

private:
    std::unique_ptr<Connection> m_conn;
    bool m_readOnly = false;
    int m_version = 0;   // the schema's, once open
    bool m_bound = false;
    ArchiveIdentity m_identity;

    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    bool matches(const ArchiveIdentity &identity, QString *error) const
    {
        if (identity == m_identity)
            return true;
        return fail(error, QStringLiteral("%1 holds the calls of account %2 on %3 (%4), not of account %5 on %6 (%7)")
                               .arg(location(), m_identity.accountId, m_identity.host, m_identity.endpoint,
                                    identity.accountId, identity.host, identity.endpoint));
    }

    bool loadIdentity(QString *error)
    {
        Result r = m_conn->query("SELECT key, value FROM meta", error);
        if (!r.ok())
            return false;
        QHash<QString, QString> meta;
        for (int i = 0; i < r.rows(); ++i)
            meta.insert(r.text(i, 0), r.text(i, 1));
        m_bound = meta.contains(QStringLiteral("account_id"));
        m_identity = {meta.value(QStringLiteral("host")), meta.value(QStringLiteral("account_id")),
                      meta.value(QStringLiteral("app_id")), meta.value(QStringLiteral("endpoint"))};
        return true;
    }

    bool checkVersion(QString *error)
    {
        Result r = m_conn->query("SELECT coalesce(max(version), 0) FROM callscope_schema_version", error);
        if (!r.ok())
            return false;
        const int version = r.int4(0, 0);
        if (version > pgschema::kVersion)
            return fail(error, QStringLiteral("%1 was made by a newer CallScope (schema version %2; this one knows %3)")
                                   .arg(location()).arg(version).arg(pgschema::kVersion));
        if (version < pgschema::kReadableVersion && m_readOnly)
            return fail(error, QStringLiteral("%1 has schema version %2: open it once for writing to migrate it")
                                   .arg(location()).arg(version));
        m_version = version;
        return true;
    }

    bool migrate(QString *error)
    {
        // One instance at a time creates or migrates; the others wait, then see it done.
        if (!m_conn->exec("BEGIN", error))
            return false;
        bool ok = m_conn->execParams("SELECT pg_advisory_xact_lock($1::bigint)",
                                     Params().add(qint64(pgschema::kMigrationLockKey)), false, error).ok()
            && m_conn->exec("SET LOCAL client_min_messages = warning", error)
            && m_conn->exec(pgschema::kCreateVersionTable, error);
        int version = 0;
        if (ok) {
            Result r = m_conn->query("SELECT coalesce(max(version), 0) FROM callscope_schema_version", error);
            ok = r.ok();
            if (ok)
                version = r.int4(0, 0);
        }
        if (ok && version > pgschema::kVersion) {
            fail(error, QStringLiteral("%1 was made by a newer CallScope (schema version %2; this one knows %3)")
                            .arg(location()).arg(version).arg(pgschema::kVersion));
            ok = false;
        }
        if (ok && version < 1)
            ok = m_conn->exec(pgschema::kCreateV1, error)
                && m_conn->exec("INSERT INTO callscope_schema_version (version) VALUES (1)", error);
        // Version 2 rewrites the calls table once (its new column is stored):
        // about 10 s a million calls, while other instances wait on the lock.
        if (ok && version < 2)
            ok = m_conn->exec(pgschema::kCreateV2, error)
                && m_conn->exec("INSERT INTO callscope_schema_version (version) VALUES (2)", error);
        if (ok && version < 3)
            ok = m_conn->exec(pgschema::kCreateV3, error)
                && m_conn->exec("INSERT INTO callscope_schema_version (version) VALUES (3)", error);
        // Version 4 builds four indexes: about 4.5 s a million calls.
        if (ok && version < 4)
            ok = m_conn->exec(pgschema::kCreateV4, error)
                && m_conn->exec("INSERT INTO callscope_schema_version (version) VALUES (4)", error);
        // Later versions: `if (ok && version < 5) ...` here.
        if (ok)
            m_version = pgschema::kVersion;
        if (ok)
            ok = m_conn->exec("COMMIT", error);
        if (!ok)
            m_conn->exec("ROLLBACK", nullptr);
        return ok;
    }

    static void optional(std::string &out, std::string_view value)
    {
        if (value.empty())
            out += "\\N";
        else
            pg::appendCopyText(out, value);
    }
    static void number(std::string &out, qint64 value) { out += std::to_string(value); }
    static void score(std::string &out, int value)
    {
        if (value == kNoScore)
            out += "\\N";
        else
            number(out, value);
    }

    static void appendRow(std::string &out, const CallFields &f, int offsetMinutes)
    {
        const qint64 offsetSeconds = qint64(offsetMinutes) * 60;
        auto utc = [&](qint64 seconds, bool isUtc) {
            if (seconds == kNoTime)
                out += "\\N";
            else
                number(out, isUtc ? seconds : seconds + offsetSeconds);
        };
        pg::appendCopyText(out, f.sessionId); out += '\t';
        optional(out, f.conversationId); out += '\t';
        optional(out, f.userId); out += '\t';
        utc(f.startSeconds, f.startIsUtc); out += '\t';
        utc(f.endSeconds, f.endIsUtc); out += '\t';
        number(out, offsetMinutes); out += '\t';
        optional(out, f.channel); out += '\t';
        optional(out, f.finalStatus); out += '\t';
        optional(out, f.smartStatus); out += '\t';
        optional(out, f.reason); out += '\t';
        optional(out, f.direction); out += '\t';
        optional(out, f.botId); out += '\t';
        optional(out, f.isVoicemail); out += '\t';
        pg::appendCopyTextArray(out, f.queues); out += '\t';
        pg::appendCopyTextArray(out, f.agents); out += '\t';
        pg::appendCopyTextArray(out, f.dispositions); out += '\t';
        number(out, f.talkSeconds); out += '\t';
        number(out, f.holdSeconds); out += '\t';
        number(out, f.afterCallWorkSeconds); out += '\t';
        number(out, f.handleSeconds()); out += '\t';
        number(out, f.waitSeconds); out += '\t';
        number(out, f.destinationCount); out += '\t';
        number(out, f.agentSegmentCount); out += '\t';
        score(out, f.csatScore); out += '\t';
        score(out, f.npsScore); out += '\t';
        score(out, f.likeDislikeScore); out += '\t';
        optional(out, f.sessionStartTime); out += '\t';
        optional(out, f.sessionEndTime); out += '\t';
        pg::appendCopyText(out, f.raw); out += '\n';
    }

    // readCallsInParts() inside this connection's transaction. False without
    // an error, before any call was read, where the snapshot cannot be shared
    // (exported, or imported by a second connection: e.g. the server has no
    // connection to spare): the caller then reads with readCalls().
    bool readInParts(const UtcInterval &interval, const std::function<bool(int part, ArchivedCall &)> &sink,
                     QString *error)
    {
        Result snapshot = m_conn->query("SELECT pg_export_snapshot()", nullptr);
        if (!snapshot.ok() || snapshot.rows() != 1) {
            if (error)
                error->clear();
            return false;
        }
        std::optional<qint64> cut;
        if (!middleStart(interval, &cut, error))
            return false;
        auto partSink = [&sink](int part) {
            return [&sink, part](ArchivedCall &call, const pg::CopyRow &) { return sink(part, call); };
        };
        if (!cut)   // nothing to cut: one part
            return readStretches(*m_conn, rangeStretches(interval), true, partSink(0), error);
        Parts parts = splitAt(interval, *cut);
        // Version 4: the parts read calls_load alone (an index-only scan), and
        // the second part then the calls too long for it (see partsInKeyOrder()).
        std::vector<QByteArray> longStretches;
        if (m_version >= 4) {
            for (std::vector<QByteArray> *part : {&parts.first, &parts.second}) {
                for (QByteArray &where : *part)
                    where += QByteArray(" AND ") + pgschema::kShortPacked;
            }
            longStretches = rangeStretches(interval);
            for (QByteArray &where : longStretches)
                where += QByteArray(" AND ") + pgschema::kLongPacked;
        }
        std::unique_ptr<Connection> second = openSnapshotReader(std::string(snapshot.bytes(0, 0)));
        if (!second) {
            if (error)
                error->clear();
            return false;
        }
        bool secondOk = true;
        QString secondError;
        std::thread reader([&] {
            // A sink that stopped the second part ends it: no long calls after.
            bool stopped = false;
            const auto secondSink = [&sink, &stopped](ArchivedCall &call, const pg::CopyRow &) {
                stopped = !sink(1, call);
                return !stopped;
            };
            secondOk = readStretches(*second, parts.second, true, secondSink, &secondError)
                && (stopped || readStretches(*second, longStretches, true, secondSink, &secondError));
        });
        const bool firstOk = readStretches(*m_conn, parts.first, true, partSink(0), error);
        reader.join();
        if (firstOk && !secondOk && error)
            *error = secondError;
        return firstOk && secondOk;
    }

    // Where to cut the interval into two parts of about as many calls: at
    // the median of a sample, or exactly where too few sampled calls start
    // inside it (a narrow interval: counting it is cheap too).
    bool middleStart(const UtcInterval &interval, std::optional<qint64> *cut, QString *error)
    {
        constexpr qint64 kEnoughSampled = 500;
        Result sample = m_conn->query(sampledMiddleStartQuery(interval).constData(), error);
        if (!sample.ok())
            return false;
        if (sample.rows() == 1 && sample.int8(0, 1) >= kEnoughSampled) {
            *cut = sample.int8(0, 0);
            return true;
        }
        Result middle = m_conn->query(middleStartQuery(interval).constData(), error);
        if (!middle.ok())
            return false;
        if (middle.rows() > 0)
            *cut = middle.int8(0, 0);
        return true;
    }

    // A second connection in a read-only transaction on `snapshot` (exported
    // by this one's open transaction); null when that cannot be had.
    std::unique_ptr<Connection> openSnapshotReader(const std::string &snapshot) const
    {
        // SET TRANSACTION SNAPSHOT takes a literal only: the server's id is
        // hex digits and dashes, anything else is refused here.
        if (snapshot.empty() || snapshot.find_first_not_of("0123456789ABCDEFabcdef-") != std::string::npos)
            return nullptr;
        QString ignored;
        auto c = Connection::open(m_conn->spec(), &ignored);
        if (c)
            c->exec(kSessionSettings, nullptr);
        if (!c || !beginRead(*c, snapshot, &ignored))
            return nullptr;
        return c;
    }

public:
    // Following: the calls added (id above afterKey) or replaced (fetched_at
    // at or after sinceFetchedAt; an upsert keeps the id) since a reader last
    // looked, in readCalls()'s order: the stretches of readCalls(), each
    // narrowed to those calls, read and decoded as a load's rows are, with
    // fetched_at after the call's columns.
    bool readCallsChangedSince(const UtcInterval &interval, qint64 afterKey, qint64 sinceFetchedAt,
                               const std::function<bool(ArchivedCall &, qint64)> &sink, QString *error) override
    {
        // COPY takes no parameters: only numbers formatted here, quoted so that
        // the smallest bigint (since the beginning) reads as one.
        const QByteArray changed = " AND (id > '" + QByteArray::number(afterKey) + "'::bigint OR fetched_at >= '"
            + QByteArray::number(sinceFetchedAt) + "'::bigint)";
        std::vector<QByteArray> stretches = rangeStretches(interval);
        for (QByteArray &where : stretches)
            where += changed;
        // One snapshot for the stretches, but not beginRead()'s plan: the few
        // changed calls are found through the primary key and calls_fetched
        // (schema version 3; a bitmap of both), which its settings would turn
        // into a walk of calls_start over the whole range. An archive still at
        // version 2 (opened read-only, which cannot follow) scans the table.
        if (!m_conn->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
            return false;
        const bool ok = readStretches(*m_conn, stretches, true, [&sink](ArchivedCall &call, const pg::CopyRow &r) {
            return sink(call, r.isNull(kCallColumnCount) ? 0 : r.int8(kCallColumnCount));
        }, error, ", fetched_at", 1);
        m_conn->exec("ROLLBACK", nullptr);   // read only: nothing to commit
        return ok;
    }
};

} // namespace

std::unique_ptr<ArchiveBackend> openArchiveServer(const QString &uri, bool readOnly, QString *error,
                                                  const QString &password)
{
    pg::ConnectSpec spec;
    spec.uri = uri;
    spec.password = password;
    auto c = Connection::open(spec, error);
    if (!c)
        return nullptr;
    auto archive = std::make_unique<PgArchive>(std::move(c), readOnly);
    QString message;
    if (!archive->open(&message)) {
        if (error)
            *error = message.startsWith(archive->location()) ? message : archive->location() + QStringLiteral(": ") + message;
        return nullptr;
    }
    return archive;
}

} // namespace cs
