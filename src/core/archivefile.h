#pragma once
// The SQLite archive backend (see archive.h for the semantics).

#include "archive.h"

namespace cs {

class ArchiveFile : public ArchiveBackend
{
public:
    ArchiveFile();
    ~ArchiveFile() override;

    bool open(const QString &path, bool create, bool readOnly, QString *error);
    // New raw JSON is stored this way (the archive's default is Zstd; the
    // first calls stay text until there are enough to train a dictionary).
    void setRawCompression(RawCompression compression);

    QString location() const override;
    bool isReadOnly() const override;
    bool bindIdentity(const ArchiveIdentity &identity, QString *error) override;
    ArchiveIdentity identity() const override;
    bool storePage(const ParsedPage &page, int offsetMinutes, qint64 fetchedAtUtc, StorePageResult *result,
                   QString *error) override;
    bool addCoverage(const QString &scope, const UtcInterval &interval, qint64 fetchedAtUtc, QString *error) override;
    bool ledger(const QString &scope, const UtcInterval &interval, QList<LedgerEntry> *out, QString *error) override;
    bool countCalls(const UtcInterval &interval, qint64 *count, QString *error) override;
    bool readCalls(const UtcInterval &interval, const std::function<bool(ArchivedCall &)> &sink,
                   QString *error) override;
    bool readCallsInParts(const UtcInterval &interval, const std::function<bool(int, ArchivedCall &)> &sink,
                          QString *error) override;
    bool partsInKeyOrder() const override { return true; }
    bool readRawRange(const UtcInterval &interval,
                      const std::function<bool(std::string_view raw, int offsetMinutes)> &sink, QString *error) override;
    std::shared_ptr<RawJsonSource> rawSource(QString *error) override;
    bool readCallsChangedSince(const UtcInterval &interval, qint64 afterKey, qint64 sinceFetchedAt,
                               const std::function<bool(ArchivedCall &, qint64 fetchedAt)> &sink,
                               QString *error) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Rewrites a format-1 snapshot as format 2 in place (atomically; the old file
// is kept next to it as FILE.v1.bak). Complete windows of an unfiltered
// snapshot become coverage, fetched when the snapshot was.
bool migrateSnapshotFile(const QString &path, QString *error);

} // namespace cs
