#include "averagehandlechart.h"

#include "chartaxes.h"
#include "durationformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
bool sameAverages(const QList<AverageByLabel> &a, const QList<AverageByLabel> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const AverageByLabel &x, const AverageByLabel &y) {
        return x.label == y.label && x.calls == y.calls && x.averageSeconds == y.averageSeconds;
    });
}
} // namespace

AverageHandleChart::AverageHandleChart(const QString &title, const QString &noDataMessage, QWidget *parent)
    : ChartCard(title, parent)
    , m_noDataMessage(noDataMessage)
{
}

void AverageHandleChart::setAverages(const QList<AverageByLabel> &averages, bool callsInFilter)
{
    QList<AverageByLabel> shown;
    for (const AverageByLabel &a : averages) {
        if (a.calls > 0 && !a.label.isEmpty())
            shown.append(a);
    }
    // Most calls first (ties by name, for a stable picture), then keep the top.
    std::stable_sort(shown.begin(), shown.end(), [](const AverageByLabel &a, const AverageByLabel &b) {
        return a.calls != b.calls ? a.calls > b.calls : a.label < b.label;
    });
    if (shown.size() > kMaxBars)
        shown.resize(kMaxBars);

    if (m_rebuilds > 0 && sameAverages(shown, m_shown) && callsInFilter == m_callsInFilter)
        return;
    m_shown = std::move(shown);
    m_callsInFilter = callsInFilter;
    rebuild();
}

int AverageHandleChart::barToEntry(int barIndex) const
{
    return int(m_shown.size()) - 1 - barIndex;
}

void AverageHandleChart::rebuild()
{
    ++m_rebuilds;
    clearChart();
    m_series = nullptr;
    if (m_shown.isEmpty()) {
        showEmptyState(emptyMessage(m_callsInFilter, m_noDataMessage));
        return;
    }

    auto *set = new QBarSet(tr("Average handle time"));
    QStringList categories;
    double maxMinutes = 0;
    // Horizontal bars run bottom-up: append in reverse so the busiest is on top.
    for (int bar = 0; bar < m_shown.size(); ++bar) {
        const AverageByLabel &entry = m_shown[barToEntry(bar)];
        const double minutes = entry.averageSeconds / 60.0;
        set->append(minutes);
        categories.append(entry.label);
        maxMinutes = std::max(maxMinutes, minutes);
    }
    connect(set, &QBarSet::clicked, this, [this](int bar) {
        const int entry = barToEntry(bar);
        if (entry >= 0 && entry < m_shown.size())
            Q_EMIT labelClicked(m_shown[entry].label);
    });
    connect(set, &QBarSet::hovered, this, [this](bool state, int bar) {
        const int entry = barToEntry(bar);
        if (!state || entry < 0 || entry >= m_shown.size()) {
            QToolTip::hideText();
            return;
        }
        const AverageByLabel &a = m_shown[entry];
        QToolTip::showText(QCursor::pos(), tr("%1: average %2 over %n call(s)", nullptr, a.calls)
                                               .arg(a.label, formatDuration(qRound64(a.averageSeconds))));
    });

    m_series = new QHorizontalBarSeries;
    m_series->append(set);
    m_series->setBarWidth(0.75);
    chart()->addSeries(m_series);
    chart()->legend()->setVisible(false);   // one set: the title says what the bars are

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(shortCategoryLabels(categories, kMaxLabelChars));
    // Fifteen names in a card's height: a slightly smaller font keeps every
    // name readable instead of Qt Charts eliding them all to "...".
    QFont labelFont = categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(labelFont);
    categoryAxis->setTruncateLabels(false);
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setRange(0, std::max(maxMinutes, 1.0));
    minutesAxis->applyNiceNumbers();
    minutesAxis->setLabelFormat(u"%.0f"_s);
    if (minutesAxis->max() <= 5)
        minutesAxis->setLabelFormat(u"%.1f"_s);
    minutesAxis->setTitleText(tr("Minutes"));
    chart()->addAxis(minutesAxis, Qt::AlignBottom);
    m_series->attachAxis(minutesAxis);
    styleAxis(categoryAxis);
    styleAxis(minutesAxis);
    showChart();
}

} // namespace cs
