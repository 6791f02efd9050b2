#include "chartspanel.h"

#include "averagehandlechart.h"
#include "callstats.h"
#include "handletimechart.h"
#include "statuschart.h"
#include "volumechart.h"

#include <QGridLayout>
#include <algorithm>
#include <limits>

namespace cs {

namespace {
// Long enough to merge a burst of filter edits or arriving pages, short enough to feel immediate.
constexpr int kCoalesceMs = 120;

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new StatusChart(&m_colors, this))
    , m_handle(new HandleTimeChart(this))
    , m_volume(new VolumeChart(&m_colors, this))
    , m_agents(new AverageHandleChart(tr("Average handle time per agent (top %1 by calls)").arg(AverageHandleChart::kMaxBars),
                                      tr("No call in the current filter reached an agent"), this))
    , m_queues(new AverageHandleChart(tr("Average handle time per queue (top %1 by calls)").arg(AverageHandleChart::kMaxBars),
                                      tr("No call in the current filter went through a queue"), this))
    , m_zone(QTimeZone::systemTimeZone())
{
    // Five charts in three columns: the volume chart, which needs width for its
    // buckets, spans two; each average chart gets a full column. At 1280x800
    // every chart keeps a readable size without scrolling.
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_status, 0, 0);
    grid->addWidget(m_handle, 0, 1);
    grid->addWidget(m_agents, 0, 2);
    grid->addWidget(m_volume, 1, 0, 1, 2);
    grid->addWidget(m_queues, 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateNow();
    });

    connect(m_status, &StatusChart::statusClicked, this, &ChartsPanel::finalStatusClicked);
    connect(m_handle, &HandleTimeChart::rangeClicked, this, &ChartsPanel::handleRangeClicked);
    connect(m_volume, &VolumeChart::bucketClicked, this, &ChartsPanel::volumeBucketClicked);
    connect(m_agents, &AverageHandleChart::labelClicked, this, &ChartsPanel::agentClicked);
    connect(m_queues, &AverageHandleChart::labelClicked, this, &ChartsPanel::queueClicked);
    connect(m_volume, &VolumeChart::modeChanged, this, [this] {
        if (!m_pending)
            recomputeVolume();   // else the pending full update will use the new mode
    });
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setData(const RecordStore *store, const std::vector<RowId> &rows, const QTimeZone &zone)
{
    m_store = store;
    m_rows = rows;   // a copy: the caller's vector changes with the next filter edit
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    scheduleUpdate();
}

void ChartsPanel::scheduleUpdate()
{
    m_pending = true;
    if (isVisible())
        m_coalesce.start();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        m_coalesce.start(0);   // catch up right after the tab is painted
}

void ChartsPanel::updateNow()
{
    m_coalesce.stop();
    if (!m_pending)
        return;
    m_pending = false;
    recompute();
}

void ChartsPanel::recompute()
{
    if (m_store) {
        // Rows the store no longer has (cleared without a new setData) would read out of bounds.
        const RowId size = RowId(m_store->size());
        if (std::any_of(m_rows.begin(), m_rows.end(), [size](RowId row) { return row >= size; }))
            std::erase_if(m_rows, [size](RowId row) { return row >= size; });
    } else {
        m_rows.clear();
    }
    if (!m_store || m_rows.empty()) {
        m_status->setCounts({});
        m_handle->setHistogram({}, false);
        recomputeVolume();
        m_agents->setAverages({}, false);
        m_queues->setAverages({}, false);
        return;
    }

    const QList<CountByLabel> counts = stats::finalStatusCounts(*m_store, m_rows);
    QStringList statuses;
    for (const CountByLabel &c : counts)
        statuses.append(c.label);
    // Most frequent first: on the first draw the main statuses get the first palette colours.
    m_colors.assignInOrder(statuses);
    m_status->setCounts(counts);
    m_handle->setHistogram(stats::handleTimeHistogram(*m_store, m_rows), true);
    recomputeVolume();
    m_agents->setAverages(stats::averageHandleByAgent(*m_store, m_rows), true);
    m_queues->setAverages(stats::averageHandleByQueue(*m_store, m_rows), true);
}

void ChartsPanel::recomputeVolume()
{
    if (!m_store || m_rows.empty()) {
        m_volume->setSeries({}, {}, m_zone, false);
        return;
    }
    const StartSpan span = stats::startSpan(*m_store, m_rows);
    bool fellBack = false;
    const VolumeBucket bucket = m_volume->bucketFor(span.first, span.last, &fellBack);
    m_volume->setSeries(stats::volumeOverTime(*m_store, m_rows, bucket, m_zone), m_status->shownStatuses(), m_zone,
                        true, fellBack);
}

} // namespace cs
