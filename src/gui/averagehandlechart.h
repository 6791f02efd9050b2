#pragma once
// Chart 4 (twice): average handle time per agent or per queue, for the labels
// with the most calls in the current filter.

#include "callstats.h"
#include "chartcard.h"

class QHorizontalBarSeries;

namespace cs {

class AverageHandleChart : public ChartCard
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 15;
    static constexpr int kMaxLabelChars = 24;   // longer names are cut on the axis (tooltips show them whole)

    AverageHandleChart(const QString &title, const QString &noDataMessage, QWidget *parent = nullptr);

    void setAverages(const QList<AverageByLabel> &averages, bool callsInFilter);

    // What the chart shows: the kMaxBars labels with most calls, most calls first.
    const QList<AverageByLabel> &shown() const { return m_shown; }
    QHorizontalBarSeries *barSeries() const { return m_series; }
    int rebuildCount() const { return m_rebuilds; }

Q_SIGNALS:
    void labelClicked(const QString &label);

protected:
    void rebuild() override;

private:
    int barToEntry(int barIndex) const;   // bars run bottom-up

    QString m_noDataMessage;
    QList<AverageByLabel> m_shown;
    bool m_callsInFilter = false;
    QHorizontalBarSeries *m_series = nullptr;
    int m_rebuilds = 0;
};

} // namespace cs
