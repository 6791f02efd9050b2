#pragma once
// The SQLite archive's state, shared by its two halves: archivefile.cpp
// (opening, the ledger, reading) and archivewriter.cpp (storing pages and
// training the raw JSON's dictionary). Private to those two files.

#include "archivefile.h"
#include "conversationrows.h"
#include "snapshot.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <memory>

namespace cs {

namespace archivefile {

// The translation context of every message of the archive file (one for both halves).
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveText)
};

// A path as messages show it.
inline QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace archivefile

struct ArchiveFile::Impl
{
    QString path;
    bool readOnly = false;
    int format = kSnapshotSchemaVersion;   // 2: read-only, as it is (written ones are brought to 3)
    sqlite::Database db;
    ArchiveIdentity identity;
    RawCompression compression = RawCompression::Zstd;
    qint64 records = 0;
    qint64 textRows = 0;          // raw_json rows (not yet compressed)
    qint64 dictionaryId = 0;      // 0: none yet
    QByteArray dictionary;
    std::unique_ptr<RawEncoder> encoder;
    // The last countCalls(): a load counts its range and then reads it in
    // parts, which need the count only to choose how to read and where to cut
    // (a count a commit made stale since then only moves the cut).
    UtcInterval countedInterval{0, -1};
    qint64 counted = -1;
    std::unique_ptr<ConversationRowWriter> writer;
    RawColumnReader rawReader;

    QString dbError() const
    {
        return archivefile::ArchiveText::tr("The archive %1 cannot be used: %2")
            .arg(archivefile::shown(path), db.errorMessage());
    }
    bool fail(QString *error, const QString &message) const
    {
        if (error)
            *error = message;
        return false;
    }
    QString metaValue(const char *key)
    {
        sqlite::Statement select(db, "SELECT value FROM meta WHERE key = ?1");
        select.bind(1, std::string_view(key));
        if (select.isValid() && select.step() == SQLITE_ROW) {
            const std::string_view value = select.columnText(0);
            return QString::fromUtf8(value.data(), qsizetype(value.size()));
        }
        return {};
    }
    bool setMeta(const char *key, const QString &value)
    {
        sqlite::Statement upsert(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        const QByteArray utf8 = value.toUtf8();
        upsert.bind(1, std::string_view(key));
        upsert.bind(2, std::string_view(utf8.constData(), size_t(utf8.size())));
        return upsert.isValid() && upsert.step() == SQLITE_DONE;
    }
    bool create(QString *error);
    bool load(QString *error);
    // In archivewriter.cpp:
    void rollbackPage();
    bool trainDictionary(QString *error);
};

} // namespace cs
