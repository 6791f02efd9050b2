#pragma once
// The Charts tab: final statuses, handle-time distribution, volume over time and
// average handle time per agent and per queue, all over the rows of the
// current filter. Clicking a chart element asks the main window to filter on it.
// The panel only draws: the numbers come from ChartFeed (chartstats.h), which
// computes them off the GUI thread; bindChartFeed() wires the two together.

#include "chartstats.h"
#include "statuscolors.h"

#include <QTimeZone>
#include <QWidget>

namespace cs {

class AverageHandleChart;
class HandleTimeChart;
class StatusChart;
class VolumeChart;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // Draws statistics computed elsewhere (ChartFeed's job, or
    // computeChartStats() directly). Charts redraw only what changed.
    void setStats(const cs::ChartStats &stats);
    // The same, one chart per turn of the event loop: five charts redrawn
    // at once would hold the GUI thread longer than a frame.
    void setStatsInSteps(const cs::ChartStats &stats);
    // setStatsInSteps() has charts left to draw.
    bool hasPendingStats() const { return m_nextStep > 0; }
    int statsApplied() const { return m_applied; }

    StatusChart *statusChart() const { return m_status; }
    HandleTimeChart *handleTimeChart() const { return m_handle; }
    VolumeChart *volumeChart() const { return m_volume; }
    AverageHandleChart *agentChart() const { return m_agents; }
    AverageHandleChart *queueChart() const { return m_queues; }

Q_SIGNALS:
    void finalStatusClicked(const QString &status);            // a slice/bar of the status chart
    void handleRangeClicked(int fromSeconds, int toSeconds);   // a histogram bar (inclusive range)
    // [startUtc, endUtc): half-open. status "" = calls without a final status.
    void volumeBucketClicked(qint64 startUtc, qint64 endUtc, const QString &status);
    void agentClicked(const QString &agent);
    void queueClicked(const QString &queue);
    // The panel was shown or hidden: statistics are only worth computing while it is shown.
    void shownChanged(bool shown);
    void volumeModeChanged(cs::VolumeChart::Mode mode);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyVolume();
    void applyStep(int step);
    void applyNextStep();

    StatusColors m_colors;
    StatusChart *m_status;
    HandleTimeChart *m_handle;
    VolumeChart *m_volume;
    AverageHandleChart *m_agents;
    AverageHandleChart *m_queues;

    ChartStats m_stats;
    int m_applied = 0;
    int m_nextStep = 0;   // of setStatsInSteps(); 0 = none pending
};

// The panel draws what the feed computes; the feed computes while the panel is
// shown and in the panel's volume mode.
void bindChartFeed(ChartFeed *feed, ChartsPanel *panel);

} // namespace cs
