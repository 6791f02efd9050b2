// Chart statistics on known data: status counts, handle-time histogram and
// percentiles, volume per local hour/day (DST days included), averages.

#include "callstats.h"
#include "viewtestdata.h"

#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

std::vector<RowId> allRows(const RecordStore &store)
{
    std::vector<RowId> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), RowId(0));
    return rows;
}

qint64 utcOf(const char *isoWithoutZone)
{
    QDateTime dt = QDateTime::fromString(QString::fromUtf8(isoWithoutZone), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt.toSecsSinceEpoch();
}

QString isoOf(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()).toString(Qt::ISODate).left(19);
}

// A handled call whose handle time is exactly `handle` seconds.
testdata::Call handledCall(int n, int handle, const QString &status = u"CLOSED"_s)
{
    testdata::Call call = testdata::fixtureCalls()[3];
    call.sessionId = u"h%1"_s.arg(n);
    call.finalStatus = status;
    call.segments = {{u"Billing"_s, u"ZOË ÅBERG"_s, handle, 0, 0}};
    return call;
}

testdata::Call callAt(int n, qint64 startUtc, const QString &status)
{
    testdata::Call call = handledCall(n, 60, status);
    call.start = isoOf(startUtc);
    call.end = isoOf(startUtc + 60);
    return call;
}

QList<int> labelsCounts(const QList<CountByLabel> &list, QStringList *labels)
{
    QList<int> counts;
    for (const CountByLabel &item : list) {
        labels->append(item.label);
        counts.append(item.count);
    }
    return counts;
}

} // namespace

class TestCallStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finalStatusCountsSortedByCount();
    void percentileIsNearestRank();
    void histogramAutoBin();
    void histogramExplicitBin();
    void histogramLastBinIsOpenEnded();
    void histogramOfNothing();
    void volumeByHourAcrossFallBack();
    void volumeByHourAcrossSpringForward();
    void volumeByDayUsesLocalMidnight();
    void volumeHourInHalfHourZone();
    void volumeSkipsRowsWithoutStart();
    void averageHandleByAgentAndQueue();

private:
    RecordStore m_fixture;
};

void TestCallStats::initTestCase()
{
    QCOMPARE(testdata::appendCalls(m_fixture, testdata::fixtureCalls()), 11);
}

void TestCallStats::finalStatusCountsSortedByCount()
{
    QStringList labels;
    const QList<int> counts = labelsCounts(stats::finalStatusCounts(m_fixture, allRows(m_fixture)), &labels);
    QCOMPARE(labels, (QStringList{u"CLOSED"_s, u"BotResolved"_s, u"USER ABANDONED"_s, u"TRANSFERRED"_s}));
    QCOMPARE(counts, (QList<int>{6, 2, 2, 1}));

    labels.clear();
    QCOMPARE(labelsCounts(stats::finalStatusCounts(m_fixture, {4, 0}), &labels), (QList<int>{1, 1}));
    QCOMPARE(labels, (QStringList{u"BotResolved"_s, u"TRANSFERRED"_s}));
    QVERIFY(stats::finalStatusCounts(m_fixture, {}).isEmpty());
}

void TestCallStats::percentileIsNearestRank()
{
    QCOMPARE(stats::percentile({}, 50), 0);
    QCOMPARE(stats::percentile({7}, 90), 7);
    const std::vector<int> tenShuffled{10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
    QCOMPARE(stats::percentile(tenShuffled, 50), 5);
    QCOMPARE(stats::percentile(tenShuffled, 90), 9);
    QCOMPARE(stats::percentile(tenShuffled, 91), 10);
    QCOMPARE(stats::percentile(tenShuffled, 100), 10);
    QCOMPARE(stats::percentile(tenShuffled, 0), 1);
    QCOMPARE(stats::percentile({4, 1, 3, 2}, 50), 2);
}

void TestCallStats::histogramAutoBin()
{
    RecordStore store;
    QList<testdata::Call> calls;
    const QList<int> handles{0, 30, 45, 60, 90, 120, 150, 200, 300, 600, 1200};
    for (int i = 0; i < handles.size(); ++i)
        calls.append(handledCall(i, handles[i]));
    calls.append(testdata::fixtureCalls()[0]);   // bot-only: not counted
    QCOMPARE(testdata::appendCalls(store, calls), 12);

    const HandleTimeHistogram h = stats::handleTimeHistogram(store, allRows(store));
    QCOMPARE(h.rows, 11);          // the zero-second call had an agent segment
    QCOMPARE(h.median, 120);       // 6th of 11
    QCOMPARE(h.p90, 600);          // 10th of 11
    QCOMPARE(h.binSeconds, 60);    // p99 = 1200: 30 s would need 41 bins
    std::vector<int> expected(21, 0);
    expected[0] = 3;
    expected[1] = 2;
    expected[2] = 2;
    expected[3] = 1;
    expected[5] = 1;
    expected[10] = 1;
    expected[20] = 1;
    QCOMPARE(h.counts, expected);
}

void TestCallStats::histogramExplicitBin()
{
    RecordStore store;
    QList<testdata::Call> calls;
    const QList<int> handles{0, 30, 45, 60, 90, 120, 150, 200, 300, 600, 1200};
    for (int i = 0; i < handles.size(); ++i)
        calls.append(handledCall(i, handles[i]));
    QCOMPARE(testdata::appendCalls(store, calls), 11);

    const HandleTimeHistogram h = stats::handleTimeHistogram(store, allRows(store), 300);
    QCOMPARE(h.binSeconds, 300);
    QCOMPARE(h.counts, (std::vector<int>{8, 1, 1, 0, 1}));
    QCOMPARE(h.median, 120);
}

void TestCallStats::histogramLastBinIsOpenEnded()
{
    RecordStore store;
    QList<testdata::Call> calls;
    for (int i = 1; i <= 99; ++i)
        calls.append(handledCall(i, i * 10));
    calls.append(handledCall(100, 100000));   // one outlier beyond the 99th percentile
    QCOMPARE(testdata::appendCalls(store, calls), 100);

    const HandleTimeHistogram h = stats::handleTimeHistogram(store, allRows(store));
    QCOMPARE(h.rows, 100);
    QCOMPARE(h.median, 500);
    QCOMPARE(h.p90, 900);
    QCOMPARE(h.binSeconds, 30);                 // p99 = 990 -> 34 bins
    QCOMPARE(int(h.counts.size()), 34);
    QCOMPARE(h.counts.front(), 2);              // 10, 20
    QCOMPARE(h.counts.back(), 2);               // 990 and the outlier
    QCOMPARE(std::accumulate(h.counts.begin(), h.counts.end(), 0), 100);
}

void TestCallStats::histogramOfNothing()
{
    const HandleTimeHistogram h = stats::handleTimeHistogram(m_fixture, {0, 9});   // bot-only rows
    QCOMPARE(h.rows, 0);
    QVERIFY(h.counts.empty());
    QCOMPARE(h.median, 0);
    QCOMPARE(h.p90, 0);
    QVERIFY(h.binSeconds > 0);
}

void TestCallStats::volumeByHourAcrossFallBack()
{
    // 2024-11-03 in New York: 00:00 EDT = 04:00Z to 00:00 EST on the 4th = 05:00Z (25 hours).
    RecordStore store;
    QList<testdata::Call> calls;
    const qint64 dayStart = utcOf("2024-11-03T04:00:00");
    for (int k = 0; k < 25; ++k)
        calls.append(callAt(k, dayStart + k * 3600 + 1800, k % 2 ? u"USER ABANDONED"_s : u"CLOSED"_s));
    calls.append(callAt(100, utcOf("2024-11-03T06:10:00"), u"CLOSED"_s));   // the second 01:xx (EST)
    calls.append(callAt(101, utcOf("2024-11-03T06:59:59"), u"CLOSED"_s));
    QCOMPARE(testdata::appendCalls(store, calls), 27);

    const QTimeZone newYork("America/New_York");
    QVERIFY(newYork.isValid());
    const VolumeSeries v = stats::volumeOverTime(store, allRows(store), VolumeBucket::Hour, newYork);
    QCOMPARE(v.bucket, VolumeBucket::Hour);
    QCOMPARE(int(v.bucketStartUtc.size()), 25);
    for (int k = 0; k < 25; ++k)
        QCOMPARE(v.bucketStartUtc[size_t(k)], dayStart + k * 3600);
    QCOMPARE(v.statuses, (QStringList{u"CLOSED"_s, u"USER ABANDONED"_s}));
    QCOMPARE(int(v.counts.size()), 2);
    QCOMPARE(v.counts[0][0], 1);
    QCOMPARE(v.counts[1][1], 1);   // 05:30Z = 01:30 EDT
    QCOMPARE(v.counts[0][1], 0);
    QCOMPARE(v.counts[0][2], 3);   // 06:30Z, 06:10Z, 06:59:59Z = 01:xx EST
    QCOMPARE(std::accumulate(v.counts[0].begin(), v.counts[0].end(), 0), 15);
    QCOMPARE(std::accumulate(v.counts[1].begin(), v.counts[1].end(), 0), 12);
}

void TestCallStats::volumeByHourAcrossSpringForward()
{
    // 2024-03-10 in New York: 05:00Z to 04:00Z on the 11th (23 hours).
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, {callAt(0, utcOf("2024-03-10T05:10:00"), u"CLOSED"_s),
                                           callAt(1, utcOf("2024-03-11T03:50:00"), u"CLOSED"_s)}),
             2);
    const VolumeSeries v = stats::volumeOverTime(store, allRows(store), VolumeBucket::Hour, QTimeZone("America/New_York"));
    QCOMPARE(int(v.bucketStartUtc.size()), 23);
    QCOMPARE(v.bucketStartUtc.front(), utcOf("2024-03-10T05:00:00"));
    QCOMPARE(v.bucketStartUtc.back(), utcOf("2024-03-11T03:00:00"));
    QCOMPARE(v.counts[0].front(), 1);
    QCOMPARE(v.counts[0].back(), 1);

    const VolumeSeries days = stats::volumeOverTime(store, allRows(store), VolumeBucket::Day, QTimeZone("America/New_York"));
    QCOMPARE(days.bucketStartUtc, (std::vector<qint64>{utcOf("2024-03-10T05:00:00")}));
    QCOMPARE(days.counts, (std::vector<std::vector<int>>{{2}}));
}

void TestCallStats::volumeByDayUsesLocalMidnight()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, {callAt(0, utcOf("2024-11-03T04:30:00"), u"CLOSED"_s),
                                           callAt(1, utcOf("2024-11-04T04:30:00"), u"CLOSED"_s),    // 23:30 EST on the 3rd
                                           callAt(2, utcOf("2024-11-04T05:30:00"), u"BotResolved"_s),   // 00:30 on the 4th
                                           callAt(3, utcOf("2024-11-06T12:00:00"), u"CLOSED"_s)}),
             4);
    const VolumeSeries v = stats::volumeOverTime(store, allRows(store), VolumeBucket::Day, QTimeZone("America/New_York"));
    QCOMPARE(v.bucket, VolumeBucket::Day);
    QCOMPARE(v.bucketStartUtc, (std::vector<qint64>{utcOf("2024-11-03T04:00:00"), utcOf("2024-11-04T05:00:00"),
                                                    utcOf("2024-11-05T05:00:00"), utcOf("2024-11-06T05:00:00")}));
    QCOMPARE(v.statuses, (QStringList{u"CLOSED"_s, u"BotResolved"_s}));
    QCOMPARE(v.counts, (std::vector<std::vector<int>>{{2, 0, 0, 1}, {0, 1, 0, 0}}));
}

void TestCallStats::volumeHourInHalfHourZone()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, {callAt(0, utcOf("2024-09-27T13:50:00"), u"CLOSED"_s),   // 19:20 IST
                                           callAt(1, utcOf("2024-09-27T14:35:00"), u"CLOSED"_s)}),  // 20:05 IST
             2);
    const VolumeSeries v = stats::volumeOverTime(store, allRows(store), VolumeBucket::Hour, QTimeZone("Asia/Kolkata"));
    QCOMPARE(v.bucketStartUtc, (std::vector<qint64>{utcOf("2024-09-27T13:30:00"), utcOf("2024-09-27T14:30:00")}));
    QCOMPARE(v.counts, (std::vector<std::vector<int>>{{1, 1}}));
}

void TestCallStats::volumeSkipsRowsWithoutStart()
{
    const VolumeSeries v = stats::volumeOverTime(m_fixture, allRows(m_fixture), VolumeBucket::Day, QTimeZone::utc());
    QCOMPARE(v.bucketStartUtc, (std::vector<qint64>{utcOf("2024-09-27T00:00:00"), utcOf("2024-09-28T00:00:00")}));
    // Row 9 (BotResolved) has no start time; ties in total order by label.
    QCOMPARE(v.statuses, (QStringList{u"CLOSED"_s, u"USER ABANDONED"_s, u"BotResolved"_s, u"TRANSFERRED"_s}));
    QCOMPARE(v.counts, (std::vector<std::vector<int>>{{5, 1}, {2, 0}, {1, 0}, {1, 0}}));

    const VolumeSeries hours = stats::volumeOverTime(m_fixture, allRows(m_fixture), VolumeBucket::Hour, QTimeZone::utc());
    QCOMPARE(int(hours.bucketStartUtc.size()), 21);   // 13:00 on the 27th .. 09:00 on the 28th

    const VolumeSeries none = stats::volumeOverTime(m_fixture, {9}, VolumeBucket::Hour, QTimeZone::utc());
    QVERIFY(none.bucketStartUtc.empty());
    QVERIFY(none.statuses.isEmpty());
    QVERIFY(none.counts.empty());
}

void TestCallStats::averageHandleByAgentAndQueue()
{
    const QList<AverageByLabel> agents = stats::averageHandleByAgent(m_fixture, allRows(m_fixture));
    QCOMPARE(agents.size(), 4);
    // Row 4 (630 s) lists John Steve and Ana Müller: each gets the whole call.
    const QStringList agentNames{u"Émile Zola"_s, u"Ana Müller"_s, u"John Steve"_s, u"ZOË ÅBERG"_s};
    const QList<double> agentAverages{730.0, 360.0, 341.5, 280.0};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(agents[i].label, agentNames[i]);
        QCOMPARE(agents[i].averageSeconds, agentAverages[i]);
        QCOMPARE(agents[i].calls, 2);
    }

    // Queue entries without an agent (rows 2, 6) have no handle time: not averaged.
    const QList<AverageByLabel> queues = stats::averageHandleByQueue(m_fixture, allRows(m_fixture));
    const QStringList queueNames{u"Tech Support"_s, u"Billing"_s, u"Queue 10"_s, u"Queue 9"_s, u"Default Queue"_s};
    const QList<double> queueAverages{1015.0, 495.0, 200.0, 60.0, 53.0};
    const QList<int> queueCalls{2, 2, 1, 1, 1};
    QCOMPARE(queues.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(queues[i].label, queueNames[i]);
        QCOMPARE(queues[i].averageSeconds, queueAverages[i]);
        QCOMPARE(queues[i].calls, queueCalls[i]);
    }
    QVERIFY(stats::averageHandleByAgent(m_fixture, {0, 2, 9}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCallStats)
#include "tst_callstats.moc"
