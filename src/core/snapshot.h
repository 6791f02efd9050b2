#pragma once
// Snapshot files (.callscope): a SQLite database holding every record's
// original JSON plus what was asked for and how far the fetch got. The schema
// is documented in docs/snapshot-format.md; anyone can read a snapshot with
// the sqlite3 shell and json_extract().
//
// Saving is atomic: rows go to a temporary file next to the target, which is
// flushed and renamed over the target only when complete, so a crash or a
// full disk never leaves a half-written file that looks valid.

#include "archive.h"
#include "recordstore.h"
#include "timewindows.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace cs {

inline constexpr int kSnapshotSchemaVersion = 4;   // files of formats 1 to 3 still open
inline constexpr qint32 kSnapshotApplicationId = 0x43534350;   // "CSCP"

struct SnapshotWindow
{
    RequestWindow window;
    bool complete = false;
    int records = 0;
};

// What the snapshot says about its origin. Never a credential.
struct SnapshotInfo
{
    QString host;
    QString accountId;
    QString appId;
    QString endpoint;
    QString rangeFrom;            // wall clock as asked, "yyyy-MM-dd HH:mm:ss"
    QString rangeTo;
    QString zoneId;               // IANA id
    QStringList channels;
    QStringList queues;
    QString direction;
    QList<SnapshotWindow> windows;
    bool partial = false;         // a cancelled or failed fetch
    QString partialReason;
    QDateTime fetchedAt;          // UTC
    QString appVersion;
    int schemaVersion = kSnapshotSchemaVersion;

    QList<SnapshotWindow> missingWindows() const;
};

using SnapshotProgress = std::function<bool(qint64 done, qint64 total)>;   // false = cancel

// Writes all rows of `store` (in row order) as a standalone file of the
// archive's format: typed columns, raw JSON as text (portable: json_extract
// works) or zstd with a dictionary kept in the file (compact), and the
// complete windows as coverage. Returns false with a message.
bool saveSnapshot(const QString &path, const RecordStore &store, const SnapshotInfo &info,
                  QString *error, const SnapshotProgress &progress = {},
                  RawCompression compression = RawCompression::Text);

// The ledger scope of a fetch with these filters ("" = every call, every field).
QString archiveScope(const QStringList &channels, const QStringList &queues, const QString &direction,
                     const QStringList &selectedFields, const QStringList &allFields);

// Reads a snapshot. First checks it is one (application_id, schema version,
// tables) and fails with a specific message for: not a SQLite file, not a
// snapshot, a newer schema version, a truncated or corrupted file.
class SnapshotReader
{
public:
    SnapshotReader();
    ~SnapshotReader();

    bool open(const QString &path, QString *error);
    const SnapshotInfo &info() const;
    qint64 recordCount() const;

    // Streams records in batches of `batchSize` (each batch a ParsedPage whose
    // body holds the records' raw JSON) with the offset of each record's
    // request. `sink` returns false to stop. Returns false on a read error, on
    // records that cannot be parsed (also listed in each batch's issues) or on
    // a row count that differs from the file's record_count (message in
    // `error`); records already delivered stay valid.
    struct Batch { std::shared_ptr<ParsedPage> page; std::vector<int> offsetMinutes; };
    bool readBatches(int batchSize, const std::function<bool(Batch &&)> &sink, QString *error);

    // Convenience: load everything into `store`.
    bool loadInto(RecordStore &store, QString *error, const SnapshotProgress &progress = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs
