#pragma once
// Fetching as a job of the JobRunner. The fetch engine lives in a thread of
// its own for the whole session (its request budget outlives every fetch:
// the server's does not reset when one ends); each fetch is one job whose
// reports the engine's signals become, tagged with the caller's generation.

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
struct FetchPageEvent : JobEvent
{
    std::shared_ptr<ParsedPage> page;
    int windowIndex = 0;
    int offsetMinutes = 0;
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
    void start(quint64 generation, const FetchSpec &spec, const Credentials &credentials);

private:
    JobRunner *m_runner;
    QThread *m_thread;       // a child; quit and waited for by the destructor
    FetchWorker *m_worker;   // lives in m_thread
};

} // namespace cs
