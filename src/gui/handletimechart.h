#pragma once
// Chart 2: distribution of handle time (talk + hold + after-call work) over the
// calls of the current filter that reached an agent, with vertical markers at
// the median and the 90th percentile.

#include "callstats.h"
#include "chartcard.h"

#include <limits>

class QLineSeries;
class QValueAxis;

namespace cs {

class HandleTimeChart : public ChartCard
{
    Q_OBJECT
public:
    // More bins than this are folded into the open-ended last bin: a long tail
    // of single-call bins would squeeze the bars into hairlines. (The automatic
    // bin width of stats::handleTimeHistogram stays within this.)
    static constexpr int kMaxBins = 40;
    // toSeconds of the last bin: it holds every longer call too.
    static constexpr int kOpenEnd = std::numeric_limits<int>::max();

    struct Bin
    {
        int fromSeconds = 0;
        int toSeconds = 0;    // inclusive; kOpenEnd for the last bin
        int count = 0;
        QString label;        // "0-1m", "9m+"
        bool operator==(const Bin &) const = default;
    };

    explicit HandleTimeChart(QWidget *parent = nullptr);

    // `callsInFilter` tells "no calls" from "no call with a handle time" for the empty state.
    void setHistogram(const HandleTimeHistogram &histogram, bool callsInFilter);

    const QList<Bin> &bins() const { return m_bins; }
    int binSeconds() const { return m_binSeconds; }
    int medianSeconds() const { return m_median; }
    int p90Seconds() const { return m_p90; }
    QLineSeries *medianMarker() const { return m_medianMarker; }
    QLineSeries *p90Marker() const { return m_p90Marker; }
    int rebuildCount() const { return m_rebuilds; }

    // "0-1m" for [0, 60) with 60 s bins, "1-2h", "0:30-1:00" for bins under a
    // minute; "9m+" when open-ended.
    static QString binLabel(int fromSeconds, int toExclusive, int binSeconds, bool openEnded);
    static QString axisLabel(const Bin &bin);

Q_SIGNALS:
    void rangeClicked(int fromSeconds, int toSeconds);

protected:
    void rebuild() override;

private:
    QLineSeries *addMarker(const QString &name, int seconds, double top, QValueAxis *x, QValueAxis *y);
    double markerPosition(int seconds) const;

    QList<Bin> m_bins;
    int m_binSeconds = 60;
    int m_median = 0;
    int m_p90 = 0;
    bool m_callsInFilter = false;
    int m_rebuilds = 0;
    QLineSeries *m_medianMarker = nullptr;
    QLineSeries *m_p90Marker = nullptr;
};

} // namespace cs
