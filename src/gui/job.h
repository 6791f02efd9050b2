#pragma once
// The one protocol for long work: fetching, opening, saving, exporting and
// the charts' statistics all run as jobs of a JobRunner.
//
// - The caller mints a generation for every job it starts and remembers it as
//   the current one of that kind of work.
// - The worker reports through its JobTicket only. Everything it reports
//   reaches the caller by the runner's queued signals, tagged with the
//   generation: a caller drops a stale report with one comparison.
// - cancel() is immediate for the caller: it forgets the generation at once
//   (nothing of that job is heard any more), and the worker sees
//   isCancelled() at its next check and stops soon after.
// - Progress is throttled: at most kProgressPerSecond signals a second per
//   job, and the latest value always arrives (before the job's end).
// - Results (deliver) and the end (finish) are never dropped and arrive in
//   the order the worker sent them.
//
// Nothing here knows what a job does: reports are JobEvent subclasses that
// the caller, who started the job, knows how to read.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThreadPool;

namespace cs {

// Anything a job reports: each kind of job has its own subclasses.
struct JobEvent
{
    virtual ~JobEvent();
};
using JobEventPtr = std::shared_ptr<const JobEvent>;

enum class JobStatus { Done, Cancelled, Failed };

class JobRunner;

// The worker's side of one job: cheap to copy, safe to use from any thread.
class JobTicket
{
public:
    static constexpr int kProgressPerSecond = 10;

    JobTicket() = default;
    quint64 generation() const;
    bool isCancelled() const;
    // A result, delivered in order and never dropped.
    void deliver(JobEventPtr event) const;
    // Progress: throttled, only the latest value of a burst arrives. An
    // urgent one (a change of state the user must see, such as the start of
    // a wait for the request budget) is sent without waiting for the interval.
    void progress(JobEventPtr event, bool urgent = false) const;
    // The end of the job, exactly once (later calls are ignored).
    void finish(JobStatus status, const QString &error = {}, JobEventPtr detail = {}) const;
    bool isValid() const { return bool(d); }

private:
    friend class JobRunner;
    struct Shared;
    explicit JobTicket(std::shared_ptr<Shared> shared) : d(std::move(shared)) {}
    std::shared_ptr<Shared> d;
};

// A job that runs to its end in one of the runner's pool threads.
class Job
{
public:
    virtual ~Job();
    // Reports through `ticket`. If it returns without finish(), the runner
    // finishes the job as Done (or Cancelled, when it was cancelled).
    virtual void run(const JobTicket &ticket) = 0;
};

class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    // A generation for a new job: unique in the process, so callers sharing
    // a runner never collide. The caller keeps it as its current one.
    static quint64 newGeneration();
    // Cancels every job and waits for the pool's workers: a worker may be
    // reading data its caller is about to destroy.
    ~JobRunner() override;

    // Runs `job` in a pool thread under `generation` (minted by the caller).
    void start(quint64 generation, std::unique_ptr<Job> job);
    // A ticket for a job that runs in a thread of the caller's own (the
    // fetch thread). `onCancel` is called on this thread by cancel().
    JobTicket issue(quint64 generation, std::function<void()> onCancel = {});
    // Asks the worker to stop. The caller has already stopped listening.
    void cancel(quint64 generation);
    void cancelAll();
    // Jobs started or issued that have not finished (cancelled ones included
    // until their worker ends).
    int activeCount() const;
    bool isActive(quint64 generation) const;
    // Blocks until every pool job has returned (not the jobs of issue()).
    void waitForPool();

Q_SIGNALS:
    void delivered(quint64 generation, const cs::JobEventPtr &event);
    void progressed(quint64 generation, const cs::JobEventPtr &event);
    void finished(quint64 generation, cs::JobStatus status, const QString &error, const cs::JobEventPtr &detail);

private:
    friend class JobTicket;
    struct Registry;
    void onFinished(const std::shared_ptr<JobTicket::Shared> &shared, JobStatus status, const QString &error,
                    const JobEventPtr &detail);
    void emitProgress(const std::shared_ptr<JobTicket::Shared> &shared);

    QThreadPool *m_pool;
    std::unique_ptr<Registry> m_registry;
};

} // namespace cs

Q_DECLARE_METATYPE(cs::JobEventPtr)
Q_DECLARE_METATYPE(cs::JobStatus)
