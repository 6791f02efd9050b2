// The ingest parser (recordparser.h) on the spec's sample response verbatim
// and on every record shape FACTS.md lists. tst_calldetail.cpp covers the
// drill-down tree built from a record's raw JSON; this file covers what the
// table, filters, statistics and CSV get: the extracted CallFields and the
// verbatim raw bytes. Damaged input is in tst_recordparserdamage.cpp.
#include "parsertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace parsertest;
using cs::CallFields;

class TestRecordParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specSampleFields();
    void specSampleRawIsVerbatim();
    void rawOutlivesCallersBuffer();
    void queueEntryShapes();
    void bareAgentSegmentIsADirectTransfer();
    void consultingAndJoinedAreNotSegments();
    void surveys_data();
    void surveys();
    void botOnlySession();
    void nullsAreAbsent();
    void numbersAsStringsAndStringsAsNumbers();
    void keyCaseVariantsAndFirstValueWins();
    void unknownFieldsAreIgnoredButKept();
    void unicode();
    void dispositionsAreCleaned();
    void timestamps();
};

void TestRecordParser::specSampleFields()
{
    const auto parsed = cs::parsePage(specSample());
    QVERIFY2(parsed->ok(), qPrintable(parsed->error));
    QVERIFY(parsed->issues.empty());
    QCOMPARE(parsed->numResults, 3);
    QCOMPARE(parsed->records.size(), size_t(3));

    // Record 1: a bot-only session; lower-case "reason" present but empty.
    const CallFields &bot = parsed->records[0];
    QCOMPARE(bot.sessionId, "66f6b83b9147ddd71d70xxxx");
    QCOMPARE(bot.conversationId, "");
    QCOMPARE(bot.channel, "agentassist");
    QCOMPARE(bot.smartStatus, "CLOSED AT BOT");
    QCOMPARE(bot.finalStatus, "BotResolved");
    QCOMPARE(bot.reason, "");
    QCOMPARE(bot.direction, "");
    QCOMPARE(bot.botId, "st-e19dd469-90f5-5655-b0b2-858de901xxxx");
    QCOMPARE(bot.userId, "u-2ee7ff98-eef3-5cf7-8f5c-379970c9xxxx");
    QCOMPARE(bot.startSeconds, naive("2024-09-27T13:50:51"));
    QCOMPARE(bot.endSeconds, naive("2024-09-27T13:50:51"));
    QVERIFY(!bot.startIsUtc);
    QCOMPARE(bot.destinationCount, 0);
    QCOMPARE(bot.agentSegmentCount, 0);
    QVERIFY(bot.queues.empty() && bot.agents.empty() && bot.dispositions.empty());
    QCOMPARE(bot.handleSeconds(), 0);

    // Record 2: "Reason", "Direction"; a queue without queueName (the id
    // stands in) answered by one agent with talk, hold and after-call work.
    const CallFields &campaign = parsed->records[1];
    QCOMPARE(campaign.sessionId, "66f6b828873ee3868e8dxxxx");
    QCOMPARE(campaign.conversationId, "c-c9d0a98-945b-4b3e-968a-48426134xxxx");
    QCOMPARE(campaign.channel, "campaign");
    QCOMPARE(campaign.reason, "Default Queue:John Steve");
    QCOMPARE(campaign.direction, "Outbound");
    QCOMPARE(campaign.isVoicemail, "NO");
    QCOMPARE(campaign.finalStatus, "USER ABANDONED");
    QCOMPARE(campaign.smartStatus, "ABANDONED WITH AGENT");
    // The top-level userId, not metaInfo.userId (same value here, but read
    // from the right place: metaInfo comes first in the record).
    QCOMPARE(campaign.userId, "u-79edf186-d163-5a5e-bd4f-391d0f4dxxxx");
    QCOMPARE(campaign.sessionStartTime, "2024-09-27T13:50:32");
    QCOMPARE(campaign.sessionEndTime, "2024-09-27T13:51:06");
    QCOMPARE(campaign.endSeconds - campaign.startSeconds, 34);
    QCOMPARE(campaign.queues, strings({"qu-18e471e-a77e-4a93-826e-39ae946axxxx"}));
    QCOMPARE(campaign.agents, strings({"John Steve"}));
    QCOMPARE(campaign.dispositions, strings({"Requires Supervisor Attention"}));
    QCOMPARE(campaign.talkSeconds, 34);
    QCOMPARE(campaign.holdSeconds, 15);
    QCOMPARE(campaign.afterCallWorkSeconds, 4);
    QCOMPARE(campaign.handleSeconds(), 53);
    QCOMPARE(campaign.waitSeconds, 0);            // no EnterTime
    QCOMPARE(campaign.destinationCount, 1);
    QCOMPARE(campaign.agentSegmentCount, 1);
    QCOMPARE(campaign.csatScore, cs::kNoScore);

    // Record 3: a named queue with EnterTime; hold and ACW absent.
    const CallFields &rtm = parsed->records[2];
    QCOMPARE(rtm.sessionId, "66f6b3fe3fd2da9b05f7xxxx");
    QCOMPARE(rtm.channel, "rtm");
    QCOMPARE(rtm.reason, "NO AGENTS AVAILABLE");
    QCOMPARE(rtm.direction, "Inbound");
    QCOMPARE(rtm.queues, strings({"Default Queue"}));
    QCOMPARE(rtm.agents, strings({"John Steve"}));
    QCOMPARE(rtm.dispositions, strings({"DROP-OFF"}));
    QCOMPARE(rtm.talkSeconds, 545);
    QCOMPARE(rtm.holdSeconds, 0);
    QCOMPARE(rtm.afterCallWorkSeconds, 0);
    QCOMPARE(rtm.handleSeconds(), 545);
    QCOMPARE(rtm.waitSeconds, 1);                 // EnterTime 13:33:01 -> assignedAt 13:33:02
    QCOMPARE(rtm.startSeconds, naive("2024-09-27T13:32:46"));
    QCOMPARE(rtm.endSeconds, naive("2024-09-27T13:42:13"));
}

void TestRecordParser::specSampleRawIsVerbatim()
{
    const QByteArray body = specSample();
    const auto parsed = cs::parsePage(body);
    QVERIFY(parsed->ok());
    const std::vector<Span> spans = dataElementSpans(body);
    QCOMPARE(spans.size(), size_t(3));
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(u"data"_s).toArray();
    for (size_t i = 0; i < 3; ++i) {
        const std::string_view raw = parsed->records[i].raw;
        // Points into the page's own body, at exactly the record's bytes.
        const char *base = parsed->body.constData();
        QVERIFY(raw.data() >= base && raw.data() + raw.size() <= base + parsed->body.size());
        QCOMPARE(qsizetype(raw.data() - base), spans[i].begin);
        QCOMPARE(qsizetype(raw.size()), spans[i].length);
        const QByteArray rawBytes(raw.data(), qsizetype(raw.size()));
        QCOMPARE(rawBytes, body.mid(spans[i].begin, spans[i].length));
        QVERIFY(rawBytes.startsWith('{') && rawBytes.endsWith('}'));   // no trailing whitespace
        // And it is the same JSON value as the element QJsonDocument sees.
        QCOMPARE(QJsonDocument::fromJson(rawBytes).object(), data.at(qsizetype(i)).toObject());
    }
}

void TestRecordParser::rawOutlivesCallersBuffer()
{
    // parsePage takes the body by value: the caller may change or drop its
    // copy, the page's views stay on the page's own bytes.
    QByteArray body = page({R"({"sessionId":"keep-me","channel":"voice"})"});
    const auto parsed = cs::parsePage(body);
    body.fill('x');
    body.clear();
    QCOMPARE(parsed->records.size(), size_t(1));
    QCOMPARE(QByteArrayView(parsed->records[0].raw), QByteArrayView(R"({"sessionId":"keep-me","channel":"voice"})"));
}

void TestRecordParser::queueEntryShapes()
{
    // Three QueueEntries: answered after two agents did not respond; abandoned
    // with only non-responders; a second visit to the first queue. Only
    // respondingAgents are segments and agents; queues are de-duplicated.
    const CallFields f = one(R"({"sessionId":"q1","destinations":[
        {"destinationType":"QueueEntry","queueId":"qu-1","queueName":"Sales","EnterTime":"2024-01-01T10:00:00",
         "CallbackOpted":false,
         "nonRespondingAgents":[{"agentId":"u-ann","name":"Ann","interactionDuration":99,"nonResponseEvent":"Ignored"},
                                {"agentId":"u-bob","nonResponseEvent":"Supervisor Reassigned"}],
         "respondingAgent":{"agentId":"u-carl","name":"Carl","assignedAt":"2024-01-01T10:00:40",
                            "acceptedTime":"2024-01-01T10:00:45","interactionDuration":100,"holdDuration":20,
                            "afterCallWorkDuration":30,"status":"Answered"}},
        {"destinationType":"QueueEntry","queueId":"qu-2","queueName":"Billing","EnterTime":"2024-01-01T10:05:00",
         "nonRespondingAgents":[{"agentId":"u-dan","name":"Dan","nonResponseEvent":"Ignored"}]},
        {"destinationType":"QueueEntry","queueId":"qu-1","queueName":"Sales","EnterTime":"2024-01-01T10:06:00",
         "respondingAgent":{"agentId":"u-eve","name":"Eve","acceptedTime":"2024-01-01T10:06:10",
                            "interactionDuration":"50"}}]})"_ba);
    QCOMPARE(f.sessionId, "q1");
    QCOMPARE(f.destinationCount, 3);
    QCOMPARE(f.queues, strings({"Sales", "Billing"}));
    QCOMPARE(f.agents, strings({"Carl", "Eve"}));     // not Ann, Bob, Dan
    QCOMPARE(f.agentSegmentCount, 2);
    QCOMPARE(f.talkSeconds, 150);                      // 100 + 50; Ann's 99 is not talk
    QCOMPARE(f.holdSeconds, 20);
    QCOMPARE(f.afterCallWorkSeconds, 30);
    QCOMPARE(f.handleSeconds(), 200);
    QCOMPARE(f.waitSeconds, 40 + 10);                  // assignedAt, else acceptedTime

    // A queue entry without destinationType is still recognised by its
    // queue fields; an agent known only by id is listed by id.
    const CallFields untyped = one(R"({"sessionId":"q2","destinations":[
        {"queueId":"qu-9","respondingAgent":{"agentId":"u-only-id","interactionDuration":5}}]})"_ba);
    QCOMPARE(untyped.queues, strings({"qu-9"}));
    QCOMPARE(untyped.agents, strings({"u-only-id"}));
    QCOMPARE(untyped.talkSeconds, 5);
}

void TestRecordParser::bareAgentSegmentIsADirectTransfer()
{
    // A queue, then a direct transfer to an agent (no queue of its own).
    const CallFields f = one(R"({"sessionId":"a1","destinations":[
        {"destinationType":"QueueEntry","queueName":"Sales",
         "respondingAgent":{"name":"Carl","interactionDuration":60,"destinationType":"AgentSegment"}},
        {"destinationType":"AgentSegment","agentId":"u-eve","name":"Eve","status":"Answered",
         "interactionDuration":61,"holdDuration":7,"afterCallWorkDuration":3600}]})"_ba);
    QCOMPARE(f.destinationCount, 2);
    QCOMPARE(f.queues, strings({"Sales"}));
    QCOMPARE(f.agents, strings({"Carl", "Eve"}));
    QCOMPARE(f.agentSegmentCount, 2);
    QCOMPARE(f.talkSeconds, 121);
    QCOMPARE(f.holdSeconds, 7);
    QCOMPARE(f.afterCallWorkSeconds, 3600);

    // Only bare segments: no queue at all; the same agent twice is one name
    // but two segments.
    const CallFields direct = one(R"({"sessionId":"a2","destinations":[
        {"destinationType":"AgentSegment","name":"Eve","interactionDuration":10},
        {"destinationType":"agentsegment","name":"Eve","interactionDuration":20}]})"_ba);
    QVERIFY(direct.queues.empty());
    QCOMPARE(direct.agents, strings({"Eve"}));
    QCOMPARE(direct.agentSegmentCount, 2);
    QCOMPARE(direct.talkSeconds, 30);
}

void TestRecordParser::consultingAndJoinedAreNotSegments()
{
    // Consulted agents and supervisors who joined have names and times of
    // their own; they are neither the call's agents nor part of its handle time.
    const CallFields f = one(R"({"sessionId":"c1","destinations":[
        {"destinationType":"QueueEntry","queueName":"Support",
         "respondingAgent":{"name":"Carl","interactionDuration":300,
            "ConsultingAgents":[{"name":"Dora","acceptedTime":"2024-01-01T10:02:10","assignedAt":"2024-01-01T10:02:00",
                                 "consultingEndTime":"2024-01-01T10:03:20","isMerged":true,"interactionDuration":70}],
            "JoinedUsers":[{"agentId":"u-sup","name":"Sue Supervisor","joinedAt":"2024-01-01T10:04:00",
                            "end":"2024-01-01T10:05:30"}]}},
        {"destinationType":"AgentSegment","name":"Eve","interactionDuration":10,
         "ConsultingAgents":[{"name":"Finn","interactionDuration":500}],
         "JoinedUsers":[{"name":"Gus","holdDuration":400}]}]})"_ba);
    QCOMPARE(f.agents, strings({"Carl", "Eve"}));
    QCOMPARE(f.agentSegmentCount, 2);
    QCOMPARE(f.talkSeconds, 310);
    QCOMPARE(f.holdSeconds, 0);
}

void TestRecordParser::surveys_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("csat");
    QTest::addColumn<int>("nps");
    QTest::addColumn<int>("likeDislike");
    const int none = cs::kNoScore;
    QTest::newRow("csat") << R"("surveyType":"csat","csatScore":4,"csatFeedback":"Great")"_ba << 4 << none << none;
    QTest::newRow("nps zero") << R"("surveyType":"nps","npsScore":0)"_ba << none << 0 << none;
    QTest::newRow("nps ten as string") << R"("surveyType":"nps","npsScore":"10")"_ba << none << 10 << none;
    QTest::newRow("likeDislike") << R"("surveyType":"likeDislike","likeDislikeScore":1)"_ba << none << none << 1;
    QTest::newRow("fraction rounds") << R"("csatScore":4.6)"_ba << 5 << none << none;
    QTest::newRow("all three, odd case") << R"("CSATScore":2,"NpsScore":7,"likedislikescore":0)"_ba << 2 << 7 << 0;
    QTest::newRow("null and junk") << R"("csatScore":null,"npsScore":"n/a","likeDislikeScore":{})"_ba
                                   << none << none << none;
    QTest::newRow("negative is no score") << R"("csatScore":-1)"_ba << none << none << none;
    QTest::newRow("absent") << QByteArray(R"("surveyType":"csat")") << none << none << none;
}

void TestRecordParser::surveys()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, csat);
    QFETCH(int, nps);
    QFETCH(int, likeDislike);
    const CallFields f = one("{\"sessionId\":\"s\"," + fields + "}");
    QCOMPARE(f.sessionId, "s");
    QCOMPARE(f.csatScore, csat);
    QCOMPARE(f.npsScore, nps);
    QCOMPARE(f.likeDislikeScore, likeDislike);
}

void TestRecordParser::botOnlySession()
{
    // No conversationId, destinations or dispositions; appId stands in for botId.
    const CallFields f = one(R"({"sessionId":"b1","channel":"rtm","appId":"st-app","smartStatus":"CLOSED AT BOT",
        "finalStatus":"BotResolved","sessionStartTime":"2024-09-27T13:50:51","sessionEndTime":"2024-09-27T13:52:00"})"_ba);
    QCOMPARE(f.conversationId, "");
    QCOMPARE(f.botId, "st-app");
    QCOMPARE(f.destinationCount, 0);
    QCOMPARE(f.agentSegmentCount, 0);
    QVERIFY(f.dispositions.empty());
    QCOMPARE(f.endSeconds - f.startSeconds, 69);

    // botId wins over appId whichever comes first.
    QCOMPARE(one(R"({"appId":"st-app","sessionId":"b2","botId":"st-bot"})"_ba).botId, "st-bot");
}

void TestRecordParser::nullsAreAbsent()
{
    const CallFields f = one(R"({"sessionId":"n1","conversationId":null,"channel":null,"finalStatus":null,
        "Reason":null,"Direction":null,"isVoicemail":null,"sessionStartTime":null,"sessionEndTime":null,
        "dispositions":null,"destinations":null,"csatScore":null})"_ba);
    QCOMPARE(f.sessionId, "n1");
    QVERIFY(f.conversationId.empty() && f.channel.empty() && f.finalStatus.empty() && f.reason.empty());
    QVERIFY(f.direction.empty() && f.isVoicemail.empty());
    QCOMPARE(f.startSeconds, cs::kNoTime);
    QCOMPARE(f.endSeconds, cs::kNoTime);
    QCOMPARE(f.destinationCount, 0);
    QCOMPARE(f.csatScore, cs::kNoScore);

    // Nulls inside destinations: skipped entries, null agent, null durations.
    const CallFields g = one(R"({"sessionId":"n2","destinations":[null,42,"x",
        {"destinationType":"QueueEntry","queueName":null,"queueId":"qu-1","respondingAgent":null},
        {"destinationType":"QueueEntry","queueName":"Sales","respondingAgent":{"name":null,"agentId":"u-x",
         "interactionDuration":null,"holdDuration":null}}],"dispositions":[null,"OK",null]})"_ba);
    QCOMPARE(g.destinationCount, 2);                   // only the objects count
    QCOMPARE(g.queues, strings({"qu-1", "Sales"}));
    QCOMPARE(g.agents, strings({"u-x"}));
    QCOMPARE(g.agentSegmentCount, 1);
    QCOMPARE(g.talkSeconds, 0);
    QCOMPARE(g.dispositions, strings({"OK"}));
}

void TestRecordParser::numbersAsStringsAndStringsAsNumbers()
{
    const CallFields f = one(R"({"sessionId":12345,"conversationId":"c-1","isVoicemail":false,"finalStatus":7,
        "destinations":[{"destinationType":"AgentSegment","name":"Eve","interactionDuration":"34",
         "holdDuration":" 15 ","afterCallWorkDuration":"+4","status":"Answered"},
         {"destinationType":"AgentSegment","name":"Finn","interactionDuration":"n/a","holdDuration":"1e1",
          "afterCallWorkDuration":2.5}],"npsScore":"9"})"_ba);
    QCOMPARE(f.sessionId, "12345");      // a numeric id is kept as its text
    QCOMPARE(f.isVoicemail, "false");
    QCOMPARE(f.finalStatus, "7");
    QCOMPARE(f.talkSeconds, 34);         // "n/a" adds nothing
    QCOMPARE(f.holdSeconds, 15 + 10);
    QCOMPARE(f.afterCallWorkSeconds, 4 + 3);   // 2.5 rounds half away from zero
    QCOMPARE(f.npsScore, 9);
}

void TestRecordParser::keyCaseVariantsAndFirstValueWins()
{
    // "reason" is empty in the spec's record 1; a later "Reason" then fills it.
    QCOMPARE(one(R"({"sessionId":"k1","reason":"","Reason":"NO AGENTS AVAILABLE"})"_ba).reason, "NO AGENTS AVAILABLE");
    // Both set: the first one wins, whatever its case.
    QCOMPARE(one(R"({"sessionId":"k2","Reason":"first","reason":"second"})"_ba).reason, "first");
    const CallFields f = one(R"({"SESSIONID":"k3","direction":"Inbound","Direction":"Outbound",
        "CHANNEL":"voice","FinalStatus":"CLOSED","destinations":[{"DestinationType":"QUEUEENTRY",
        "QueueName":"Sales","enterTime":"2024-01-01T10:00:00","RespondingAgent":{"NAME":"Carl",
        "AssignedAt":"2024-01-01T10:00:30","InteractionDuration":9}}]})"_ba);
    QCOMPARE(f.sessionId, "k3");
    QCOMPARE(f.direction, "Inbound");
    QCOMPARE(f.channel, "voice");
    QCOMPARE(f.finalStatus, "CLOSED");
    QCOMPARE(f.queues, strings({"Sales"}));
    QCOMPARE(f.agents, strings({"Carl"}));
    QCOMPARE(f.talkSeconds, 9);
    QCOMPARE(f.waitSeconds, 30);
}

void TestRecordParser::unknownFieldsAreIgnoredButKept()
{
    // Unknown objects first, holding keys that look like ours: they must not
    // be read as the record's own fields.
    const QByteArray record = R"({"metaInfo":{"sessionId":"WRONG","channel":"WRONG","destinations":[{"queueName":"WRONG"}]},
        "customerinfo":{"tier":"gold","name":"WRONG"},"sessionleveltags":[{"name":"vip","value":"yes"}],
        "skills":["Billing"],"automationBotIDs":["st-1"],"errorDetails":null,"newFieldFrom2027":[1,{"a":[true]}],
        "sessionId":"u1","channel":"voice","destinations":[{"destinationType":"QueueEntry","queueName":"Sales",
        "futureField":{"respondingAgent":{"name":"WRONG","interactionDuration":999}},
        "respondingAgent":{"name":"Carl","futureAgentField":{"name":"WRONG"},"interactionDuration":1}}]})"_ba;
    const auto parsed = cs::parsePage(page({record}));
    QVERIFY(parsed->ok());
    QCOMPARE(parsed->records.size(), size_t(1));
    const CallFields &f = parsed->records[0];
    QCOMPARE(f.sessionId, "u1");
    QCOMPARE(f.channel, "voice");
    QCOMPARE(f.queues, strings({"Sales"}));
    QCOMPARE(f.agents, strings({"Carl"}));
    QCOMPARE(f.talkSeconds, 1);
    QCOMPARE(f.destinationCount, 1);
    // Nothing is lost: the raw JSON is the record, byte for byte.
    QCOMPARE(QByteArrayView(f.raw), QByteArrayView(record));
}

void TestRecordParser::unicode()
{
    // UTF-8 as sent, and \u escapes (including a surrogate pair) decoded to UTF-8.
    const QByteArray record = "{\"sessionId\":\"uni-1\",\"Reason\":\"Cola llena \\u2013 \\ud83d\\ude00\","
                              "\"destinations\":[{\"destinationType\":\"QueueEntry\",\"queueName\":\"カスタマーサポート東京\","
                              "\"respondingAgent\":{\"name\":\"Zo\\u00eb \\u00c5ngstr\\u00f6m\"}},"
                              "{\"destinationType\":\"AgentSegment\",\"name\":\"محمد العلي\"}],"
                              "\"dispositions\":[\"R\\u00e9solu \\\"ok\\\"\\n2\"]}"_ba;
    const auto parsed = cs::parsePage(page({record}));
    QVERIFY(parsed->ok());
    QCOMPARE(parsed->records.size(), size_t(1));
    const CallFields &f = parsed->records[0];
    QCOMPARE(QString::fromStdString(f.reason), u"Cola llena \u2013 \U0001F600"_s);
    QCOMPARE(QString::fromStdString(f.queues.at(0)), u"カスタマーサポート東京"_s);
    QCOMPARE(QString::fromStdString(f.agents.at(0)), u"Zoë Ångström"_s);
    QCOMPARE(QString::fromStdString(f.agents.at(1)), u"محمد العلي"_s);
    QCOMPARE(QString::fromStdString(f.dispositions.at(0)), u"Résolu \"ok\"\n2"_s);
    QCOMPARE(QByteArrayView(f.raw), QByteArrayView(record));   // escapes stay escaped in raw
}

void TestRecordParser::dispositionsAreCleaned()
{
    QCOMPARE(one(R"({"sessionId":"d1","dispositions":["A","","B","A",null,7]})"_ba).dispositions,
             strings({"A", "B", "7"}));
    QCOMPARE(one(R"({"sessionId":"d2","dispositions":"ESCALATED"})"_ba).dispositions, strings({"ESCALATED"}));
    QVERIFY(one(R"({"sessionId":"d3","dispositions":{"code":"X"}})"_ba).dispositions.empty());
}

void TestRecordParser::timestamps()
{
    const CallFields f = one(R"({"sessionId":"t1","sessionStartTime":"2026-02-16T14:06:41.807Z",
        "sessionEndTime":"2026-02-16 14:10:00"})"_ba);
    QCOMPARE(f.sessionStartTime, "2026-02-16T14:06:41.807Z");   // text kept as sent
    QVERIFY(f.startIsUtc);
    QCOMPARE(f.startSeconds, naive("2026-02-16T14:06:41"));
    QVERIFY(!f.endIsUtc);
    QCOMPARE(f.endSeconds, naive("2026-02-16T14:10:00"));

    const CallFields bad = one(R"({"sessionId":"t2","sessionStartTime":"yesterday","sessionEndTime":""})"_ba);
    QCOMPARE(bad.sessionStartTime, "yesterday");
    QCOMPARE(bad.startSeconds, cs::kNoTime);
    QCOMPARE(bad.endSeconds, cs::kNoTime);
}

QTEST_GUILESS_MAIN(TestRecordParser)
#include "tst_recordparser.moc"
