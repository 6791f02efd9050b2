#include "fetchjob.h"

#include <QDateTime>

namespace cs {

// Lives in the fetch thread with its engine (a child, so moveToThread takes
// it along). Every engine signal arrives here directly, in this thread, and
// leaves through the current job's ticket.
class FetchWorker : public QObject
{
public:
    explicit FetchWorker(FetchClockPtr clock) : m_engine(new FetchEngine(this))
    {
        if (clock)
            m_engine->setClock(std::move(clock));
        connect(m_engine, &FetchEngine::started, this, &FetchWorker::onStarted);
        connect(m_engine, &FetchEngine::pageReady, this, &FetchWorker::onPage);
        connect(m_engine, &FetchEngine::progress, this, &FetchWorker::onProgress);
        connect(m_engine, &FetchEngine::notice, this, &FetchWorker::onNotice);
        connect(m_engine, &FetchEngine::finished, this, &FetchWorker::onFinished);
        connect(m_engine, &FetchEngine::windowCovered, this, &FetchWorker::onCovered);
    }

    void start(const JobTicket &ticket, const FetchSpec &spec, const Credentials &credentials,
               const ArchiveTarget &target)
    {
        if (m_engine->isRunning())
            m_engine->cancel();   // finishes the previous job (as Cancelled) first
        if (ticket.isCancelled()) {
            ticket.finish(JobStatus::Cancelled, {}, outcomeEvent(cancelledOutcome()));
            return;
        }
        m_archive.reset();
        m_archiveError.clear();
        m_target = target;
        if (!target.path.isEmpty()) {
            QString error;
            std::unique_ptr<ArchiveBackend> archive = openArchiveFile(target.path, true, false, &error);
            if (!archive || !archive->bindIdentity(target.identity, &error)) {
                FetchOutcome failed;
                failed.error = error;
                ticket.finish(JobStatus::Failed, error, outcomeEvent(failed));
                return;
            }
            m_archive = std::move(archive);
        }
        // Coverage is dated when the fetch started: a call written while it ran
        // may be missing from a window fetched before, which the settling time covers.
        m_startedAt = QDateTime::currentSecsSinceEpoch();
        m_ticket = ticket;
        m_engineGeneration = 0;
        m_engine->start(spec, credentials);   // started() arrives before this returns
    }

    // 0: whatever runs.
    void cancel(quint64 generation)
    {
        if ((generation == 0 || m_ticket.generation() == generation) && m_engine->isRunning())
            m_engine->cancel();   // finished() with what the engine knew
    }

private:
    static FetchOutcome cancelledOutcome()
    {
        FetchOutcome outcome;
        outcome.status = FetchOutcome::Status::Cancelled;
        return outcome;
    }

    static JobEventPtr outcomeEvent(const FetchOutcome &outcome)
    {
        auto event = std::make_shared<FetchOutcomeEvent>();
        event->outcome = outcome;
        return event;
    }

    bool isCurrent(quint64 engineGeneration) const
    {
        return m_ticket.isValid() && engineGeneration == m_engineGeneration;
    }

    void onStarted(quint64 engineGeneration, int windowsTotal)
    {
        m_engineGeneration = engineGeneration;
        auto event = std::make_shared<FetchStartedEvent>();
        event->windowsTotal = windowsTotal;
        m_ticket.deliver(std::move(event));
    }

    void onPage(quint64 engineGeneration, const std::shared_ptr<ParsedPage> &page, int windowIndex, int offsetMinutes)
    {
        if (!isCurrent(engineGeneration) || !page || !m_archiveError.isEmpty())
            return;
        auto event = std::make_shared<FetchPageEvent>();
        // Committed before it is shown: what the window shows is in the archive.
        QString error;
        if (m_archive && !m_archive->storePage(*page, offsetMinutes, QDateTime::currentSecsSinceEpoch(),
                                               &event->archived, &error)) {
            return stopOnArchiveError(error);
        }
        event->page = page;
        event->windowIndex = windowIndex;
        event->offsetMinutes = offsetMinutes;
        m_ticket.deliver(std::move(event));
    }

    void onProgress(quint64 engineGeneration, const FetchProgress &progress)
    {
        if (!isCurrent(engineGeneration))
            return;
        auto event = std::make_shared<FetchProgressEvent>();
        event->progress = progress;
        // A wait for the budget or a 429 shows the moment it starts, even if
        // it ends within the throttle's interval (a compressed test clock).
        const bool waitStarts = progress.rateLimitWaitSeconds > 0 && m_lastWaitSeconds == 0;
        m_lastWaitSeconds = progress.rateLimitWaitSeconds;
        m_ticket.progress(std::move(event), waitStarts);
    }

    void onNotice(quint64 engineGeneration, const QString &message)
    {
        if (!isCurrent(engineGeneration))
            return;
        auto event = std::make_shared<FetchNoticeEvent>();
        event->message = message;
        m_ticket.deliver(std::move(event));
    }

    void onCovered(quint64 engineGeneration, const UtcInterval &interval)
    {
        if (!isCurrent(engineGeneration) || !m_archive || !m_archiveError.isEmpty())
            return;
        QString error;
        if (!m_archive->addCoverage(m_target.scope, interval, m_startedAt, &error))
            return stopOnArchiveError(error);
        auto event = std::make_shared<FetchCoveredEvent>();
        event->interval = interval;
        m_ticket.deliver(std::move(event));
    }

    // The archive refused a page or a coverage entry: nothing more is fetched,
    // and the fetch fails with the archive's message.
    void stopOnArchiveError(const QString &error)
    {
        m_archiveError = error;
        m_engine->cancel();
    }

    void onFinished(quint64 engineGeneration, const FetchOutcome &reported)
    {
        // A start the engine refused at once (an invalid spec) finishes
        // without started(): it still ends the current job.
        if (!m_ticket.isValid() || (m_engineGeneration != 0 && engineGeneration != m_engineGeneration))
            return;
        FetchOutcome outcome = reported;
        if (!m_archiveError.isEmpty()) {
            outcome.status = FetchOutcome::Status::Failed;
            outcome.error = m_archiveError;
        }
        const JobStatus status = outcome.status == FetchOutcome::Status::Complete ? JobStatus::Done
            : outcome.status == FetchOutcome::Status::Cancelled                   ? JobStatus::Cancelled
                                                                                   : JobStatus::Failed;
        m_ticket.finish(status, outcome.error, outcomeEvent(outcome));
        m_ticket = {};
        m_engineGeneration = 0;
        m_archive.reset();   // closed between fetches: other connections may write
    }

    FetchEngine *m_engine;
    std::unique_ptr<ArchiveBackend> m_archive;
    ArchiveTarget m_target;
    QString m_archiveError;
    qint64 m_startedAt = 0;
    JobTicket m_ticket;
    int m_lastWaitSeconds = 0;   // of the previous progress
    quint64 m_engineGeneration = 0;
};

FetchThread::FetchThread(JobRunner *runner, FetchClockPtr clock, QObject *parent)
    : QObject(parent), m_runner(runner), m_thread(new QThread(this)), m_worker(new FetchWorker(std::move(clock)))
{
    m_thread->setObjectName(QStringLiteral("fetch"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

FetchThread::~FetchThread()
{
    FetchWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->cancel(0); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void FetchThread::start(quint64 generation, const FetchSpec &spec, const Credentials &credentials,
                        const ArchiveTarget &archive)
{
    FetchWorker *worker = m_worker;
    const JobTicket ticket = m_runner->issue(generation, [worker, generation] {
        QMetaObject::invokeMethod(worker, [worker, generation] { worker->cancel(generation); }, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(
        worker, [worker, ticket, spec, credentials, archive] { worker->start(ticket, spec, credentials, archive); },
        Qt::QueuedConnection);
}

} // namespace cs
