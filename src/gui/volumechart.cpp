#include "volumechart.h"

#include "chartaxes.h"
#include "statuscolors.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

VolumeChart::VolumeChart(StatusColors *colors, QWidget *parent)
    : ChartCard(tr("Call volume over time"), parent)
    , m_colors(colors)
    , m_modeBox(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_modeBox->addItem(tr("Automatic"), int(Mode::Automatic));
    m_modeBox->addItem(tr("By hour"), int(Mode::ByHour));
    m_modeBox->addItem(tr("By day"), int(Mode::ByDay));
    m_modeBox->setToolTip(tr("Bucket size (automatic: by hour when the calls span at most 3 days)"));
    m_modeBox->setAccessibleName(tr("Volume bucket size"));
    m_note->setText(tr("Shown by day: too long a span for hours"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);
    addHeaderWidget(m_note);
    addHeaderWidget(m_modeBox);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = Mode(m_modeBox->itemData(index).toInt());
        if (mode != m_mode) {
            m_mode = mode;
            Q_EMIT modeChanged();
        }
    });
}

void VolumeChart::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
}

VolumeBucket VolumeChart::bucketFor(Mode mode, qint64 firstStartUtc, qint64 lastStartUtc, bool *fellBack)
{
    const qint64 span = lastStartUtc >= firstStartUtc ? lastStartUtc - firstStartUtc : 0;
    if (fellBack)
        *fellBack = false;
    switch (mode) {
    case Mode::ByDay:
        return VolumeBucket::Day;
    case Mode::ByHour:
        if (span > kMaxHourSpanSeconds) {
            if (fellBack)
                *fellBack = true;
            return VolumeBucket::Day;
        }
        return VolumeBucket::Hour;
    case Mode::Automatic:
        break;
    }
    return span <= kAutoHourSpanSeconds ? VolumeBucket::Hour : VolumeBucket::Day;
}

void VolumeChart::setSeries(const VolumeSeries &series, const QStringList &shownStatuses, const QTimeZone &zone,
                            bool callsInFilter, bool fellBack)
{
    const size_t buckets = series.bucketStartUtc.size();
    QList<Stack> stacks;
    for (const QString &status : shownStatuses)
        stacks.append({status, false, std::vector<int>(buckets, 0)});
    Stack other{{}, true, std::vector<int>(buckets, 0)};
    bool anyOther = false;
    for (qsizetype s = 0; s < series.statuses.size() && size_t(s) < series.counts.size(); ++s) {
        const qsizetype shown = shownStatuses.indexOf(series.statuses[s]);
        Stack &target = shown >= 0 ? stacks[shown] : other;
        anyOther = anyOther || shown < 0;
        const std::vector<int> &counts = series.counts[size_t(s)];
        for (size_t b = 0; b < buckets && b < counts.size(); ++b)
            target.counts[b] += counts[b];
    }
    if (anyOther)
        stacks.append(std::move(other));
    // A status of the status chart without a start time has nothing to stack here.
    stacks.removeIf([](const Stack &stack) {
        return std::all_of(stack.counts.begin(), stack.counts.end(), [](int c) { return c == 0; });
    });

    if (m_rebuilds > 0 && series.bucket == m_bucket && series.bucketStartUtc == m_starts && stacks == m_stacks
        && zone == m_zone && callsInFilter == m_callsInFilter && fellBack == m_fellBack
        && series.daysPerBucket == m_daysPerBucket)
        return;
    m_bucket = series.bucket;
    m_daysPerBucket = series.daysPerBucket;
    m_starts = series.bucketStartUtc;
    m_stacks = std::move(stacks);
    m_zone = zone;
    m_callsInFilter = callsInFilter;
    m_fellBack = fellBack;
    rebuild();
}

qint64 VolumeChart::bucketEnd(int index) const
{
    if (index < 0 || size_t(index) >= m_starts.size())
        return 0;
    if (size_t(index) + 1 < m_starts.size())
        return m_starts[size_t(index) + 1];
    const qint64 start = m_starts[size_t(index)];
    if (m_bucket == VolumeBucket::Hour)
        return start + 3600;
    // A local day is not always 86,400 s (daylight saving): ask the zone.
    return QDateTime::fromSecsSinceEpoch(start, m_zone).addDays(m_daysPerBucket).toSecsSinceEpoch();
}

QString VolumeChart::stackName(const Stack &stack) const
{
    return stack.other ? tr("Other") : statusDisplayName(stack.status);
}

QString VolumeChart::bucketLabel(int index, bool withDate) const
{
    const QLocale locale;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(m_starts[size_t(index)], m_zone);
    if (m_bucket == VolumeBucket::Day)
        return locale.toString(local.date(), withDate ? u"d MMM yyyy"_s : u"ddd d MMM"_s);
    return withDate ? locale.toString(local, u"d MMM HH:mm"_s) : locale.toString(local.time(), u"HH:mm"_s);
}

void VolumeChart::addBucketAxis()
{
    // A category axis with one label per bucket cannot thin its labels out; a
    // QCategoryAxis (a value axis with named positions) labels every k-th bucket.
    const int buckets = int(m_starts.size());
    const int step = std::max(1, (buckets + kMaxLabels - 1) / kMaxLabels);
    const QDateTime first = QDateTime::fromSecsSinceEpoch(m_starts.front(), m_zone);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(m_starts.back(), m_zone);
    // Hours need a date only when they span several days; days need a year only across years.
    const bool withDate = m_bucket == VolumeBucket::Hour ? first.date() != last.date()
                                                         : first.date().year() != last.date().year();
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, buckets - 0.5);
    axis->setGridLineVisible(false);
    m_axisLabels.clear();
    for (int i = 0; i < buckets; i += step) {
        QString label = bucketLabel(i, withDate);
        if (m_axisLabels.contains(label)) {
            // The repeated hour when clocks go back: tell the two apart by their offset.
            const QDateTime local = QDateTime::fromSecsSinceEpoch(m_starts[size_t(i)], m_zone);
            label += u' ' + m_zone.displayName(local, QTimeZone::OffsetName);
        }
        if (m_axisLabels.contains(label))
            continue;   // QCategoryAxis needs unique labels
        m_axisLabels.append(label);
        axis->append(label, i);
    }
    axis->setLabelsAngle(m_axisLabels.size() > kMaxLabels / 2 ? -45 : 0);
    chart()->addAxis(axis, Qt::AlignBottom);
    m_series->attachAxis(axis);
    styleAxis(axis);
}

void VolumeChart::rebuild()
{
    ++m_rebuilds;
    if (m_daysPerBucket > 1)
        m_note->setText(tr("%n day(s) per bar: the calls span too long for one bar a day", nullptr, m_daysPerBucket));
    else
        m_note->setText(tr("Shown by day: too long a span for hours"));
    m_note->setVisible(m_fellBack || m_daysPerBucket > 1);
    clearChart();
    m_series = nullptr;
    m_axisLabels.clear();
    if (m_starts.empty() || m_stacks.isEmpty()) {
        showEmptyState(emptyMessage(m_callsInFilter, tr("No call in the current filter has a start time")));
        return;
    }

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.9);
    std::vector<int> totals(m_starts.size(), 0);
    for (const Stack &stack : std::as_const(m_stacks)) {
        auto *set = new QBarSet(stackName(stack));
        for (size_t b = 0; b < stack.counts.size(); ++b) {
            set->append(stack.counts[b]);
            totals[b] += stack.counts[b];
        }
        const QColor color = stack.other ? StatusColors::otherColor() : m_colors->colorFor(stack.status);
        set->setColor(color);
        set->setBorderColor(color);
        connect(set, &QBarSet::clicked, this, [this, stack](int index) {
            if (!stack.other && index >= 0 && size_t(index) < m_starts.size())
                Q_EMIT bucketClicked(m_starts[size_t(index)], bucketEnd(index), stack.status);
        });
        const QString name = stackName(stack);
        connect(set, &QBarSet::hovered, this, [this, set, name](bool state, int index) {
            if (!state || index < 0 || size_t(index) >= m_starts.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 calls")
                                                   .arg(bucketLabel(index, true), name,
                                                        QLocale().toString(int(set->at(index)))));
        });
        m_series->append(set);
    }
    chart()->addSeries(m_series);
    addBucketAxis();

    auto *countAxis = new QValueAxis;
    configureCountAxis(countAxis, *std::max_element(totals.begin(), totals.end()));
    countAxis->setTitleText(tr("Calls"));
    chart()->addAxis(countAxis, Qt::AlignLeft);
    m_series->attachAxis(countAxis);
    styleAxis(countAxis);

    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    showChart();
}

} // namespace cs
