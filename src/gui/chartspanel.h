#pragma once
// The Charts tab: final statuses, handle-time distribution, volume over time and
// average handle time per agent and per queue, all over the rows of the
// current filter. Clicking a chart element asks the main window to filter on it.

#include "recordstore.h"
#include "statuscolors.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>
#include <vector>

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

    // Recomputes from the rows of the current filter. Cheap to call often:
    // calls are coalesced with a short single-shot timer, and nothing is
    // computed while the panel is hidden (it catches up when shown). `store`
    // must outlive the panel or be replaced by another setData() call; call
    // setData() again after clearing the store.
    void setData(const cs::RecordStore *store, const std::vector<cs::RowId> &rows, const QTimeZone &zone);

    // True while a setData() has not been drawn yet (coalescing, or hidden).
    bool hasPendingUpdate() const { return m_pending; }
    // Draws a pending update now, visible or not (tests, or a caller about to grab).
    void updateNow();

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleUpdate();
    void recompute();
    void recomputeVolume();

    StatusColors m_colors;
    StatusChart *m_status;
    HandleTimeChart *m_handle;
    VolumeChart *m_volume;
    AverageHandleChart *m_agents;
    AverageHandleChart *m_queues;

    const RecordStore *m_store = nullptr;
    std::vector<RowId> m_rows;
    QTimeZone m_zone;
    QTimer m_coalesce;
    bool m_pending = false;
};

} // namespace cs
