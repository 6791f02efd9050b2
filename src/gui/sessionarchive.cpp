// Session: the archive. A fetch of a range shows the archived calls at once
// (loaded by a job), then asks the server only for the gaps of the coverage
// ledger; every page is committed to the archive in the fetch thread before
// it is shown, and upserted into the store so a revised call replaces its row.
#include "session.h"

#include "archivejobs.h"
#include "calltablemodel.h"
#include "chartstats.h"
#include "fetchjob.h"
#include "fetchsnapshot.h"
#include "job.h"
#include "storeguard.h"
#include "timewindows.h"

#include <QDateTime>

namespace cs {

namespace {

UtcInterval rangeOf(const FetchSpec &spec)
{
    return {spec.from.toSecsSinceEpoch(), spec.to.toSecsSinceEpoch()};
}

} // namespace

QString Session::archivePath() const
{
    if (!m_profile || !m_profile->keepArchive)
        return {};
    if (!m_profile->archivePath.isEmpty())
        return m_profile->archivePath;
    return defaultArchivePath(archiveIdentity(applyProfile(*m_profile, FetchSpec())));
}

ArchiveTarget Session::archiveTarget(const FetchSpec &spec) const
{
    ArchiveTarget target;
    target.path = archivePath();
    if (target.path.isEmpty())
        return target;
    target.identity = archiveIdentity(spec);
    target.scope = archiveScope(spec.channels, spec.queues, spec.direction, spec.selectedFields, allSelectedFields());
    target.password = m_archivePassword;
    target.range = rangeOf(spec);
    target.settleSeconds = m_settleSeconds;
    return target;
}

// Fetching again the range the archive-backed table shows: only the gaps.
bool Session::isRefreshOf(const FetchSpec &spec) const
{
    return m_origin == Origin::Fetch && m_fetch.upsert && m_store.size() > 0 && !archivePath().isEmpty()
        && rangeOf(spec) == rangeOf(m_spec) && spec.zone == m_spec.zone && archiveIdentity(spec) == archiveIdentity(m_spec)
        && archiveTarget(spec).scope.isEmpty() && archiveTarget(m_spec).scope.isEmpty();
}

void Session::startArchiveLoad()
{
    m_fetch.step = Step::LoadArchive;
    m_fetch.generation = JobRunner::newGeneration();
    const ArchiveTarget target = archiveTarget(m_fetch.spec);
    m_runner->start(m_fetch.generation,
                    makeRangeLoadJob({target.path, rangeOf(m_fetch.spec), target.scope, m_settleSeconds, true, false,
                                      target.password}));
}

void Session::onArchiveEvent(quint64 generation, const JobEvent &event)
{
    const auto *first = dynamic_cast<const FirstRowsEvent *>(&event);
    if (!first)
        return;
    // The first rows at once, in the order the whole load appends them: they
    // keep their row ids when the loaded store replaces this one.
    m_guard->change([this, generation, rows = *first] {
        if (generation == m_fetch.generation)
            showFirstRows(rows);
    });
}

void Session::showFirstRows(const FirstRowsEvent &rows)
{
    if (rows.rawSource)
        m_store.setRawSource(rows.rawSource);
    for (const ArchivedCall &call : rows.calls)
        m_store.appendArchived(call, true);
    if (rows.page) {
        for (size_t i = 0; i < rows.page->records.size() && i < rows.offsetMinutes.size(); ++i)
            m_store.append(rows.page->records[i], rows.offsetMinutes[i]);
    }
    m_model->flushPendingRows();
}

void Session::onArchiveStepFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail)
{
    if (status == JobStatus::Failed) {
        FetchOutcome failed;
        failed.error = error;
        m_fetch.upsert = false;   // the archive's part is not all shown: the next fetch loads it again
        endFetch(failed);
        return;
    }
    if (status != JobStatus::Done)
        return;
    if (const auto *loaded = dynamic_cast<const RangeLoadedEvent *>(detail)) {
        // The whole range, built in the worker: swapped in, then a view of it
        // built off this thread too, so a million rows never stall the window.
        m_guard->change([this, generation, store = loaded->store, spans = loaded->spans] {
            if (generation != m_fetch.generation)
                return;
            m_charts->invalidate();
            m_store.swap(*store);
            m_fetch.fromArchive = m_store.size();
            m_coverage.spans = spans;
            m_coverage.range = rangeOf(m_fetch.spec);
            Q_EMIT coverageChanged(spans);
            m_fetch.step = Step::BuildView;
            m_fetch.generation = JobRunner::newGeneration();
            m_guard->lease(m_fetch.generation);
            m_model->holdViewUntilAdopted();
            m_runner->start(m_fetch.generation,
                            makeViewJob(&m_store, m_model->filter(), m_model->wantedSortColumn(), m_model->wantedSortOrder()));
        });
    } else if (const auto *built = dynamic_cast<const ViewBuiltEvent *>(detail)) {
        adoptBuiltView(*built);
        fetchGaps(m_coverage.spans);
    } else if (const auto *coverage = dynamic_cast<const CoverageEvent *>(detail)) {
        m_coverage.spans = coverage->spans;
        m_coverage.range = coverage->range;
        Q_EMIT coverageChanged(coverage->spans);
        fetchGaps(coverage->spans);
    }
}

void Session::fetchGaps(const QList<CoverageSpan> &spans)
{
    const QList<UtcInterval> gaps = intervalsToFetch(spans);
    Q_EMIT archiveShown(m_fetch.fromArchive, int(gaps.size()));
    if (gaps.isEmpty()) {
        FetchOutcome complete;
        complete.status = FetchOutcome::Status::Complete;
        endFetch(complete);
        return;
    }
    FetchSpec spec = m_fetch.spec;
    spec.onlyIntervals = gaps;
    startNetwork(spec);
}

// Calls another instance committed to the team archive while this fetch
// follows it: the ones not shown yet join the table.
void Session::appendFollowedCalls(FetchFollowCallsEvent &followed)
{
    if (!m_fetch.upsert)
        return;   // a filtered fetch shows only what it fetches itself (the archive's calls are unfiltered)
    if (followed.rawSource)
        m_store.setRawSource(followed.rawSource);
    bool added = false;
    for (const ArchivedCall &call : followed.calls) {
        if (m_store.find(call.fields.sessionId) < 0 && m_store.appendArchived(call, true))
            added = true;
    }
    // A call the holder replaced replaces its row (its JSON now in memory).
    std::vector<RowId> replaced;
    for (FetchFollowCallsEvent::Changed &changed : followed.changed) {
        changed.call.fields.raw = changed.raw;
        switch (m_store.upsert(changed.call.fields, changed.call.offsetMinutes)) {
        case RecordStore::Upsert::Added: added = true; break;
        case RecordStore::Upsert::Replaced:
            replaced.push_back(RowId(m_store.find(changed.call.fields.sessionId)));
            break;
        case RecordStore::Upsert::Unchanged:
        case RecordStore::Upsert::Rejected: break;
        }
    }
    if (added) {
        m_model->storeGrew();
        requestCoverage(m_fetch.spec);   // the holder's windows complete too
    }
    if (!replaced.empty()) {
        m_fetch.replacedRows = true;
        m_model->storeRowsReplaced(replaced);
    }
}

void Session::rebuildViewIfStale()
{
    // Revised calls replaced their rows in place: their place in a filtered
    // or sorted view is settled once, off this thread.
    if (!m_fetch.replacedRows)
        return;
    m_fetch.replacedRows = false;
    const RecordView &view = m_model->view();
    if (view.sortColumn() == CallColumn::Count && view.filter() == FilterRule())
        return;
    m_viewGeneration = JobRunner::newGeneration();
    const quint64 generation = m_viewGeneration;
    m_guard->change([this, generation] {
        if (generation != m_viewGeneration)
            return;
        m_model->flushPendingRows();
        m_guard->lease(generation);
        m_runner->start(generation, makeViewJob(&m_store, m_model->filter(), m_model->wantedSortColumn(), m_model->wantedSortOrder()));
    });
}

void Session::onViewFinished(quint64, const JobEvent *detail)
{
    m_viewGeneration = 0;
    if (const auto *built = dynamic_cast<const ViewBuiltEvent *>(detail))
        adoptBuiltView(*built);
}

// --- coverage --------------------------------------------------------------------

void Session::requestCoverage(const FetchSpec &spec)
{
    m_coverage.spec = spec;
    m_coverage.coalesce->start();
}

void Session::startCoverageJob()
{
    const FetchSpec &spec = m_coverage.spec;
    const ArchiveTarget target = archiveTarget(spec);
    if (target.path.isEmpty() || !spec.from.isValid() || !spec.to.isValid() || spec.to < spec.from) {
        m_coverage.generation = 0;
        m_coverage.spans.clear();
        Q_EMIT coverageChanged({});
        return;
    }
    m_coverage.generation = JobRunner::newGeneration();
    m_runner->start(m_coverage.generation, makeCoverageJob({target.path, rangeOf(spec), target.scope, m_settleSeconds,
                                                            true, false, target.password}));
}

void Session::onCoverageFinished(quint64, const JobEvent *detail)
{
    m_coverage.generation = 0;
    if (const auto *coverage = dynamic_cast<const CoverageEvent *>(detail)) {
        m_coverage.spans = coverage->spans;
        m_coverage.range = coverage->range;
        Q_EMIT coverageChanged(coverage->spans);
    }
}

// What a snapshot of an archive-backed range records: the range's request
// windows, each complete unless the archive misses part of it.
FetchOutcome Session::outcomeOfRange() const
{
    FetchOutcome outcome = m_fetch.outcome;
    if (!m_fetch.upsert || !(m_coverage.range == rangeOf(m_spec)))
        return outcome;
    outcome.windows.clear();
    bool anyMissing = false;
    for (const RequestWindow &window : planWindows(m_spec.from, m_spec.to, m_spec.zone)) {
        bool complete = true;
        for (const CoverageSpan &span : m_coverage.spans) {
            if (span.state == cs::CoverageState::Missing && span.startUtc <= window.endUtc && span.endUtc >= window.startUtc)
                complete = false;
        }
        anyMissing = anyMissing || !complete;
        outcome.windows.append(WindowStatus{window, complete, 0, 0});
    }
    if (!anyMissing && outcome.status != FetchOutcome::Status::Complete && !m_partial)
        outcome.status = FetchOutcome::Status::Complete;
    return outcome;
}

} // namespace cs
