#pragma once
// The numbers behind the Charts tab, computed off the GUI thread.
//
// ChartFeed is told what the charts should show (a store and the rows of the
// current filter, the zone, the volume chart's bucket mode) as often as that
// changes; it coalesces the changes, and while the charts are wanted (the tab
// is visible) it computes them as a job of the shared JobRunner, holding a
// lease on the store meanwhile (StoreGuard). Only the finished ChartStats
// reach the GUI thread, where ChartsPanel::setStats() draws them.

#include "callstats.h"
#include "job.h"
#include "recordstore.h"
#include "volumechart.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <memory>
#include <vector>

namespace cs {

class StoreGuard;

struct ChartStats
{
    QTimeZone zone;
    bool callsInFilter = false;          // any rows at all
    QList<CountByLabel> statusCounts;    // most frequent first
    HandleTimeHistogram histogram;
    VolumeSeries volume;
    bool volumeFellBack = false;         // "By hour" overruled by a long span
    QList<AverageByLabel> agents;
    QList<AverageByLabel> queues;
};
using ChartStatsPtr = std::shared_ptr<const ChartStats>;

// Pure: safe in any thread as long as nobody changes `store` meanwhile.
// Rows beyond the store's size are ignored.
ChartStats computeChartStats(const RecordStore &store, const std::vector<RowId> &rows, const QTimeZone &zone,
                             VolumeChart::Mode mode);

class ChartFeed : public QObject
{
    Q_OBJECT
public:
    // Coalesces changes this long: a burst of pages or filter edits is one job.
    static constexpr int kCoalesceMs = 120;

    // `guard` (may be null) receives the job's lease on the store.
    ChartFeed(JobRunner *runner, StoreGuard *guard, QObject *parent = nullptr);
    ~ChartFeed() override;

    // What to compute next; `store` must stay alive (or be replaced) until then.
    void setData(const RecordStore *store, std::vector<RowId> rows, const QTimeZone &zone);
    void setMode(VolumeChart::Mode mode);
    // Nothing is computed while the charts are not wanted; they catch up when they are.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    // The store is about to be cleared or replaced: forget its rows and any
    // running job's result.
    void invalidate();

    // A change not yet computed and delivered (coalescing, hidden, or running).
    bool hasPendingUpdate() const { return m_dirty || m_running != 0; }
    int jobsStarted() const { return m_jobsStarted; }

Q_SIGNALS:
    void statsReady(const cs::ChartStatsPtr &stats);

private:
    void schedule();
    void startJob();
    void onFinished(quint64 generation, JobStatus status, const QString &error, const JobEventPtr &detail);

    QPointer<JobRunner> m_runner;   // may go first when both are children of one owner
    StoreGuard *m_guard;
    const RecordStore *m_store = nullptr;
    std::shared_ptr<const std::vector<RowId>> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    VolumeChart::Mode m_mode = VolumeChart::Mode::Automatic;
    QTimer m_coalesce;
    QElapsedTimer m_jobClock;
    bool m_wanted = false;
    bool m_dirty = false;
    quint64 m_running = 0;     // the generation of the job whose result is wanted (0: none)
    int m_jobsStarted = 0;
};

} // namespace cs

Q_DECLARE_METATYPE(cs::ChartStatsPtr)
