#include "statuschart.h"

#include "statuscolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "chartaxes.h"

namespace cs {

StatusChart::StatusChart(StatusColors *colors, QWidget *parent)
    : ChartCard(tr("Final status"), parent)
    , m_colors(colors)
{
}

void StatusChart::setCounts(const QList<CountByLabel> &counts)
{
    QList<CountByLabel> sorted;
    sorted.reserve(counts.size());
    for (const CountByLabel &c : counts) {
        if (c.count > 0)
            sorted.append(c);
    }
    // Largest first; ties by name so the order (and so the colours) is stable.
    std::stable_sort(sorted.begin(), sorted.end(), [](const CountByLabel &a, const CountByLabel &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });

    QList<Entry> entries;
    int total = 0;
    Entry other{{}, 0, true};
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        total += sorted[i].count;
        if (i < kMaxStatuses)
            entries.append({sorted[i].label, sorted[i].count, false});
        else
            other.count += sorted[i].count;
    }
    if (other.count > 0)
        entries.append(other);
    const bool bars = sorted.size() > kMaxStatuses;

    if (entries == m_entries && bars == m_bars && m_rebuilds > 0)
        return;
    m_entries = std::move(entries);
    m_total = total;
    m_bars = bars;
    rebuild();
}

QStringList StatusChart::shownStatuses() const
{
    QStringList statuses;
    for (const Entry &entry : m_entries) {
        if (!entry.other)
            statuses.append(entry.status);
    }
    return statuses;
}

void StatusChart::rebuild()
{
    ++m_rebuilds;
    clearChart();
    if (m_total == 0) {
        showEmptyState(emptyMessage(false, {}));
        return;
    }
    if (m_bars)
        buildBars();
    else
        buildDonut();
    showChart();
}

QString StatusChart::entryName(const Entry &entry) const
{
    return entry.other ? tr("Other") : statusDisplayName(entry.status);
}

QString StatusChart::entrySummary(const Entry &entry) const
{
    const QLocale locale;
    const double percent = m_total > 0 ? 100.0 * entry.count / m_total : 0.0;
    return tr("%1: %2 (%3%)").arg(entryName(entry), locale.toString(entry.count), locale.toString(percent, 'f', 0));
}

QColor StatusChart::entryColor(const Entry &entry) const
{
    return entry.other ? StatusColors::otherColor() : m_colors->colorFor(entry.status);
}

void StatusChart::entryClicked(const Entry &entry)
{
    // "Other" is several statuses: there is no single status to filter on.
    if (!entry.other)
        Q_EMIT statusClicked(entry.status);
}

void StatusChart::buildDonut()
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    const QLocale locale;
    for (const Entry &entry : std::as_const(m_entries)) {
        const double percent = 100.0 * entry.count / m_total;
        auto *slice = series->append(tr("%1%").arg(locale.toString(percent, 'f', 0)), entry.count);
        slice->setColor(entryColor(entry));
        slice->setBorderColor(palette().color(QPalette::Window));
        // Percent on the slice (wide ones only: outside labels get elided in a
        // card this size); the legend carries name, count and percent.
        slice->setLabelColor(Qt::white);
        slice->setLabelVisible(percent >= 6.0);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        const QString summary = entrySummary(entry);
        connect(slice, &QPieSlice::clicked, this, [this, entry] { entryClicked(entry); });
        connect(slice, &QPieSlice::hovered, this, [slice, summary](bool state) {
            slice->setExploded(state);
            if (state)
                QToolTip::showText(QCursor::pos(), summary);
            else
                QToolTip::hideText();
        });
    }
    chart()->addSeries(series);
    chart()->legend()->setVisible(true);
    // A slightly smaller legend font keeps "USER ABANDONED: 1,234 (23.4%)"
    // whole beside the donut in a third of the window.
    chart()->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart()->legend()->setFont(legendFont);
    const auto markers = chart()->legend()->markers(series);
    const QFontMetrics metrics(legendFont);
    int widest = 0;
    for (qsizetype i = 0; i < markers.size() && i < m_entries.size(); ++i) {
        markers[i]->setLabel(entrySummary(m_entries[i]));
        widest = std::max(widest, metrics.horizontalAdvance(markers[i]->label()));
    }
    // Qt Charts would otherwise squeeze the legend and elide its labels.
    chart()->legend()->setMinimumWidth(widest + 4 * metrics.height());
}

void StatusChart::buildBars()
{
    // One bar set per status, each non-zero only in its own row: every bar gets
    // its status colour and a click names its status directly.
    auto *series = new QHorizontalStackedBarSeries;
    const auto rows = m_entries.size();
    QStringList categories;
    int maxCount = 0;
    for (qsizetype row = 0; row < rows; ++row) {
        // Rows run bottom-up: put the largest status at the top.
        const Entry &entry = m_entries[rows - 1 - row];
        categories.append(entrySummary(entry));
        maxCount = std::max(maxCount, entry.count);
    }
    for (qsizetype i = 0; i < rows; ++i) {
        const Entry &entry = m_entries[i];
        auto *set = new QBarSet(entryName(entry));
        for (qsizetype row = 0; row < rows; ++row)
            set->append(row == rows - 1 - i ? entry.count : 0);
        set->setColor(entryColor(entry));
        set->setBorderColor(entryColor(entry));
        connect(set, &QBarSet::clicked, this, [this, entry](int) { entryClicked(entry); });
        series->append(set);
    }
    series->setBarWidth(0.75);
    chart()->addSeries(series);
    chart()->legend()->setVisible(false);   // the category labels name every bar

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *countAxis = new QValueAxis;
    configureCountAxis(countAxis, maxCount);
    countAxis->setTitleText(tr("Calls"));
    chart()->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    styleAxis(categoryAxis);
    styleAxis(countAxis);
}

} // namespace cs
