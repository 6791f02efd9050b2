#pragma once
// The archive: every call fetched for one connection, kept so that nothing is
// asked of the server twice. Two backends share this interface and its
// semantics: a SQLite file (.callscope, the same format as a snapshot; see
// docs/snapshot-format.md) and a PostgreSQL database shared by a team.
//
// Semantics every backend keeps:
// - storePage() commits one page in one transaction: a page is either all in
//   or not at all, so a kill loses at most the page in flight.
// - Calls are keyed by sessionId. A call whose raw JSON differs from the
//   stored one replaces it (the server revised it); an identical one is a no-op.
// - The raw JSON is kept byte for byte; the typed columns are derived from it.
// - addCoverage() is called only after every page of the interval was stored.
// - A scope names what a fetch asked for: "" is every call with every
//   selected field; filtered fetches cover only their own scope.
// - Never a credential of the API in the archive.

#include "archiveledger.h"
#include "callfields.h"
#include "recordparser.h"
#include "recordtime.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cs {

class RecordStore;

// The connection an archive belongs to. An archive refuses another account's calls.
struct ArchiveIdentity
{
    QString host;          // scheme://host[:port], no user info
    QString accountId;
    QString appId;
    QString endpoint;      // calldetails | interactionDetails
    bool operator==(const ArchiveIdentity &) const = default;
};

enum class RawCompression { Text, Zstd };

struct StorePageResult
{
    int added = 0;
    int changed = 0;       // replaced an older version of the same call
    int unchanged = 0;
    // Per record of the page, in its order: the row key the archive holds it
    // under now (-1: not stored, e.g. no sessionId), and whether this page
    // wrote it (added, or replaced an older version). Lets a store keep a
    // fetched call's raw JSON on disk, read through the archive's raw source
    // like a loaded call's. Empty when the backend does not tell.
    struct Stored
    {
        qint64 key = -1;
        bool written = false;
    };
    std::vector<Stored> records;
};

// A file of format 3 keeps each text of a low-cardinality column once, as a
// label (docs/snapshot-format.md). Its reader hands the label ids along with
// the texts, so that a store interns each label once instead of once per call.
enum LabelColumn {
    LabelChannel, LabelFinalStatus, LabelSmartStatus, LabelReason, LabelDirection, LabelBotId, LabelIsVoicemail,
    LabelQueues, LabelAgents, LabelDispositions, LabelColumnCount
};
inline constexpr int kScalarLabelColumns = LabelQueues;   // the rest are lists

// The labels of one file as one reader read them (ids are dense: 0 is empty).
struct LabelTable
{
    std::vector<std::string> texts;                  // by id
    std::vector<std::vector<std::string>> lists;     // by id: the text read as a JSON list of strings
    quint64 serial = 0;                              // unique per table read: caches key on it
};

// One call as the archive holds it, without its raw JSON: enough to fill the
// table (RecordStore::appendArchived) with no JSON parsing.
// Row keys a RecordStore can hold (48 bits); a backend refuses a call keyed
// outside [0, kArchiveKeyLimit) as damage rather than handing it out.
inline constexpr qint64 kArchiveKeyLimit = qint64(1) << 48;

struct ArchivedCall
{
    qint64 key = 0;        // backend's row key, for readRaw()
    CallFields fields;     // raw empty; startSeconds/endSeconds are naive (utc - offset)
    int offsetMinutes = 0;
    // With labels: the ids of fields' label columns (the texts are filled too,
    // unless labelTextsLeftOut). Shared: a copy of the call may outlive the
    // read (the first rows shown).
    std::shared_ptr<const LabelTable> labels;
    quint32 labelIds[LabelColumnCount] = {};
    // Only the ids: fields' label columns are empty (RecordStore::appendArchived
    // needs no more; copying ten texts and lists a call was 10% of loading).
    bool labelTextsLeftOut = false;
    // Known: the forms of the start and end stamps' texts, and fields'
    // sessionStartTime/sessionEndTime are left empty when canonical (a store
    // rebuilds those; formatting a million of them only to classify them
    // again was 5% of loading).
    bool textFormsKnown = false;
    recordtime::TextForm startForm = recordtime::TextForm::Absent;
    recordtime::TextForm endForm = recordtime::TextForm::Absent;

    // The stamps' texts as sent, rebuilt when the reader left them out.
    std::string startTimeText() const { return timeText(fields.sessionStartTime, startForm, fields.startSeconds); }
    std::string endTimeText() const { return timeText(fields.sessionEndTime, endForm, fields.endSeconds); }
    std::string timeText(const std::string &text, recordtime::TextForm form, qint64 naiveSeconds) const
    {
        if (!textFormsKnown || !text.empty() || form != recordtime::TextForm::CanonicalT || naiveSeconds == kNoTime)
            return text;
        return recordtime::formatNaive(naiveSeconds, 'T');
    }

    // Takes `other`'s values; its fields are swapped, so that the backend
    // refills what this call held in its kept capacity.
    void takeFrom(ArchivedCall &other)
    {
        key = other.key;
        std::swap(fields, other.fields);
        offsetMinutes = other.offsetMinutes;
        if (labels != other.labels)   // the same table for a whole read: no refcount traffic per call
            labels = other.labels;
        std::copy(std::begin(other.labelIds), std::end(other.labelIds), labelIds);
        textFormsKnown = other.textFormsKnown;
        labelTextsLeftOut = other.labelTextsLeftOut;
        startForm = other.startForm;
        endForm = other.endForm;
    }
};

// A call's raw JSON exactly as a backend stores it, for copying it into a
// compact snapshot without decompressing and compressing it again.
struct StoredRaw
{
    std::string bytes;        // zstd frame, or the JSON as text
    qint64 dictionary = 0;    // the frame's dictionary id; 0: bytes are text
    qint64 hash = 0;          // rawHash() of the JSON, as stored (or 0: StoredChecksums::Skip)
};

// Whether RawJsonSource::readStored() reads each call's checksum as stored,
// or leaves it to a caller that has read them already (readHashes()): then a
// backend may read the JSON alone, without the rows that keep the checksums
// (a save's batch of a portable snapshot: ~0.3 s less CPU a million calls).
enum class StoredChecksums { Read, Skip };

// A raw_blocks row (format 4) as stored: the JSON of consecutive calls in one frame.
struct StoredBlock
{
    std::string sizes;        // little-endian uint32 per call, none 0
    std::string frame;
    qint64 dictionary = 0;
    std::vector<qint64> hashes;   // rawHash() of each call's JSON, as stored
};

// Reads a call's raw JSON on demand (drill-down, agent-segment export).
// Implementations are thread-safe: export runs in a worker thread.
class RawJsonSource
{
public:
    virtual ~RawJsonSource() = default;
    virtual bool readRaw(qint64 key, std::string *out) const = 0;
    // Many calls' JSON (an agent-segment export): `out` gets one entry per
    // key, empty for a call that cannot be read. Backends for which each
    // read is a round trip read them in one go.
    virtual void readRawMany(const std::vector<qint64> &keys, std::vector<std::string> *out) const
    {
        out->resize(keys.size());
        for (size_t i = 0; i < keys.size(); ++i) {
            if (!readRaw(keys[i], &(*out)[i]))
                (*out)[i].clear();
        }
    }

    // Many calls at once (in one read transaction: a save reads every call);
    // `out` gets one entry per key. Backends that cannot hand out stored
    // bytes keep these defaults (false).
    virtual bool readStored(const std::vector<qint64> &keys, std::vector<StoredRaw> *out,
                            StoredChecksums checksums) const
    {
        Q_UNUSED(keys);
        Q_UNUSED(out);
        Q_UNUSED(checksums);
        return false;
    }
    // Calls firstKey .. firstKey + count - 1 when they are exactly one block
    // of a compact snapshot, none of them replaced since: copied as stored
    // (its dictionary is one of dictionaries()). False otherwise.
    virtual bool readStoredBlock(qint64 firstKey, int count, StoredBlock *out) const
    {
        Q_UNUSED(firstKey);
        Q_UNUSED(count);
        Q_UNUSED(out);
        return false;
    }
    // The rawHash() of calls' JSON as the backend stores it, one per key,
    // without reading the JSON: a save writes its calls rows while their
    // JSON is still being compressed. False when the backend keeps no
    // checksums of its own (the default) or cannot read them.
    virtual bool readHashes(const std::vector<qint64> &keys, std::vector<qint64> *out) const
    {
        Q_UNUSED(keys);
        Q_UNUSED(out);
        return false;
    }
    // Every dictionary readStored() may name, by id.
    virtual bool dictionaries(std::vector<std::pair<qint64, QByteArray>> *out) const
    {
        Q_UNUSED(out);
        return false;
    }
};

using ArchiveProgress = std::function<bool(qint64 done, qint64 total)>;   // false = cancel

class ArchiveBackend
{
public:
    virtual ~ArchiveBackend() = default;

    // Where it is, for messages: a path, or a URI without its password.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    // Stamps the identity into an empty archive, or checks it matches.
    virtual bool bindIdentity(const ArchiveIdentity &identity, QString *error) = 0;
    virtual ArchiveIdentity identity() const = 0;

    virtual bool storePage(const ParsedPage &page, int offsetMinutes, qint64 fetchedAtUtc,
                           StorePageResult *result, QString *error) = 0;
    virtual bool addCoverage(const QString &scope, const UtcInterval &interval, qint64 fetchedAtUtc,
                             QString *error) = 0;
    // Ledger entries of `scope` (and of "" when scope is not "") that overlap the interval.
    virtual bool ledger(const QString &scope, const UtcInterval &interval, QList<LedgerEntry> *out,
                        QString *error) = 0;

    virtual bool countCalls(const UtcInterval &interval, qint64 *count, QString *error) = 0;
    // About as many calls as countCalls() counts, for sizing and progress
    // only (loadArchiveRange()); the count itself unless a backend can guess
    // much faster than it counts.
    virtual bool estimateCalls(const UtcInterval &interval, qint64 *estimate, QString *error)
    {
        return countCalls(interval, estimate, error);
    }
    // Calls starting inside `interval`, in start order (ties in an order the
    // backend keeps stable, e.g. arrival); with kWholeTime also calls without a start.
    // The sink may take the call's contents (swap them out): the backend
    // assigns every field of the next call afresh.
    virtual bool readCalls(const UtcInterval &interval, const std::function<bool(ArchivedCall &)> &sink,
                           QString *error) = 0;
    // The same calls read in two threads at once, for loading a big range:
    // parts 0 and 1 each from its own thread (the sink must be safe for that).
    // Part 0 then part 1 are readCalls()'s order, unless partsInKeyOrder().
    // A call may come with its labels' ids only (ArchivedCall::labelTextsLeftOut).
    // Backends that cannot return false without an error: read with readCalls().
    virtual bool readCallsInParts(const UtcInterval &interval,
                                  const std::function<bool(int part, ArchivedCall &)> &sink, QString *error)
    {
        Q_UNUSED(interval); Q_UNUSED(sink);
        if (error)
            error->clear();
        return false;
    }
    // True when readCallsInParts() may deliver the calls in row-key order
    // (a storage order, faster to read) and readCalls() breaks ties of start
    // time by row key: the caller then sorts by start time (none first), then key.
    virtual bool partsInKeyOrder() const { return false; }
    // Their raw JSON in the same order (export --jsonl, standalone snapshots).
    virtual bool readRawRange(const UtcInterval &interval,
                              const std::function<bool(std::string_view raw, int offsetMinutes)> &sink,
                              QString *error) = 0;
    // A thread-safe reader for RecordStore rows loaded from this archive.
    virtual std::shared_ptr<RawJsonSource> rawSource(QString *error) = 0;

    // What changed in `interval` since a reader last looked (following another
    // instance's fetch): the calls of readCalls() whose row key is above
    // `afterKey` (keys grow as calls are added) or whose fetched_at is at or
    // after `sinceFetchedAt` (a replaced call keeps its key and takes the
    // fetched_at of the page that replaced it). "At or after": a page
    // committed later within that second is not missed, so the caller sees
    // that second's calls again and drops what it has. The sink also gets
    // each call's fetched_at (0 when unknown). afterKey 0 and sinceFetchedAt
    // min(): every call, as readCalls(). Backends that cannot return false
    // without an error: read everything with readCalls().
    virtual bool readCallsChangedSince(const UtcInterval &interval, qint64 afterKey, qint64 sinceFetchedAt,
                                       const std::function<bool(ArchivedCall &, qint64 fetchedAt)> &sink,
                                       QString *error)
    {
        Q_UNUSED(interval); Q_UNUSED(afterKey); Q_UNUSED(sinceFetchedAt); Q_UNUSED(sink);
        if (error)
            error->clear();
        return false;
    }
};

// Opens (creating when `create`) a SQLite archive file. A snapshot of
// schema version 1 opens too: read-only it is read as it is; opened for
// writing it is migrated in place to the current schema first.
std::unique_ptr<ArchiveBackend> openArchiveFile(const QString &path, bool create, bool readOnly, QString *error);

// Loads `interval` from `archive` into `store` (which it clears first), with
// raw JSON left on disk: the store reads it through the archive's rawSource.
bool loadArchiveRange(ArchiveBackend &archive, const UtcInterval &interval, RecordStore &store,
                      const ArchiveProgress &progress, QString *error);

// Default location of a connection's archive in the user's data directory.
QString defaultArchivePath(const ArchiveIdentity &identity);

// Every call in a whole range as the interval that covers any start time.
inline constexpr UtcInterval kWholeTime{std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2};

} // namespace cs
