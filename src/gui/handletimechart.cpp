#include "handletimechart.h"

#include "chartaxes.h"
#include "durationformat.h"

#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace cs {

HandleTimeChart::HandleTimeChart(QWidget *parent)
    : ChartCard(tr("Handle time (talk + hold + after-call work)"), parent)
{
}

QString HandleTimeChart::binLabel(int fromSeconds, int toExclusive, int binSeconds, bool openEnded)
{
    // The coarsest unit that divides the bin width keeps labels short and exact.
    if (binSeconds > 0 && binSeconds % 3600 == 0) {
        return openEnded ? tr("%1h+").arg(fromSeconds / 3600)
                         : tr("%1-%2h").arg(fromSeconds / 3600).arg(toExclusive / 3600);
    }
    if (binSeconds > 0 && binSeconds % 60 == 0) {
        return openEnded ? tr("%1m+").arg(fromSeconds / 60)
                         : tr("%1-%2m").arg(fromSeconds / 60).arg(toExclusive / 60);
    }
    const auto minutesSeconds = [](int seconds) -> QString {
        return QString::number(seconds / 60) + u':' + QString::number(seconds % 60).rightJustified(2, u'0');
    };
    return openEnded ? tr("%1+").arg(minutesSeconds(fromSeconds))
                     : tr("%1-%2").arg(minutesSeconds(fromSeconds), minutesSeconds(toExclusive));
}

void HandleTimeChart::setHistogram(const HandleTimeHistogram &histogram, bool callsInFilter)
{
    const int bin = std::max(histogram.binSeconds, 1);
    const int used = int(histogram.counts.size());

    // The last bin of the histogram is open-ended (it holds the calls beyond the
    // 99th percentile too); past kMaxBins the tail is folded into it.
    QList<Bin> bins;
    const int plain = std::min(used, kMaxBins) - 1;
    for (int i = 0; i < plain; ++i) {
        const int from = i * bin;
        bins.append({from, from + bin - 1, histogram.counts[size_t(i)], binLabel(from, from + bin, bin, false)});
    }
    if (used > 0) {
        Bin tail{plain * bin, kOpenEnd, 0, binLabel(plain * bin, 0, bin, true)};
        for (int i = plain; i < used; ++i)
            tail.count += histogram.counts[size_t(i)];
        bins.append(tail);
    }

    if (m_rebuilds > 0 && bins == m_bins && bin == m_binSeconds && histogram.median == m_median
        && histogram.p90 == m_p90 && callsInFilter == m_callsInFilter)
        return;
    m_bins = std::move(bins);
    m_binSeconds = bin;
    m_median = histogram.median;
    m_p90 = histogram.p90;
    m_callsInFilter = callsInFilter;
    rebuild();
}

double HandleTimeChart::markerPosition(int seconds) const
{
    // Bar i spans [i - 0.5, i + 0.5] on the category axis and holds [i*bin, (i+1)*bin).
    const double last = double(m_bins.size()) - 0.5;
    return std::clamp(double(seconds) / m_binSeconds - 0.5, -0.5, last);
}

QLineSeries *HandleTimeChart::addMarker(const QString &name, int seconds, double top, QValueAxis *x, QValueAxis *y)
{
    auto *line = new QLineSeries;
    line->setName(name);
    const double position = markerPosition(seconds);
    line->append(position, 0);
    line->append(position, top);
    chart()->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    // Keep the theme's colour, make it a dashed marker rather than a data line.
    QPen pen = line->pen();
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(2.0);
    line->setPen(pen);
    return line;
}

// The axis names where a bin starts ("8m"); the bar's own label ("8-10m") is
// too wide for a thin bar and shows in its tooltip instead.
QString HandleTimeChart::axisLabel(const Bin &bin)
{
    const int from = bin.fromSeconds;
    QString text;
    if (from > 0 && from % 3600 == 0)
        text = tr("%1h").arg(from / 3600);
    else if (from % 60 == 0)
        text = tr("%1m").arg(from / 60);
    else
        text = tr("%1:%2").arg(from / 60).arg(from % 60, 2, 10, QLatin1Char('0'));
    return bin.toSeconds == kOpenEnd ? tr("%1+").arg(text) : text;
}

void HandleTimeChart::rebuild()
{
    ++m_rebuilds;
    clearChart();
    m_medianMarker = nullptr;
    m_p90Marker = nullptr;
    int maxCount = 0;
    for (const Bin &b : std::as_const(m_bins))
        maxCount = std::max(maxCount, b.count);
    if (maxCount == 0) {
        showEmptyState(emptyMessage(m_callsInFilter, tr("No call in the current filter has an agent handle time")));
        return;
    }

    auto *set = new QBarSet(tr("Calls"));
    QStringList categories;
    for (const Bin &b : std::as_const(m_bins)) {
        set->append(b.count);
        categories.append(b.label);
    }
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_bins.size())
            Q_EMIT rangeClicked(m_bins[index].fromSeconds, m_bins[index].toSeconds);
    });
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        if (!state || index < 0 || index >= m_bins.size()) {
            QToolTip::hideText();
            return;
        }
        const Bin &b = m_bins[index];
        const QString text = b.toSeconds == kOpenEnd
            ? tr("%1 calls with handle time %2 or more").arg(QLocale().toString(b.count), formatDuration(b.fromSeconds))
            : tr("%1 calls with handle time %2 to %3")
                  .arg(QLocale().toString(b.count), formatDuration(b.fromSeconds), formatDuration(b.toSeconds));
        QToolTip::showText(QCursor::pos(), text);
    });
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart()->addSeries(series);

    // A bar-category axis cannot thin out its labels, and thirty bins' labels
    // are elided to nothing; a QCategoryAxis labels every k-th bin instead.
    constexpr int kMaxLabels = 8;
    const int step = std::max(1, int((categories.size() + kMaxLabels - 1) / kMaxLabels));
    auto *categoryAxis = new QCategoryAxis;
    categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categoryAxis->setStartValue(-0.5);
    categoryAxis->setRange(-0.5, categories.size() - 0.5);
    categoryAxis->setGridLineVisible(false);
    for (qsizetype i = 0; i < categories.size(); i += step)
        categoryAxis->append(axisLabel(m_bins[i]), qreal(i));
    categoryAxis->setTitleText(tr("Handle time"));
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *countAxis = new QValueAxis;
    configureCountAxis(countAxis, maxCount);
    countAxis->setTitleText(tr("Calls"));
    chart()->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);

    // The markers need a continuous x: a hidden value axis lined up with the categories.
    auto *markerAxis = new QValueAxis;
    markerAxis->setRange(-0.5, double(m_bins.size()) - 0.5);
    markerAxis->setVisible(false);
    chart()->addAxis(markerAxis, Qt::AlignBottom);
    const double top = countAxis->max();
    m_medianMarker = addMarker(tr("Median %1").arg(formatDuration(m_median)), m_median, top, markerAxis, countAxis);
    m_p90Marker = addMarker(tr("90th percentile %1").arg(formatDuration(m_p90)), m_p90, top, markerAxis, countAxis);

    styleAxis(categoryAxis);
    styleAxis(countAxis);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    showChart();
}

} // namespace cs
