// The SQLite archive backend: a .callscope file of format 3 (the snapshot
// format) plus a coverage ledger, filled page by page. Storing pages:
// archivewriter.cpp; reading calls: archivecalls.cpp.
#include "archive.h"
#include "archivecalls.h"
#include "archivefile.h"
#include "archivefileimpl.h"
#include "conversationrows.h"
#include "rawcodec.h"
#include "recordstore.h"
#include "snapshot.h"
#include "snapshotschema.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtEndian>
#include <algorithm>
#include <mutex>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace cs {

using archivefile::ArchiveText;
using archivefile::shown;

namespace {

constexpr int kStepLimitMs = 5000;

class FileRawSource : public RawJsonSource
{
public:
    bool open(const QString &path, int format, QString *error)
    {
        if (!m_db.openUntrusted(path, kStepLimitMs)) {
            *error = ArchiveText::tr("Cannot open %1: %2").arg(shown(path), m_db.errorMessage());
            return false;
        }
        const QByteArray select = QByteArray("SELECT r.raw_json, r.raw_zstd, r.raw_dictionary, c.raw_hash, c.row FROM ")
            + archivecalls::callsTable(format) + " c LEFT JOIN raw_records r ON r.row = c.row ";
        m_select = std::make_unique<sqlite::Statement>(m_db, QByteArray(select + "WHERE c.row = ?1").constData());
        m_range = std::make_unique<sqlite::Statement>(
            m_db, QByteArray(select + "WHERE c.row BETWEEN ?1 AND ?2 ORDER BY c.row").constData());
        // The same columns as m_range's, from raw_records alone (StoredChecksums::Skip).
        m_rawRange = std::make_unique<sqlite::Statement>(
            m_db, "SELECT raw_json, raw_zstd, raw_dictionary, 0, row FROM raw_records WHERE row BETWEEN ?1 AND ?2 "
                  "ORDER BY row");
        // readHashes()'s own connection, opened now: on the same file as m_db
        // even when a save replaces the file at `path` later.
        if (!m_checksumDb.openUntrusted(path, kStepLimitMs)) {
            *error = ArchiveText::tr("Cannot open %1: %2").arg(shown(path), m_checksumDb.errorMessage());
            return false;
        }
        m_hashes = std::make_unique<sqlite::Statement>(
            m_checksumDb, QByteArray(QByteArray("SELECT row, raw_hash FROM ") + archivecalls::callsTable(format)
                                     + " WHERE row BETWEEN ?1 AND ?2 ORDER BY row").constData());
        if (!m_select->isValid() || !m_range->isValid() || !m_rawRange->isValid()) {
            *error = ArchiveText::tr("Cannot read %1: %2").arg(shown(path), m_db.errorMessage());
            return false;
        }
        if (!m_hashes->isValid()) {
            *error = ArchiveText::tr("Cannot read %1: %2").arg(shown(path), m_checksumDb.errorMessage());
            return false;
        }
        sqlite::Statement blocks(m_db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'raw_blocks'");
        m_hasBlocks = format >= 3 && blocks.isValid() && blocks.step() == SQLITE_ROW && blocks.columnInt(0) > 0;
        return true;
    }
    bool readRaw(qint64 key, std::string *out) const override
    {
        std::lock_guard lock(m_mutex);
        return readRawLocked(key, out);
    }
    bool readRawLocked(qint64 key, std::string *out) const
    {
        m_db.stepStarting();
        m_select->bind(1, key);
        bool ok = m_select->step() == SQLITE_ROW;
        if (ok)
            ok = m_reader.read(m_db, m_select->columnText(0), m_select->columnIsNull(0), m_select->columnBlob(1),
                               m_select->columnInt(2), out, key)
                && rawcodec::rawHash(*out) == m_select->columnInt(3);   // SQLite keeps no checksums; we do
        m_select->reset();
        return ok;
    }
    // In key order, in one read transaction: a compact snapshot's calls are
    // in blocks of a thousand rows, and its reader keeps the last block, so a
    // view's rows (sorted by anything) decompress each block once a batch.
    void readRawMany(const std::vector<qint64> &keys, std::vector<std::string> *out) const override
    {
        std::vector<size_t> order(keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        out->resize(keys.size());
        std::lock_guard lock(m_mutex);
        const bool transaction = m_db.exec("BEGIN");
        for (const size_t i : order) {
            if (!readRawLocked(keys[i], &(*out)[i]))
                (*out)[i].clear();
        }
        if (transaction)
            m_db.exec("COMMIT");
    }
    bool readStored(const std::vector<qint64> &keys, std::vector<StoredRaw> *out,
                    StoredChecksums checksums) const override
    {
        std::lock_guard lock(m_mutex);
        out->resize(keys.size());
        // One read transaction for them all: each statement alone would take
        // and drop the file's lock and check for a journal, per call.
        const bool transaction = m_db.exec("BEGIN");
        bool ok = true;
        if (!keys.empty() && keys.back() - keys.front() == qint64(keys.size()) - 1
            && std::is_sorted(keys.begin(), keys.end())) {
            // Consecutive rows (a save's batch): one cursor walks them, instead
            // of two seeks a row while the source's lock is held.
            ok = checksums == StoredChecksums::Read ? readStoredRange(keys, out) : readStoredRawRange(keys, out);
        } else {
            for (size_t i = 0; i < keys.size() && ok; ++i)
                ok = readStoredOne(keys[i], &(*out)[i]);
        }
        if (transaction)
            m_db.exec("COMMIT");
        return ok;
    }
    bool readStoredOne(qint64 key, StoredRaw *out) const
    {
        m_db.stepStarting();
        m_select->bind(1, key);
        const bool ok = m_select->step() == SQLITE_ROW && takeStored(*m_select, key, out);
        m_select->reset();
        return ok;
    }
    // With each call's calls row: its checksum.
    bool readStoredRange(const std::vector<qint64> &keys, std::vector<StoredRaw> *out) const
    {
        m_db.stepStarting();
        m_range->bind(1, keys.front());
        m_range->bind(2, keys.back());
        bool ok = true;
        size_t i = 0;
        while (ok && i < keys.size() && m_range->step() == SQLITE_ROW) {
            ok = m_range->columnInt(4) == keys[i] && takeStored(*m_range, keys[i], &(*out)[i]);
            ++i;
        }
        m_range->reset();
        return ok && i == keys.size();
    }
    // The raw_records rows alone; a call without one (its JSON in a block,
    // format 4) is read as readStoredOne() reads it.
    bool readStoredRawRange(const std::vector<qint64> &keys, std::vector<StoredRaw> *out) const
    {
        m_db.stepStarting();
        m_rawRange->bind(1, keys.front());
        m_rawRange->bind(2, keys.back());
        bool ok = true;
        bool row = m_rawRange->step() == SQLITE_ROW;
        for (size_t i = 0; i < keys.size() && ok; ++i) {
            if (row && m_rawRange->columnInt(4) == keys[i]) {
                ok = takeStored(*m_rawRange, keys[i], &(*out)[i]);
                row = m_rawRange->step() == SQLITE_ROW;
            } else {
                ok = readStoredOne(keys[i], &(*out)[i]);
            }
        }
        m_rawRange->reset();
        return ok;
    }
    // A save asks for the keys of consecutive rows, mostly consecutive
    // themselves: one cursor walks from the least to the greatest, unless
    // they are spread wide, then each is looked up alone. On a connection of
    // their own, so that a save's workers read JSON meanwhile: under the
    // JSON's lock, a million checksums kept them waiting 0.18 s.
    bool readHashes(const std::vector<qint64> &keys, std::vector<qint64> *out) const override
    {
        out->resize(keys.size());
        if (keys.empty())
            return true;
        std::vector<size_t> order(keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        const qint64 least = keys[order.front()];
        const qint64 greatest = keys[order.back()];
        const bool walk = greatest - least < 4 * qint64(keys.size());
        std::lock_guard lock(m_checksumMutex);
        const bool transaction = m_checksumDb.exec("BEGIN");
        size_t i = 0;
        auto take = [&](qint64 from, qint64 to) {
            m_checksumDb.stepStarting();
            m_hashes->bind(1, from);
            m_hashes->bind(2, to);
            while (i < order.size() && m_hashes->step() == SQLITE_ROW) {
                const qint64 row = m_hashes->columnInt(0);
                for (; i < order.size() && keys[order[i]] == row; ++i)
                    (*out)[order[i]] = m_hashes->columnInt(1);
                if (i < order.size() && keys[order[i]] < row)
                    break;   // not stored
                if (!walk)
                    break;
            }
            m_hashes->reset();
        };
        if (walk) {
            take(least, greatest);
        } else {
            for (size_t before = size_t(-1); i < order.size() && i != before;) {
                before = i;
                take(keys[order[i]], keys[order[i]]);
            }
        }
        if (transaction)
            m_checksumDb.exec("COMMIT");
        return i == order.size();
    }
    bool readStoredBlock(qint64 firstKey, int count, StoredBlock *out) const override
    {
        std::lock_guard lock(m_mutex);
        if (!m_hasBlocks)
            return false;
        const bool transaction = m_db.exec("BEGIN");
        const bool ok = readStoredBlockLocked(firstKey, count, out);
        if (transaction)
            m_db.exec("COMMIT");
        return ok;
    }
    bool dictionaries(std::vector<std::pair<qint64, QByteArray>> *out) const override
    {
        std::lock_guard lock(m_mutex);
        m_db.stepStarting();
        sqlite::Statement select(m_db, "SELECT id, dictionary FROM raw_dictionaries ORDER BY id");
        int rc = SQLITE_DONE;
        while (select.isValid() && (rc = select.step()) == SQLITE_ROW) {
            const std::string_view bytes = select.columnBlob(1);
            out->emplace_back(select.columnInt(0), QByteArray(bytes.data(), qsizetype(bytes.size())));
        }
        return select.isValid() && rc == SQLITE_DONE;
    }

private:
    // A row of m_select or m_range: its JSON as stored.
    bool takeStored(const sqlite::Statement &row, qint64 key, StoredRaw *stored) const
    {
        const bool text = !row.columnIsNull(0);
        const std::string_view bytes = text ? row.columnText(0) : row.columnBlob(1);
        stored->hash = row.columnInt(3);
        if (!text && bytes.empty()) {
            // In a block (format 4): handed out as text, checked by its reader.
            stored->dictionary = 0;
            return m_reader.read(m_db, {}, true, {}, 0, &stored->bytes, key);
        }
        stored->bytes.assign(bytes.data(), bytes.size());
        stored->dictionary = text ? 0 : row.columnInt(2);
        return text || stored->dictionary > 0;
    }
    bool readStoredBlockLocked(qint64 firstKey, int count, StoredBlock *out) const
    {
        m_db.stepStarting();
        sqlite::Statement block(m_db, "SELECT sizes, raw_zstd, raw_dictionary FROM raw_blocks WHERE first_row = ?1");
        block.bind(1, firstKey);
        if (!block.isValid() || block.step() != SQLITE_ROW)
            return false;
        const std::string_view sizes = block.columnBlob(0);
        if (sizes.size() != size_t(count) * 4 || block.columnInt(2) <= 0)
            return false;
        for (size_t i = 0; i < size_t(count); ++i)
            if (qFromLittleEndian<quint32>(sizes.data() + 4 * i) == 0)
                return false;   // a call kept in raw_records
        // A call replaced since (an archive opened on the snapshot) has a
        // raw_records row, which wins over its bytes in the block.
        sqlite::Statement replaced(m_db, "SELECT count(*) FROM raw_records WHERE row BETWEEN ?1 AND ?2");
        replaced.bind(1, firstKey);
        replaced.bind(2, firstKey + count - 1);
        if (!replaced.isValid() || replaced.step() != SQLITE_ROW || replaced.columnInt(0) != 0)
            return false;
        sqlite::Statement hashes(m_db, "SELECT row, raw_hash FROM calls WHERE row BETWEEN ?1 AND ?2 ORDER BY row");
        hashes.bind(1, firstKey);
        hashes.bind(2, firstKey + count - 1);
        out->hashes.clear();
        while (hashes.isValid() && hashes.step() == SQLITE_ROW) {
            if (hashes.columnInt(0) != firstKey + qint64(out->hashes.size()))
                return false;
            out->hashes.push_back(hashes.columnInt(1));
        }
        if (out->hashes.size() != size_t(count))
            return false;
        const std::string_view frame = block.columnBlob(1);
        out->sizes.assign(sizes.data(), sizes.size());
        out->frame.assign(frame.data(), frame.size());
        out->dictionary = block.columnInt(2);
        return true;
    }

    mutable std::mutex m_mutex;
    mutable sqlite::Database m_db;
    mutable std::unique_ptr<sqlite::Statement> m_select, m_range, m_rawRange;
    mutable std::mutex m_checksumMutex;   // readHashes()'s connection
    mutable sqlite::Database m_checksumDb;
    mutable std::unique_ptr<sqlite::Statement> m_hashes;
    mutable RawColumnReader m_reader;
    bool m_hasBlocks = false;   // format 4's raw_blocks table is there
};

} // namespace

bool ArchiveFile::Impl::create(QString *error)
{
    // Two fetches may create the same new archive at once: the second waits
    // for the first's transaction (busy_timeout) and then finds the tables.
    if (!db.exec("BEGIN IMMEDIATE"))
        return fail(error, dbError());
    {
        sqlite::Statement tables(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'meta'");
        if (!tables.isValid() || tables.step() != SQLITE_ROW) {
            const QString message = dbError();
            db.exec("ROLLBACK");
            return fail(error, message);
        }
        if (tables.columnInt(0) > 0)
            return db.exec("COMMIT") || fail(error, dbError());
    }
    const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(kSnapshotApplicationId)
        + "; PRAGMA user_version=" + QByteArray::number(kSnapshotSchemaVersion) + ";";
    if (!db.exec(pragmas.constData()) || !db.exec(snapshotschema::kCreateTables)
        || !db.exec(snapshotschema::kCreateIndexes)) {
        const QString message = dbError();
        db.exec("ROLLBACK");
        return fail(error, message);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const bool ok = setMeta("schema_version", QString::number(kSnapshotSchemaVersion))
        && setMeta("app_version", QCoreApplication::applicationVersion()) && setMeta("fetched_at", now)
        && setMeta("kind", u"archive"_s) && setMeta("raw_storage", u"zstd"_s) && setMeta("record_count", u"0"_s)
        && setMeta("partial", u"0"_s);
    if (!ok || !db.exec("COMMIT"))
        return fail(error, dbError());
    // Into the main file now: until the first checkpoint the header (application
    // id, format) would be only in the WAL, and a file whose fetch is killed
    // before then could not be opened again (the header check reads the file).
    if (!db.exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        return fail(error, dbError());
    return true;
}

bool ArchiveFile::Impl::load(QString *error)
{
    identity.host = metaValue("host");
    identity.accountId = metaValue("account_id");
    identity.appId = metaValue("app_id");
    identity.endpoint = metaValue("endpoint");
    compression = metaValue("raw_storage") == u"text" ? RawCompression::Text : RawCompression::Zstd;
    sqlite::Statement count(db, QByteArray(QByteArray("SELECT count(*) FROM ") + archivecalls::callsTable(format)).constData());
    if (!count.isValid() || count.step() != SQLITE_ROW)
        return fail(error, dbError());
    records = count.columnInt(0);
    sqlite::Statement dict(db, "SELECT id, dictionary FROM raw_dictionaries ORDER BY id DESC LIMIT 1");
    if (!dict.isValid())
        return fail(error, dbError());
    if (dict.step() == SQLITE_ROW) {
        dictionaryId = dict.columnInt(0);
        const std::string_view bytes = dict.columnBlob(1);
        dictionary = QByteArray(bytes.data(), qsizetype(bytes.size()));
    }
    // The text rows wait for a dictionary to be trained on them: counted only
    // by a writer without one (the count reads every raw record: 0.37 s of a
    // 1M-call archive's 1 s open, for a number a reader never uses).
    if (!readOnly && dictionaryId == 0) {
        sqlite::Statement text(db, "SELECT count(raw_json) FROM raw_records");
        if (!text.isValid() || text.step() != SQLITE_ROW)
            return fail(error, dbError());
        textRows = text.columnInt(0);
    }
    if (!readOnly) {
        encoder = dictionaryId > 0 && compression == RawCompression::Zstd
            ? std::make_unique<RawEncoder>(dictionary, dictionaryId) : std::make_unique<RawEncoder>();
        writer = std::make_unique<ConversationRowWriter>(db);
        if (!writer->isValid())
            return fail(error, dbError());
    }
    return true;
}

ArchiveFile::ArchiveFile() : d(std::make_unique<Impl>()) {}
ArchiveFile::~ArchiveFile() = default;

bool ArchiveFile::open(const QString &path, bool create, bool readOnly, QString *error)
{
    d->path = path;
    d->readOnly = readOnly;
    const bool exists = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (exists) {
        // The same checks as opening a snapshot: header, format version, exactly our tables.
        SnapshotReader check;
        if (!check.open(path, error))
            return false;
        d->format = check.info().schemaVersion;
        if (d->format < 2) {
            if (readOnly)
                return d->fail(error, ArchiveText::tr("%1 is a snapshot of format %2; open it for writing once to "
                                                      "bring it to format %3.")
                                          .arg(shown(path)).arg(check.info().schemaVersion).arg(kSnapshotSchemaVersion));
            if (!migrateSnapshotFile(path, error))
                return false;
            d->format = kSnapshotSchemaVersion;
        }
    } else if (!create || readOnly) {
        return d->fail(error, ArchiveText::tr("The archive %1 does not exist.").arg(shown(path)));
    }
    if (readOnly) {
        if (!d->db.openUntrusted(path, kStepLimitMs))
            return d->fail(error, ArchiveText::tr("Cannot open %1: %2").arg(shown(path), d->db.errorMessage()));
        return d->load(error);
    }
    if (!exists)
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (!d->db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX))
        return d->fail(error, ArchiveText::tr("Cannot open %1: %2").arg(shown(path), d->db.errorMessage()));
    // WAL: a reader (the window, an export) never blocks the fetch writing pages;
    // synchronous=NORMAL in WAL still keeps every committed page across a crash
    // of the process (only a power loss may take the last commits).
    // The timeout first: another fetch may hold the file (even while creating it).
    if (!d->db.exec("PRAGMA busy_timeout=10000;") || (!exists && !d->db.exec("PRAGMA page_size=16384;"))
        || !d->db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"))
        return d->fail(error, d->dbError());
    if (!exists && !d->create(error))
        return false;
    if (d->format == 2) {
        // Format 2 holds the label columns as text in `conversations`: one
        // transaction moves them into `labels` and `calls` (docs/snapshot-format.md).
        QString detail;
        if (!archivecalls::migrateFormat2(d->db, &detail))
            return d->fail(error, ArchiveText::tr("The archive %1 cannot be brought to format %2: %3")
                                      .arg(shown(path)).arg(kSnapshotSchemaVersion).arg(detail));
        d->format = kSnapshotSchemaVersion;
    }
    // A snapshot is saved without the session index (snapshotschema.h): the
    // first writer builds it, before any page is looked up by session id.
    if (d->format >= 3) {
        bool indexed = false;
        {
            sqlite::Statement has(d->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'calls_session'");
            if (!has.isValid() || has.step() != SQLITE_ROW)
                return d->fail(error, d->dbError());
            indexed = has.columnInt(0) > 0;
        }
        if (!indexed && !d->db.exec(snapshotschema::kCreateSessionIndex))
            return d->fail(error, ArchiveText::tr("Cannot open %1: %2").arg(shown(path), d->db.errorMessage()));
    }
    return d->load(error);
}

QString ArchiveFile::location() const { return d->path; }
bool ArchiveFile::isReadOnly() const { return d->readOnly; }
ArchiveIdentity ArchiveFile::identity() const { return d->identity; }

bool ArchiveFile::bindIdentity(const ArchiveIdentity &identity, QString *error)
{
    if (!d->identity.accountId.isEmpty()) {
        if (d->identity.accountId == identity.accountId && d->identity.appId == identity.appId
            && (d->identity.endpoint.isEmpty() || d->identity.endpoint == identity.endpoint))
            return true;
        return d->fail(error, ArchiveText::tr("The archive %1 holds calls of account %2 (app %3); it cannot take calls "
                                              "of account %4 (app %5). Choose another archive file.")
                                  .arg(shown(d->path), d->identity.accountId, d->identity.appId, identity.accountId,
                                       identity.appId));
    }
    if (d->readOnly)
        return d->fail(error, ArchiveText::tr("The archive %1 is open read-only.").arg(shown(d->path)));
    if (!d->setMeta("host", identity.host) || !d->setMeta("account_id", identity.accountId)
        || !d->setMeta("app_id", identity.appId) || !d->setMeta("endpoint", identity.endpoint))
        return d->fail(error, d->dbError());
    d->identity = identity;
    return true;
}

bool ArchiveFile::addCoverage(const QString &scope, const UtcInterval &interval, qint64 fetchedAtUtc, QString *error)
{
    if (d->readOnly)
        return d->fail(error, ArchiveText::tr("The archive %1 is open read-only.").arg(shown(d->path)));
    sqlite::Statement insert(d->db, "INSERT INTO coverage (scope, start_utc, end_utc, fetched_at) VALUES (?1, ?2, ?3, ?4)");
    const QByteArray utf8 = scope.toUtf8();
    insert.bind(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    insert.bind(2, interval.startUtc);
    insert.bind(3, interval.endUtc);
    insert.bind(4, fetchedAtUtc);
    if (!insert.isValid() || insert.step() != SQLITE_DONE)
        return d->fail(error, d->dbError());
    return true;
}

bool ArchiveFile::ledger(const QString &scope, const UtcInterval &interval, QList<LedgerEntry> *out, QString *error)
{
    out->clear();
    sqlite::Statement select(d->db, "SELECT start_utc, end_utc, fetched_at FROM coverage "
                                    "WHERE (scope = ?1 OR scope = '') AND end_utc >= ?2 AND start_utc <= ?3 "
                                    "ORDER BY start_utc");
    const QByteArray utf8 = scope.toUtf8();
    select.bind(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    select.bind(2, interval.startUtc);
    select.bind(3, interval.endUtc);
    if (!select.isValid())
        return d->fail(error, d->dbError());
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        out->append({select.columnInt(0), select.columnInt(1), select.columnInt(2)});
    if (rc != SQLITE_DONE)
        return d->fail(error, d->dbError());
    return true;
}

bool ArchiveFile::countCalls(const UtcInterval &interval, qint64 *count, QString *error)
{
    const bool all = interval == kWholeTime;   // also the calls without a start time
    // Without a WHERE clause SQLite counts the pages of its smallest b-tree
    // instead of stepping through every row (0.00 s against 0.02 s for 1M calls).
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + archivecalls::callsTable(d->format)
        + (all ? "" : " WHERE start_utc BETWEEN ?1 AND ?2");
    sqlite::Statement select(d->db, sql.constData());
    if (!all) {
        select.bind(1, interval.startUtc);
        select.bind(2, interval.endUtc);
    }
    if (!select.isValid() || select.step() != SQLITE_ROW)
        return d->fail(error, d->dbError());
    *count = select.columnInt(0);
    d->countedInterval = interval;
    d->counted = *count;
    return true;
}

namespace {

// A call and the statement on its row: for the columns `more` adds.
using CallRowSink = std::function<bool(ArchivedCall &, const sqlite::Statement &row)>;

// Streams the calls `where` selects (binding ?1, ?2, ... to `binds`) in one
// read transaction, together with the labels they name (format 3; idsOnly:
// see archivecalls::streamCalls()); `more`: columns after the call's
// (archivecalls::selectSql()).
bool readCallsWith(sqlite::Database &db, int format, const char *where, const std::vector<qint64> &binds,
                   const CallRowSink &sink, const QString &path, QString *error, bool idsOnly = false,
                   const char *more = "")
{
    QString detail;
    bool ok = db.exec("BEGIN");
    auto labels = std::make_shared<LabelTable>();
    if (ok && format >= 3)
        ok = archivecalls::readLabels(db, labels.get(), &detail);
    else if (!ok)
        detail = db.errorMessage();
    if (ok) {
        sqlite::Statement s(db, archivecalls::selectSql(format, where, more).constData());
        int index = 0;
        for (const qint64 value : binds)
            s.bind(++index, value);
        archivecalls::CallDamage damage = archivecalls::CallDamage::None;
        ok = s.isValid()
            && archivecalls::streamCalls(s, format >= 3 ? labels : nullptr,
                                         [&](ArchivedCall &call) { return sink(call, s); }, &damage, idsOnly);
        if (!ok) {
            switch (damage) {
            case archivecalls::CallDamage::UnknownLabel:
                detail = ArchiveText::tr("a call names a label that the file does not have");
                break;
            case archivecalls::CallDamage::KeyOutOfRange:
                detail = ArchiveText::tr("a call's row number is larger than CallScope can hold");
                break;
            case archivecalls::CallDamage::None:
                detail = db.errorMessage();
                break;
            }
        }
    }
    db.exec("COMMIT");   // ends the read transaction
    if (!ok && error)
        *error = ArchiveText::tr("The archive %1 cannot be used: %2").arg(shown(path), detail);
    return ok;
}

// One part of a parted read: a WHERE clause and its values.
struct PartQuery
{
    const char *where;
    std::vector<qint64> binds;
};

// Reads part 1 in a second thread, on a connection of its own, while the
// caller's connection `db` reads part 0.
bool readTwoParts(sqlite::Database &db, int format, const QString &path, const PartQuery &first,
                  const PartQuery &second, const std::function<bool(int, ArchivedCall &)> &sink, QString *error)
{
    bool secondOk = true;
    QString secondError;
    std::thread secondThread([&] {
        sqlite::Database own;
        if (!own.openUntrusted(path, kStepLimitMs)) {
            secondOk = false;
            secondError = ArchiveText::tr("Cannot open %1: %2").arg(shown(path), own.errorMessage());
            return;
        }
        secondOk = readCallsWith(own, format, second.where, second.binds,
                                 [&sink](ArchivedCall &call, const sqlite::Statement &) { return sink(1, call); },
                                 path, &secondError, true);
    });
    const bool firstOk = readCallsWith(db, format, first.where, first.binds,
                                       [&sink](ArchivedCall &call, const sqlite::Statement &) { return sink(0, call); },
                                       path, error, true);
    secondThread.join();
    if (firstOk && !secondOk && error)
        *error = secondError;
    return firstOk && secondOk;
}

} // namespace

bool ArchiveFile::readCalls(const UtcInterval &interval, const std::function<bool(ArchivedCall &)> &sink,
                            QString *error)
{
    const bool all = interval == kWholeTime;   // also the calls without a start time
    return readCallsWith(d->db, d->format,
                         all ? "WHERE ?1 <= ?2 ORDER BY start_utc, row" : "WHERE start_utc BETWEEN ?1 AND ?2 ORDER BY start_utc, row",
                         {interval.startUtc, interval.endUtc},
                         [&sink](ArchivedCall &call, const sqlite::Statement &) { return sink(call); }, d->path, error);
}

bool ArchiveFile::readCallsInParts(const UtcInterval &interval, const std::function<bool(int, ArchivedCall &)> &sink,
                                   QString *error)
{
    const bool all = interval == kWholeTime;
    qint64 count = d->counted;
    if ((!(d->countedInterval == interval) || count < 0) && !countCalls(interval, &count, error))
        return false;
    // Two subqueries: SQLite finds a lone min() or max() at the b-tree's edge,
    // but scans every row for both in one query (0.10 s for 1M calls).
    const QByteArray table = archivecalls::callsTable(d->format);
    const QByteArray boundsSql = "SELECT coalesce((SELECT min(row) FROM " + table + "), 0), coalesce((SELECT max(row) FROM "
        + table + "), -1)";
    sqlite::Statement bounds(d->db, boundsSql.constData());
    if (!bounds.isValid() || bounds.step() != SQLITE_ROW)
        return d->fail(error, d->dbError());
    const qint64 firstRow = bounds.columnInt(0), lastRow = bounds.columnInt(1);
    bounds.reset();

    // Read in start order, a call is a seek from the start-time index into the
    // table; read in row order, the table is one sequential scan: 2.5 times
    // faster for a million calls (the sqlite3 shell: 0.36 s against 0.89 s).
    // When the range is most of the table, the parts are rows below and above
    // the middle row key, and the caller puts the calls back in start order
    // (a file's rows are usually in it already: snapshots are written so).
    if (count > 0 && count * 2 >= lastRow - firstRow + 1) {
        // Part 0 takes a multiple of a store's block of row keys: with no
        // keys missing (a snapshot's rows), its store ends on a block boundary
        // and takes part 1's blocks over (RecordStore::appendStore), instead
        // of copying them into fresh memory (a million calls: 0.75-1.0 s to a
        // sortable table against 1.1-1.3 s, bench_guiopen).
        constexpr qint64 kBlock = RecordStore::kBlockRows;
        qint64 half = (lastRow - firstRow) / 2 + 1;
        if (half >= kBlock)
            half = (half + kBlock / 2) / kBlock * kBlock;
        const qint64 cut = firstRow + half - 1;
        // "+start_utc": the row key, not the start-time index, drives the scan.
        if (all)
            return readTwoParts(d->db, d->format, d->path, {"WHERE row <= ?1 ORDER BY row", {cut}},
                                {"WHERE row > ?1 ORDER BY row", {cut}}, sink, error);
        return readTwoParts(d->db, d->format, d->path, {"WHERE row <= ?1 AND +start_utc BETWEEN ?2 AND ?3 ORDER BY row", {cut, interval.startUtc, interval.endUtc}},
                            {"WHERE row > ?1 AND +start_utc BETWEEN ?2 AND ?3 ORDER BY row", {cut, interval.startUtc, interval.endUtc}},
                            sink, error);
    }

    // A small part of the table: in start order through the index. The cut is
    // the start time of the middle call. Calls before it are part 0 (with
    // kWholeTime also those without a start, which sort first), the rest part 1.
    const QByteArray middleSql = QByteArray("SELECT start_utc FROM ") + archivecalls::callsTable(d->format)
        + " WHERE start_utc BETWEEN ?1 AND ?2 ORDER BY start_utc LIMIT 1 OFFSET ?3";
    sqlite::Statement middle(d->db, middleSql.constData());
    middle.bind(1, interval.startUtc);
    middle.bind(2, interval.endUtc);
    middle.bind(3, count / 2);
    if (!middle.isValid())
        return d->fail(error, d->dbError());
    const int middleRc = middle.step();
    if (middleRc != SQLITE_ROW && middleRc != SQLITE_DONE)
        return d->fail(error, d->dbError());
    const qint64 cut = middleRc == SQLITE_ROW ? middle.columnInt(0) : interval.endUtc + 1;
    middle.reset();
    return readTwoParts(d->db, d->format, d->path, {all ? "WHERE start_utc IS NULL OR start_utc < ?2 ORDER BY start_utc, row"
                             : "WHERE start_utc >= ?1 AND start_utc < ?2 ORDER BY start_utc, row",
                         {interval.startUtc, cut}},
                        {"WHERE start_utc BETWEEN ?1 AND ?2 ORDER BY start_utc, row", {cut, interval.endUtc}}, sink, error);
}

// Following: the calls added (a row above afterKey) or replaced (fetched_at
// at or after sinceFetchedAt; a replaced call keeps its row) since a reader
// last looked, and only those: one revised old call must not make this a
// read of the whole range. Formats 2 and 3 both keep fetched_at per call.
bool ArchiveFile::readCallsChangedSince(const UtcInterval &interval, qint64 afterKey, qint64 sinceFetchedAt,
                                        const std::function<bool(ArchivedCall &, qint64)> &sink, QString *error)
{
    const bool all = interval == kWholeTime;   // also the calls without a start time
    constexpr int fetchedAt = archivecalls::kFirstMoreColumn;
    return readCallsWith(d->db, d->format,
                         all ? "WHERE ?1 <= ?2 AND (row > ?3 OR fetched_at >= ?4) ORDER BY start_utc, row"
                             : "WHERE start_utc BETWEEN ?1 AND ?2 AND (row > ?3 OR fetched_at >= ?4) ORDER BY start_utc, row",
                         {interval.startUtc, interval.endUtc, afterKey, sinceFetchedAt},
                         [&sink](ArchivedCall &call, const sqlite::Statement &row) {
                             return sink(call, row.columnIsNull(fetchedAt) ? 0 : row.columnInt(fetchedAt));
                         }, d->path, error, false, ", fetched_at");
}

bool ArchiveFile::readRawRange(const UtcInterval &interval,
                               const std::function<bool(std::string_view raw, int offsetMinutes)> &sink, QString *error)
{
    const bool all = interval == kWholeTime;   // also the calls without a start time
    const QByteArray sql = QByteArray("SELECT r.raw_json, r.raw_zstd, r.raw_dictionary, c.offset_minutes, c.raw_hash, "
                                      "c.session_id, c.row FROM ") + archivecalls::callsTable(d->format)
        + " c LEFT JOIN raw_records r ON r.row = c.row "
        + (all ? "WHERE ?1 <= ?2 ORDER BY c.start_utc, c.row" : "WHERE c.start_utc BETWEEN ?1 AND ?2 ORDER BY c.start_utc, c.row");
    sqlite::Statement s(d->db, sql.constData());
    s.bind(1, interval.startUtc);
    s.bind(2, interval.endUtc);
    if (!s.isValid())
        return d->fail(error, d->dbError());
    std::string raw;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (!d->rawReader.read(d->db, s.columnText(0), s.columnIsNull(0), s.columnBlob(1), s.columnInt(2), &raw,
                               s.columnInt(6)))
            return d->fail(error, ArchiveText::tr("The archive %1 is damaged: a call's JSON cannot be decompressed.")
                                      .arg(shown(d->path)));
        if (rawcodec::rawHash(raw) != s.columnInt(4)) {
            const std::string_view id = s.columnText(5);
            return d->fail(error, ArchiveText::tr("%1 is damaged: the JSON of call %2 does not match its checksum.")
                                      .arg(shown(d->path), QString::fromUtf8(id.data(), qsizetype(std::min<size_t>(id.size(), 100)))));
        }
        if (!sink(raw, int(s.columnInt(3))))
            return true;
    }
    if (rc != SQLITE_DONE)
        return d->fail(error, d->dbError());
    return true;
}

std::shared_ptr<RawJsonSource> ArchiveFile::rawSource(QString *error)
{
    auto source = std::make_shared<FileRawSource>();
    if (!source->open(d->path, d->format, error))
        return {};
    return source;
}

std::unique_ptr<ArchiveBackend> openArchiveFile(const QString &path, bool create, bool readOnly, QString *error)
{
    auto archive = std::make_unique<ArchiveFile>();
    if (!archive->open(path, create, readOnly, error))
        return {};
    return archive;
}

QString defaultArchivePath(const ArchiveIdentity &identity)
{
    // One file per account and app; characters a file name cannot hold become '_'.
    QString name = identity.accountId + u'-' + identity.appId;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    if (name == u"-")
        name = u"default"_s;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archives"_s;
    return dir + u'/' + name.left(120) + u".callscope"_s;
}

} // namespace cs

namespace cs {

bool migrateSnapshotFile(const QString &path, QString *error)
{
    SnapshotReader reader;
    RecordStore store;
    if (!reader.open(path, error) || !reader.loadInto(store, error))
        return false;
    const QString backup = path + u".v1.bak"_s;
    QFile::remove(backup);
    if (!QFile::copy(path, backup)) {
        if (error)
            *error = ArchiveText::tr("Cannot keep a copy of %1 before bringing it to the new format.").arg(shown(path));
        return false;
    }
    // saveSnapshot writes a temporary file and renames it over the old one.
    return saveSnapshot(path, store, reader.info(), error, {}, RawCompression::Zstd);
}

} // namespace cs
