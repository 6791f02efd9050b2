#include "fetchjob.h"

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
    }

    void start(const JobTicket &ticket, const FetchSpec &spec, const Credentials &credentials)
    {
        if (m_engine->isRunning())
            m_engine->cancel();   // finishes the previous job (as Cancelled) first
        if (ticket.isCancelled()) {
            ticket.finish(JobStatus::Cancelled, {}, outcomeEvent(cancelledOutcome()));
            return;
        }
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
        if (!isCurrent(engineGeneration) || !page)
            return;
        auto event = std::make_shared<FetchPageEvent>();
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
        m_ticket.progress(std::move(event));
    }

    void onNotice(quint64 engineGeneration, const QString &message)
    {
        if (!isCurrent(engineGeneration))
            return;
        auto event = std::make_shared<FetchNoticeEvent>();
        event->message = message;
        m_ticket.deliver(std::move(event));
    }

    void onFinished(quint64 engineGeneration, const FetchOutcome &outcome)
    {
        // A start the engine refused at once (an invalid spec) finishes
        // without started(): it still ends the current job.
        if (!m_ticket.isValid() || (m_engineGeneration != 0 && engineGeneration != m_engineGeneration))
            return;
        const JobStatus status = outcome.status == FetchOutcome::Status::Complete ? JobStatus::Done
            : outcome.status == FetchOutcome::Status::Cancelled                   ? JobStatus::Cancelled
                                                                                   : JobStatus::Failed;
        m_ticket.finish(status, outcome.error, outcomeEvent(outcome));
        m_ticket = {};
        m_engineGeneration = 0;
    }

    FetchEngine *m_engine;
    JobTicket m_ticket;
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

void FetchThread::start(quint64 generation, const FetchSpec &spec, const Credentials &credentials)
{
    FetchWorker *worker = m_worker;
    const JobTicket ticket = m_runner->issue(generation, [worker, generation] {
        QMetaObject::invokeMethod(worker, [worker, generation] { worker->cancel(generation); }, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(
        worker, [worker, ticket, spec, credentials] { worker->start(ticket, spec, credentials); },
        Qt::QueuedConnection);
}

} // namespace cs
