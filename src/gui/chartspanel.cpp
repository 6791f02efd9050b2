#include "chartspanel.h"

#include "averagehandlechart.h"
#include "handletimechart.h"
#include "statuschart.h"
#include "volumechart.h"

#include <QGridLayout>
#include <QTimer>

namespace cs {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new StatusChart(&m_colors, this))
    , m_handle(new HandleTimeChart(this))
    , m_volume(new VolumeChart(&m_colors, this))
    , m_agents(new AverageHandleChart(tr("Average handle time per agent (top %1 by calls)").arg(AverageHandleChart::kMaxBars),
                                      tr("No call in the current filter reached an agent"), this))
    , m_queues(new AverageHandleChart(tr("Average handle time per queue (top %1 by calls)").arg(AverageHandleChart::kMaxBars),
                                      tr("No call in the current filter went through a queue"), this))
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

    connect(m_status, &StatusChart::statusClicked, this, &ChartsPanel::finalStatusClicked);
    connect(m_handle, &HandleTimeChart::rangeClicked, this, &ChartsPanel::handleRangeClicked);
    connect(m_volume, &VolumeChart::bucketClicked, this, &ChartsPanel::volumeBucketClicked);
    connect(m_agents, &AverageHandleChart::labelClicked, this, &ChartsPanel::agentClicked);
    connect(m_queues, &AverageHandleChart::labelClicked, this, &ChartsPanel::queueClicked);
    connect(m_volume, &VolumeChart::modeChanged, this, [this] { Q_EMIT volumeModeChanged(m_volume->mode()); });
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT shownChanged(true);
}

void ChartsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT shownChanged(false);
}

namespace {
constexpr int kSteps = 5;
} // namespace

void ChartsPanel::setStats(const ChartStats &stats)
{
    m_stats = stats;
    m_nextStep = 0;
    for (int step = 0; step < kSteps; ++step)
        applyStep(step);
    ++m_applied;
}

void ChartsPanel::setStatsInSteps(const ChartStats &stats)
{
    const bool running = m_nextStep > 0;
    m_stats = stats;
    m_nextStep = 1;   // a newer result starts over with the status chart
    applyStep(0);
    if (!running)
        QTimer::singleShot(0, this, &ChartsPanel::applyNextStep);
}

void ChartsPanel::applyNextStep()
{
    if (m_nextStep <= 0)
        return;
    applyStep(m_nextStep);
    if (++m_nextStep < kSteps) {
        QTimer::singleShot(0, this, &ChartsPanel::applyNextStep);
    } else {
        m_nextStep = 0;
        ++m_applied;
    }
}

void ChartsPanel::applyStep(int step)
{
    const bool any = m_stats.callsInFilter;
    switch (step) {
    case 0: {
        QStringList statuses;
        for (const CountByLabel &c : m_stats.statusCounts)
            statuses.append(c.label);
        // Most frequent first: on the first draw the main statuses get the first palette colours.
        m_colors.assignInOrder(statuses);
        m_status->setCounts(m_stats.statusCounts);
        break;
    }
    case 1: m_handle->setHistogram(m_stats.histogram, any); break;
    case 2: applyVolume(); break;
    case 3: m_agents->setAverages(m_stats.agents, any); break;
    default: m_queues->setAverages(m_stats.queues, any); break;
    }
}

void ChartsPanel::applyVolume()
{
    // The volume chart stacks the statuses the status chart shows on their own.
    m_volume->setSeries(m_stats.volume, m_status->shownStatuses(), m_stats.zone, m_stats.callsInFilter,
                        m_stats.volumeFellBack);
}

void bindChartFeed(ChartFeed *feed, ChartsPanel *panel)
{
    QObject::connect(feed, &ChartFeed::statsReady, panel, [panel](const ChartStatsPtr &stats) {
        if (stats)
            panel->setStatsInSteps(*stats);
    });
    QObject::connect(panel, &ChartsPanel::shownChanged, feed, &ChartFeed::setWanted);
    QObject::connect(panel, &ChartsPanel::volumeModeChanged, feed, &ChartFeed::setMode);
    feed->setMode(panel->volumeChart()->mode());
    feed->setWanted(panel->isVisible());
}

} // namespace cs
