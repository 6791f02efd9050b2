#pragma once
// Chart 3: calls of the current filter over time, stacked by final status, in
// hourly or daily buckets of the chosen time zone's wall clock.

#include "callstats.h"
#include "chartcard.h"

#include <QTimeZone>

class QComboBox;
class QLabel;
class QStackedBarSeries;

namespace cs {

class StatusColors;

class VolumeChart : public ChartCard
{
    Q_OBJECT
public:
    enum class Mode { Automatic, ByHour, ByDay };
    // Automatic picks hours when the calls span at most this long.
    static constexpr qint64 kAutoHourSpanSeconds = 3 * 86400;
    // "By hour" over a longer span falls back to days: thousands of hairline bars say nothing.
    static constexpr qint64 kMaxHourSpanSeconds = 14 * 86400;
    // At most this many x labels; the others stay unlabelled (but clickable).
    static constexpr int kMaxLabels = 12;

    struct Stack
    {
        QString status;             // raw finalStatus ("" = none)
        bool other = false;         // statuses not shown on their own, summed
        std::vector<int> counts;    // per bucket
        bool operator==(const Stack &) const = default;
    };

    explicit VolumeChart(StatusColors *colors, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The bucket to compute for calls starting in [firstStartUtc, lastStartUtc]
    // under the current mode. `fellBack` is set when "By hour" was overruled.
    VolumeBucket bucketFor(qint64 firstStartUtc, qint64 lastStartUtc, bool *fellBack = nullptr) const
    {
        return bucketFor(m_mode, firstStartUtc, lastStartUtc, fellBack);
    }
    // The same for any mode (the charts' statistics job runs it off the GUI thread).
    static VolumeBucket bucketFor(Mode mode, qint64 firstStartUtc, qint64 lastStartUtc, bool *fellBack = nullptr);

    // `shownStatuses`: the statuses stacked on their own (the status chart's), in
    // stack order; the rest go to "Other". `fellBack`: from bucketFor().
    void setSeries(const VolumeSeries &series, const QStringList &shownStatuses, const QTimeZone &zone,
                   bool callsInFilter, bool fellBack = false);

    VolumeBucket bucket() const { return m_bucket; }
    const std::vector<qint64> &bucketStarts() const { return m_starts; }
    qint64 bucketEnd(int index) const;          // exclusive: the next bucket's start
    const QList<Stack> &stacks() const { return m_stacks; }
    QStringList axisLabels() const { return m_axisLabels; }
    QStackedBarSeries *barSeries() const { return m_series; }
    int rebuildCount() const { return m_rebuilds; }

Q_SIGNALS:
    // The user picked another bucket mode: the numbers must be computed again.
    void modeChanged();
    // [startUtc, endUtc): half-open, seconds since the epoch. `status` is the raw
    // finalStatus of the clicked segment ("" = calls without one). Not emitted
    // for "Other".
    void bucketClicked(qint64 startUtc, qint64 endUtc, const QString &status);

protected:
    void rebuild() override;

private:
    QString bucketLabel(int index, bool withDate) const;
    QString stackName(const Stack &stack) const;
    void addBucketAxis();

    StatusColors *m_colors;
    QComboBox *m_modeBox;
    QLabel *m_note;
    Mode m_mode = Mode::Automatic;

    VolumeBucket m_bucket = VolumeBucket::Day;
    std::vector<qint64> m_starts;
    QList<Stack> m_stacks;
    QTimeZone m_zone;
    bool m_callsInFilter = false;
    bool m_fellBack = false;
    int m_daysPerBucket = 1;
    QStringList m_axisLabels;
    QStackedBarSeries *m_series = nullptr;
    int m_rebuilds = 0;
};

} // namespace cs
