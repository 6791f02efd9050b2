#include "calldetail.h"

#include "durationformat.h"
#include "jsonlenient.h"
#include "recordparser.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

struct CallDetail
{
    Q_DECLARE_TR_FUNCTIONS(CallDetail)
};
using Kind = DetailNode::Kind;
using lenient::field;
using lenient::isPresent;

// How zone-less API times are read and shown.
struct TimeContext
{
    QTimeZone zone;
    int offsetMinutes = 0;
};

std::optional<qint64> toUtc(const QString &apiTime, int offsetMinutes, bool *absolute = nullptr)
{
    const QByteArray utf8 = apiTime.trimmed().toUtf8();
    bool isUtc = false;
    const qint64 seconds = parseApiTime(std::string_view(utf8.constData(), size_t(utf8.size())), &isUtc);
    if (seconds == kNoTime)
        return std::nullopt;
    if (absolute)
        *absolute = isUtc;
    // JavaScript sign: India is -330, so 13:00 there is 07:30 UTC.
    return isUtc ? seconds : seconds + qint64(offsetMinutes) * 60;
}

std::optional<qint64> utcOf(const QJsonObject &object, QStringView key, const TimeContext &time)
{
    const QString raw = lenient::text(field(object, key));
    if (raw.isEmpty())
        return std::nullopt;
    return toUtc(raw, time.offsetMinutes);
}

// "+05:30" for the JavaScript offset -330.
QString utcOffsetText(int offsetMinutes)
{
    const int east = -offsetMinutes;
    const int magnitude = east < 0 ? -east : east;
    return (east < 0 ? u"-"_s : u"+"_s) + QString::number(magnitude / 60).rightJustified(2, u'0') + u':'
        + QString::number(magnitude % 60).rightJustified(2, u'0');
}

DetailNode fieldNode(const QString &label, const QString &value, const QString &toolTip = {})
{
    DetailNode node;
    node.label = label;
    node.value = value;
    node.toolTip = toolTip;
    node.kind = Kind::Field;
    return node;
}

void addText(DetailNode &parent, const QJsonObject &object, QStringView key, const QString &label)
{
    const QString value = lenient::text(field(object, key));
    if (!value.isEmpty())
        parent.children.append(fieldNode(label, value));
}

void addTime(DetailNode &parent, const QJsonObject &object, QStringView key, const QString &label,
             const TimeContext &time)
{
    const QString raw = lenient::text(field(object, key));
    if (raw.isEmpty())
        return;
    bool absolute = false;
    if (!toUtc(raw, time.offsetMinutes, &absolute)) {
        parent.children.append(fieldNode(label, raw, CallDetail::tr("Sent as %1: not a time this viewer can read.").arg(raw)));
        return;
    }
    const QString shown = formatApiTime(raw, time.zone, time.offsetMinutes);
    const QString toolTip = absolute
        ? CallDetail::tr("Sent as %1").arg(raw)
        : CallDetail::tr("Sent as %1 (wall-clock at UTC%2)").arg(raw, utcOffsetText(time.offsetMinutes));
    parent.children.append(fieldNode(label, shown, toolTip));
}

void addDuration(DetailNode &parent, const QJsonObject &object, QStringView key, const QString &label)
{
    const QJsonValue value = field(object, key);
    if (!isPresent(value))
        return;
    if (const auto seconds = lenient::integer(value)) {
        parent.children.append(fieldNode(label, formatDuration(*seconds),
                                         CallDetail::tr("%n second(s) as sent", nullptr, int(*seconds))));
    } else {
        parent.children.append(fieldNode(label, lenient::text(value), CallDetail::tr("Not a number of seconds.")));
    }
}

void addLines(DetailNode &parent, const QJsonObject &object, QStringView key, const QString &label)
{
    const QStringList lines = lenient::strings(field(object, key));
    if (lines.isEmpty())
        return;
    const QString joined = lines.join(u'\n');
    parent.children.append(fieldNode(label, joined, joined));
}

// "for 0:01:02" between two times of the same object, or empty.
QString spanText(const QJsonObject &object, QStringView fromKey, QStringView toKey, const TimeContext &time)
{
    const auto from = utcOf(object, fromKey, time);
    const auto to = utcOf(object, toKey, time);
    if (!from || !to || *to < *from)
        return {};
    return formatDuration(*to - *from);
}

QString personName(const QJsonObject &object, const QString &fallback)
{
    for (QStringView key : {u"name", u"agentName", u"agentId"}) {
        const QString name = lenient::text(field(object, key)).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return fallback;
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(u" · ");
}

DetailNode consultingNode(const QJsonObject &consult, const TimeContext &time)
{
    DetailNode node;
    node.kind = Kind::Consulting;
    node.label = CallDetail::tr("Consulted: %1").arg(personName(consult, CallDetail::tr("unknown agent")));
    const QString span = spanText(consult, u"acceptedTime", u"consultingEndTime", time);
    node.value = joinNonEmpty({span.isEmpty() ? QString() : CallDetail::tr("consulted for %1").arg(span),
                               lenient::truthy(field(consult, u"isMerged")) ? CallDetail::tr("merged into the call") : QString()});
    addTime(node, consult, u"assignedAt", CallDetail::tr("Assigned"), time);
    addTime(node, consult, u"acceptedTime", CallDetail::tr("Accepted"), time);
    addTime(node, consult, u"consultingEndTime", CallDetail::tr("Consultation ended"), time);
    const QJsonValue merged = field(consult, u"isMerged");
    if (isPresent(merged))
        node.children.append(fieldNode(CallDetail::tr("Merged"), lenient::truthy(merged) ? CallDetail::tr("yes") : CallDetail::tr("no")));
    return node;
}

DetailNode joinedNode(const QJsonObject &joined, const TimeContext &time)
{
    DetailNode node;
    node.kind = Kind::Joined;
    node.label = CallDetail::tr("Joined: %1").arg(personName(joined, CallDetail::tr("unknown user")));
    const QString span = spanText(joined, u"joinedAt", u"end", time);
    node.value = span.isEmpty() ? QString() : CallDetail::tr("for %1").arg(span);
    const QString id = lenient::text(field(joined, u"agentId"));
    node.toolTip = id.isEmpty() ? QString() : CallDetail::tr("Agent ID: %1").arg(id);
    addTime(node, joined, u"joinedAt", CallDetail::tr("Joined at"), time);
    addTime(node, joined, u"end", CallDetail::tr("Left at"), time);
    return node;
}

// A responding, non-responding or directly-transferred agent segment.
DetailNode agentNode(const QJsonObject &agent, Kind kind, const TimeContext &time)
{
    DetailNode node;
    node.kind = kind;
    const QString name = personName(agent, CallDetail::tr("unknown agent"));
    const QString email = lenient::text(field(agent, u"email"));
    if (kind == Kind::NonResponding) {
        node.label = CallDetail::tr("Did not respond: %1").arg(name);
        const QString event = lenient::text(field(agent, u"nonResponseEvent"));
        node.value = joinNonEmpty({event.isEmpty() ? CallDetail::tr("no response") : event, email});
    } else {
        node.label = CallDetail::tr("Agent: %1").arg(name);
        node.value = joinNonEmpty({lenient::text(field(agent, u"status")), email});
    }
    const QString id = lenient::text(field(agent, u"agentId"));
    node.toolTip = id.isEmpty() ? QString() : CallDetail::tr("Agent ID: %1").arg(id);

    addTime(node, agent, u"assignedAt", CallDetail::tr("Assigned"), time);
    addTime(node, agent, u"acceptedTime", CallDetail::tr("Accepted"), time);
    addTime(node, agent, u"firstResponseTime", CallDetail::tr("First response"), time);
    addDuration(node, agent, u"firstResponseDuration", CallDetail::tr("First response after"));
    addTime(node, agent, u"interactionEndTime", CallDetail::tr("Interaction ended"), time);
    addDuration(node, agent, u"interactionDuration", CallDetail::tr("Talk"));
    addDuration(node, agent, u"holdDuration", CallDetail::tr("Hold"));
    addDuration(node, agent, u"afterCallWorkDuration", CallDetail::tr("After-call work"));
    addTime(node, agent, u"afterCallWorkEndTime", CallDetail::tr("After-call work ended"), time);
    addLines(node, agent, u"agentNotes", CallDetail::tr("Notes"));
    const auto consults = lenient::objects(field(agent, u"ConsultingAgents"));
    for (const QJsonObject &consult : consults)
        node.children.append(consultingNode(consult, time));
    const auto joins = lenient::objects(field(agent, u"JoinedUsers"));
    for (const QJsonObject &joined : joins)
        node.children.append(joinedNode(joined, time));
    return node;
}

DetailNode queueNode(const QJsonObject &entry, const TimeContext &time)
{
    DetailNode node;
    node.kind = Kind::Queue;
    const QString queueName = lenient::text(field(entry, u"queueName"));
    const QString queueId = lenient::text(field(entry, u"queueId"));
    node.label = CallDetail::tr("Queue: %1").arg(!queueName.isEmpty() ? queueName
                                          : !queueId.isEmpty() ? queueId
                                                               : CallDetail::tr("unknown queue"));
    node.toolTip = queueId.isEmpty() ? QString() : CallDetail::tr("Queue ID: %1").arg(queueId);

    const auto responding = lenient::objects(field(entry, u"respondingAgent"));
    const auto nonResponding = lenient::objects(field(entry, u"nonRespondingAgents"));
    // Wait as the table computes it: from entering the queue to the assignment
    // (or, when that is missing, the acceptance) of the responding agent.
    const auto entered = utcOf(entry, u"EnterTime", time);
    std::optional<qint64> picked;
    if (!responding.isEmpty()) {
        picked = utcOf(responding.first(), u"assignedAt", time);
        if (!picked)
            picked = utcOf(responding.first(), u"acceptedTime", time);
    }
    if (entered && picked && *picked >= *entered)
        node.value = CallDetail::tr("waited %1").arg(formatDuration(*picked - *entered));
    else if (responding.isEmpty())
        node.value = CallDetail::tr("no agent answered");
    else
        node.value = CallDetail::tr("wait not recorded");

    if (!queueName.isEmpty() && !queueId.isEmpty())
        node.children.append(fieldNode(CallDetail::tr("Queue ID"), queueId));
    addTime(node, entry, u"EnterTime", CallDetail::tr("Entered queue"), time);
    addText(node, entry, u"CallbackOpted", CallDetail::tr("Callback opted"));
    for (const QJsonObject &agent : responding)
        node.children.append(agentNode(agent, Kind::Agent, time));
    for (const QJsonObject &agent : nonResponding)
        node.children.append(agentNode(agent, Kind::NonResponding, time));
    return node;
}

bool hasAnyKey(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        if (isPresent(field(object, key)))
            return true;
    }
    return false;
}

DetailNode destinationNode(const QJsonObject &destination, const TimeContext &time)
{
    const QString type = lenient::text(field(destination, u"destinationType"));
    const bool typed = !type.isEmpty();
    if (type.compare(u"QueueEntry", Qt::CaseInsensitive) == 0
        || (!typed && hasAnyKey(destination, {u"queueId", u"queueName", u"EnterTime", u"respondingAgent", u"nonRespondingAgents"})))
        return queueNode(destination, time);

    DetailNode node;
    node.kind = Kind::Destination;
    if (type.compare(u"AgentSegment", Qt::CaseInsensitive) == 0 || (!typed && hasAnyKey(destination, {u"agentId", u"name"}))) {
        // A bare agent segment: the call went straight to an agent, no queue.
        node.label = CallDetail::tr("Direct transfer to agent");
        node.value = personName(destination, CallDetail::tr("unknown agent"));
        node.children.append(agentNode(destination, Kind::Agent, time));
        return node;
    }
    node.label = CallDetail::tr("Destination: %1").arg(typed ? type : CallDetail::tr("unknown type"));
    for (auto it = destination.constBegin(); it != destination.constEnd(); ++it) {
        if (isPresent(it.value()))
            node.children.append(fieldNode(it.key(), lenient::text(it.value())));
    }
    return node;
}

DetailNode destinationsSection(const QJsonObject &record, const TimeContext &time)
{
    DetailNode section;
    section.kind = Kind::Section;
    section.label = CallDetail::tr("Destinations");
    const QJsonValue destinations = field(record, u"destinations");
    if (!isPresent(destinations)) {
        section.value = CallDetail::tr("None: no queue or agent was involved (bot-only session)");
        return section;
    }
    if (!destinations.isArray() && !destinations.isObject()) {
        section.value = CallDetail::tr("Unreadable: expected a list, got \"%1\"").arg(lenient::text(destinations));
        return section;
    }
    const auto entries = lenient::objects(destinations);
    for (const QJsonObject &entry : entries)
        section.children.append(destinationNode(entry, time));
    section.value = entries.isEmpty() ? CallDetail::tr("None: the call was not transferred to a queue or an agent")
                                      : CallDetail::tr("%n transfer(s)", nullptr, int(entries.size()));
    return section;
}

DetailNode outcomeSection(const QJsonObject &record)
{
    DetailNode section;
    section.kind = Kind::Section;
    section.label = CallDetail::tr("Outcome");
    section.value = lenient::text(field(record, u"finalStatus"));
    addText(section, record, u"finalStatus", CallDetail::tr("Final status"));
    addText(section, record, u"smartStatus", CallDetail::tr("Smart status"));
    addText(section, record, u"reason", CallDetail::tr("Reason"));
    addText(section, record, u"disconnectingEvent", CallDetail::tr("Disconnecting event"));
    addLines(section, record, u"dispositions", CallDetail::tr("Dispositions"));
    addLines(section, record, u"dispositionRemarks", CallDetail::tr("Disposition remarks"));
    addText(section, record, u"isVoicemail", CallDetail::tr("Voicemail"));
    addText(section, record, u"errorDetails", CallDetail::tr("Error details"));
    return section;
}

} // namespace

QString formatApiTime(const QString &apiTime, const QTimeZone &zone, int offsetMinutes)
{
    const auto utc = toUtc(apiTime, offsetMinutes);
    if (!utc)
        return {};
    const QTimeZone shownIn = zone.isValid() ? zone : QTimeZone::utc();
    return QDateTime::fromSecsSinceEpoch(*utc, shownIn).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

DetailNode buildCallTree(std::string_view rawJson, const QTimeZone &zone, int offsetMinutes, QString *error)
{
    DetailNode root;
    root.kind = Kind::Section;
    QJsonObject record;
    if (!lenient::parseRecord(rawJson, &record, error))
        return root;
    const TimeContext time{zone, offsetMinutes};
    root.children.append(destinationsSection(record, time));
    root.children.append(outcomeSection(record));
    return root;
}

CallHeader buildCallHeader(std::string_view rawJson, const QTimeZone &zone, int offsetMinutes, QString *error)
{
    CallHeader header;
    QJsonObject record;
    if (!lenient::parseRecord(rawJson, &record, error))
        return header;
    header.sessionId = lenient::text(field(record, u"sessionId"));
    header.conversationId = lenient::text(field(record, u"conversationId"));
    header.channel = lenient::text(field(record, u"channel"));
    const QString start = lenient::text(field(record, u"sessionStartTime"));
    header.start = formatApiTime(start, zone, offsetMinutes);
    if (header.start.isEmpty())
        header.start = start;
    header.finalStatus = lenient::text(field(record, u"finalStatus"));
    return header;
}

} // namespace cs
