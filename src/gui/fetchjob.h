#pragma once
// Fetching as a job of the JobRunner. The fetch engine lives in a thread of
// its own for the whole session (its request budget outlives every fetch:
// the server's does not reset when one ends); each fetch is one job whose
// reports the engine's signals become, tagged with the caller's generation.

#include "archive.h"
#include "archiveledger.h"
#include "fetchengine.h"
#include "job.h"

#include <QObject>
#include <QThread>

namespace cs {

// What a fetch job reports.
struct FetchStartedEvent : JobEvent
{
    int windowsTotal = 0;
};
// With an archive, the page was committed to it before this was sent.
struct FetchPageEvent : JobEvent
{
    std::shared_ptr<ParsedPage> page;
    int windowIndex = 0;
    int offsetMinutes = 0;
    StorePageResult archived;
    // With archived.records: reads those calls' raw JSON from the archive
    // (RecordStore::upsertStored keeps it there, not in memory).
    std::shared_ptr<const RawJsonSource> rawSource;
};
// Every call of `interval` is in the archive now (recorded in its ledger).
struct FetchCoveredEvent : JobEvent
{
    UtcInterval interval;
};
struct FetchNoticeEvent : JobEvent
{
    QString message;
};
struct FetchProgressEvent : JobEvent
{
    FetchProgress progress;
};
// A team archive on a server: another instance holds the account's lease, so
// this fetch does not ask the server; it shows what the holder commits and
// takes over once the holder is gone (a FetchStartedEvent then follows).
struct FetchFollowEvent : JobEvent
{
    QString holder;                  // e.g. "alice (CallScope 0.1.0)"
    QString holderProgress;          // the holder's own progress text (data, not translated)
};
// Calls the holder committed to the range that this fetch had not reported
// yet (the first of these events: every call of the range). Only what changed
// since the previous event is read from the archive
// (ArchiveBackend::readCallsChangedSince).
struct FetchFollowCallsEvent : JobEvent
{
    // A call the holder replaced (the server revised it): its columns and raw
    // JSON, for RecordStore::upsert (point fields.raw at `raw` first).
    struct Changed
    {
        ArchivedCall call;
        std::string raw;
    };
    std::vector<ArchivedCall> calls;            // added to the archive
    std::vector<Changed> changed;
    std::shared_ptr<RawJsonSource> rawSource;   // set in the first event
    qint64 rowsRead = 0;                        // rows read from the archive for this event
};
// The finish detail of every fetch job, cancelled ones included.
struct FetchOutcomeEvent : JobEvent
{
    FetchOutcome outcome;
};

// Where a fetch keeps what it gets: every page is committed to this archive
// in the fetch thread before it is shown, and every completed window is
// recorded as covered for `scope`.
//
// A team archive on a server (a postgresql:// path): one fetcher per account.
// The fetch takes the account's lease first (ArchiveLease); when another
// instance holds it, the job follows the holder instead (FetchFollowEvent,
// FetchFollowCallsEvent as pages are committed, LISTEN/NOTIFY) and takes over
// when the holder's lease is free or stale, fetching what the ledger then
// still misses of `range`.
struct ArchiveTarget
{
    QString path;                    // "" = no archive
    ArchiveIdentity identity;
    QString scope;
    QString password;                // a server's, from the keyring; never logged
    UtcInterval range;               // the whole range shown (servers: what a takeover completes)
    qint64 settleSeconds = kDefaultSettleSeconds;
};

class FetchWorker;

class FetchThread : public QObject
{
    Q_OBJECT
public:
    // `clock`: what the engine paces the request budget by (tests compress it).
    FetchThread(JobRunner *runner, FetchClockPtr clock, QObject *parent = nullptr);
    // Stops the engine and its thread.
    ~FetchThread() override;

    // Starts a fetch as job `generation` of the runner. A fetch still running
    // in the engine is replaced (and finishes as Cancelled).
    void start(quint64 generation, const FetchSpec &spec, const Credentials &credentials,
               const ArchiveTarget &archive = {});

private:
    JobRunner *m_runner;
    QThread *m_thread;       // a child; quit and waited for by the destructor
    FetchWorker *m_worker;   // lives in m_thread
};

} // namespace cs
