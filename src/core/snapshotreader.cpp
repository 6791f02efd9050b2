// Reading .callscope snapshots, with a specific message for each kind of bad file.
#include "snapshot.h"
#include "conversationrows.h"
#include "snapshotschema.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

// lupdate takes the context from the qualified call (SnapshotReaderText::tr), which a
// free tr() helper would not give it.
struct SnapshotReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReaderText)
};

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QStringList stringList(const QString &json)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        values.append(v.toString());
    return values;
}

// What the 100-byte SQLite header says, checked before SQLite touches the file
// so that each kind of bad file gets its own message.
QString checkHeader(const QString &path, const QString &shownName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SnapshotReaderText::tr("Cannot open %1: %2").arg(shownName, file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return SnapshotReaderText::tr("%1 is empty: it is not a CallScope snapshot.").arg(shownName);
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return SnapshotReaderText::tr("%1 is not a CallScope snapshot (it is not a SQLite database).").arg(shownName);
    if (header.size() < 100)   // a SQLite file cut off inside its own header
        return SnapshotReaderText::tr("%1 is truncated: it has only %2 bytes. It cannot be opened; ask for the file again.")
            .arg(shownName).arg(size);
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const qint32 applicationId = qFromBigEndian<qint32>(bytes + 68);
    if (applicationId != kSnapshotApplicationId)
        return SnapshotReaderText::tr("%1 is a SQLite database, but not a CallScope snapshot.").arg(shownName);
    const qint32 schema = qFromBigEndian<qint32>(bytes + 60);
    if (schema > kSnapshotSchemaVersion)
        return SnapshotReaderText::tr("%1 was written by a newer version of CallScope (snapshot format %2; this version reads up to %3). "
                  "Please update CallScope to open it.").arg(shownName).arg(schema).arg(kSnapshotSchemaVersion);
    if (schema < 1)
        return SnapshotReaderText::tr("%1 is damaged: its format version is missing.").arg(shownName);
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageCountValid && qint64(pages) * pageSize > size)
        return SnapshotReaderText::tr("%1 is truncated: it should be %2 bytes long but has only %3. It cannot be opened; "
                  "ask for the file again.").arg(shownName).arg(qint64(pages) * pageSize).arg(size);
    return {};
}

} // namespace

// A query that spends this long producing one row is not reading a snapshot:
// saving a million calls writes rows that read back in microseconds each.
constexpr int kStepLimitMs = 5000;
// The smallest row a snapshot can hold ({"sessionId":"x"} plus its columns):
// a record count above fileSize / this is a lie, never a size to allocate for.
constexpr qint64 kMinBytesPerRecord = 16;

struct SnapshotReader::Impl
{
    sqlite::Database db;
    SnapshotInfo info;
    qint64 records = 0;
    qint64 fileSize = 0;
    QString shownName;
    int format = 1;     // PRAGMA user_version: 1 to 4

    QString damaged(const QString &detail) const
    {
        return SnapshotReaderText::tr("%1 is damaged and cannot be read completely (%2).").arg(shownName, detail);
    }
    // The SQLite error, or the reason a query was stopped.
    QString interruptedOr(const QString &sqliteError) const
    {
        if (db.wasInterrupted())
            return SnapshotReaderText::tr("Reading %1 was stopped: one query ran longer than %2 s. The file is not a "
                                          "plain CallScope snapshot.").arg(shownName).arg(kStepLimitMs / 1000);
        return damaged(sqliteError);
    }
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }
    bool checkSchema(QString *error);
    bool readMeta(QString *error);
    bool readWindows(QString *error);
};

SnapshotReader::SnapshotReader() : d(std::make_unique<Impl>()) {}
SnapshotReader::~SnapshotReader() = default;

bool SnapshotReader::open(const QString &path, QString *error)
{
    d->shownName = QDir::toNativeSeparators(path);
    if (const QString problem = checkHeader(path, d->shownName); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!d->db.openUntrusted(path, kStepLimitMs)) {
        if (error)
            *error = SnapshotReaderText::tr("Cannot open %1: %2").arg(d->shownName, d->db.errorMessage());
        return false;
    }
    d->fileSize = QFileInfo(path).size();
    {
        sqlite::Statement version(d->db, "PRAGMA user_version");
        d->format = version.isValid() && version.step() == SQLITE_ROW ? int(version.columnInt(0)) : 1;
    }
    return d->checkSchema(error) && d->readMeta(error) && d->readWindows(error);
}

// Only what saveSnapshot() creates: its three tables exactly as it writes
// them, their indexes and SQLite's own. A view, trigger or virtual table in
// a file that claims to be a snapshot is refused before any query runs.
bool SnapshotReader::Impl::checkSchema(QString *error)
{
    QHash<QString, QString> expected;   // name -> normalised CREATE statement
    const char *tablesSql = format < 2 ? snapshotschema::v1::kCreateTables
        : format < 3                   ? snapshotschema::v2::kCreateTables
                                       : snapshotschema::kCreateTables;
    const char *indexesSql = format < 2 ? snapshotschema::v1::kCreateIndexes
        : format < 3                    ? snapshotschema::v2::kCreateIndexes
                                        : snapshotschema::kCreateIndexes;
    for (const char *statements : {tablesSql, indexesSql}) {
        for (const QString &statement : QString::fromUtf8(statements).split(u';', Qt::SkipEmptyParts)) {
            const QString normalised = statement.simplified();
            if (!normalised.isEmpty())
                expected.insert(normalised.section(u' ', normalised.startsWith(u"CREATE UNIQUE") ? 3 : 2, -1)
                                    .section(u' ', 0, 0), normalised);
        }
    }
    sqlite::Statement select(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    if (!select.isValid())
        return fail(error, damaged(db.errorMessage()));
    int rc;
    QStringList tables;
    QString foreign;   // the first entry CallScope never writes
    while ((rc = select.step()) == SQLITE_ROW) {
        const QString type = text(select.columnText(0));
        const QString name = text(select.columnText(1));
        const QString sql = text(select.columnText(3)).simplified();
        // Format 3's one view is ours only as written (CallScope never runs it:
        // openUntrusted() switches views off; it is there for sqlite3 and pandas).
        const bool ours = expected.value(name) == sql && (type == u"table" || type == u"index" || type == u"view");
        const bool sqliteIndex = type == u"index" && name.startsWith(u"sqlite_autoindex_") && select.columnIsNull(3)
            && expected.contains(text(select.columnText(2)));
        if (ours && type == u"table")
            tables.append(name);
        // Anything that runs SQL or changes a table's shape is refused at once;
        // a stray plain table only if ours are all there (else: damaged).
        const bool runsCode = (type == u"view" && !ours) || type == u"trigger"
            || sql.startsWith(u"CREATE VIRTUAL", Qt::CaseInsensitive) || expected.contains(name);
        if (!ours && !sqliteIndex && (foreign.isEmpty() || runsCode)) {
            foreign = SnapshotReaderText::tr("%1 is not a plain CallScope snapshot: it contains %2 \"%3\", which "
                                             "CallScope never writes. It is not opened.").arg(shownName, type, name.left(80));
            if (runsCode)
                return fail(error, foreign);
        }
    }
    if (rc != SQLITE_DONE)
        return fail(error, interruptedOr(db.errorMessage()));
    for (const char *table : {"meta", "windows", format < 3 ? "conversations" : "calls"}) {
        if (!tables.contains(QLatin1StringView(table)))
            return fail(error, damaged(SnapshotReaderText::tr("its table %1 is missing").arg(QLatin1StringView(table))));
    }
    if (!foreign.isEmpty())
        return fail(error, foreign);
    return true;
}

bool SnapshotReader::Impl::readMeta(QString *error)
{
    sqlite::Statement select(db, "SELECT key, value FROM meta");
    if (!select.isValid()) {
        if (error)
            *error = damaged(db.errorMessage());
        return false;
    }
    QHash<QString, QString> meta;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        meta.insert(text(select.columnText(0)), text(select.columnText(1)));
    if (rc != SQLITE_DONE)
        return fail(error, interruptedOr(db.errorMessage()));
    if (!meta.contains(u"schema_version"_s))
        return fail(error, damaged(SnapshotReaderText::tr("its description is missing")));
    info.schemaVersion = meta.value(u"schema_version"_s).toInt();
    info.appVersion = meta.value(u"app_version"_s);
    info.fetchedAt = QDateTime::fromString(meta.value(u"fetched_at"_s), Qt::ISODate);
    info.host = meta.value(u"host"_s);
    info.accountId = meta.value(u"account_id"_s);
    info.appId = meta.value(u"app_id"_s);
    info.endpoint = meta.value(u"endpoint"_s);
    info.rangeFrom = meta.value(u"range_from"_s);
    info.rangeTo = meta.value(u"range_to"_s);
    info.zoneId = meta.value(u"zone"_s);
    info.channels = stringList(meta.value(u"channels"_s));
    info.queues = stringList(meta.value(u"queues"_s));
    info.direction = meta.value(u"direction"_s);
    info.partial = meta.value(u"partial"_s) == u"1";
    info.partialReason = meta.value(u"partial_reason"_s);
    // Every snapshot states its row count; readBatches checks it, which is how
    // rows lost to damage that SQLite does not notice get reported.
    bool countOk = false;
    records = meta.value(u"record_count"_s).toLongLong(&countOk);
    if (!countOk || records < 0) {
        if (error)
            *error = damaged(SnapshotReaderText::tr("its record count is missing"));
        return false;
    }
    if (records > fileSize / kMinBytesPerRecord)
        return fail(error, damaged(SnapshotReaderText::tr("it claims %1 records, more than a file of %2 bytes can hold")
                                       .arg(records).arg(fileSize)));
    return true;
}

bool SnapshotReader::Impl::readWindows(QString *error)
{
    sqlite::Statement select(db, "SELECT start_utc, end_utc, tz_offset, complete, records FROM windows ORDER BY idx");
    if (!select.isValid()) {
        if (error)
            *error = damaged(db.errorMessage());
        return false;
    }
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        SnapshotWindow w;
        w.window.startUtc = select.columnInt(0);
        w.window.endUtc = select.columnInt(1);
        w.window.offsetMinutes = int(select.columnInt(2));
        w.complete = select.columnInt(3) != 0;
        w.records = int(select.columnInt(4));
        info.windows.append(w);
    }
    if (rc != SQLITE_DONE)
        return fail(error, interruptedOr(db.errorMessage()));
    return true;
}

const SnapshotInfo &SnapshotReader::info() const
{
    return d->info;
}

qint64 SnapshotReader::recordCount() const
{
    return d->records;
}

bool SnapshotReader::readBatches(int batchSize, const std::function<bool(Batch &&)> &sink, QString *error)
{
    sqlite::Statement select(d->db, d->format < 2
                                        ? "SELECT raw_json, offset_minutes, NULL, 0 FROM conversations ORDER BY row"
                                        : d->format < 3 ? "SELECT r.raw_json, c.offset_minutes, r.raw_zstd, r.raw_dictionary "
                                          "FROM conversations c LEFT JOIN raw_records r ON r.row = c.row ORDER BY c.row"
                                          : "SELECT r.raw_json, c.offset_minutes, r.raw_zstd, r.raw_dictionary, c.row "
                                          "FROM calls c LEFT JOIN raw_records r ON r.row = c.row ORDER BY c.row");
    RawColumnReader rawReader;
    std::string decompressed;
    if (!select.isValid()) {
        if (error)
            *error = d->damaged(d->db.errorMessage());
        return false;
    }
    RecordParser parser;
    qint64 delivered = 0;
    qint64 unreadable = 0;
    QString firstProblem;
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    Batch batch;
    // The body is filled first and parsed afterwards, so that CallFields::raw
    // views never point into a buffer that is still growing.
    auto flush = [&]() {
        ParsedPage &page = *batch.page;
        page.records.resize(spans.size());
        size_t kept = 0;
        std::vector<int> offsets;
        offsets.reserve(spans.size());
        for (size_t i = 0; i < spans.size(); ++i) {
            const std::string_view raw(page.body.constData() + spans[i].first, size_t(spans[i].second));
            QString problem;
            if (parser.parse(raw, page.records[kept], &problem)) {
                offsets.push_back(batch.offsetMinutes[i]);
                ++kept;
            } else {
                page.issues.push_back({int(delivered + qint64(i)), SnapshotReaderText::tr("Row %1: %2").arg(delivered + qint64(i) + 1).arg(problem)});
                if (unreadable++ == 0)
                    firstProblem = page.issues.back().message;
            }
        }
        page.records.resize(kept);
        batch.offsetMinutes = std::move(offsets);
        delivered += qint64(spans.size());
        spans.clear();
        const bool more = sink(std::move(batch));
        batch = Batch();
        return more;
    };
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        if (!batch.page) {
            batch.page = std::make_shared<ParsedPage>();
            batch.page->body.reserve(qsizetype(batchSize) * 1024);
        }
        std::string_view raw = select.columnText(0);
        if (select.columnIsNull(0)) {
            if (!rawReader.read(d->db, {}, true, select.columnBlob(2), select.columnInt(3), &decompressed,
                                d->format >= 3 ? select.columnInt(4) : -1)) {
                if (error)
                    *error = d->damaged(SnapshotReaderText::tr("a call's JSON cannot be decompressed"));
                return false;
            }
            raw = decompressed;
        }
        spans.emplace_back(batch.page->body.size(), qsizetype(raw.size()));
        batch.page->body.append(raw.data(), qsizetype(raw.size()));
        batch.offsetMinutes.push_back(int(select.columnInt(1)));
        if (int(spans.size()) >= batchSize && !flush())
            return true;
    }
    if (!spans.empty() && !flush())
        return true;
    if (rc != SQLITE_DONE) {
        if (error)
            *error = d->db.wasInterrupted()
                ? d->interruptedOr({})
                : SnapshotReaderText::tr("%1 is damaged (%2); %3 records were read before the damage.")
                      .arg(d->shownName, d->db.errorMessage()).arg(delivered);
        return false;
    }
    // SQLite keeps no checksums: damage inside a record's text, or rows gone
    // missing, only show here. The readable records were delivered; the
    // caller still learns that the file is not whole.
    if (unreadable > 0) {
        if (error)
            *error = SnapshotReaderText::tr("%1 is damaged: %2 of %3 records could not be read (%4).")
                         .arg(d->shownName).arg(unreadable).arg(delivered).arg(firstProblem);
        return false;
    }
    if (delivered != d->records) {
        if (error)
            *error = SnapshotReaderText::tr("%1 is damaged: it should hold %2 records but %3 were found.")
                         .arg(d->shownName).arg(d->records).arg(delivered);
        return false;
    }
    return true;
}

bool SnapshotReader::loadInto(RecordStore &store, QString *error, const SnapshotProgress &progress)
{
    // Reading and parsing run in a second thread while this one appends: on
    // two cores a million records load in about half the time. The queue is
    // bounded so a fast reader cannot hold the whole file in memory twice.
    constexpr size_t kMaxQueued = 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    bool readerDone = false;
    bool stop = false;
    bool readOk = false;
    QString readError;
    std::thread reader([&] {
        const bool ok = readBatches(5000, [&](Batch &&batch) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < kMaxQueued || stop; });
            if (stop)
                return false;
            queue.push_back(std::move(batch));
            changed.notify_all();
            return true;
        }, &readError);
        std::lock_guard lock(mutex);
        readOk = ok;
        readerDone = true;
        changed.notify_all();
    });

    qint64 done = 0;
    qint64 duplicates = 0;
    const qint64 total = d->records;
    const bool wasEmpty = store.size() == 0;
    bool cancelled = false;
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty() || readerDone; });
            if (queue.empty())
                break;
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        for (size_t i = 0; i < batch.page->records.size(); ++i)
            duplicates += store.append(batch.page->records[i], batch.offsetMinutes[i]) ? 0 : 1;
        done += qint64(batch.page->records.size());
        if (progress && !progress(done, total)) {
            cancelled = true;
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
            break;
        }
    }
    reader.join();
    if (cancelled)
        return false;
    if (!readOk) {
        if (error)
            *error = readError;
        return false;
    }
    // session_id is unique in a snapshot, so two records with one sessionId
    // mean a record's JSON was altered: the store would silently lose one.
    if (wasEmpty && duplicates > 0) {
        if (error)
            *error = SnapshotReaderText::tr("%1 is damaged: records with the same sessionId were found (%2 repeated).")
                         .arg(d->shownName).arg(duplicates);
        return false;
    }
    return true;
}

} // namespace cs
