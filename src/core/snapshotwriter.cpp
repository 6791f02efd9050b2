// Writing .callscope snapshots: temp file + fsync + rename, so a reader never
// sees a half-written file under the target name.
#include "snapshot.h"
#include "archive.h"
#include "conversationrows.h"
#include "rawcodec.h"
#include "snapshotrawworker.h"
#include "snapshotschema.h"
#include "sqlitehandle.h"
#include "writebehindvfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <array>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

// lupdate takes the context from the qualified call (SnapshotWriterText::tr), which a
// free tr() helper would not give it.
struct SnapshotWriterText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriterText)
};

QByteArray jsonArray(const QStringList &values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

bool writeMeta(sqlite::Database &db, const SnapshotInfo &info, qint64 recordCount, bool compressed)
{
    sqlite::Statement insert(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!insert.isValid())
        return false;
    const QList<QPair<const char *, QByteArray>> rows = {
        {"schema_version", QByteArray::number(kSnapshotSchemaVersion)},
        {"app_version", info.appVersion.toUtf8()},
        {"fetched_at", info.fetchedAt.toUTC().toString(Qt::ISODate).toUtf8()},
        {"host", info.host.toUtf8()},
        {"account_id", info.accountId.toUtf8()},
        {"app_id", info.appId.toUtf8()},
        {"endpoint", info.endpoint.toUtf8()},
        {"range_from", info.rangeFrom.toUtf8()},
        {"range_to", info.rangeTo.toUtf8()},
        {"zone", info.zoneId.toUtf8()},
        {"channels", jsonArray(info.channels)},
        {"queues", jsonArray(info.queues)},
        {"direction", info.direction.toUtf8()},
        {"partial", info.partial ? "1"_ba : "0"_ba},
        {"partial_reason", info.partialReason.toUtf8()},
        {"record_count", QByteArray::number(recordCount)},
        {"kind", "snapshot"_ba},
        {"raw_storage", compressed ? "zstd"_ba : "text"_ba},
    };
    for (const auto &[key, value] : rows) {
        insert.bind(1, std::string_view(key));
        insert.bind(2, std::string_view(value.constData(), size_t(value.size())));
        if (insert.step() != SQLITE_DONE)
            return false;
        insert.reset();
    }
    return true;
}

bool writeWindows(sqlite::Database &db, const QList<SnapshotWindow> &windows)
{
    sqlite::Statement insert(db, "INSERT INTO windows (idx, start_utc, end_utc, start_date, end_date, tz_offset, complete, records) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert.isValid())
        return false;
    for (int i = 0; i < windows.size(); ++i) {
        const SnapshotWindow &w = windows[i];
        const QByteArray start = w.window.startDate().toUtf8();
        const QByteArray end = w.window.endDate().toUtf8();
        insert.bind(1, qint64(i));
        insert.bind(2, w.window.startUtc);
        insert.bind(3, w.window.endUtc);
        insert.bind(4, std::string_view(start.constData(), size_t(start.size())));
        insert.bind(5, std::string_view(end.constData(), size_t(end.size())));
        insert.bind(6, qint64(w.window.offsetMinutes));
        insert.bind(7, qint64(w.complete ? 1 : 0));
        insert.bind(8, qint64(w.records));
        if (insert.step() != SQLITE_DONE)
            return false;
        insert.reset();
    }
    return true;
}

// Starts the kernel writing the temp file's dirty pages out while rows are
// still being made, so that the final fsync only waits for the tail: the disk
// works during the CPU work instead of after it. Only a hint: failures are ignored.
class Writeback
{
public:
    explicit Writeback(const QString &path)
    {
#ifdef __linux__
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
#else
        Q_UNUSED(path);
#endif
    }
    ~Writeback()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Writeback(const Writeback &) = delete;
    Writeback &operator=(const Writeback &) = delete;
    void start()
    {
#ifdef __linux__
        if (m_fd >= 0)
            ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    }

private:
    int m_fd = -1;
};

// Whether every calls row can go in before its JSON (RawPlan::callsFirst):
// this writer compresses every row (nothing is copied as stored), and each
// row's checksum is at hand without its JSON: in memory, or kept by the source.
bool checksumsAhead(const RecordStore &store, const RawPlan &plan)
{
    if (!plan.compress || plan.dictionary.isEmpty() || !plan.sourceDictionaries.empty())
        return false;
    for (RowId row = 0; row < RowId(store.size()); ++row) {
        if (const qint64 key = store.archiveKey(row); key >= 0) {
            std::vector<qint64> hash;
            return store.rawSource()->readHashes({key}, &hash);
        }
    }
    return true;
}

// Writes the calls rows, the JSON (raw_blocks, raw_records) and the indexes.
// The JSON is made ready by workers (RawWorker); the calls rows go in either
// with their JSON, batch by batch, or all first (RawPlan::callsFirst), so
// that this thread's work (the rows, then the indexes) overlaps the workers'.
class ConversationsWriter
{
public:
    ConversationsWriter(sqlite::Database &db, const RecordStore &store, const RawPlan &plan, qint64 fetchedAt)
        : m_db(db), m_store(store), m_plan(plan), m_writer(db, /*sharedFile=*/false),
          m_insertBlock(db, "INSERT INTO raw_blocks (first_row, sizes, raw_zstd, raw_dictionary) VALUES (?1, ?2, ?3, ?4)")
    {
        for (ConversationValues &v : m_values)
            v.fetchedAtUtc = fetchedAt;
    }

    bool write(const SnapshotProgress &progress, Writeback &writeback, bool *cancelled)
    {
        if (!m_writer.isValid() || !m_insertBlock.isValid())
            return false;
        const int total = m_store.size();
        // Compressing a million calls' JSON in blocks takes ~2.7 s of CPU, this
        // thread's inserts (SQLite, and the kernel copying its pages) ~2.5 s:
        // compressing workers get every core, and this thread takes its turns
        // between them, or with the calls rows first, keeps a core of its own
        // until they are in (bench_archive --save-memory 1000000 DIR). Copying
        // an archive's stored records instead is one reader's work (its source
        // reads under one lock): one worker. A source with no dictionary (a
        // portable snapshot) has nothing to copy: every record it hands out is compressed.
        const bool compressing = m_plan.compress && (!m_plan.copyStored || m_plan.sourceDictionaries.empty());
        const int cores = QThread::idealThreadCount();
        const int workerCount = std::clamp(cores - (compressing ? 0 : 1), 1, 3);
        // The calls rows first: this thread keeps a core (WorkerGate).
        m_gate.setLimit(std::clamp(cores - 1, 1, workerCount));
        for (int w = 0; w < workerCount; ++w)
            m_workers.push_back(std::make_unique<RawWorker>(m_store, m_plan, w, workerCount,
                                                            m_plan.callsFirst ? &m_gate : nullptr));
        // Read while the workers start compressing (the source reads them
        // on a connection of its own).
        if (m_plan.callsFirst && !sourceChecksums())
            return false;
        const int batches = int((qint64(total) + RawWorker::kBatchRows - 1) / RawWorker::kBatchRows);
        int reported = 0;
        auto report = [&](bool last) {
            // Halfway through the calls rows and the JSON each, when they go in apart.
            const qint64 json = std::min<qint64>(qint64(m_taken) * RawWorker::kBatchRows, total);
            const int done = int(m_plan.callsFirst ? (m_callsDone + json) / 2 : json);
            if (last ? done == reported : done - reported < 20000)
                return true;
            reported = done;
            writeback.start();
            if (progress && !progress(done, total)) {
                *cancelled = true;
                return false;
            }
            return true;
        };
        if (m_plan.callsFirst) {
            for (RowId first = 0; first < RowId(total); first += RawWorker::kBatchRows) {
                const int count = int(std::min<qint64>(RawWorker::kBatchRows, total - qint64(first)));
                if (!insertCalls(first, count))
                    return false;
                m_callsDone += count;
                for (int taken = 1; taken > 0 && m_taken < batches;) {   // the JSON ready so far
                    if ((taken = takeBatch(false)) < 0)
                        return false;
                }
                if (!report(false))
                    return false;
            }
            if (!m_db.exec(snapshotschema::kCreateSnapshotIndexes))
                return false;
            m_gate.setLimit(workerCount);   // only JSON is left: every worker compresses
        }
        while (m_taken < batches) {
            if (takeBatch(true) <= 0 || !report(false))
                return false;   // the workers stop and join as they go out of scope
        }
        return report(true) && (m_plan.callsFirst || m_db.exec(snapshotschema::kCreateSnapshotIndexes));
    }

    // Whether writing failed for a call's JSON that could not be read (or
    // did not match its checksum) rather than for SQLite.
    bool jsonUnreadable() const { return m_jsonUnreadable; }

private:
    // The next batch of JSON in: 1, or 0 when it is not ready and `wait` is false; -1 on failure.
    int takeBatch(bool wait)
    {
        RawWorker &worker = *m_workers[size_t(m_taken) % m_workers.size()];
        std::unique_ptr<RawBatch> batch = worker.takeFull(wait);
        if (!batch)
            return wait ? -1 : 0;
        bool ok = batch->ok;
        if (ok && m_plan.callsFirst) {
            // Rows read from the source: their JSON is what their calls row's
            // checksum (the source's) says.
            for (int i = 0; i < batch->count && ok; ++i) {
                const RowId row = batch->first + RowId(i);
                ok = m_store.rawInMemory(row) || batch->hashes[size_t(i)] == m_checksums[row];
            }
        }
        if (!ok)
            m_jsonUnreadable = true;
        ok = ok && insertBlocks(*batch) && (m_plan.callsFirst || insertCallsWithJson(*batch));
        worker.putFree(std::move(batch));
        ++m_taken;
        return ok ? 1 : -1;
    }
    bool insertBlocks(const RawBatch &batch)
    {
        for (const RawBlock &block : std::span(batch.blocks).first(batch.blockCount)) {
            m_insertBlock.bind(1, qint64(block.first));
            m_insertBlock.bindBlob(2, block.sizes);
            m_insertBlock.bindBlob(3, block.frame);
            m_insertBlock.bind(4, block.dictionary);
            if (m_insertBlock.step() != SQLITE_DONE)
                return false;
            m_insertBlock.reset();
        }
        return true;
    }
    // A batch's calls rows, and raw_records rows for its JSON not in blocks.
    bool insertCallsWithJson(const RawBatch &batch)
    {
        for (int i = 0; i < batch.count;) {
            const int n = std::min<int>(batch.count - i, ConversationRowWriter::kRowsPerInsert);
            for (int k = 0; k < n; ++k, ++i) {
                const RowId row = batch.first + RowId(i);
                ConversationValues &v = m_values[size_t(k)];
                v.fill(m_store, row);
                v.rawHash = batch.hashes[size_t(i)];
                const qint64 dictionary = batch.dictionaries[size_t(i)];
                m_group[size_t(k)] = {qint64(row), &v, batch.bytes[size_t(i)], dictionary > 0, dictionary,
                                      batch.inBlock[size_t(i)] != 0};
            }
            if (!m_writer.insertStoredRows({m_group.data(), size_t(n)}))
                return false;
        }
        return true;
    }
    // Calls rows first .. first + count - 1 alone, their JSON to come in blocks.
    bool insertCalls(RowId first, int count)
    {
        for (int i = 0; i < count;) {
            const int n = std::min<int>(count - i, ConversationRowWriter::kRowsPerInsert);
            for (int k = 0; k < n; ++k, ++i) {
                const RowId row = first + RowId(i);
                ConversationValues &v = m_values[size_t(k)];
                v.fill(m_store, row);
                v.rawHash = m_store.rawInMemory(row) ? m_store.rawHash(row) : m_checksums[row];
                m_group[size_t(k)] = {qint64(row), &v, {}, true, m_plan.dictionaryId, true};
            }
            if (!m_writer.insertStoredRows({m_group.data(), size_t(n)}))
                return false;
        }
        return true;
    }
    // The checksums of every row read from the source, as it keeps them, in one go.
    bool sourceChecksums()
    {
        std::vector<qint64> keys, read;
        std::vector<RowId> rows;
        for (RowId row = 0; row < RowId(m_store.size()); ++row) {
            if (!m_store.rawInMemory(row)) {
                keys.push_back(m_store.archiveKey(row));
                rows.push_back(row);
            }
        }
        if (keys.empty())
            return true;
        m_checksums.resize(size_t(m_store.size()));
        if (!m_store.rawSource() || !m_store.rawSource()->readHashes(keys, &read)) {
            m_jsonUnreadable = true;
            return false;
        }
        for (size_t i = 0; i < keys.size(); ++i)
            m_checksums[rows[i]] = read[i];
        return true;
    }

    sqlite::Database &m_db;
    const RecordStore &m_store;
    const RawPlan &m_plan;
    ConversationRowWriter m_writer;
    sqlite::Statement m_insertBlock;
    std::array<ConversationValues, ConversationRowWriter::kRowsPerInsert> m_values;
    std::array<ConversationRowWriter::StoredRow, ConversationRowWriter::kRowsPerInsert> m_group;
    std::vector<qint64> m_checksums;   // callsFirst: the raw_hash of each row read from the source
    qint64 m_callsDone = 0;
    int m_taken = 0;   // batches of JSON in
    bool m_jsonUnreadable = false;
    WorkerGate m_gate{1};
    std::vector<std::unique_ptr<RawWorker>> m_workers;   // last: they stop and join first
};

bool insertDictionary(sqlite::Database &db, qint64 id, const QByteArray &dictionary, qint64 samples)
{
    sqlite::Statement insert(db, "INSERT INTO raw_dictionaries (id, dictionary, samples, created_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, id);
    insert.bindBlob(2, std::string_view(dictionary.constData(), size_t(dictionary.size())));
    insert.bind(3, samples);
    insert.bind(4, QDateTime::currentSecsSinceEpoch());
    return insert.isValid() && insert.step() == SQLITE_DONE;
}

// Decides how raw records are stored and writes the dictionaries they need:
// an archive's dictionaries when its rows are copied as stored, and one
// trained on up to 500 of the other rows spread over the store.
bool planRaw(sqlite::Database &db, const RecordStore &store, RawCompression compression, RawPlan *plan)
{
    const auto &source = store.rawSource();
    plan->copyStored = source && source->dictionaries(&plan->sourceDictionaries);
    if (compression != RawCompression::Zstd)
        return true;
    plan->compress = true;
    const auto &copied = plan->sourceDictionaries;
    for (const auto &[id, dictionary] : copied) {
        if (!insertDictionary(db, id, dictionary, 0))
            return false;
    }
    if (!copied.empty()) {
        plan->dictionaryId = copied.back().first;   // the archive's newest, until one is trained
        plan->dictionary = copied.back().second;
    }
    // The rows this writer compresses itself: every row, or with an archive's
    // stored rows copied, those whose raw JSON is in memory.
    const int total = store.size();
    std::vector<RowId> own;
    for (int i = 0; i < total; ++i)
        if (copied.empty() || store.rawInMemory(RowId(i)))
            own.push_back(RowId(i));
    // The dictionary is trained before any worker starts: its time is the
    // save's. On blocks of a thousand calls 500 samples do as well as 1,500
    // (207.3 against 207.2 bytes a call; a call compressed alone, as an archive
    // opened on the file stores a changed one: 252.9 against 251.0) in 0.07 s
    // instead of 0.16 s (build/tests/bench_rawcodec).
    const size_t samples = std::min<size_t>(own.size(), 500);
    std::vector<std::string> read(samples);
    std::vector<std::string_view> views(samples);
    for (size_t i = 0; i < samples; ++i) {
        const RowId row = own[i * own.size() / samples];
        if (store.rawInMemory(row))
            views[i] = store.rawJson(row);   // no copy
        else if (store.readRawJson(row, &read[i]))
            views[i] = read[i];
    }
    const QByteArray dictionary = rawcodec::trainDictionary(views);
    if (dictionary.isEmpty())
        return true;   // too few calls to train on: the archive's dictionary, or text
    plan->dictionaryId = copied.empty() ? 1 : copied.back().first + 1;
    plan->dictionary = dictionary;
    return insertDictionary(db, plan->dictionaryId, dictionary, qint64(samples));
}

bool writeCoverage(sqlite::Database &db, const SnapshotInfo &info, qint64 fetchedAt)
{
    // Only a fetch's complete windows are coverage; their scope is the fetch's filters.
    const QString scope = archiveScope(info.channels, info.queues, info.direction, {}, {});
    const QByteArray utf8 = scope.toUtf8();
    sqlite::Statement insert(db, "INSERT INTO coverage (scope, start_utc, end_utc, fetched_at) VALUES (?1, ?2, ?3, ?4)");
    for (const SnapshotWindow &w : info.windows) {
        if (!w.complete)
            continue;
        insert.bind(1, std::string_view(utf8.constData(), size_t(utf8.size())));
        insert.bind(2, w.window.startUtc);
        insert.bind(3, w.window.endUtc);
        insert.bind(4, fetchedAt);
        if (!insert.isValid() || insert.step() != SQLITE_DONE)
            return false;
        insert.reset();
    }
    return true;
}

// Durably flushes a closed file: rename is only atomic-and-safe after this.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString archiveScope(const QStringList &channels, const QStringList &queues, const QString &direction,
                     const QStringList &selectedFields, const QStringList &allFields)
{
    QStringList parts;
    auto sorted = [](QStringList values) {
        values.sort();
        values.removeDuplicates();
        return values.join(u',');
    };
    if (!channels.isEmpty())
        parts << u"channels="_s + sorted(channels);
    if (!queues.isEmpty())
        parts << u"queues="_s + sorted(queues);
    if (!direction.isEmpty() && direction.compare(u"Both"_s, Qt::CaseInsensitive) != 0)
        parts << u"direction="_s + direction;
    if (!allFields.isEmpty() && sorted(selectedFields) != sorted(allFields))
        parts << u"fields="_s + sorted(selectedFields);
    return parts.join(u';');
}

bool saveSnapshot(const QString &path, const RecordStore &store, const SnapshotInfo &info,
                  QString *error, const SnapshotProgress &progress, RawCompression compression)
{
    const QFileInfo target(path);
    const QString temp = target.absoluteDir().filePath(
        u".%1.%2.tmp"_s.arg(target.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        QFile::remove(temp);
        QFile::remove(temp + u"-journal"_s);
        return false;
    };

    bool cancelled = false;
    {
        sqlite::Database db;
        // Written behind: the kernel copies the pages in on a thread of its own.
        if (!db.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, sqlite::writeBehindVfs()))
            return fail(SnapshotWriterText::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(temp), db.errorMessage()));
        // No journal and no syncs while filling the temp file: it only becomes
        // the snapshot after the final fsync + rename below.
        const QByteArray pragmas = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                                   "PRAGMA page_size=16384; PRAGMA cache_size=-65536; "
                                   "PRAGMA application_id=" + QByteArray::number(kSnapshotApplicationId) + "; "
                                   "PRAGMA user_version=" + QByteArray::number(kSnapshotSchemaVersion) + ";";
        if (!db.exec(pragmas.constData()) || !db.exec(snapshotschema::kCreateTables) || !db.exec("BEGIN"))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        Writeback writeback(temp);
        const qint64 fetchedAt = info.fetchedAt.isValid() ? info.fetchedAt.toSecsSinceEpoch()
                                                          : QDateTime::currentSecsSinceEpoch();
        RawPlan plan;
        if (!planRaw(db, store, compression, &plan))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        plan.callsFirst = checksumsAhead(store, plan);
        ConversationsWriter conversations(db, store, plan, fetchedAt);
        if (!writeMeta(db, info, store.size(), plan.compress && !plan.dictionary.isEmpty())
            || !writeWindows(db, info.windows) || !writeCoverage(db, info, fetchedAt)
            || !conversations.write(progress, writeback, &cancelled)) {
            if (cancelled)
                return fail(SnapshotWriterText::tr("Saving was cancelled; no file was written."));
            if (conversations.jsonUnreadable())
                return fail(SnapshotWriterText::tr("The JSON of a call could not be read from the file it was loaded "
                                                   "from, or it no longer matches its checksum; no file was written."));
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        }
        if (!db.exec("COMMIT"))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        if (const int rc = sqlite::finishWrites(db.handle()); rc != SQLITE_OK)
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    if (!syncFile(temp))
        return fail(SnapshotWriterText::tr("Cannot flush the snapshot to disk."));
    // POSIX rename() atomically replaces an existing target.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(SnapshotWriterText::tr("Cannot move the snapshot into place at %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    syncFile(target.absolutePath());
    return true;
}

QList<SnapshotWindow> SnapshotInfo::missingWindows() const
{
    QList<SnapshotWindow> missing;
    for (const SnapshotWindow &w : windows)
        if (!w.complete)
            missing.append(w);
    return missing;
}

} // namespace cs
