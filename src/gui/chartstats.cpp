#include "chartstats.h"

#include "storeguard.h"

#include <QElapsedTimer>
#include <algorithm>

namespace cs {

namespace {

struct ChartStatsEvent : JobEvent
{
    ChartStatsPtr stats;
};

class ChartStatsJob : public Job
{
public:
    ChartStatsJob(const RecordStore *store, std::shared_ptr<const std::vector<RowId>> rows, QTimeZone zone,
                  VolumeChart::Mode mode)
        : m_store(store), m_rows(std::move(rows)), m_zone(std::move(zone)), m_mode(mode)
    {
    }

    void run(const JobTicket &ticket) override
    {
        auto stats = std::make_shared<ChartStats>(computeChartStats(*m_store, *m_rows, m_zone, m_mode));
        auto event = std::make_shared<ChartStatsEvent>();
        event->stats = std::move(stats);
        ticket.finish(ticket.isCancelled() ? JobStatus::Cancelled : JobStatus::Done, {}, std::move(event));
    }

private:
    const RecordStore *m_store;
    std::shared_ptr<const std::vector<RowId>> m_rows;   // the feed's: never changed, replaced
    QTimeZone m_zone;
    VolumeChart::Mode m_mode;
};

} // namespace

ChartStats computeChartStats(const RecordStore &store, const std::vector<RowId> &allRows, const QTimeZone &zone,
                             VolumeChart::Mode mode)
{
    // Rows past the store's end are left out; they are rare enough that
    // only then are the rows copied.
    const RowId size = RowId(store.size());
    const auto outside = [size](RowId row) { return row >= size; };
    std::vector<RowId> inside;
    const bool someOutside = std::any_of(allRows.begin(), allRows.end(), outside);
    if (someOutside) {
        inside = allRows;
        std::erase_if(inside, outside);
    }
    const std::vector<RowId> &rows = someOutside ? inside : allRows;
    ChartStats stats;
    stats.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    stats.callsInFilter = !rows.empty();
    if (rows.empty())
        return stats;
    stats.statusCounts = stats::finalStatusCounts(store, rows);
    stats.histogram = stats::handleTimeHistogram(store, rows);
    const StartSpan span = stats::startSpan(store, rows);
    const VolumeBucket bucket = VolumeChart::bucketFor(mode, span.first, span.last, &stats.volumeFellBack);
    stats.volume = stats::volumeOverTime(store, rows, bucket, stats.zone);
    stats.agents = stats::averageHandleByAgent(store, rows);
    stats.queues = stats::averageHandleByQueue(store, rows);
    return stats;
}

ChartFeed::ChartFeed(JobRunner *runner, StoreGuard *guard, QObject *parent)
    : QObject(parent), m_runner(runner), m_guard(guard), m_coalesce(this)
{
    qRegisterMetaType<ChartStatsPtr>();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ChartFeed::startJob);
    connect(m_runner, &JobRunner::finished, this, &ChartFeed::onFinished);
}

ChartFeed::~ChartFeed()
{
    if (m_running && m_runner)
        m_runner->cancel(m_running);
}

void ChartFeed::setData(const RecordStore *store, std::vector<RowId> rows, const QTimeZone &zone)
{
    m_store = store;
    // Its own (the caller's vector changes with the next filter edit), and
    // shared with the jobs that read it, never copied again.
    m_rows = std::make_shared<const std::vector<RowId>>(std::move(rows));
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    schedule();
}

void ChartFeed::setMode(VolumeChart::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    schedule();
}

void ChartFeed::setWanted(bool wanted)
{
    m_wanted = wanted;
    if (m_wanted && m_dirty && !m_running && !m_coalesce.isActive())
        m_coalesce.start(0);   // catch up right after the tab is painted
}

void ChartFeed::invalidate()
{
    if (m_running) {
        m_runner->cancel(m_running);   // its worker keeps the lease until it returns
        m_running = 0;
    }
    m_store = nullptr;
    m_rows.reset();
    schedule();
}

void ChartFeed::schedule()
{
    m_dirty = true;
    if (m_wanted && !m_running && !m_coalesce.isActive())
        m_coalesce.start(kCoalesceMs);
}

void ChartFeed::startJob()
{
    if (!m_wanted || !m_dirty || m_running)
        return;
    m_dirty = false;
    if (!m_store || !m_rows || m_rows->empty()) {
        // Nothing to read: the empty state needs no worker.
        auto stats = std::make_shared<ChartStats>();
        stats->zone = m_zone;
        Q_EMIT statsReady(stats);
        return;
    }
    const quint64 generation = JobRunner::newGeneration();
    m_running = generation;
    ++m_jobsStarted;
    m_jobClock.start();
    if (m_guard)
        m_guard->lease(generation);
    m_runner->start(generation, std::make_unique<ChartStatsJob>(m_store, m_rows, m_zone, m_mode));
}

void ChartFeed::onFinished(quint64 generation, JobStatus status, const QString &, const JobEventPtr &detail)
{
    if (m_guard)
        m_guard->release(generation);   // any of ours, stale or not: its worker is done
    if (generation != m_running)
        return;
    m_running = 0;
    if (status == JobStatus::Done) {
        if (const auto *event = dynamic_cast<const ChartStatsEvent *>(detail.get()))
            Q_EMIT statsReady(event->stats);
    }
    // The next job waits at least twice as long as this one took: over a
    // million rows the store stays free for changes most of the time.
    if (m_dirty && m_wanted)
        m_coalesce.start(int(std::max<qint64>(kCoalesceMs, 2 * m_jobClock.elapsed())));
}

} // namespace cs
