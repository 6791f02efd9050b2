#pragma once
// Fetching as a job of the JobRunner. The fetch engine lives in a thread of
// its own for the whole session (its request budget outlives every fetch:
// the server's does not reset when one ends); each fetch is one job whose
// reports the engine's signals become, tagged with the caller's generation.

#include "archive.h"
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
// The finish detail of every fetch job, cancelled ones included.
struct FetchOutcomeEvent : JobEvent
{
    FetchOutcome outcome;
};

// Where a fetch keeps what it gets: every page is committed to this archive
// in the fetch thread before it is shown, and every completed window is
// recorded as covered for `scope`.
struct ArchiveTarget
{
    QString path;                    // "" = no archive
    ArchiveIdentity identity;
    QString scope;
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
