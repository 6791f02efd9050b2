// The drill-down trees built from one record's JSON: the spec's sample records
// verbatim, and crafted records with the API's odd shapes.
#include "calldetail.h"
#include "durationformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cs::DetailNode;
using Kind = cs::DetailNode::Kind;

namespace {

QByteArray specRecord(int index)
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/spec_sample_response.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the spec sample");
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
    return QJsonDocument(data.at(index).toObject()).toJson(QJsonDocument::Compact);
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// The first child whose label starts with `prefix`; fails the test if none.
const DetailNode *child(const DetailNode &parent, const QString &prefix)
{
    for (const DetailNode &node : parent.children) {
        if (node.label.startsWith(prefix))
            return &node;
    }
    return nullptr;
}

QString valueOf(const DetailNode &parent, const QString &label)
{
    const DetailNode *node = child(parent, label);
    return node ? node->value : u"<missing %1>"_s.arg(label);
}

const DetailNode &destinations(const DetailNode &root)
{
    static const DetailNode empty;
    const DetailNode *section = child(root, u"Destinations"_s);
    return section ? *section : empty;
}

DetailNode tree(const QByteArray &json, int offsetMinutes = 0, const QTimeZone &zone = QTimeZone::utc())
{
    QString error;
    DetailNode root = cs::buildCallTree(view(json), zone, offsetMinutes, &error);
    if (!error.isEmpty())
        qWarning("unexpected error: %s", qPrintable(error));
    return root;
}

} // namespace

class TestCallDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatDuration_data();
    void formatDuration();
    void specRecord2AgentTimes();
    void specRecord2TimesConvertToZone();
    void specRecord3QueueWait();
    void specRecord1BotOnly();
    void outcomeSection();
    void nonRespondingConsultingJoined();
    void bareAgentSegmentIsDirectTransfer();
    void nullsStringsAndCaseVariants();
    void oddDestinationShapes();
    void absoluteTimesAreNotShifted();
    void brokenJsonGivesError_data();
    void brokenJsonGivesError();
    void keyValueTreeNests();
    void keyValueTreeNameValuePairsAndSurvey();
    void prettyJsonKeepsOrder();
    void prettyJsonLeavesInvalidTextAlone();
    void header();
};

void TestCallDetail::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00:00"_s;
    QTest::newRow("talk") << qint64(34) << u"0:00:34"_s;
    QTest::newRow("minutes") << qint64(545) << u"0:09:05"_s;
    QTest::newRow("hours") << qint64(3725) << u"1:02:05"_s;
    QTest::newRow("over a day") << qint64(27 * 3600) << u"27:00:00"_s;
    QTest::newRow("negative") << qint64(-5) << u"-0:00:05"_s;
}

void TestCallDetail::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(cs::formatDuration(seconds), text);
}

void TestCallDetail::specRecord2AgentTimes()
{
    const DetailNode root = tree(specRecord(1));
    const DetailNode &dest = destinations(root);
    QCOMPARE(dest.kind, Kind::Section);
    QCOMPARE(dest.children.size(), 1);
    const DetailNode &queue = dest.children.first();
    QCOMPARE(queue.kind, Kind::Queue);
    // No queueName in this record: the id stands in.
    QCOMPARE(queue.label, u"Queue: qu-18e471e-a77e-4a93-826e-39ae946axxxx"_s);
    QCOMPARE(queue.value, u"wait not recorded"_s);   // no EnterTime

    const DetailNode *agent = child(queue, u"Agent: "_s);
    QVERIFY(agent);
    QCOMPARE(agent->kind, Kind::Agent);
    QCOMPARE(agent->label, u"Agent: John Steve"_s);
    QVERIFY(agent->value.contains(u"Answered"));
    QVERIFY(agent->value.contains(u"mainaccount_staginguxo@mailinator.com"));
    QVERIFY(agent->toolTip.contains(u"u-fba6a2f9-26fb-5892-9216-bdea3704xxxx"));
    QCOMPARE(valueOf(*agent, u"Talk"_s), u"0:00:34"_s);
    QCOMPARE(valueOf(*agent, u"Hold"_s), u"0:00:15"_s);
    QCOMPARE(valueOf(*agent, u"After-call work"_s), u"0:00:04"_s);
    QCOMPARE(valueOf(*agent, u"After-call work ended"_s), u"2024-09-27 13:51:10"_s);
    QVERIFY(valueOf(*agent, u"Notes"_s).startsWith(u"The customer initiated a conversation"));
    // Empty ConsultingAgents / JoinedUsers add nothing; absent times are not invented.
    QVERIFY(!child(*agent, u"Consulted"_s));
    QVERIFY(!child(*agent, u"Joined"_s));
    QVERIFY(!child(*agent, u"Assigned"_s));
    QVERIFY(!child(*agent, u"First response"_s));
}

void TestCallDetail::specRecord2TimesConvertToZone()
{
    const QTimeZone kolkata("Asia/Kolkata");
    QVERIFY(kolkata.isValid());
    // Fetched with offset 0 (UTC wall clock), shown in India (UTC+5:30).
    DetailNode root = tree(specRecord(1), 0, kolkata);
    const DetailNode *agent = child(destinations(root).children.first(), u"Agent: "_s);
    QVERIFY(agent);
    const DetailNode *accepted = child(*agent, u"Accepted"_s);
    QVERIFY(accepted);
    QCOMPARE(accepted->value, u"2024-09-27 19:20:32"_s);
    QVERIFY(accepted->toolTip.contains(u"2024-09-27T13:50:32"));
    QVERIFY(accepted->toolTip.contains(u"UTC+00:00"));

    // Fetched with India's offset (-330, JavaScript sign): already wall-clock there.
    root = tree(specRecord(1), -330, kolkata);
    agent = child(destinations(root).children.first(), u"Agent: "_s);
    QCOMPARE(valueOf(*agent, u"Accepted"_s), u"2024-09-27 13:50:32"_s);
    QVERIFY(child(*agent, u"Accepted"_s)->toolTip.contains(u"UTC+05:30"));

    // Fetched for New York in summer (240) and shown in UTC.
    root = tree(specRecord(1), 240, QTimeZone::utc());
    agent = child(destinations(root).children.first(), u"Agent: "_s);
    QCOMPARE(valueOf(*agent, u"Accepted"_s), u"2024-09-27 17:50:32"_s);
}

void TestCallDetail::specRecord3QueueWait()
{
    const DetailNode root = tree(specRecord(2));
    const DetailNode &dest = destinations(root);
    QCOMPARE(dest.children.size(), 1);
    const DetailNode &queue = dest.children.first();
    QCOMPARE(queue.label, u"Queue: Default Queue"_s);
    // EnterTime 13:33:01 -> assignedAt 13:33:02.
    QCOMPARE(queue.value, u"waited 0:00:01"_s);
    QCOMPARE(valueOf(queue, u"Queue ID"_s), u"qu-18e471e-a77e-4a93-826e-39ae946axxxx"_s);
    QCOMPARE(valueOf(queue, u"Entered queue"_s), u"2024-09-27 13:33:01"_s);

    const DetailNode *agent = child(queue, u"Agent: "_s);
    QVERIFY(agent);
    QCOMPARE(agent->label, u"Agent: John Steve"_s);
    QCOMPARE(valueOf(*agent, u"Assigned"_s), u"2024-09-27 13:33:02"_s);
    QCOMPARE(valueOf(*agent, u"Accepted"_s), u"2024-09-27 13:33:05"_s);
    QCOMPARE(valueOf(*agent, u"First response after"_s), u"0:00:07"_s);
    QCOMPARE(valueOf(*agent, u"Talk"_s), u"0:09:05"_s);
    QVERIFY(!child(*agent, u"Hold"_s));
    QVERIFY(!child(*agent, u"Notes"_s));   // empty agentNotes
    // Times come in chronological order.
    QStringList labels;
    for (const DetailNode &node : agent->children)
        labels << node.label;
    QVERIFY(labels.indexOf(u"Assigned"_s) < labels.indexOf(u"Accepted"_s));
    QVERIFY(labels.indexOf(u"Accepted"_s) < labels.indexOf(u"First response"_s));
}

void TestCallDetail::specRecord1BotOnly()
{
    const DetailNode root = tree(specRecord(0));
    const DetailNode &dest = destinations(root);
    QCOMPARE(dest.label, u"Destinations"_s);
    QVERIFY(dest.children.isEmpty());
    QVERIFY2(dest.value.contains(u"bot-only"), qPrintable(dest.value));
    QVERIFY(dest.value.startsWith(u"None"));
}

void TestCallDetail::outcomeSection()
{
    const DetailNode root = tree(specRecord(2));
    const DetailNode *outcome = child(root, u"Outcome"_s);
    QVERIFY(outcome);
    QCOMPARE(outcome->value, u"CLOSED"_s);
    QCOMPARE(valueOf(*outcome, u"Smart status"_s), u"TERMINATED"_s);
    QCOMPARE(valueOf(*outcome, u"Reason"_s), u"NO AGENTS AVAILABLE"_s);   // spelled "Reason" here
    QCOMPARE(valueOf(*outcome, u"Dispositions"_s), u"DROP-OFF"_s);
    QCOMPARE(valueOf(*outcome, u"Voicemail"_s), u"NO"_s);
}

void TestCallDetail::nonRespondingConsultingJoined()
{
    const QByteArray json = R"({"sessionId":"s1","destinations":[{"destinationType":"QueueEntry","queueName":"Sales",
        "EnterTime":"2024-01-01T10:00:00",
        "nonRespondingAgents":[{"name":"Ann","email":"ann@example.com","assignedAt":"2024-01-01T10:00:05",
                                "nonResponseEvent":"Ignored"},
                               {"agentId":"u-bob","nonResponseEvent":"Supervisor Reassigned"}],
        "respondingAgent":{"name":"Carl","status":"Answered","assignedAt":"2024-01-01T10:00:40",
            "acceptedTime":"2024-01-01T10:00:45",
            "consultingAgents":[{"name":"Dora","assignedAt":"2024-01-01T10:02:00","acceptedTime":"2024-01-01T10:02:10",
                                 "consultingEndTime":"2024-01-01T10:03:20","isMerged":true}],
            "JoinedUsers":[{"agentId":"u-sup","name":"Sue Supervisor","joinedAt":"2024-01-01T10:04:00",
                            "end":"2024-01-01T10:05:30"}]}}]})"_ba;
    const DetailNode root = tree(json);
    const DetailNode &queue = destinations(root).children.first();
    QCOMPARE(queue.label, u"Queue: Sales"_s);
    QCOMPARE(queue.value, u"waited 0:00:40"_s);

    const DetailNode *ann = child(queue, u"Did not respond: Ann"_s);
    QVERIFY(ann);
    QCOMPARE(ann->kind, Kind::NonResponding);
    QVERIFY(ann->value.contains(u"Ignored"));
    QCOMPARE(valueOf(*ann, u"Assigned"_s), u"2024-01-01 10:00:05"_s);
    const DetailNode *bob = child(queue, u"Did not respond: u-bob"_s);
    QVERIFY(bob);
    QCOMPARE(bob->value, u"Supervisor Reassigned"_s);

    const DetailNode *carl = child(queue, u"Agent: Carl"_s);
    QVERIFY(carl);
    const DetailNode *dora = child(*carl, u"Consulted: Dora"_s);
    QVERIFY(dora);
    QCOMPARE(dora->kind, Kind::Consulting);
    QVERIFY2(dora->value.contains(u"0:01:10"), qPrintable(dora->value));
    QVERIFY(dora->value.contains(u"merged"));
    QCOMPARE(valueOf(*dora, u"Merged"_s), u"yes"_s);
    QCOMPARE(valueOf(*dora, u"Consultation ended"_s), u"2024-01-01 10:03:20"_s);
    const DetailNode *sue = child(*carl, u"Joined: Sue Supervisor"_s);
    QVERIFY(sue);
    QCOMPARE(sue->kind, Kind::Joined);
    QCOMPARE(sue->value, u"for 0:01:30"_s);
    QVERIFY(sue->toolTip.contains(u"u-sup"));
    QCOMPARE(valueOf(*sue, u"Left at"_s), u"2024-01-01 10:05:30"_s);
}

void TestCallDetail::bareAgentSegmentIsDirectTransfer()
{
    const QByteArray json = R"({"sessionId":"s2","destinations":[
        {"destinationType":"AgentSegment","name":"Eve","status":"Answered","interactionDuration":61,
         "holdDuration":0,"afterCallWorkDuration":3600}]})"_ba;
    const DetailNode root = tree(json);
    const DetailNode &dest = destinations(root);
    QCOMPARE(dest.children.size(), 1);
    const DetailNode &direct = dest.children.first();
    QCOMPARE(direct.kind, Kind::Destination);
    QCOMPARE(direct.label, u"Direct transfer to agent"_s);
    QCOMPARE(direct.value, u"Eve"_s);
    const DetailNode *eve = child(direct, u"Agent: Eve"_s);
    QVERIFY(eve);
    QCOMPARE(valueOf(*eve, u"Talk"_s), u"0:01:01"_s);
    QCOMPARE(valueOf(*eve, u"Hold"_s), u"0:00:00"_s);
    QCOMPARE(valueOf(*eve, u"After-call work"_s), u"1:00:00"_s);
}

void TestCallDetail::nullsStringsAndCaseVariants()
{
    const QByteArray json = R"({"sessionId":"s3","destinations":[{"destinationtype":"queueentry","queueName":null,
        "queueId":"qu-1","enterTime":"2024-01-01 10:00:00",
        "respondingAgent":{"name":null,"agentId":"u-x","status":null,"interactionDuration":"34",
            "holdDuration":null,"afterCallWorkDuration":"n/a","acceptedTime":"2024-01-01 10:00:11",
            "agentNotes":"one note","ConsultingAgents":null,"JoinedUsers":{"name":"Solo"}}}],
        "dispositions":null,"finalStatus":7})"_ba;
    const DetailNode root = tree(json);
    const DetailNode &queue = destinations(root).children.first();
    QCOMPARE(queue.kind, Kind::Queue);
    QCOMPARE(queue.label, u"Queue: qu-1"_s);
    QCOMPARE(queue.value, u"waited 0:00:11"_s);   // lower-case enterTime -> acceptedTime
    const DetailNode *agent = child(queue, u"Agent: u-x"_s);
    QVERIFY(agent);
    QCOMPARE(agent->value, QString());             // status null
    QCOMPARE(valueOf(*agent, u"Talk"_s), u"0:00:34"_s);
    QVERIFY(!child(*agent, u"Hold"_s));
    QCOMPARE(valueOf(*agent, u"After-call work"_s), u"n/a"_s);
    QVERIFY(child(*agent, u"After-call work"_s)->toolTip.contains(u"Not a number"));
    QCOMPARE(valueOf(*agent, u"Notes"_s), u"one note"_s);
    QVERIFY(child(*agent, u"Joined: Solo"_s));     // a lone object instead of a list
    const DetailNode *outcome = child(root, u"Outcome"_s);
    QCOMPARE(outcome->value, u"7"_s);
    QVERIFY(!child(*outcome, u"Dispositions"_s));
}

void TestCallDetail::oddDestinationShapes()
{
    DetailNode root = tree(R"({"sessionId":"s4","destinations":"QueueEntry"})"_ba);
    QVERIFY(destinations(root).children.isEmpty());
    QVERIFY(destinations(root).value.startsWith(u"Unreadable"));

    root = tree(R"({"sessionId":"s5","destinations":[]})"_ba);
    QVERIFY(destinations(root).value.startsWith(u"None"));
    QVERIFY(!destinations(root).value.contains(u"bot-only"));

    root = tree(R"({"sessionId":"s6","destinations":[42, null, {"destinationType":"Voicemail","box":"7"}]})"_ba);
    QCOMPARE(destinations(root).children.size(), 1);
    const DetailNode &other = destinations(root).children.first();
    QCOMPARE(other.label, u"Destination: Voicemail"_s);
    QCOMPARE(valueOf(other, u"box"_s), u"7"_s);
}

void TestCallDetail::absoluteTimesAreNotShifted()
{
    QCOMPARE(cs::formatApiTime(u"2026-02-16T14:06:41.807Z"_s, QTimeZone::utc(), 300), u"2026-02-16 14:06:41"_s);
    QCOMPARE(cs::formatApiTime(u"2026-02-16T14:06:41"_s, QTimeZone::utc(), 300), u"2026-02-16 19:06:41"_s);
    QCOMPARE(cs::formatApiTime(u"yesterday"_s, QTimeZone::utc(), 0), QString());
}

void TestCallDetail::brokenJsonGivesError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << R"({"sessionId":"s1","destinations":[{)"_ba;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << R"([1,2])"_ba;
    QTest::newRow("garbage") << "<html>502</html>"_ba;
}

void TestCallDetail::brokenJsonGivesError()
{
    QFETCH(QByteArray, json);
    QString error;
    const DetailNode root = cs::buildCallTree(view(json), QTimeZone::utc(), 0, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(root.children.isEmpty());
    QString kvError;
    QVERIFY(cs::buildKeyValueTree(view(json), {u"metaInfo"_s}, &kvError).children.isEmpty());
    QVERIFY(!kvError.isEmpty());
    QString headerError;
    cs::buildCallHeader(view(json), QTimeZone::utc(), 0, &headerError);
    QCOMPARE(headerError, error);
}

void TestCallDetail::keyValueTreeNests()
{
    const QByteArray json = specRecord(2);
    // Keys match case-insensitively; the record's own spelling labels the node.
    const DetailNode root = cs::buildKeyValueTree(view(json), {u"metainfo"_s, u"customerinfo"_s});
    QCOMPARE(root.children.size(), 1);   // customerinfo is absent
    const DetailNode &meta = root.children.first();
    QCOMPARE(meta.label, u"metaInfo"_s);
    QCOMPARE(meta.kind, Kind::Section);
    QCOMPARE(valueOf(meta, u"firstName"_s), u"Peter"_s);
    const DetailNode *identities = child(meta, u"identities"_s);
    QVERIFY(identities);
    QCOMPARE(identities->value, u"1 item(s)"_s);
    QCOMPARE(identities->children.first().label, u"[0]"_s);
    QCOMPARE(valueOf(identities->children.first(), u"type"_s), u"mapped"_s);
    const DetailNode *config = child(meta, u"agentTransferConfig"_s);
    QVERIFY(config);
    QCOMPARE(valueOf(*config, u"overrideAgents"_s), u"false"_s);
    QCOMPARE(valueOf(*config, u"overrideValues"_s), u"(empty)"_s);
    const DetailNode *events = child(*config, u"assistEvents"_s);
    QVERIFY(events && child(*events, u"startEvent"_s));
}

void TestCallDetail::keyValueTreeNameValuePairsAndSurvey()
{
    const QByteArray json = R"({"sessionId":"s7","csatScore":"4","npsScore":null,"surveyType":"csat",
        "csatFeedback":"Quick and friendly","sessionleveltags":[{"name":"tier","value":"gold"},
        {"name":"region","value":"EU"}],"userleveltags":[],"campaigninfo":{"campaignId":"c-1","attempts":2}})"_ba;
    const QStringList keys{u"sessionleveltags"_s, u"userleveltags"_s, u"campaigninfo"_s, u"csatScore"_s,
                           u"npsScore"_s, u"likeDislikeScore"_s, u"surveyType"_s, u"csatFeedback"_s};
    const DetailNode root = cs::buildKeyValueTree(view(json), keys);
    QStringList labels;
    for (const DetailNode &node : root.children)
        labels << node.label;
    // Absent and null keys are skipped; the order is the caller's.
    QCOMPARE(labels, (QStringList{u"sessionleveltags"_s, u"userleveltags"_s, u"campaigninfo"_s, u"csatScore"_s,
                                  u"surveyType"_s, u"csatFeedback"_s}));
    const DetailNode *tags = child(root, u"sessionleveltags"_s);
    QCOMPARE(valueOf(*tags, u"tier"_s), u"gold"_s);
    QCOMPARE(valueOf(*tags, u"region"_s), u"EU"_s);
    QCOMPARE(valueOf(root, u"csatScore"_s), u"4"_s);
    QCOMPARE(child(root, u"csatScore"_s)->kind, Kind::Field);
    QCOMPARE(valueOf(*child(root, u"campaigninfo"_s), u"attempts"_s), u"2"_s);
}

void TestCallDetail::prettyJsonKeepsOrder()
{
    const QByteArray json = R"({"sessionId":"b","channel":"a","x":{"q":"{[\"]}","e":[]},"n":1.50})"_ba;
    const QString pretty = cs::prettyJson(view(json));
    const QString expected = uR"({
    "sessionId": "b",
    "channel": "a",
    "x": {
        "q": "{[\"]}",
        "e": []
    },
    "n": 1.50
})"_s;
    QCOMPARE(pretty, expected);
    // The reindented text is still the same JSON.
    QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()), QJsonDocument::fromJson(json));

    const QString spec = cs::prettyJson(view(specRecord(0)));
    QVERIFY(spec.contains(u"\n    \"smartStatus\": \"CLOSED AT BOT\""));
}

void TestCallDetail::prettyJsonLeavesInvalidTextAlone()
{
    const QByteArray broken = R"({"sessionId": "s1", "data": [)"_ba;
    QCOMPARE(cs::prettyJson(view(broken)), QString::fromUtf8(broken));
    const QByteArray umlaut = "{\"name\":\"J\xc3\xbcrgen\"}"_ba;
    QVERIFY(cs::prettyJson(view(umlaut)).contains(u"J\u00fcrgen"));
}

void TestCallDetail::header()
{
    QString error;
    const cs::CallHeader header = cs::buildCallHeader(view(specRecord(2)), QTimeZone("Asia/Kolkata"), 0, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(header.sessionId, u"66f6b3fe3fd2da9b05f7xxxx"_s);
    QCOMPARE(header.conversationId, u"c-92a3ca7-8472-4e59-b927-8995e756xxxx"_s);
    QCOMPARE(header.channel, u"rtm"_s);
    QCOMPARE(header.start, u"2024-09-27 19:02:46"_s);
    QCOMPARE(header.finalStatus, u"CLOSED"_s);
}

QTEST_GUILESS_MAIN(TestCallDetail)
#include "tst_calldetail.moc"
