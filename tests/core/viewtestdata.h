#pragma once
// Builds Call Details API pages (JSON) from a compact description, so view,
// filter and statistics tests (and the view benchmark) can create stores
// through the real parser: cs::parsePage + RecordStore::append.

#include "recordparser.h"
#include "recordstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cs::testdata {

struct Segment
{
    QString queue;          // empty: a bare AgentSegment (direct transfer)
    QString agent;          // empty: the queue entry had no responding agent
    int talk = 0;
    int hold = 0;
    int afterCallWork = 0;
};

struct Call
{
    QString sessionId;
    QString conversationId;     // empty: key omitted (bot-only sessions)
    QString channel;
    QString finalStatus;
    QString smartStatus;
    QString reason;
    QString direction;
    QString userId;
    QString start;              // "yyyy-MM-ddTHH:mm:ss"; empty: key omitted
    QString end;
    QList<Segment> segments;    // empty: no "destinations" key
    QStringList dispositions;   // empty: no "dispositions" key
    int csat = -1;
    int nps = -1;
};

inline QJsonObject agentJson(const Segment &segment)
{
    QJsonObject agent{
        {QStringLiteral("agentId"), QString(QStringLiteral("u-") + QString::number(qHash(segment.agent), 16))},
        {QStringLiteral("name"), segment.agent},
        {QStringLiteral("destinationType"), QStringLiteral("AgentSegment")},
        {QStringLiteral("status"), QStringLiteral("Answered")},
        {QStringLiteral("interactionDuration"), segment.talk},
        {QStringLiteral("holdDuration"), segment.hold},
        {QStringLiteral("afterCallWorkDuration"), segment.afterCallWork},
        {QStringLiteral("ConsultingAgents"), QJsonArray()},
        {QStringLiteral("JoinedUsers"), QJsonArray()},
    };
    return agent;
}

inline QJsonObject callJson(const Call &call, int index)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1StringView(key), value);
    };
    put("sessionId", call.sessionId);
    put("conversationId", call.conversationId);
    put("channel", call.channel);
    put("finalStatus", call.finalStatus);
    put("smartStatus", call.smartStatus);
    // The API spells these keys both ways (FACTS.md): alternate them.
    put(index % 2 ? "Reason" : "reason", call.reason);
    put(index % 2 ? "Direction" : "direction", call.direction);
    put("userId", call.userId);
    put("sessionStartTime", call.start);
    put("sessionEndTime", call.end);
    o.insert(QStringLiteral("botId"), QStringLiteral("st-e19dd469-90f5-5655-b0b2-858de901aaaa"));
    if (!call.conversationId.isEmpty())
        o.insert(QStringLiteral("isVoicemail"), QStringLiteral("NO"));

    if (!call.segments.isEmpty()) {
        QJsonArray destinations;
        for (const Segment &segment : call.segments) {
            if (segment.queue.isEmpty()) {
                destinations.append(agentJson(segment));
                continue;
            }
            QJsonObject entry{
                {QStringLiteral("destinationType"), QStringLiteral("QueueEntry")},
                {QStringLiteral("queueId"), QString(QStringLiteral("qu-") + QString::number(qHash(segment.queue), 16))},
                {QStringLiteral("queueName"), segment.queue},
                {QStringLiteral("CallbackOpted"), false},
            };
            if (!segment.agent.isEmpty())
                entry.insert(QStringLiteral("respondingAgent"), agentJson(segment));
            destinations.append(entry);
        }
        o.insert(QStringLiteral("destinations"), destinations);
    }
    if (!call.dispositions.isEmpty())
        o.insert(QStringLiteral("dispositions"), QJsonArray::fromStringList(call.dispositions));
    if (call.csat >= 0) {
        o.insert(QStringLiteral("surveyType"), QStringLiteral("csat"));
        o.insert(QStringLiteral("csatScore"), call.csat);
    }
    if (call.nps >= 0)
        o.insert(QStringLiteral("npsScore"), call.nps);
    return o;
}

inline QByteArray pageJson(const QList<Call> &calls)
{
    QJsonArray data;
    for (int i = 0; i < calls.size(); ++i)
        data.append(callJson(calls[i], i));
    const QJsonObject page{{QStringLiteral("numResults"), int(calls.size())}, {QStringLiteral("data"), data}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

// Appends `calls` as one page (timestamps in UTC: offset 0). Returns the number
// of records added, or -1 when the page did not parse.
inline int appendCalls(RecordStore &store, const QList<Call> &calls, int offsetMinutes = 0)
{
    const std::shared_ptr<ParsedPage> page = parsePage(pageJson(calls));
    if (!page || !page->ok() || !page->issues.empty())
        return -1;
    return store.append(*page, offsetMinutes).added;
}

inline QString sessionIdOf(const RecordStore &store, RowId row)
{
    const std::string_view id = store.sessionId(row);
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

// Eleven hand-written calls whose filter, sort and statistics results the
// tests state exactly (row = index). Times are UTC (append with offset 0).
//  0 bot-only (agentassist)         6 whatsapp, abandoned in "Queue 10"
//  1 campaign, John Steve, 53 s     7 voice, Émile Zola in "Queue 9", 60 s
//  2 rtm, Billing without agent     8 rtm, ZOË ÅBERG in "Queue 10", 200 s
//  3 voice, ZOË ÅBERG, 360 s        9 bot-only (rtm), no start time
//  4 voice, John Steve + Ana Müller 10 voice, Émile Zola, Tech Support, 1400 s
//  5 voice, direct to Ana Müller
inline QList<Call> fixtureCalls()
{
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    QList<Call> calls(11);
    calls[0] = {s("66f6b83b9147ddd71d70aaaa"), {}, s("agentassist"), s("BotResolved"), s("CLOSED AT BOT"), {}, {},
                s("u-2ee7ff98-eef3-5cf7"), s("2024-09-27T13:50:51"), s("2024-09-27T13:50:51")};
    calls[1] = {s("66f6b828873ee3868e8dbbbb"), s("c-c9d0a98-945b-4b3e"), s("campaign"), s("USER ABANDONED"),
                s("ABANDONED WITH AGENT"), s("Default Queue:John Steve"), s("Outbound"), s("u-79edf186-d163"),
                s("2024-09-27T13:50:32"), s("2024-09-27T13:51:06"), {{s("Default Queue"), s("John Steve"), 34, 15, 4}},
                {s("Requires Supervisor Attention")}};
    calls[2] = {s("66f6b3fe3fd2da9b05f7cccc"), s("c-92a3ca7-8472-4e59"), s("rtm"), s("CLOSED"), s("TERMINATED"),
                s("NO AGENTS AVAILABLE"), s("Inbound"), s("u-9bc0d7d6-2b3d"), s("2024-09-27T13:32:46"),
                s("2024-09-27T13:42:13"), {{s("Billing"), {}}}, {s("DROP-OFF")}};
    calls[3] = {s("66f70001dddd000000000003"), s("c-0003"), s("voice"), s("CLOSED"), s("RESOLVED BY AGENT"), {},
                s("Inbound"), s("u-0003"), s("2024-09-27T14:05:00"), s("2024-09-27T14:11:00"),
                {{s("Billing"), s("ZOË ÅBERG"), 300, 20, 40}}, {s("Resolved")}, 5, 9};
    calls[4] = {s("66f70001dddd000000000004"), s("c-0004"), s("voice"), s("TRANSFERRED"), s("RESOLVED BY AGENT"), {},
                s("Inbound"), s("u-0004"), s("2024-09-27T14:20:00"), s("2024-09-27T14:35:30"),
                {{s("Billing"), s("John Steve"), 120, 0, 30}, {s("Tech Support"), s("Ana Müller"), 400, 60, 20}},
                {s("Resolved"), s("Callback")}, 3};
    calls[5] = {s("66f70001dddd000000000005"), s("c-0005"), s("voice"), s("CLOSED"), s("RESOLVED BY AGENT"), {},
                s("Outbound"), s("u-0005"), s("2024-09-27T14:40:00"), s("2024-09-27T14:41:30"),
                {{{}, s("Ana Müller"), 90, 0, 0}}, {}, 4};
    calls[6] = {s("66f70001dddd000000000006"), s("c-0006"), s("whatsapp"), s("USER ABANDONED"), s("ABANDONED IN QUEUE"),
                s("Customer hung up"), s("Inbound"), s("u-0006"), s("2024-09-27T15:00:00"), s("2024-09-27T15:02:00"),
                {{s("Queue 10"), {}}}, {s("DROP-OFF")}};
    calls[7] = {s("66f70001dddd000000000007"), s("c-0007"), s("voice"), s("CLOSED"), s("RESOLVED BY AGENT"), {},
                s("Inbound"), s("u-0007"), s("2024-09-27T15:30:00"), s("2024-09-27T15:31:10"),
                {{s("Queue 9"), s("Émile Zola"), 45, 5, 10}}, {s("Resolved")}, -1, 0};
    calls[8] = {s("66f70001dddd000000000008"), s("c-0008"), s("rtm"), s("CLOSED"), s("RESOLVED BY AGENT"), {},
                s("Inbound"), s("u-0008"), s("2024-09-27T16:00:00"), s("2024-09-27T16:03:20"),
                {{s("Queue 10"), s("ZOË ÅBERG"), 200, 0, 0}}, {s("Resolved")}};
    calls[9] = {s("66f70001dddd000000000009"), {}, s("rtm"), s("BotResolved"), s("CLOSED AT BOT"), {}, {},
                s("u-0009")};
    calls[10] = {s("66f70001dddd00000000000a"), s("c-000a"), s("voice"), s("CLOSED"), s("RESOLVED BY AGENT"), {},
                 s("Inbound"), s("u-000a"), s("2024-09-28T09:00:00"), s("2024-09-28T09:25:00"),
                 {{s("Tech Support"), s("Émile Zola"), 1200, 100, 100}}, {s("Callback")}, 2, 10};
    return calls;
}

// A deterministic synthetic call (`n` = 0, 1, 2, ...) with realistic variety:
// channels, statuses, several queues and agents (some non-ASCII), bot-only
// sessions, direct transfers and multi-queue calls.
inline Call syntheticCall(int n, qint64 startUtc)
{
    static const QStringList channels{QStringLiteral("voice"), QStringLiteral("rtm"), QStringLiteral("campaign"),
                                      QStringLiteral("agentassist"), QStringLiteral("whatsapp")};
    static const QStringList queues{QStringLiteral("Billing"), QStringLiteral("Tech Support"), QStringLiteral("Queue 9"),
                                    QStringLiteral("Queue 10"), QStringLiteral("Ventes Québec"), QStringLiteral("Default Queue")};
    static const QStringList dispositions{QStringLiteral("Resolved"), QStringLiteral("DROP-OFF"),
                                          QStringLiteral("Requires Supervisor Attention"), QStringLiteral("Callback")};
    static const QStringList reasons{QStringLiteral("NO AGENTS AVAILABLE"), QStringLiteral("Default Queue:John Steve"),
                                     QStringLiteral("Customer hung up"), QString()};
    auto pick = [n](const QStringList &list, int salt) { return list[int((quint64(n) * 2654435761u + quint64(salt)) % quint64(list.size()))]; };

    Call call;
    call.sessionId = QStringLiteral("66f6%1").arg(n, 20, 16, QLatin1Char('0'));
    call.channel = pick(channels, 1);
    call.userId = QStringLiteral("u-%1").arg((n * 7919) % 50000, 8, 10, QLatin1Char('0'));
    call.start = QDateTime::fromSecsSinceEpoch(startUtc, QTimeZone::utc()).toString(Qt::ISODate).left(19);
    const int length = 30 + (n * 37) % 1500;
    call.end = QDateTime::fromSecsSinceEpoch(startUtc + length, QTimeZone::utc()).toString(Qt::ISODate).left(19);

    if (n % 7 == 3) {   // bot-only: no conversation, no destinations, no dispositions
        call.finalStatus = QStringLiteral("BotResolved");
        call.smartStatus = QStringLiteral("CLOSED AT BOT");
        return call;
    }
    call.conversationId = QStringLiteral("c-%1").arg(n, 12, 16, QLatin1Char('0'));
    call.direction = n % 3 ? QStringLiteral("Inbound") : QStringLiteral("Outbound");
    call.reason = pick(reasons, 5);
    const QString agent = QStringLiteral("Agent %1 %2").arg(n % 97).arg(n % 2 ? QStringLiteral("Zoë") : QStringLiteral("Ünal"));
    Segment segment{pick(queues, 3), agent, 20 + (n * 13) % 900, (n * 5) % 120, (n * 3) % 60};
    if (n % 11 == 4) {            // abandoned in queue
        segment.agent.clear();
        segment.talk = segment.hold = segment.afterCallWork = 0;
        call.finalStatus = QStringLiteral("USER ABANDONED");
        call.smartStatus = QStringLiteral("ABANDONED IN QUEUE");
    } else {
        call.finalStatus = n % 5 ? QStringLiteral("CLOSED") : QStringLiteral("TRANSFERRED");
        call.smartStatus = QStringLiteral("RESOLVED BY AGENT");
    }
    if (n % 13 == 6)
        segment.queue.clear();    // direct transfer to an agent
    call.segments.append(segment);
    if (n % 17 == 8)              // transferred on to a second queue and agent
        call.segments.append({pick(queues, 9), QStringLiteral("Agent %1 Zoë").arg((n + 1) % 97), 60, 0, 10});
    call.dispositions.append(pick(dispositions, 7));
    if (n % 5 == 1)
        call.csat = 1 + n % 5;
    if (n % 4 == 2)
        call.nps = n % 11;
    return call;
}

} // namespace cs::testdata
