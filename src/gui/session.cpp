// Session: the store, the jobs' reports, fetching.
#include "session.h"

#include "archivejobs.h"
#include "calltablemodel.h"
#include "chartstats.h"
#include "exportjob.h"
#include "fetchjob.h"
#include "fetchsnapshot.h"
#include "job.h"
#include "storeguard.h"

namespace cs {

Session::Session(QObject *parent, FetchClockPtr clock)
    : QObject(parent)
    , m_runner(new JobRunner(this))
    , m_guard(new StoreGuard(this))
    , m_fetchThread(new FetchThread(m_runner, std::move(clock), this))
    , m_model(new CallTableModel(&m_store, this))
    , m_charts(new ChartFeed(m_runner, m_guard, this))
{
    setObjectName(QStringLiteral("session"));
    m_model->setObjectName(QStringLiteral("callModel"));
    connect(m_runner, &JobRunner::delivered, this, &Session::onDelivered);
    connect(m_runner, &JobRunner::progressed, this, &Session::onProgressed);
    connect(m_runner, &JobRunner::finished, this, &Session::onFinished);
    connect(m_model, &CallTableModel::countsChanged, this, &Session::feedCharts);
    // Sorting and filtering a big store run as jobs.
    m_model->setViewJobsEnabled(true);
    connect(m_model, &CallTableModel::viewWanted, this, &Session::startViewChange);
    m_coverage.coalesce = new QTimer(this);
    m_coverage.coalesce->setSingleShot(true);
    m_coverage.coalesce->setInterval(150);   // range edits and completed windows come in bursts
    connect(m_coverage.coalesce, &QTimer::timeout, this, &Session::startCoverageJob);
}

Session::~Session()
{
    // Workers may be reading the store: stop them before it goes.
    m_runner->cancelAll();
    delete m_fetchThread;
    m_fetchThread = nullptr;
    m_runner->waitForPool();
    delete m_charts;   // it talks to the runner, which as a child would go first
    m_charts = nullptr;
}

void Session::setTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
    feedCharts();
}

QTimeZone Session::timeZone() const
{
    return m_model->timeZone();
}

void Session::feedCharts()
{
    if (!m_adoptingView)
        m_charts->setData(&m_store, m_model->view().rows(), m_model->timeZone());
}

void Session::adoptBuiltView(const ViewBuiltEvent &built)
{
    // The model announces its counts while adopting; the charts are fed
    // after it, with the worker's copy of the rows when they are shown as built.
    m_adoptingView = true;
    const bool asBuilt = m_model->adoptView(std::move(*built.view),
                                            built.tableRows ? std::move(*built.tableRows) : std::vector<RowId>());
    m_adoptingView = false;
    if (asBuilt && built.chartRows && built.chartRows->size() == m_model->view().rows().size())
        m_charts->setData(&m_store, std::move(*built.chartRows), m_model->timeZone());
    else
        feedCharts();
}

void Session::clearStore()
{
    m_charts->invalidate();
    m_store.clear();
    m_model->resetFromStore();
    Q_EMIT storeReplaced();
}

void Session::adoptStore(RecordStore &store)
{
    auto taken = std::make_shared<RecordStore>();
    taken->swap(store);
    m_guard->change([this, taken] {
        m_charts->invalidate();
        m_store.swap(*taken);
        m_model->resetFromStore();
        m_origin = Origin::None;
        m_partial = false;
        Q_EMIT storeReplaced();
        Q_EMIT stateChanged();
    });
}

void Session::setProfile(const std::optional<ConnectionProfile> &profile)
{
    m_profile = profile;
    Q_EMIT stateChanged();
}

SnapshotInfo Session::currentSnapshotInfo() const
{
    if (m_origin == Origin::Snapshot)
        return m_snapshotInfo;
    return snapshotInfoFor(m_spec, outcomeOfRange());
}

// --- the jobs' reports: one comparison drops what is stale ---------------------

void Session::onDelivered(quint64 generation, const JobEventPtr &event)
{
    if (generation == m_fetch.generation)
        onFetchEvent(generation, *event);
    else if (generation == m_file.generation)
        onFileEvent(generation, *event);
}

void Session::onProgressed(quint64 generation, const JobEventPtr &event)
{
    if (generation == m_fetch.generation) {
        if (const auto *p = dynamic_cast<const FetchProgressEvent *>(event.get())) {
            m_fetch.progress = p->progress;
            Q_EMIT fetchProgress(p->progress);
        }
    } else if (generation == m_file.generation) {
        if (const auto *p = dynamic_cast<const FileProgressEvent *>(event.get()))
            Q_EMIT fileProgress(p->done, p->total);
    }
}

void Session::onFinished(quint64 generation, JobStatus status, const QString &error, const JobEventPtr &detail)
{
    m_guard->release(generation);   // stale or not, its worker no longer reads the store
    if (generation == m_fetch.generation || (generation != 0 && generation == m_fetch.cancelled))
        onFetchFinished(generation, status, error, detail.get());
    else if (generation == m_file.generation)
        onFileFinished(generation, status, error, detail.get());
    else if (generation == m_coverage.generation && status == JobStatus::Done)
        onCoverageFinished(generation, detail.get());
    else if (generation == m_viewGeneration)
        onViewFinished(generation, detail.get());
    else if (generation != 0 && generation == m_viewChange.running)
        onViewChangeFinished(generation, status, detail.get());
}

// --- the table's sort and filter -----------------------------------------------

void Session::startViewChange()
{
    if (m_viewChange.running != 0) {
        // Stale now: its worker is told to stop, and the next starts when it has.
        m_runner->cancel(m_viewChange.running);
        m_viewChange.current = 0;
        return;
    }
    // A view being built whole (after an open or a load) asks again when shown.
    if (m_model->isViewHeld() || !m_model->isViewPending())
        return;
    const quint64 generation = JobRunner::newGeneration();
    m_viewChange.running = generation;
    m_viewChange.current = generation;
    // The worker reads the store: no change until it is done (changes wait).
    m_guard->lease(generation);
    m_runner->start(generation, makeViewChangeJob(m_model->viewForJob(), m_model->filter(), m_model->wantedSortColumn(),
                                                  m_model->wantedSortOrder()));
}

void Session::onViewChangeFinished(quint64 generation, JobStatus status, const JobEvent *detail)
{
    m_viewChange.running = 0;
    const bool current = generation == m_viewChange.current;
    m_viewChange.current = 0;
    if (current && status == JobStatus::Done) {
        if (const auto *built = dynamic_cast<const ViewBuiltEvent *>(detail)) {
            adoptBuiltView(*built);   // asks again if the wish changed meanwhile
            return;
        }
    }
    if (m_model->isViewPending())
        startViewChange();
}

// --- fetching --------------------------------------------------------------------

bool Session::startFetch(const FetchSpec &spec, const Credentials &credentials, QString *error)
{
    if (refuseWhileBusy(error))
        return false;
    const bool refresh = isRefreshOf(spec);
    m_fetch = {};
    m_fetch.spec = spec;
    m_fetch.credentials = credentials;
    const ArchiveTarget target = archiveTarget(spec);
    m_fetch.archived = !target.path.isEmpty();
    // Only an unfiltered range is shown from the archive: a filtered fetch
    // shows what it fetched (and still keeps it in the archive).
    m_fetch.upsert = m_fetch.archived && target.scope.isEmpty();
    m_origin = Origin::Fetch;
    m_spec = spec;
    m_snapshotPath.clear();
    m_snapshotInfo = {};
    m_partial = false;
    m_model->setTimeZone(spec.zone);
    if (refresh) {
        m_fetch.fromArchive = m_store.size();
        m_fetch.step = Step::Coverage;
        m_fetch.generation = JobRunner::newGeneration();
        m_runner->start(m_fetch.generation, makeCoverageJob({target.path, target.range, target.scope, m_settleSeconds,
                                                            true, false, target.password}));
    } else {
        // A new range replaces what is shown; a snapshot that was open is closed.
        m_guard->change([this] { clearStore(); });
        if (m_fetch.upsert)
            startArchiveLoad();
        else
            startNetwork(spec);
    }
    Q_EMIT stateChanged();
    return true;
}

void Session::startNetwork(const FetchSpec &spec)
{
    m_fetch.step = Step::Network;
    m_fetch.generation = JobRunner::newGeneration();
    const ArchiveTarget target = archiveTarget(spec);
    FetchSpec asked = spec;
    // Into an archive, day-long windows (as the CLI): a window is recorded as
    // covered only once complete, so a cancelled fetch re-asks at most a day
    // per window in flight.
    if (!target.path.isEmpty())
        asked.maxWindowSeconds = std::min<qint64>(asked.maxWindowSeconds, 24 * 3600);
    m_fetchThread->start(m_fetch.generation, asked, m_fetch.credentials, target);
    m_fetch.credentials = {};
}

void Session::appendPage(const FetchPageEvent &event)
{
    const ParsedPage &page = *event.page;
    const int offsetMinutes = event.offsetMinutes;
    // Calls the archive stored keep their JSON there, read on demand like
    // loaded calls: a long fetch does not hold it all in memory.
    const std::vector<StorePageResult::Stored> &stored = event.archived.records;
    const bool onDisk = event.rawSource && stored.size() == page.records.size();
    if (onDisk && m_store.rawSource() != event.rawSource)
        m_store.setRawSource(event.rawSource);   // the same archive as the rows loaded from it
    if (!m_fetch.upsert && !onDisk) {
        if (m_store.append(page, offsetMinutes).added > 0)
            m_model->storeGrew();
        return;
    }
    // A call the store holds may come again, revised: it replaces its row
    // (a filtered fetch keeps the first it got).
    std::vector<RowId> replaced;
    bool added = false;
    for (size_t i = 0; i < page.records.size(); ++i) {
        const CallFields &record = page.records[i];
        if (!m_fetch.upsert && m_store.find(record.sessionId) >= 0)
            continue;
        RecordStore::Upsert outcome = RecordStore::Upsert::Rejected;
        if (onDisk && stored[i].key >= 0)
            outcome = m_store.upsertStored(record, offsetMinutes, stored[i].key, stored[i].written);
        if (outcome == RecordStore::Upsert::Rejected)   // not stored, or under a key the store cannot hold
            outcome = m_store.upsert(record, offsetMinutes);
        switch (outcome) {
        case RecordStore::Upsert::Added: added = true; break;
        case RecordStore::Upsert::Replaced: replaced.push_back(RowId(m_store.find(record.sessionId))); break;
        case RecordStore::Upsert::Unchanged:
        case RecordStore::Upsert::Rejected: break;
        }
    }
    if (added)
        m_model->storeGrew();
    if (!replaced.empty()) {
        m_fetch.replacedRows = true;
        m_model->storeRowsReplaced(replaced);
    }
}

void Session::onFetchEvent(quint64 generation, const JobEvent &event)
{
    if (m_fetch.step != Step::Network) {
        onArchiveEvent(generation, event);
        return;
    }
    if (const auto *page = dynamic_cast<const FetchPageEvent *>(&event)) {
        // Through the guard: while a worker reads the store the page waits,
        // and a page still waiting when the fetch is cancelled is dropped.
        m_guard->change([this, generation, page = std::make_shared<FetchPageEvent>(*page)] {
            if (generation == m_fetch.generation)
                appendPage(*page);
        });
    } else if (dynamic_cast<const FetchCoveredEvent *>(&event)) {
        requestCoverage(m_fetch.spec);   // the bar follows the windows as they complete
    } else if (const auto *followed = dynamic_cast<const FetchFollowCallsEvent *>(&event)) {
        m_fetch.followedRowsRead += followed->rowsRead;
        m_guard->change([this, generation, calls = std::make_shared<FetchFollowCallsEvent>(*followed)] {
            if (generation == m_fetch.generation)
                appendFollowedCalls(*calls);
        });
    } else if (const auto *follow = dynamic_cast<const FetchFollowEvent *>(&event)) {
        m_fetch.following = true;
        m_fetch.holder = follow->holder;
        Q_EMIT archiveFollowing(follow->holder, follow->holderProgress);
        Q_EMIT stateChanged();
    } else if (const auto *started = dynamic_cast<const FetchStartedEvent *>(&event)) {
        if (m_fetch.following) {   // the holder is gone: this window fetches now
            m_fetch.following = false;
            Q_EMIT stateChanged();
        }
        Q_EMIT fetchStarted(started->windowsTotal);
    } else if (const auto *notice = dynamic_cast<const FetchNoticeEvent *>(&event)) {
        Q_EMIT fetchNotice(notice->message);
    }
}

void Session::onFetchFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail)
{
    if (generation == m_fetch.cancelled) {
        // The engine's own account of a fetch we cancelled: it knows which
        // windows were complete, which a partial snapshot must record.
        m_fetch.cancelled = 0;
        if (const auto *outcome = dynamic_cast<const FetchOutcomeEvent *>(detail)) {
            m_fetch.outcome.windows = outcome->outcome.windows;
            m_fetch.outcome.detectedPaging = outcome->outcome.detectedPaging;
            m_fetch.outcome.stamps = outcome->outcome.stamps;
        }
        return;
    }
    if (m_fetch.step == Step::Network)
        onNetworkFinished(generation, detail);
    else
        onArchiveStepFinished(generation, status, error, detail);
}

void Session::onNetworkFinished(quint64 generation, const JobEvent *detail)
{
    FetchOutcome result;
    if (const auto *outcome = dynamic_cast<const FetchOutcomeEvent *>(detail))
        result = outcome->outcome;
    // After every page before it: through the guard as well.
    m_guard->change([this, generation, result] {
        if (generation == m_fetch.generation)
            endFetch(result);
    });
}

void Session::cancelFetch()
{
    if (!isFetching())
        return;
    const quint64 generation = m_fetch.generation;
    FetchOutcome outcome;
    outcome.status = FetchOutcome::Status::Cancelled;
    outcome.requests = m_fetch.progress.requests;
    outcome.recordsReceived = m_fetch.progress.recordsReceived;
    if (m_fetch.step == Step::Network)
        m_fetch.cancelled = generation;
    else
        m_fetch.upsert = false;   // the archive's part is not all shown: the next fetch loads it again
    m_runner->cancel(generation);
    endFetch(outcome);
}

void Session::endFetch(const FetchOutcome &outcome)
{
    m_fetch.generation = 0;
    m_fetch.step = Step::Idle;
    m_fetch.credentials = {};
    m_fetch.following = false;
    m_fetch.outcome = outcome;
    m_model->flushPendingRows();
    m_partial = outcome.status != FetchOutcome::Status::Complete;
    Q_EMIT fetchFinished(outcome);
    Q_EMIT stateChanged();
    if (m_fetch.archived)
        requestCoverage(m_fetch.spec);
    rebuildViewIfStale();
}

} // namespace cs
