// The charts panel: counts shown equal the rows given, markers, buckets, clicks,
// theming and painting with no or one row. The panel is fed as the window
// feeds it: ChartFeed computes the statistics as jobs of a JobRunner.

#include "averagehandlechart.h"
#include "chartcard.h"
#include "chartspanel.h"
#include "chartstats.h"
#include "handletimechart.h"
#include "recordparser.h"
#include "recordstore.h"
#include "statuschart.h"
#include "volumechart.h"
#include "job.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QTimeZone>
#include <map>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

struct Call
{
    QString status;
    QString start;          // "2024-09-27T10:10:00", wall clock at offset 0 = UTC
    int talk = 0;
    int hold = 0;
    int afterCallWork = 0;
    QString agent;          // empty: bot-only call, no destinations
    QString queue;
    int handle() const { return talk + hold + afterCallWork; }
};

QJsonObject recordJson(int index, const Call &call)
{
    QJsonObject record{{u"sessionId"_s, u"session-%1"_s.arg(index)},
                       {u"sessionStartTime"_s, call.start},
                       {u"sessionEndTime"_s, call.start}};
    if (!call.status.isEmpty())
        record.insert(u"finalStatus"_s, call.status);
    if (!call.agent.isEmpty()) {
        const QJsonObject agent{{u"destinationType"_s, u"AgentSegment"_s},
                                {u"agentId"_s, QString(u"u-"_s + call.agent)},
                                {u"name"_s, call.agent},
                                {u"interactionDuration"_s, call.talk},
                                {u"holdDuration"_s, call.hold},
                                {u"afterCallWorkDuration"_s, call.afterCallWork}};
        const QJsonObject entry{{u"destinationType"_s, u"QueueEntry"_s},
                                {u"queueId"_s, QString(u"q-"_s + call.queue)},
                                {u"queueName"_s, call.queue},
                                {u"respondingAgent"_s, agent}};
        record.insert(u"destinations"_s, QJsonArray{entry});
    }
    return record;
}

// Loads `calls` into `store` through the real page parser; returns all rows.
std::vector<RowId> load(RecordStore &store, const QList<Call> &calls)
{
    QJsonArray data;
    for (qsizetype i = 0; i < calls.size(); ++i)
        data.append(recordJson(int(i), calls[i]));
    const QJsonObject page{{u"numResults"_s, int(calls.size())}, {u"data"_s, data}};
    const auto parsed = parsePage(QJsonDocument(page).toJson(QJsonDocument::Compact));
    if (!parsed->ok() || !parsed->issues.empty())
        qFatal("test page did not parse");
    store.append(*parsed, 0);
    std::vector<RowId> rows;
    for (int row = 0; row < store.size(); ++row)
        rows.push_back(RowId(row));
    return rows;
}

// 15 calls on 2024-09-27 between 10:00 and 13:59 UTC:
//  10 reached an agent, handle times 60, 120, ... 600 s (Alice the first 6, Bob 4;
//  queues alternate Sales/Support); 7 CLOSED then 3 USER ABANDONED;
//  5 bot-only: 3 BotResolved, 2 USER ABANDONED.
QList<Call> standardCalls()
{
    QList<Call> calls;
    for (int i = 0; i < 15; ++i) {
        Call call;
        call.start = u"2024-09-27T%1:%2:00"_s.arg(10 + i % 4).arg(i * 3, 2, 10, QLatin1Char('0'));
        if (i < 10) {
            const int handle = 60 * (i + 1);
            call.talk = handle - 30;
            call.hold = 20;
            call.afterCallWork = 10;
            call.agent = i < 6 ? u"Alice"_s : u"Bob"_s;
            call.queue = i % 2 == 0 ? u"Sales"_s : u"Support"_s;
            call.status = i < 7 ? u"CLOSED"_s : u"USER ABANDONED"_s;
        } else {
            call.status = i < 13 ? u"BotResolved"_s : u"USER ABANDONED"_s;
        }
        calls.append(call);
    }
    return calls;
}

std::map<QString, int> statusCountsOf(const QList<Call> &calls, const std::vector<RowId> &rows)
{
    std::map<QString, int> counts;
    for (RowId row : rows)
        ++counts[calls[qsizetype(row)].status];
    return counts;
}

std::map<QString, int> shownCounts(const StatusChart *chart)
{
    std::map<QString, int> counts;
    for (const StatusChart::Entry &entry : chart->entries())
        counts[entry.other ? u"<other>"_s : entry.status] += entry.count;
    return counts;
}

template <typename Series>
Series *seriesOf(QChart *chart)
{
    const auto all = chart->series();
    for (QAbstractSeries *series : all) {
        if (auto *typed = qobject_cast<Series *>(series))
            return typed;
    }
    return nullptr;
}

QBarSet *setNamed(QAbstractBarSeries *series, const QString &name)
{
    const auto sets = series->barSets();
    for (QBarSet *set : sets) {
        if (set->label() == name)
            return set;
    }
    return nullptr;
}

qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

// A panel fed as the window feeds it.
struct FedPanel : ChartsPanel
{
    JobRunner runner;
    ChartFeed feed{&runner, nullptr};
    FedPanel() { bindChartFeed(&feed, this); }
    // Waits until what was asked is drawn.
    bool settle()
    {
        return QTest::qWaitFor([this] { return !feed.hasPendingUpdate() && !hasPendingStats(); }, 10000);
    }
};

class TestChartsPanel : public QObject
{
    Q_OBJECT

private:
    // A shown panel with `rows` of `store` drawn (UTC unless a zone is given).
    void draw(FedPanel &panel, const RecordStore &store, const std::vector<RowId> &rows,
              const QTimeZone &zone = QTimeZone::utc())
    {
        panel.feed.setData(&store, rows, zone);
        QVERIFY(panel.feed.hasPendingUpdate());
        QVERIFY(panel.settle());
    }

    std::unique_ptr<FedPanel> shownPanel()
    {
        auto panel = std::make_unique<FedPanel>();
        panel->resize(1280, 800);
        panel->show();
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Labels use the default locale: pin it so "1,234" does not become "1.234".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void statusCountsFollowRows()
    {
        const QList<Call> calls = standardCalls();
        RecordStore store;
        const std::vector<RowId> all = load(store, calls);
        auto panel = shownPanel();
        draw(*panel, store, all);

        StatusChart *chart = panel->statusChart();
        QVERIFY(!chart->isShowingEmptyState());
        QVERIFY(!chart->usesBars());
        QCOMPARE(chart->total(), 15);
        QCOMPARE(shownCounts(chart), statusCountsOf(calls, all));
        QCOMPARE(chart->shownStatuses(), (QStringList{u"CLOSED"_s, u"USER ABANDONED"_s, u"BotResolved"_s}));

        // The donut draws exactly those numbers, and the legend says count and percent.
        auto *pie = seriesOf<QPieSeries>(chart->chart());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        QCOMPARE(pie->slices().at(0)->value(), 7.0);
        QCOMPARE(pie->slices().at(1)->value(), 5.0);
        QCOMPARE(pie->slices().at(2)->value(), 3.0);
        QVERIFY(pie->holeSize() > 0);   // a donut
        const auto markers = chart->chart()->legend()->markers(pie);
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers.at(0)->label(), u"CLOSED: 7 (47%)"_s);

        // A smaller subset: the chart follows it.
        const std::vector<RowId> subset{0, 1, 2, 10, 13};
        draw(*panel, store, subset);
        QCOMPARE(chart->total(), 5);
        QCOMPARE(shownCounts(chart), statusCountsOf(calls, subset));
        QCOMPARE(seriesOf<QPieSeries>(chart->chart())->count(), 3);
    }

    void unchangedDataIsNotRedrawn()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        draw(*panel, store, all);
        const int status = panel->statusChart()->rebuildCount();
        const int volume = panel->volumeChart()->rebuildCount();
        const int agents = panel->agentChart()->rebuildCount();
        QChart *chart = panel->statusChart()->chart();
        QAbstractSeries *series = chart->series().value(0);

        draw(*panel, store, all);
        QCOMPARE(panel->statusChart()->rebuildCount(), status);
        QCOMPARE(panel->volumeChart()->rebuildCount(), volume);
        QCOMPARE(panel->agentChart()->rebuildCount(), agents);
        QCOMPARE(chart->series().value(0), series);   // the same objects, not rebuilt
    }

    void burstOfCallsIsCoalesced()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        QVERIFY(panel->settle());
        const int before = panel->statusChart()->rebuildCount();
        const int jobs = panel->feed.jobsStarted();
        for (size_t n = 1; n <= all.size(); ++n)
            panel->feed.setData(&store, std::vector<RowId>(all.begin(), all.begin() + qsizetype(n)), QTimeZone::utc());
        QVERIFY(panel->settle());
        // Computed and drawn once from the last call (never once per call), and from the full set.
        QCOMPARE(panel->feed.jobsStarted(), jobs + 1);
        QCOMPARE(panel->statusChart()->rebuildCount(), before + 1);
        QCOMPARE(panel->statusChart()->total(), 15);
    }

    void hiddenPanelWaitsUntilShown()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        FedPanel panel;   // never shown yet
        const int before = panel.statusChart()->rebuildCount();
        panel.feed.setData(&store, all, QTimeZone::utc());
        QTest::qWait(400);   // well past the coalescing delay: still nothing may be computed
        QVERIFY(panel.feed.hasPendingUpdate());
        QCOMPARE(panel.feed.jobsStarted(), 0);
        QCOMPARE(panel.statusChart()->rebuildCount(), before);

        panel.show();
        QVERIFY(panel.settle());
        QCOMPARE(panel.feed.jobsStarted(), 1);
        QCOMPARE(panel.statusChart()->total(), 15);
    }

    void statisticsArriveAsAJobResult()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        QVERIFY(panel->settle());
        QSignalSpy finished(&panel->runner, &JobRunner::finished);
        const int applied = panel->statsApplied();
        panel->feed.setData(&store, all, QTimeZone::utc());
        QCOMPARE(panel->statsApplied(), applied);   // nothing computed on this thread's call
        QVERIFY(panel->settle());
        QCOMPARE(finished.size(), 1);               // one job of the runner did it
        QCOMPARE(panel->statsApplied(), applied + 1);
        // The same numbers as the synchronous computation.
        const ChartStats direct = computeChartStats(store, all, QTimeZone::utc(), VolumeChart::Mode::Automatic);
        QCOMPARE(panel->statusChart()->total(), 15);
        QCOMPARE(panel->statusChart()->entries().size(), direct.statusCounts.size());
        // Rows past the store's end (it shrank meanwhile) are left out.
        std::vector<RowId> withStale = all;
        withStale.insert(withStale.begin() + 3, RowId(store.size() + 7));
        const ChartStats skipping = computeChartStats(store, withStale, QTimeZone::utc(), VolumeChart::Mode::Automatic);
        QCOMPARE(skipping.statusCounts.size(), direct.statusCounts.size());
        for (qsizetype i = 0; i < direct.statusCounts.size(); ++i)
            QCOMPARE(skipping.statusCounts[i].count, direct.statusCounts[i].count);
        QVERIFY(!computeChartStats(store, {RowId(store.size())}, QTimeZone::utc(), VolumeChart::Mode::Automatic).callsInFilter);
    }

    void handleTimeHistogramAndMarkers()
    {
        const QList<Call> calls = standardCalls();
        RecordStore store;
        const std::vector<RowId> all = load(store, calls);
        auto panel = shownPanel();
        draw(*panel, store, all);
        HandleTimeChart *chart = panel->handleTimeChart();
        QVERIFY(!chart->isShowingEmptyState());

        // Every handled call lands in the bin that covers its handle time.
        const int bin = chart->binSeconds();
        QVERIFY(bin > 0);
        int total = 0;
        for (const HandleTimeChart::Bin &b : chart->bins()) {
            int expected = 0;
            for (const Call &call : calls) {
                if (!call.agent.isEmpty() && call.handle() >= b.fromSeconds && call.handle() <= b.toSeconds)
                    ++expected;
            }
            QCOMPARE(b.count, expected);
            total += b.count;
        }
        QCOMPARE(total, 10);

        // Nearest-rank over 60, 120, ... 600: median 300 s, 90th percentile 540 s.
        QCOMPARE(chart->medianSeconds(), 300);
        QCOMPARE(chart->p90Seconds(), 540);
        QVERIFY(chart->medianMarker());
        QVERIFY(chart->p90Marker());
        QCOMPARE(chart->medianMarker()->name(), u"Median 0:05:00"_s);
        QCOMPARE(chart->p90Marker()->name(), u"90th percentile 0:09:00"_s);
        // Lined up with the bars: bar i (centred on i) holds [i*bin, (i+1)*bin).
        QCOMPARE(chart->medianMarker()->at(0).x(), 300.0 / bin - 0.5);
        QCOMPARE(chart->p90Marker()->at(1).x(), 540.0 / bin - 0.5);
        QVERIFY(chart->medianMarker()->at(1).y() >= 1);

        // The bars the chart draws are the bins.
        auto *bars = seriesOf<QBarSeries>(chart->chart());
        QVERIFY(bars);
        QBarSet *set = bars->barSets().value(0);
        QCOMPARE(set->count(), int(chart->bins().size()));

        // Clicking a bar asks for its inclusive range.
        QSignalSpy spy(panel.get(), &ChartsPanel::handleRangeClicked);
        Q_EMIT set->clicked(2);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2 * bin);
        QCOMPARE(spy.at(0).at(1).toInt(), 3 * bin - 1);
    }

    void histogramBinLabels()
    {
        QCOMPARE(HandleTimeChart::binLabel(0, 60, 60, false), u"0-1m"_s);
        QCOMPARE(HandleTimeChart::binLabel(240, 300, 60, false), u"4-5m"_s);
        QCOMPARE(HandleTimeChart::binLabel(1800, 0, 60, true), u"30m+"_s);
        QCOMPARE(HandleTimeChart::binLabel(3600, 7200, 3600, false), u"1-2h"_s);
        QCOMPARE(HandleTimeChart::binLabel(30, 60, 30, false), u"0:30-1:00"_s);
        QCOMPARE(HandleTimeChart::binLabel(600, 0, 30, true), u"10:00+"_s);
    }

    void longTailIsFoldedIntoTheOpenEndedBin()
    {
        HandleTimeChart chart;
        HandleTimeHistogram histogram;
        histogram.binSeconds = 60;
        histogram.counts.assign(100, 1);   // 100 one-minute bins (an explicit bin width)
        histogram.rows = 100;
        histogram.median = 3000;
        histogram.p90 = 5400;
        chart.setHistogram(histogram, true);
        QCOMPARE(chart.bins().size(), qsizetype(HandleTimeChart::kMaxBins));
        const HandleTimeChart::Bin &tail = chart.bins().constLast();
        QCOMPARE(tail.fromSeconds, (HandleTimeChart::kMaxBins - 1) * 60);
        QCOMPARE(tail.toSeconds, HandleTimeChart::kOpenEnd);
        QCOMPARE(tail.count, 100 - (HandleTimeChart::kMaxBins - 1));
        QCOMPARE(tail.label, u"39m+"_s);
        QCOMPARE(chart.bins().constFirst().label, u"0-1m"_s);
        QCOMPARE(chart.bins().constFirst().toSeconds, 59);
        // A marker past the last bar stays at the chart's edge.
        QCOMPARE(chart.p90Marker()->at(0).x(), HandleTimeChart::kMaxBins - 0.5);

        // Clicking the open-ended bar asks for everything from its start on.
        QSignalSpy spy(&chart, &HandleTimeChart::rangeClicked);
        auto *bars = seriesOf<QBarSeries>(chart.chart());
        Q_EMIT bars->barSets().value(0)->clicked(HandleTimeChart::kMaxBins - 1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), (HandleTimeChart::kMaxBins - 1) * 60);
        QCOMPARE(spy.at(0).at(1).toInt(), HandleTimeChart::kOpenEnd);
    }

    void volumeBucketsByHourAndDay()
    {
        const QList<Call> calls = standardCalls();
        RecordStore store;
        const std::vector<RowId> all = load(store, calls);
        auto panel = shownPanel();
        draw(*panel, store, all);
        VolumeChart *chart = panel->volumeChart();
        QVERIFY(!chart->isShowingEmptyState());

        // Automatic: the calls span 4 hours, so hourly buckets 10:00 .. 13:00 UTC.
        QCOMPARE(chart->bucket(), VolumeBucket::Hour);
        const std::vector<qint64> hours{utc("2024-09-27T10:00:00Z"), utc("2024-09-27T11:00:00Z"),
                                        utc("2024-09-27T12:00:00Z"), utc("2024-09-27T13:00:00Z")};
        QCOMPARE(chart->bucketStarts(), hours);
        QCOMPARE(chart->axisLabels(), (QStringList{u"10:00"_s, u"11:00"_s, u"12:00"_s, u"13:00"_s}));

        // Stacks in the status chart's order; each bucket holds the calls that started in it.
        QCOMPARE(chart->stacks().size(), 3);
        for (const VolumeChart::Stack &stack : chart->stacks()) {
            QVERIFY(!stack.other);
            for (size_t b = 0; b < hours.size(); ++b) {
                int expected = 0;
                for (qsizetype i = 0; i < calls.size(); ++i)
                    expected += calls[i].status == stack.status && 10 + i % 4 == int(10 + b) ? 1 : 0;
                QCOMPARE(stack.counts[b], expected);
            }
        }
        auto *series = chart->barSeries();
        QVERIFY(series);
        QBarSet *closed = setNamed(series, u"CLOSED"_s);
        QVERIFY(closed);
        QCOMPARE(closed->count(), 4);
        QCOMPARE(closed->at(0), 2.0);   // calls 0 and 4 started at 10:xx

        QSignalSpy spy(panel.get(), &ChartsPanel::volumeBucketClicked);
        Q_EMIT closed->clicked(1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), hours[1]);
        QCOMPARE(spy.at(0).at(1).toLongLong(), hours[2]);
        QCOMPARE(spy.at(0).at(2).toString(), u"CLOSED"_s);
        Q_EMIT closed->clicked(3);   // the last bucket ends an hour after it starts
        QCOMPARE(spy.at(1).at(1).toLongLong(), hours[3] + 3600);

        // By day: one bucket, all 15 calls, recomputed at once.
        chart->setMode(VolumeChart::Mode::ByDay);
        QVERIFY(panel->settle());
        QCOMPARE(chart->bucket(), VolumeBucket::Day);
        QCOMPARE(chart->bucketStarts(), std::vector<qint64>{utc("2024-09-27T00:00:00Z")});
        int total = 0;
        for (const VolumeChart::Stack &stack : chart->stacks())
            total += stack.counts.at(0);
        QCOMPARE(total, 15);
        Q_EMIT setNamed(chart->barSeries(), u"BotResolved"_s)->clicked(0);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).toLongLong(), utc("2024-09-27T00:00:00Z"));
        QCOMPARE(spy.at(2).at(1).toLongLong(), utc("2024-09-28T00:00:00Z"));
        QCOMPARE(spy.at(2).at(2).toString(), u"BotResolved"_s);
    }

    void volumeBucketsFollowTheZone()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        const QTimeZone india("Asia/Kolkata");
        QVERIFY(india.isValid());
        draw(*panel, store, all, india);
        // 10:00 UTC is 15:30 in India: the first call (10:00 UTC) falls in 15:00 local = 09:30 UTC.
        const VolumeChart *chart = panel->volumeChart();
        QCOMPARE(chart->bucket(), VolumeBucket::Hour);
        QCOMPARE(chart->bucketStarts().front(), utc("2024-09-27T09:30:00Z"));
        QCOMPARE(chart->axisLabels().value(0), u"15:00"_s);
    }

    void automaticBucketIsDaysOverLongSpans()
    {
        QList<Call> calls;
        calls.append({u"CLOSED"_s, u"2024-09-20T08:00:00"_s});
        calls.append({u"CLOSED"_s, u"2024-09-27T20:00:00"_s});
        RecordStore store;
        const std::vector<RowId> all = load(store, calls);
        auto panel = shownPanel();
        draw(*panel, store, all);
        const VolumeChart *chart = panel->volumeChart();
        QCOMPARE(chart->bucket(), VolumeBucket::Day);
        QCOMPARE(chart->bucketStarts().size(), size_t(8));   // contiguous: empty days included
        QCOMPARE(chart->stacks().value(0).counts.front(), 1);
        QCOMPARE(chart->stacks().value(0).counts.back(), 1);

        // "By hour" over a week is allowed; over more than kMaxHourSpanSeconds it falls back to days.
        bool fellBack = true;
        panel->volumeChart()->setMode(VolumeChart::Mode::ByHour);
        QVERIFY(panel->settle());
        QCOMPARE(chart->bucket(), VolumeBucket::Hour);
        QCOMPARE(chart->bucketFor(0, VolumeChart::kMaxHourSpanSeconds + 1, &fellBack), VolumeBucket::Day);
        QVERIFY(fellBack);
    }

    void statusColoursAreSharedAndStable()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        draw(*panel, store, all);
        auto *pie = seriesOf<QPieSeries>(panel->statusChart()->chart());
        const QColor closedSlice = pie->slices().at(0)->color();
        const QColor closedBars = setNamed(panel->volumeChart()->barSeries(), u"CLOSED"_s)->color();
        QCOMPARE(closedSlice, closedBars);
        QVERIFY(pie->slices().at(0)->color() != pie->slices().at(1)->color());

        // Only BotResolved and USER ABANDONED left: they keep their colours.
        const QColor abandoned = pie->slices().at(1)->color();
        draw(*panel, store, {11, 13, 14});
        pie = seriesOf<QPieSeries>(panel->statusChart()->chart());
        QCOMPARE(pie->slices().at(0)->color(), abandoned);   // USER ABANDONED (2) now first
    }

    void manyStatusesBecomeBarsWithOther()
    {
        // 10 statuses with 10, 9, ... 1 calls: the top 8 and "Other" = 2 + 1.
        QList<Call> calls;
        for (int s = 0; s < 10; ++s) {
            for (int n = 0; n < 10 - s; ++n)
                calls.append({u"S%1"_s.arg(s), u"2024-09-27T10:00:00"_s});
        }
        RecordStore store;
        const std::vector<RowId> all = load(store, calls);
        auto panel = shownPanel();
        draw(*panel, store, all);
        StatusChart *chart = panel->statusChart();
        QVERIFY(chart->usesBars());
        QCOMPARE(chart->entries().size(), StatusChart::kMaxStatuses + 1);
        QVERIFY(chart->entries().constLast().other);
        QCOMPARE(chart->entries().constLast().count, 3);
        QCOMPARE(chart->entries().constFirst().status, u"S0"_s);
        QCOMPARE(chart->entries().constFirst().count, 10);

        auto *bars = seriesOf<QHorizontalStackedBarSeries>(chart->chart());
        QVERIFY(bars);
        QCOMPARE(bars->count(), StatusChart::kMaxStatuses + 1);
        QSignalSpy spy(panel.get(), &ChartsPanel::finalStatusClicked);
        QBarSet *s1 = setNamed(bars, u"S1"_s);
        QVERIFY(s1);
        double sum = 0;
        for (int i = 0; i < s1->count(); ++i)
            sum += s1->at(i);
        QCOMPARE(sum, 9.0);
        Q_EMIT s1->clicked(0);
        Q_EMIT setNamed(bars, u"Other"_s)->clicked(0);   // several statuses: no single one to filter on
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"S1"_s);

        // The volume chart stacks the same 8 and folds the rest into Other too.
        QCOMPARE(panel->volumeChart()->stacks().size(), StatusChart::kMaxStatuses + 1);
        QVERIFY(panel->volumeChart()->stacks().constLast().other);
        QCOMPARE(panel->volumeChart()->stacks().constLast().counts.at(0), 3);
    }

    void statusSliceClick()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        draw(*panel, store, all);
        auto *pie = seriesOf<QPieSeries>(panel->statusChart()->chart());
        QSignalSpy spy(panel.get(), &ChartsPanel::finalStatusClicked);
        Q_EMIT pie->slices().at(1)->clicked();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"USER ABANDONED"_s);
    }

    void averageHandlePerAgentAndQueue()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        draw(*panel, store, all);

        // Alice: 60..360 s over 6 calls = 210 s; Bob: 420..600 s over 4 calls = 510 s.
        AverageHandleChart *agents = panel->agentChart();
        QCOMPARE(agents->shown().size(), 2);
        QCOMPARE(agents->shown().at(0).label, u"Alice"_s);
        QCOMPARE(agents->shown().at(0).calls, 6);
        QCOMPARE(agents->shown().at(0).averageSeconds, 210.0);
        QCOMPARE(agents->shown().at(1).averageSeconds, 510.0);
        // In minutes, busiest on top (bars run bottom-up).
        QBarSet *set = agents->barSeries()->barSets().value(0);
        QCOMPARE(set->count(), 2);
        QCOMPARE(set->at(1), 3.5);
        QCOMPARE(set->at(0), 8.5);

        QSignalSpy agentSpy(panel.get(), &ChartsPanel::agentClicked);
        Q_EMIT set->clicked(0);
        QCOMPARE(agentSpy.size(), 1);
        QCOMPARE(agentSpy.at(0).at(0).toString(), u"Bob"_s);

        // Sales: calls 0,2,4,6,8 = (60+180+300+420+540)/5 = 300 s; Support: 1,3,5,7,9 = 360 s.
        AverageHandleChart *queues = panel->queueChart();
        QCOMPARE(queues->shown().size(), 2);
        QCOMPARE(queues->shown().at(0).label, u"Sales"_s);   // 5 calls each: by name
        QCOMPARE(queues->shown().at(0).averageSeconds, 300.0);
        QCOMPARE(queues->shown().at(1).averageSeconds, 360.0);
        QSignalSpy queueSpy(panel.get(), &ChartsPanel::queueClicked);
        Q_EMIT queues->barSeries()->barSets().value(0)->clicked(1);
        QCOMPARE(queueSpy.size(), 1);
        QCOMPARE(queueSpy.at(0).at(0).toString(), u"Sales"_s);
    }

    void averagesKeepTheTopByCalls()
    {
        AverageHandleChart chart(u"t"_s, u"none"_s);
        QList<AverageByLabel> averages;
        for (int i = 0; i < 40; ++i)
            averages.append({u"agent %1"_s.arg(i, 2, 10, QLatin1Char('0')), 60.0 * i, i + 1});
        chart.setAverages(averages, true);
        QCOMPARE(chart.shown().size(), qsizetype(AverageHandleChart::kMaxBars));
        QCOMPARE(chart.shown().constFirst().label, u"agent 39"_s);
        QCOMPARE(chart.shown().constLast().label, u"agent 25"_s);
    }

    void emptyStates()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        const QList<ChartCard *> cards{panel->statusChart(), panel->handleTimeChart(), panel->volumeChart(),
                                       panel->agentChart(), panel->queueChart()};
        // Before any data, and with an empty filter: a message, never a blank frame.
        for (ChartCard *card : cards) {
            QVERIFY(card->isShowingEmptyState());
            QCOMPARE(card->emptyStateText(), u"No calls in the current filter"_s);
            QVERIFY(!card->title().isEmpty());
        }
        draw(*panel, store, all);
        for (ChartCard *card : cards)
            QVERIFY(!card->isShowingEmptyState());
        draw(*panel, store, {});
        for (ChartCard *card : cards) {
            QVERIFY(card->isShowingEmptyState());
            QCOMPARE(card->emptyStateText(), u"No calls in the current filter"_s);
        }
        // Only bot-handled calls: statuses and volume, but no handle times, agents or queues.
        draw(*panel, store, {10, 11, 12});
        QVERIFY(!panel->statusChart()->isShowingEmptyState());
        QVERIFY(!panel->volumeChart()->isShowingEmptyState());
        for (ChartCard *card : {static_cast<ChartCard *>(panel->handleTimeChart()), static_cast<ChartCard *>(panel->agentChart()),
                                static_cast<ChartCard *>(panel->queueChart())}) {
            QVERIFY(card->isShowingEmptyState());
            QVERIFY(card->emptyStateText() != u"No calls in the current filter"_s);
        }
    }

    void followsDarkPalette()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        draw(*panel, store, all);
        const QColor closed = seriesOf<QPieSeries>(panel->statusChart()->chart())->slices().at(0)->color();

        QPalette dark = panel->palette();
        dark.setColor(QPalette::Window, QColor::fromRgb(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor::fromRgb(0xf0, 0xf0, 0xf0));
        panel->setPalette(dark);
        QCOMPARE(panel->statusChart()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(panel->volumeChart()->chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(!panel->statusChart()->chart()->isBackgroundVisible());
        // The theme switch must not repaint the statuses in theme colours.
        QCOMPARE(seriesOf<QPieSeries>(panel->statusChart()->chart())->slices().at(0)->color(), closed);
        QCOMPARE(setNamed(panel->volumeChart()->barSeries(), u"CLOSED"_s)->color(), closed);

        QPalette light = dark;
        light.setColor(QPalette::Window, QColor::fromRgb(0xf4, 0xf4, 0xf4));
        light.setColor(QPalette::WindowText, QColor::fromRgb(0x10, 0x10, 0x10));
        panel->setPalette(light);
        QCOMPARE(panel->handleTimeChart()->chart()->theme(), QChart::ChartThemeLight);
    }

    void paintsWithNoneAndOneRow_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("no rows") << 0;
        QTest::newRow("one handled row") << 1;
        QTest::newRow("one bot row") << 2;
        QTest::newRow("all rows") << 3;
    }

    void paintsWithNoneAndOneRow()
    {
        QFETCH(int, rows);
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        const std::vector<RowId> chosen = rows == 0 ? std::vector<RowId>{}
                                          : rows == 1 ? std::vector<RowId>{3}
                                          : rows == 2 ? std::vector<RowId>{12}
                                                      : all;
        auto panel = shownPanel();
        draw(*panel, store, chosen);
        const QList<ChartCard *> cards{panel->statusChart(), panel->handleTimeChart(), panel->volumeChart(),
                                       panel->agentChart(), panel->queueChart()};
        for (ChartCard *card : cards) {
            const QImage image = card->grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 0 && image.height() > 0);
        }
        QVERIFY(!panel->grab().toImage().isNull());
        if (rows == 1) {
            QCOMPARE(panel->statusChart()->total(), 1);
            QCOMPARE(panel->handleTimeChart()->medianSeconds(), 240);
            QCOMPARE(panel->volumeChart()->bucketStarts().size(), size_t(1));
        }
    }

    void rowsBeyondAClearedStoreAreIgnored()
    {
        RecordStore store;
        const std::vector<RowId> all = load(store, standardCalls());
        auto panel = shownPanel();
        panel->feed.setData(&store, all, QTimeZone::utc());
        store.clear();   // e.g. a new fetch started before the timer fired
        QVERIFY(panel->settle());
        QVERIFY(panel->statusChart()->isShowingEmptyState());
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
