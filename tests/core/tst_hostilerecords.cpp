// Records and pages crafted to make the parser, the statistics and the
// drill-down slow, huge or undefined (issue 8). Each case must end fast with
// a bounded result; the limits are those of docs/limits.md.

#include "calldetail.h"
#include "callstats.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::string_literals;

namespace {

std::vector<cs::RowId> allRows(const cs::RecordStore &store)
{
    std::vector<cs::RowId> rows;
    for (int i = 0; i < store.size(); ++i)
        rows.push_back(cs::RowId(i));
    return rows;
}

QByteArray pageOf(const QByteArray &records)
{
    return "{\"numResults\":1,\"data\":[" + records + "]}";
}

} // namespace

class TestHostileRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 8 MB of "0," used to become 4 million notices (695 MB).
    void pageOfMillionsOfElementsIsRefused()
    {
        QByteArray data = "0,"_ba.repeated(4'000'000);
        data.chop(1);
        QElapsedTimer timer;
        timer.start();
        const auto page = cs::parsePage(pageOf(data));
        QVERIFY(!page->ok());
        QVERIFY(page->overLimit);
        QVERIFY2(page->error.contains(u"more than 10000 elements"_s), qPrintable(page->error));
        QVERIFY(page->issues.empty() && page->records.empty());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void pageAtTheLimitIsRead()
    {
        QByteArray records;
        for (int i = 0; i < cs::kMaxElementsPerPage; ++i)
            records += (i ? ",{\"sessionId\":\"s"_ba : "{\"sessionId\":\"s"_ba) + QByteArray::number(i) + "\"}";
        const auto page = cs::parsePage(pageOf(records));
        QVERIFY2(page->ok(), qPrintable(page->error));
        QCOMPARE(int(page->records.size()), cs::kMaxElementsPerPage);
    }

    // 80,000 distinct dispositions took 8.2 s (a linear duplicate check each).
    void manyDistinctValuesStayLinear()
    {
        QByteArray values;
        for (int i = 0; i < 80'000; ++i)
            values += (i ? ",\"d"_ba : "\"d"_ba) + QByteArray::number(i) + '"';
        QByteArray agents;
        for (int i = 0; i < 80'000; ++i)
            agents += (i ? ",{\"destinationType\":\"AgentSegment\",\"name\":\"a"_ba : "{\"destinationType\":\"AgentSegment\",\"name\":\"a"_ba)
                      + QByteArray::number(i) + "\"}";
        QElapsedTimer timer;
        timer.start();
        const auto page = cs::parsePage(pageOf("{\"sessionId\":\"x\",\"dispositions\":[" + values + "],\"destinations\":["
                                               + agents + "]}"));
        QVERIFY2(page->ok(), qPrintable(page->error));
        const cs::CallFields &record = page->records.at(0);
        QCOMPARE(record.dispositions.size(), size_t(256));
        QCOMPARE(record.agents.size(), size_t(256));
        QCOMPARE(record.agentSegmentCount, 80'000);   // counted, just not all listed
        QCOMPARE(record.dispositions.front(), "d0"s);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // Durations of 1e15 s in many segments: the sums saturate instead of overflowing.
    void hugeDurationsSaturate()
    {
        QByteArray agents;
        for (int i = 0; i < 20'000; ++i)
            agents += (i ? ","_ba : ""_ba) + "{\"destinationType\":\"AgentSegment\",\"name\":\"a\",\"interactionDuration\":1e15,"
                      "\"holdDuration\":1e15,\"afterCallWorkDuration\":1e15}";
        agents += ",{\"destinationType\":\"AgentSegment\",\"name\":\"b\",\"interactionDuration\":-1e300}";
        const auto page = cs::parsePage(pageOf("{\"sessionId\":\"x\",\"destinations\":[" + agents + "]}"));
        QVERIFY2(page->ok(), qPrintable(page->error));
        const cs::CallFields &record = page->records.at(0);
        QCOMPARE(record.talkSeconds, std::numeric_limits<int>::max());
        QCOMPARE(record.handleSeconds(), std::numeric_limits<int>::max());
        cs::RecordStore store;
        store.append(*page, 0);
        QCOMPARE(store.handleSeconds(cs::RowId(0)), std::numeric_limits<int>::max());
        const auto histogram = cs::stats::handleTimeHistogram(store, allRows(store));
        QCOMPARE(histogram.rows, 1);
        QCOMPARE(cs::stats::averageHandleByAgent(store, allRows(store)).size(), qsizetype(2));
    }

    // Year 0001 and year 9999 made 3.65 million day buckets (21 s on the GUI thread).
    void volumeBucketsAreBounded()
    {
        cs::RecordStore store;
        store.append(*cs::parsePage(R"({"data":[{"sessionId":"a","sessionStartTime":"0001-01-01T00:00:00Z"},)"
                                    R"({"sessionId":"b","sessionStartTime":"9999-12-31T23:59:59Z"}]})"_ba), 0);
        QCOMPARE(store.size(), 2);
        QElapsedTimer timer;
        timer.start();
        for (const auto bucket : {cs::VolumeBucket::Hour, cs::VolumeBucket::Day}) {
            for (const char *zone : {"UTC", "America/New_York"}) {
                const cs::VolumeSeries series = cs::stats::volumeOverTime(store, allRows(store), bucket, QTimeZone(zone));
                QVERIFY(series.bucketStartUtc.size() <= size_t(cs::kMaxVolumeBuckets));
                QVERIFY(series.bucketStartUtc.size() >= size_t(cs::kMaxVolumeBuckets) - 2);
                QCOMPARE(series.bucket, cs::VolumeBucket::Day);
                QVERIFY(series.daysPerBucket > 1000);
                int total = 0;
                for (const auto &counts : series.counts)
                    for (int c : counts)
                        total += c;
                QCOMPARE(total, 2);   // both calls land in a bucket
            }
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void shortSpansKeepOneBarADay()
    {
        cs::RecordStore store;
        store.append(*cs::parsePage(R"({"data":[{"sessionId":"a","sessionStartTime":"2026-01-01T00:00:00Z"},)"
                                    R"({"sessionId":"b","sessionStartTime":"2026-03-01T00:00:00Z"}]})"_ba), 0);
        const cs::VolumeSeries series = cs::stats::volumeOverTime(store, allRows(store), cs::VolumeBucket::Day, QTimeZone::utc());
        QCOMPARE(series.daysPerBucket, 1);
        QCOMPARE(series.bucketStartUtc.size(), size_t(60));
    }

    // 1,000 levels deep around a large array: 805 million characters (2.4 GB) before.
    void deepRecordIsShownBounded()
    {
        constexpr int kDepth = 1000;
        const QByteArray array = "[" + "1,"_ba.repeated(200'000) + "1]";
        const QByteArray raw = "{\"sessionId\":\"x\",\"metaInfo\":" + "{\"a\":"_ba.repeated(kDepth) + array
                               + "}"_ba.repeated(kDepth) + "}";
        QElapsedTimer timer;
        timer.start();
        const QString pretty = cs::prettyJson(std::string_view(raw.constData(), size_t(raw.size())));
        QVERIFY2(pretty.size() < cs::kMaxPrettyJsonBytes + 1000, qPrintable(QString::number(pretty.size())));
        QVERIFY(pretty.startsWith(u"{\n    \"sessionId\": \"x\""_s));
        QVERIFY(pretty.endsWith(u"copies all of it.]"_s));
        const cs::DetailNode tree = cs::buildKeyValueTree(std::string_view(raw.constData(), size_t(raw.size())), {u"metaInfo"_s});
        QCOMPARE(tree.children.size(), qsizetype(1));
        int depth = 0;
        for (const cs::DetailNode *node = &tree.children.front(); !node->children.isEmpty(); node = &node->children.front())
            ++depth;
        QVERIFY2(depth <= cs::kMaxDetailTreeDepth, qPrintable(QString::number(depth)));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Deeper than Qt's 1,024 levels: the table still lists the call (simdjson
    // skips what it does not read), the drill-down shows the raw text.
    void tooDeepForTheDrillDown()
    {
        const QByteArray raw = "{\"sessionId\":\"x\",\"metaInfo\":" + "["_ba.repeated(5000) + "]"_ba.repeated(5000) + "}";
        const auto page = cs::parsePage(pageOf(raw));
        QVERIFY2(page->ok(), qPrintable(page->error));
        QCOMPARE(page->records.size(), size_t(1));
        const std::string_view view(raw.constData(), size_t(raw.size()));
        QString error;
        (void)cs::buildKeyValueTree(view, {u"metaInfo"_s}, &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(cs::prettyJson(view).size(), raw.size());   // shown as it is, unindented
    }

    void wideArrayInTheTreeIsCut()
    {
        const QByteArray raw = "{\"sessionId\":\"x\",\"metaInfo\":[" + "1,"_ba.repeated(50'000) + "1]}";
        const cs::DetailNode tree = cs::buildKeyValueTree(std::string_view(raw.constData(), size_t(raw.size())), {u"metaInfo"_s});
        const cs::DetailNode &array = tree.children.front();
        QCOMPARE(array.children.size(), qsizetype(cs::kMaxDetailChildren + 1));
        QVERIFY(array.children.back().value.contains(u"49001 more item"_s));
    }

    // The whole text of an ordinary record is shown, indented.
    void ordinaryRecordIsShownWhole()
    {
        const QByteArray raw = R"({"sessionId":"x","a":{"b":[1,2]}})";
        QCOMPARE(cs::prettyJson(std::string_view(raw.constData(), size_t(raw.size()))),
                 u"{\n    \"sessionId\": \"x\",\n    \"a\": {\n        \"b\": [\n            1,\n            2\n        ]\n    }\n}"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostileRecords)
#include "tst_hostilerecords.moc"
