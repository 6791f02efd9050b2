#include "fetchjob.h"

#include "appinfo.h"
#include "archivefactory.h"
#include "archivelease.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <limits>
#include <unordered_set>

using namespace Qt::StringLiterals;

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
        if (m_following)
            finishFollowing(JobStatus::Cancelled, {}, cancelledOutcome());
        if (ticket.isCancelled()) {
            ticket.finish(JobStatus::Cancelled, {}, outcomeEvent(cancelledOutcome()));
            return;
        }
        m_archive.reset();
        m_pageRawSource.reset();
        m_lease.reset();
        m_archiveError.clear();
        m_target = target;
        if (!target.path.isEmpty()) {
            QString error;
            std::unique_ptr<ArchiveBackend> archive = openForWriting(target, &error);
            if (!archive || !archive->bindIdentity(target.identity, &error))
                return fail(ticket, error);
            m_archive = std::move(archive);
            if (isServerArchive(target.path)) {
                // One fetcher per account: the lease, or follow its holder.
                m_lease = ArchiveLease::open(target.path, target.identity, leaseHolderName(u"CallScope "_s + appinfo::version()),
                                             &error, target.password);
                if (!m_lease)
                    return fail(ticket, error);
                if (!m_lease->tryAcquire(&error)) {
                    if (!error.isEmpty())
                        return fail(ticket, error);
                    m_ticket = ticket;
                    m_spec = spec;
                    m_credentials = credentials;
                    startFollowing();
                    return;
                }
            }
        }
        m_ticket = ticket;
        startEngine(spec, credentials);
    }

    // 0: whatever runs.
    void cancel(quint64 generation)
    {
        if (generation != 0 && m_ticket.generation() != generation)
            return;
        if (m_engine->isRunning())
            m_engine->cancel();   // finished() with what the engine knew
        else if (m_following)
            finishFollowing(JobStatus::Cancelled, {}, cancelledOutcome());
    }

private:
    // Opens the target for a fetch. A team archive that the role may only
    // read says so: browsing works, fetching needs a role that may write.
    static std::unique_ptr<ArchiveBackend> openForWriting(const ArchiveTarget &target, QString *error)
    {
        ArchiveOpenOptions options;
        options.password = target.password;
        std::unique_ptr<ArchiveBackend> archive = openArchive(target.path, options, error);
        if (!archive && isServerArchive(target.path)) {
            options.readOnly = true;
            QString readError;
            if (std::unique_ptr<ArchiveBackend> readable = openArchive(target.path, options, &readError)) {
                *error = FetchThread::tr("The database role of this connection may only read the team archive %1: "
                                         "its calls are shown, but fetching needs a role that may write to it.")
                             .arg(readable->location());
            }
        }
        return archive;
    }

    void fail(const JobTicket &ticket, const QString &error)
    {
        m_archive.reset();
        m_lease.reset();
        FetchOutcome failed;
        failed.error = error;
        ticket.finish(JobStatus::Failed, error, outcomeEvent(failed));
    }

    void startEngine(const FetchSpec &spec, const Credentials &credentials)
    {
        // Coverage is dated when the fetch started: a call written while it ran
        // may be missing from a window fetched before, which the settling time covers.
        m_startedAt = QDateTime::currentSecsSinceEpoch();
        m_engineGeneration = 0;
        m_engine->start(spec, credentials);   // started() arrives before this returns
    }

    // --- following another instance's fetch (a team archive) ------------------

    void startFollowing()
    {
        QString error;
        m_listener = ArchiveListener::open(m_target.path, m_target.identity, &error, m_target.password);
        if (!m_listener)
            return finishFollowing(JobStatus::Failed, error, failedOutcome(error));
        m_following = true;
        m_markKey = 0;
        m_markFetchedAt = std::numeric_limits<qint64>::min();
        m_reportedAtMark.clear();
        m_lastHolder = {};
        m_notifier = new QSocketNotifier(m_listener->socket(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { onNotified(); });
        // Pages come in bursts: read what is new at most every 250 ms.
        m_readTimer = new QTimer(this);
        m_readTimer->setSingleShot(true);
        m_readTimer->setInterval(250);
        connect(m_readTimer, &QTimer::timeout, this, [this] { readNewCalls(); });
        m_retryTimer = new QTimer(this);
        m_retryTimer->setInterval(ArchiveLease::kRetrySeconds * 1000);
        connect(m_retryTimer, &QTimer::timeout, this, [this] { tryTakeOver(); });
        m_retryTimer->start();
        reportHolder(true);
        readNewCalls();   // everything of the range committed so far
    }

    void onNotified()
    {
        if (!m_following)
            return;
        bool ok = true;
        const QStringList payloads = m_listener->wait(0, &ok);
        if (!ok) {
            const QString error = FetchThread::tr("The connection to the team archive was lost.");
            return finishFollowing(JobStatus::Failed, error, failedOutcome(error));
        }
        if (!payloads.isEmpty() && !m_readTimer->isActive())
            m_readTimer->start();
    }

    void readNewCalls()
    {
        if (!m_following || !m_archive)
            return;
        auto event = std::make_shared<FetchFollowCallsEvent>();
        QString error;
        if (!m_rawSourceSent) {
            m_rawSource = m_archive->rawSource(&error);
            event->rawSource = m_rawSource;
            m_rawSourceSent = event->rawSource != nullptr;
        }
        // Only what changed since the last read: calls above the highest key
        // seen (added) and calls stored at or after the newest fetched_at seen
        // (replaced; that second again, minus what was reported in it).
        const qint64 lastKey = m_markKey;
        const qint64 lastFetchedAt = m_markFetchedAt;
        std::unordered_set<qint64> reportedBefore;
        reportedBefore.swap(m_reportedAtMark);
        std::vector<ArchivedCall> changed;
        auto take = [&](ArchivedCall &call, qint64 fetchedAt) {
            ++event->rowsRead;
            if (fetchedAt > m_markFetchedAt) {
                m_markFetchedAt = fetchedAt;
                m_reportedAtMark.clear();
            }
            if (fetchedAt == m_markFetchedAt)
                m_reportedAtMark.insert(call.key);
            m_markKey = std::max(m_markKey, call.key);
            if (fetchedAt == lastFetchedAt && reportedBefore.contains(call.key))
                return true;   // the same version, reported by the last read
            if (call.key > lastKey)
                event->calls.push_back(call);
            else
                changed.push_back(call);
            return true;
        };
        bool ok = m_archive->readCallsChangedSince(m_target.range, lastKey, lastFetchedAt, take, &error);
        if (!ok && error.isEmpty()) {
            // A backend that cannot tell: the whole range, less what was reported.
            event->calls.clear();
            changed.clear();
            m_reportedAtMark = std::move(reportedBefore);   // here: every key reported
            ok = m_archive->readCalls(m_target.range, [&](const ArchivedCall &call) {
                ++event->rowsRead;
                if (m_reportedAtMark.insert(call.key).second)
                    event->calls.push_back(call);
                return true;
            }, &error);
        }
        if (!ok)
            return finishFollowing(JobStatus::Failed, error, failedOutcome(error));
        for (ArchivedCall &call : changed) {
            FetchFollowCallsEvent::Changed revised;
            if (!m_rawSource || !m_rawSource->readRaw(call.key, &revised.raw))
                continue;   // shown as it was; the next fetch brings the new version
            revised.call = std::move(call);
            event->changed.push_back(std::move(revised));
        }
        if (!event->calls.empty() || !event->changed.empty() || event->rawSource)
            m_ticket.deliver(std::move(event));
        reportHolder(false);
    }

    // The holder's name and progress, when they changed.
    void reportHolder(bool always)
    {
        LeaseHolder holder;
        QString error;
        if (!m_lease || !m_lease->holderInfo(&holder, &error))
            return;
        if (!always && holder.holder == m_lastHolder.holder && holder.progress == m_lastHolder.progress)
            return;
        m_lastHolder = holder;
        auto event = std::make_shared<FetchFollowEvent>();
        event->holder = holder.exists ? holder.holder : FetchThread::tr("Another CallScope");
        event->holderProgress = holder.progress;
        m_ticket.deliver(std::move(event));
    }

    // Every kRetrySeconds: the lease is free (the holder finished or died) or
    // stale (its heartbeat stopped kDeadAfterSeconds ago): fetch what the
    // ledger still misses.
    void tryTakeOver()
    {
        if (!m_following)
            return;
        QString error;
        if (!m_lease->tryAcquire(&error)) {
            if (!error.isEmpty())
                return finishFollowing(JobStatus::Failed, error, failedOutcome(error));
            reportHolder(false);
            return;
        }
        readNewCalls();   // what the holder committed last
        stopFollowing();
        QList<LedgerEntry> ledger;
        if (!m_archive->ledger(m_target.scope, m_target.range, &ledger, &error))
            return fail(takeTicket(), error);
        const QList<UtcInterval> gaps = intervalsToFetch(classifyCoverage(
            ledger, m_target.range.startUtc, m_target.range.endUtc, QDateTime::currentSecsSinceEpoch(),
            m_target.settleSeconds));
        FetchSpec spec = m_spec;
        const Credentials credentials = m_credentials;
        m_spec = {};
        m_credentials = {};
        if (gaps.isEmpty()) {
            // The holder fetched the whole range.
            m_lease->release();
            m_lease.reset();
            m_archive.reset();
            FetchOutcome complete;
            complete.status = FetchOutcome::Status::Complete;
            takeTicket().finish(JobStatus::Done, {}, outcomeEvent(complete));
            return;
        }
        spec.onlyIntervals = gaps;
        startEngine(spec, credentials);
    }

    void stopFollowing()
    {
        m_following = false;
        delete m_notifier;
        m_notifier = nullptr;
        delete m_readTimer;
        m_readTimer = nullptr;
        delete m_retryTimer;
        m_retryTimer = nullptr;
        m_listener.reset();
        m_reportedAtMark.clear();
        m_rawSource.reset();
        m_rawSourceSent = false;
    }

    void finishFollowing(JobStatus status, const QString &error, const FetchOutcome &outcome)
    {
        stopFollowing();
        m_spec = {};
        m_credentials = {};
        m_lease.reset();
        m_archive.reset();
        takeTicket().finish(status, error, outcomeEvent(outcome));
    }

    JobTicket takeTicket()
    {
        JobTicket ticket = m_ticket;
        m_ticket = {};
        return ticket;
    }

    static FetchOutcome failedOutcome(const QString &error)
    {
        FetchOutcome outcome;
        outcome.error = error;
        return outcome;
    }

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
        if (m_lease && !m_lease->isHeld())
            return stopOnArchiveError(FetchThread::tr("Another CallScope took over fetching this account; this "
                                                      "window stopped fetching."));
        auto event = std::make_shared<FetchPageEvent>();
        // Committed before it is shown: what the window shows is in the archive.
        QString error;
        if (m_archive && !m_archive->storePage(*page, offsetMinutes, QDateTime::currentSecsSinceEpoch(),
                                               &event->archived, &error)) {
            return stopOnArchiveError(error);
        }
        if (!event->archived.records.empty()) {
            if (!m_pageRawSource)
                m_pageRawSource = m_archive->rawSource(&error);
            event->rawSource = m_pageRawSource;
            if (!event->rawSource)
                event->archived.records.clear();   // the calls' JSON is kept in memory instead
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
        if (m_lease)   // what the others show (data, as the CLI sends it)
            m_lease->setProgress(u"windows %1/%2, %3 records, %4 requests"_s.arg(progress.windowsDone)
                                     .arg(progress.windowsTotal).arg(progress.recordsReceived).arg(progress.requests));
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
        if (m_lease)
            m_lease->release();   // the others need not wait
        m_lease.reset();
        m_archive.reset();   // closed between fetches: other connections may write
    }

    FetchEngine *m_engine;
    std::unique_ptr<ArchiveBackend> m_archive;
    std::unique_ptr<ArchiveLease> m_lease;       // a server archive: held while the engine fetches
    // Following another instance's fetch.
    bool m_following = false;
    std::unique_ptr<ArchiveListener> m_listener;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_readTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    // Where the last read stood: the highest row key and newest fetched_at
    // read, and the keys read at that fetched_at (read again next time).
    qint64 m_markKey = 0;
    qint64 m_markFetchedAt = 0;
    std::unordered_set<qint64> m_reportedAtMark;
    std::shared_ptr<RawJsonSource> m_rawSource;  // the one sent: reads replaced calls' JSON
    bool m_rawSourceSent = false;
    std::shared_ptr<RawJsonSource> m_pageRawSource;   // sent with stored pages: reads their calls' JSON
    LeaseHolder m_lastHolder;
    FetchSpec m_spec;                            // what a takeover fetches (its gaps)
    Credentials m_credentials;
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
