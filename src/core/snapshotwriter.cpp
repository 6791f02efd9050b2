// Writing .callscope snapshots: temp file + fsync + rename, so a reader never
// sees a half-written file under the target name.
#include "snapshot.h"
#include "conversationrows.h"
#include "rawcodec.h"
#include "snapshotschema.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

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

bool writeConversations(sqlite::Database &db, const RecordStore &store, RawEncoder &encoder, qint64 fetchedAt,
                        const SnapshotProgress &progress, bool *cancelled)
{
    ConversationRowWriter writer(db);
    if (!writer.isValid())
        return false;
    const int total = store.size();
    for (int i = 0; i < total; ++i) {
        if (!writer.write(qint64(i), store, RowId(i), fetchedAt, encoder))
            return false;
        if (progress && (i % 20000) == 19999 && !progress(i + 1, total)) {
            *cancelled = true;
            return false;
        }
    }
    return true;
}

// A dictionary trained on up to 4,000 records spread over the whole store.
bool writeDictionary(sqlite::Database &db, const RecordStore &store, std::unique_ptr<RawEncoder> *encoder)
{
    const int total = store.size();
    const int samples = std::min(total, 4000);
    std::vector<std::string> raw{size_t(samples)};
    for (int i = 0; i < samples; ++i)
        store.readRawJson(RowId(qint64(i) * total / std::max(samples, 1)), &raw[size_t(i)]);
    const QByteArray dictionary = rawcodec::trainDictionary(std::vector<std::string_view>(raw.begin(), raw.end()));
    if (dictionary.isEmpty())
        return true;   // too few calls to train on: stored as text
    sqlite::Statement insert(db, "INSERT INTO raw_dictionaries (id, dictionary, samples, created_at) VALUES (1, ?1, ?2, ?3)");
    insert.bindBlob(1, std::string_view(dictionary.constData(), size_t(dictionary.size())));
    insert.bind(2, qint64(samples));
    insert.bind(3, QDateTime::currentSecsSinceEpoch());
    if (!insert.isValid() || insert.step() != SQLITE_DONE)
        return false;
    *encoder = std::make_unique<RawEncoder>(dictionary, 1);
    return true;
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
        if (!db.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX))
            return fail(SnapshotWriterText::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(temp), db.errorMessage()));
        // No journal and no syncs while filling the temp file: it only becomes
        // the snapshot after the final fsync + rename below.
        const QByteArray pragmas = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                                   "PRAGMA page_size=16384; PRAGMA cache_size=-65536; "
                                   "PRAGMA application_id=" + QByteArray::number(kSnapshotApplicationId) + "; "
                                   "PRAGMA user_version=" + QByteArray::number(kSnapshotSchemaVersion) + ";";
        if (!db.exec(pragmas.constData()) || !db.exec(snapshotschema::kCreateTables) || !db.exec("BEGIN"))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        const qint64 fetchedAt = info.fetchedAt.isValid() ? info.fetchedAt.toSecsSinceEpoch()
                                                          : QDateTime::currentSecsSinceEpoch();
        auto encoder = std::make_unique<RawEncoder>();
        if (compression == RawCompression::Zstd && !writeDictionary(db, store, &encoder))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        if (!writeMeta(db, info, store.size(), encoder->compresses()) || !writeWindows(db, info.windows)
            || !writeCoverage(db, info, fetchedAt)
            || !writeConversations(db, store, *encoder, fetchedAt, progress, &cancelled)) {
            if (cancelled)
                return fail(SnapshotWriterText::tr("Saving was cancelled; no file was written."));
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
        }
        if (!db.exec("COMMIT") || !db.exec(snapshotschema::kCreateIndexes))
            return fail(SnapshotWriterText::tr("Cannot write the snapshot: %1").arg(db.errorMessage()));
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
