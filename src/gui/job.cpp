#include "job.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <exception>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cs {

namespace {

constexpr qint64 kProgressIntervalMs = 1000 / JobTicket::kProgressPerSecond;

// Lets workers post to the runner only while it exists: the runner clears
// `runner` when it is destroyed, under the same lock the workers post with.
struct Mailbox
{
    std::mutex mutex;
    JobRunner *runner = nullptr;
    // Qt hands queued calls and pool tasks to another thread under its own
    // futex locks, which ThreadSanitizer cannot see. Both sides of a
    // hand-off take this lock too: what one thread wrote before (a store it
    // loaded or adopted) is then ordered before what the other does with it,
    // for TSan as it is for the CPU.
    void handOver() { std::lock_guard lock(mutex); }
};

} // namespace

JobEvent::~JobEvent() = default;
Job::~Job() = default;

struct JobTicket::Shared
{
    quint64 generation = 0;
    std::shared_ptr<Mailbox> mailbox;
    std::atomic_bool cancelled{false};
    std::atomic_bool finishSent{false};
    // Guarded by `mutex`: the latest progress not yet emitted.
    std::mutex mutex;
    JobEventPtr latestProgress;
    bool progressScheduled = false;
    bool progressUrgent = false;   // the latest value must not wait for the interval
    // The runner's thread only.
    std::function<void()> onCancel;
    QElapsedTimer sinceProgress;
    bool ended = false;

    // Posted under the mailbox's lock; the runner's thread takes it again
    // before it runs the call (Mailbox::handOver).
    template<typename F>
    void post(F &&function)
    {
        std::lock_guard lock(mailbox->mutex);
        if (mailbox->runner) {
            QMetaObject::invokeMethod(mailbox->runner, [box = mailbox, call = std::forward<F>(function)]() mutable {
                box->handOver();
                call();
            }, Qt::QueuedConnection);
        }
    }
};

struct JobRunner::Registry
{
    std::shared_ptr<Mailbox> mailbox = std::make_shared<Mailbox>();
    QHash<quint64, std::shared_ptr<JobTicket::Shared>> jobs;
};

// --- the worker's side --------------------------------------------------------

quint64 JobTicket::generation() const
{
    return d ? d->generation : 0;
}

bool JobTicket::isCancelled() const
{
    return !d || d->cancelled.load(std::memory_order_relaxed);
}

void JobTicket::deliver(JobEventPtr event) const
{
    if (!d || d->cancelled.load())
        return;
    std::shared_ptr<Shared> shared = d;
    d->post([shared, event = std::move(event)] {
        JobRunner *runner = shared->mailbox->runner;
        if (runner && !shared->ended && !shared->cancelled.load())
            Q_EMIT runner->delivered(shared->generation, event);
    });
}

void JobTicket::progress(JobEventPtr event, bool urgent) const
{
    if (!d || d->cancelled.load())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->latestProgress = std::move(event);
        d->progressUrgent = d->progressUrgent || urgent;
        if (d->progressScheduled && !urgent)
            return;   // the scheduled emission takes the latest value
        d->progressScheduled = true;
    }
    std::shared_ptr<Shared> shared = d;
    d->post([shared] {
        if (JobRunner *runner = shared->mailbox->runner)
            runner->emitProgress(shared);
    });
}

void JobTicket::finish(JobStatus status, const QString &error, JobEventPtr detail) const
{
    if (!d || d->finishSent.exchange(true))
        return;
    std::shared_ptr<Shared> shared = d;
    d->post([shared, status, error, detail = std::move(detail)] {
        if (JobRunner *runner = shared->mailbox->runner)
            runner->onFinished(shared, status, error, detail);
    });
}

namespace {

// Jobs run below the GUI thread's priority: a load keeps both cores busy
// (with the threads it starts, which inherit this), and at equal priority
// the GUI thread waited its turn for up to 31 ms while the charts drew the
// first rows. Linux only: Qt's thread priorities do nothing under its default
// scheduler. A pool thread is lowered once; it runs nothing but jobs.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 10);   // failure: it runs as before
    }
#endif
}

} // namespace

// --- the caller's side --------------------------------------------------------

JobRunner::JobRunner(QObject *parent)
    : QObject(parent), m_pool(new QThreadPool(this)), m_registry(std::make_unique<Registry>())
{
    qRegisterMetaType<JobEventPtr>();
    qRegisterMetaType<JobStatus>();
    m_registry->mailbox->runner = this;
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool->setObjectName(QStringLiteral("jobs"));
}

quint64 JobRunner::newGeneration()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

JobRunner::~JobRunner()
{
    cancelAll();
    {
        std::lock_guard lock(m_registry->mailbox->mutex);
        m_registry->mailbox->runner = nullptr;
    }
    m_pool->waitForDone();
}

JobTicket JobRunner::issue(quint64 generation, std::function<void()> onCancel)
{
    Q_ASSERT(!m_registry->jobs.contains(generation));
    auto shared = std::make_shared<JobTicket::Shared>();
    shared->generation = generation;
    shared->mailbox = m_registry->mailbox;
    shared->onCancel = std::move(onCancel);
    m_registry->jobs.insert(generation, shared);
    return JobTicket(shared);
}

void JobRunner::start(quint64 generation, std::unique_ptr<Job> job)
{
    const JobTicket ticket = issue(generation);
    std::shared_ptr<Job> owned(job.release());
    // Both sides of the pool's hand-off (Mailbox::handOver).
    const std::shared_ptr<Mailbox> mailbox = m_registry->mailbox;
    mailbox->handOver();
    m_pool->start([owned, ticket, mailbox] {
        mailbox->handOver();
        lowerThisThreadsPriority();
        try {
            owned->run(ticket);
            ticket.finish(ticket.isCancelled() ? JobStatus::Cancelled : JobStatus::Done);
        } catch (const std::bad_alloc &) {
            ticket.finish(JobStatus::Failed, tr("Not enough memory."));
        } catch (const std::exception &e) {
            ticket.finish(JobStatus::Failed, QString::fromLocal8Bit(e.what()));
        }
    });
}

void JobRunner::cancel(quint64 generation)
{
    const auto it = m_registry->jobs.constFind(generation);
    if (it == m_registry->jobs.constEnd())
        return;
    const std::shared_ptr<JobTicket::Shared> shared = it.value();
    if (shared->cancelled.exchange(true))
        return;
    if (shared->onCancel)
        shared->onCancel();
}

void JobRunner::cancelAll()
{
    const QList<quint64> generations = m_registry->jobs.keys();
    for (const quint64 generation : generations)
        cancel(generation);
}

int JobRunner::activeCount() const
{
    return int(m_registry->jobs.size());
}

bool JobRunner::isActive(quint64 generation) const
{
    return m_registry->jobs.contains(generation);
}

void JobRunner::waitForPool()
{
    m_pool->waitForDone();
}

void JobRunner::emitProgress(const std::shared_ptr<JobTicket::Shared> &shared)
{
    bool urgent = false;
    {
        std::lock_guard lock(shared->mutex);
        urgent = shared->progressUrgent;
    }
    const qint64 wait = shared->sinceProgress.isValid() && !urgent
        ? std::max<qint64>(0, kProgressIntervalMs - shared->sinceProgress.elapsed())
        : 0;
    const auto emitLatest = [this, shared] {
        JobEventPtr event;
        {
            std::lock_guard lock(shared->mutex);
            event = std::move(shared->latestProgress);
            shared->latestProgress.reset();
            shared->progressScheduled = false;
            shared->progressUrgent = false;
        }
        shared->sinceProgress.start();
        if (event && !shared->ended && !shared->cancelled.load())
            Q_EMIT progressed(shared->generation, event);
    };
    if (wait == 0)
        emitLatest();
    else
        QTimer::singleShot(int(wait), this, emitLatest);
}

void JobRunner::onFinished(const std::shared_ptr<JobTicket::Shared> &shared, JobStatus status, const QString &error,
                           const JobEventPtr &detail)
{
    // The latest progress still held back arrives first: it may be "all done".
    JobEventPtr pending;
    {
        std::lock_guard lock(shared->mutex);
        pending = std::move(shared->latestProgress);
        shared->latestProgress.reset();
    }
    if (pending && !shared->cancelled.load())
        Q_EMIT progressed(shared->generation, pending);
    shared->ended = true;
    shared->onCancel = nullptr;
    m_registry->jobs.remove(shared->generation);
    Q_EMIT finished(shared->generation, status, error, detail);
}

} // namespace cs
