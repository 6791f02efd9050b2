// The ingest parser (recordparser.h) on damaged input: a record that cannot
// be used is reported with its position and skipped while the rest of its
// page is kept; page-level damage (truncated, not JSON, no data array, HTML)
// invalidates the whole page. Also parseApiTime's formats and the
// single-record parser used for snapshots.
#include "parsertestutil.h"

using namespace Qt::StringLiterals;
using namespace parsertest;
using cs::CallFields;

class TestRecordParserDamage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseApiTimeFormats_data();
    void parseApiTimeFormats();
    void badRecordsAreSkippedWithTheirPosition();
    void pageLevelDamage_data();
    void pageLevelDamage();
    void parserRecoversAfterDamage();
    void numResultsIsKeptAsSent();
    void singleRecordParser();
};

void TestRecordParserDamage::parseApiTimeFormats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("utc");
    const qint64 base = naive("2024-09-27T13:50:51");
    QTest::newRow("api") << "2024-09-27T13:50:51"_ba << base << false;
    QTest::newRow("request form") << "2024-09-27 13:50:51"_ba << base << false;
    QTest::newRow("spec's doc form") << "2023/01/10 2:25:54"_ba << naive("2023-01-10T02:25:54") << false;
    QTest::newRow("Z with ms") << "2026-02-16T14:06:41.807Z"_ba << naive("2026-02-16T14:06:41") << true;
    QTest::newRow("+05:30") << "2024-09-27T19:20:51+05:30"_ba << base << true;
    QTest::newRow("bare date") << "2024-09-27"_ba << naive("2024-09-27T00:00:00") << false;
    QTest::newRow("leap day") << "2024-02-29T00:00:00"_ba << naive("2024-02-29T00:00:00") << false;
    QTest::newRow("not a leap day") << "2023-02-29T00:00:00"_ba << cs::kNoTime << false;
    QTest::newRow("hour 24") << "2024-09-27T24:00:00"_ba << cs::kNoTime << false;
    QTest::newRow("junk after") << "2024-09-27T13:50:51 nonsense"_ba << cs::kNoTime << false;
    QTest::newRow("empty") << QByteArray() << cs::kNoTime << false;
    QTest::newRow("words") << "yesterday"_ba << cs::kNoTime << false;
}

void TestRecordParserDamage::parseApiTimeFormats()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, seconds);
    QFETCH(bool, utc);
    bool isUtc = !utc;
    QCOMPARE(cs::parseApiTime(std::string_view(text.constData(), size_t(text.size())), &isUtc), seconds);
    if (seconds != cs::kNoTime)
        QCOMPARE(isUtc, utc);
}

void TestRecordParserDamage::badRecordsAreSkippedWithTheirPosition()
{
    const QByteArray body = R"({"numResults":11,"data":[
        {"sessionId":"good-0","channel":"voice"},
        42,
        {"channel":"rtm","conversationId":"c-no-session"},
        "a string",
        null,
        [{"sessionId":"in-an-array"}],
        {"sessionId":{"id":"x"}},
        {"sessionId":""},
        {"sessionId":null,"channel":"voice"},
        true,
        {"sessionId":"good-10","metaInfo":{"sessionId":"nested"}}
    ]})"_ba;
    const auto parsed = cs::parsePage(body);
    QVERIFY2(parsed->ok(), qPrintable(parsed->error));
    QCOMPARE(parsed->records.size(), size_t(2));
    QCOMPARE(parsed->records[0].sessionId, "good-0");
    QCOMPARE(parsed->records[1].sessionId, "good-10");
    // The good records' raw bytes are intact around the skipped ones.
    const std::vector<Span> spans = dataElementSpans(body);
    QCOMPARE(spans.size(), size_t(11));
    QCOMPARE(QByteArrayView(parsed->records[1].raw), QByteArrayView(body.mid(spans[10].begin, spans[10].length)));

    const std::vector<int> expectedIndex{1, 2, 3, 4, 5, 6, 7, 8, 9};
    QCOMPARE(parsed->issues.size(), expectedIndex.size());
    for (size_t i = 0; i < expectedIndex.size(); ++i) {
        const cs::ParseIssue &issue = parsed->issues[i];
        QCOMPARE(issue.index, expectedIndex[i]);
        QVERIFY2(issue.message.startsWith(u"data[%1]"_s.arg(issue.index)), qPrintable(issue.message));
    }
    QVERIFY(parsed->issues[0].message.contains(u"a number"));
    QVERIFY(parsed->issues[1].message.contains(u"no sessionId"));
    QVERIFY(parsed->issues[3].message.contains(u"null"));
    QVERIFY(parsed->issues[4].message.contains(u"an array"));
    QVERIFY(parsed->issues[5].message.contains(u"not a string"));
}

void TestRecordParserDamage::pageLevelDamage_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray sample = specSample();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated in half") << sample.left(sample.size() / 2);
    QTest::newRow("truncated in a string") << sample.left(sample.indexOf("John Steve") + 4);
    QTest::newRow("truncated after data") << sample.left(sample.lastIndexOf(']') + 1);
    QTest::newRow("plain text") << "Bad Gateway"_ba;
    QTest::newRow("html") << "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body></body></html>"_ba;
    QTest::newRow("no data") << R"({"numResults":0})"_ba;
    QTest::newRow("data is an object") << R"({"data":{"sessionId":"x"}})"_ba;
    QTest::newRow("data is null") << R"({"data":null})"_ba;
    QTest::newRow("root is an array") << R"([{"sessionId":"x"}])"_ba;
    QTest::newRow("root is a string") << R"("data")"_ba;
    QTest::newRow("trailing garbage") << R"({"data":[{"sessionId":"x"}]} {"data":[]})"_ba;
    QTest::newRow("trailing comma") << R"({"data":[{"sessionId":"x"},]})"_ba;
    QTest::newRow("missing comma in a record") << R"({"data":[{"sessionId":"x" "channel":"voice"}]})"_ba;
    QTest::newRow("unterminated record") << R"({"data":[{"sessionId":"x","channel":"voice"]})"_ba;
}

void TestRecordParserDamage::pageLevelDamage()
{
    QFETCH(QByteArray, body);
    const auto parsed = cs::parsePage(body);
    QVERIFY(!parsed->ok());
    QVERIFY(!parsed->error.isEmpty());
    // Never a part of a damaged page: the engine retries the whole page.
    QVERIFY(parsed->records.empty());
    QVERIFY(parsed->issues.empty());
    QVERIFY2(!parsed->error.contains(u'\n'), qPrintable(parsed->error));   // one log line
}

void TestRecordParserDamage::parserRecoversAfterDamage()
{
    // The thread's parser is reused: a damaged page must not spoil the next.
    QVERIFY(!cs::parsePage(specSample().left(1000))->ok());
    QVERIFY(!cs::parsePage("<html>"_ba)->ok());
    const auto parsed = cs::parsePage(specSample());
    QVERIFY(parsed->ok());
    QCOMPARE(parsed->records.size(), size_t(3));
    QCOMPARE(parsed->records[2].talkSeconds, 545);
}

void TestRecordParserDamage::numResultsIsKeptAsSent()
{
    // FACTS.md: numResults is not a reliable total (10 while data holds 2).
    auto parsed = cs::parsePage(R"({"numResults":10,"data":[{"sessionId":"a"},{"sessionId":"b"}]})"_ba);
    QCOMPARE(parsed->numResults, 10);
    QCOMPARE(parsed->records.size(), size_t(2));
    QCOMPARE(cs::parsePage(R"({"data":[],"numResults":"7"})"_ba)->numResults, 7);
    parsed = cs::parsePage(R"({"data":[]})"_ba);
    QVERIFY(parsed->ok());
    QCOMPARE(parsed->numResults, -1);
    QVERIFY(parsed->records.empty());
}

void TestRecordParserDamage::singleRecordParser()
{
    cs::RecordParser parser;
    CallFields f;
    QString error;
    const std::string full = R"({"sessionId":"r1","channel":"voice","Reason":"X","dispositions":["A"],
        "destinations":[{"destinationType":"AgentSegment","name":"Eve","interactionDuration":5}]})";
    QVERIFY2(parser.parse(full, f, &error), qPrintable(error));
    QCOMPARE(f.sessionId, "r1");
    QCOMPARE(f.agents, strings({"Eve"}));
    QCOMPARE(f.raw.data(), full.data());   // views the caller's text
    QCOMPARE(f.raw.size(), full.size());

    // Reuse: nothing of the previous record leaks into the next.
    QVERIFY(parser.parse(R"({"sessionId":"r2"})", f, &error));
    QCOMPARE(f.sessionId, "r2");
    QVERIFY(f.channel.empty() && f.reason.empty() && f.agents.empty() && f.dispositions.empty());
    QCOMPARE(f.talkSeconds, 0);
    QCOMPARE(f.destinationCount, 0);

    for (const char *bad : {R"({"channel":"voice"})", "[1]", "42", R"({"sessionId":"x"} junk)",
                            R"({"sessionId":"x")", ""}) {
        error.clear();
        QVERIFY2(!parser.parse(bad, f, &error), bad);
        QVERIFY2(!error.isEmpty(), bad);
        QVERIFY(f.sessionId.empty());
    }
    QVERIFY(parser.parse(R"({"sessionId":"r3"})", f, &error));   // still usable
    QCOMPARE(f.sessionId, "r3");
}

QTEST_GUILESS_MAIN(TestRecordParserDamage)
#include "tst_recordparserdamage.moc"
