#include "agentsegments.h"

#include "recordparser.h"

#include <QCoreApplication>
#include <cmath>
#include <simdjson.h>

namespace cs {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

bool keyIs(std::string_view key, std::string_view wanted)
{
    if (key.size() != wanted.size())
        return false;
    for (size_t i = 0; i < key.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(key[i])) != std::tolower(static_cast<unsigned char>(wanted[i])))
            return false;
    return true;
}

// Keys are not consistently cased in the wild (EnterTime, ConsultingAgents).
bool field(object obj, std::string_view name, element *out)
{
    for (auto [key, value] : obj) {
        if (keyIs(key, name) && !value.is_null()) {
            *out = value;
            return true;
        }
    }
    return false;
}

QString text(object obj, std::string_view name)
{
    element value;
    if (!field(obj, name, &value))
        return {};
    if (value.is_string()) {
        const std::string_view s = value.get_string().value_unsafe();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    if (value.is_number())
        return QString::number(value.get_double().value_unsafe());
    return {};
}

// Seconds; numbers sent as strings are accepted. -1 when absent or unusable.
int seconds(object obj, std::string_view name)
{
    element value;
    if (!field(obj, name, &value))
        return -1;
    if (value.is_number())
        return int(std::lround(value.get_double().value_unsafe()));
    if (value.is_string()) {
        bool ok = false;
        const std::string_view s = value.get_string().value_unsafe();
        const double parsed = QByteArray(s.data(), qsizetype(s.size())).trimmed().toDouble(&ok);
        return ok ? int(std::lround(parsed)) : -1;
    }
    return -1;
}

int waitBetween(const QString &enter, const QString &assigned)
{
    const QByteArray a = enter.toUtf8();
    const QByteArray b = assigned.toUtf8();
    const qint64 from = parseApiTime(std::string_view(a.constData(), size_t(a.size())));
    const qint64 to = parseApiTime(std::string_view(b.constData(), size_t(b.size())));
    if (from == kNoTime || to == kNoTime || to < from)
        return -1;
    return int(to - from);
}

AgentSegment agentSegment(object agent, AgentSegment::Kind kind, const QString &queue, const QString &enterTime)
{
    AgentSegment segment;
    segment.kind = kind;
    segment.queue = queue;
    segment.agentName = text(agent, "name");
    segment.agentId = text(agent, "agentId");
    segment.status = kind == AgentSegment::Kind::NotAnswered ? text(agent, "nonResponseEvent") : text(agent, "status");
    segment.talkSeconds = seconds(agent, "interactionDuration");
    segment.holdSeconds = seconds(agent, "holdDuration");
    segment.afterCallWorkSeconds = seconds(agent, "afterCallWorkDuration");
    segment.enterTime = enterTime;
    segment.acceptedTime = text(agent, "acceptedTime");
    QString assigned = text(agent, "assignedAt");
    if (assigned.isEmpty())
        assigned = segment.acceptedTime;
    if (!enterTime.isEmpty() && !assigned.isEmpty())
        segment.waitSeconds = waitBetween(enterTime, assigned);
    return segment;
}

void queueEntrySegments(object entry, std::vector<AgentSegment> &out)
{
    QString queue = text(entry, "queueName");
    if (queue.isEmpty())
        queue = text(entry, "queueId");
    const QString enterTime = text(entry, "EnterTime");
    const size_t before = out.size();
    element value;
    if (field(entry, "respondingAgent", &value) && value.is_object())
        out.push_back(agentSegment(value.get_object().value_unsafe(), AgentSegment::Kind::Answered, queue, enterTime));
    if (field(entry, "nonRespondingAgents", &value) && value.is_array()) {
        const simdjson::dom::array agents = value.get_array().value_unsafe();   // see agentSegments()
        for (element agent : agents)
            if (agent.is_object())
                out.push_back(agentSegment(agent.get_object().value_unsafe(), AgentSegment::Kind::NotAnswered, queue, enterTime));
    }
    if (out.size() == before) {
        AgentSegment segment;
        segment.kind = AgentSegment::Kind::QueueOnly;
        segment.queue = queue;
        segment.enterTime = enterTime;
        out.push_back(segment);
    }
}

} // namespace

bool agentSegments(std::string_view rawJson, std::vector<AgentSegment> &out, QString *error)
{
    out.clear();
    thread_local simdjson::dom::parser parser;
    element doc;
    if (auto failure = parser.parse(rawJson.data(), rawJson.size(), true).get(doc)) {
        if (error)
            *error = QString::fromUtf8(simdjson::error_message(failure));
        return false;
    }
    if (!doc.is_object()) {
        if (error)
            *error = QStringLiteral("record is not an object");
        return false;
    }
    element destinations;
    if (!field(doc.get_object().value_unsafe(), "destinations", &destinations) || !destinations.is_array())
        return true;   // bot-only sessions have none
    // Not `for (x : e.get_array().value_unsafe())`: value_unsafe() returns a
    // reference into the temporary result, which dies before the loop runs.
    const simdjson::dom::array items = destinations.get_array().value_unsafe();
    for (element destination : items) {
        if (!destination.is_object())
            continue;
        const object obj = destination.get_object().value_unsafe();
        if (text(obj, "destinationType").compare(QLatin1StringView("AgentSegment"), Qt::CaseInsensitive) == 0)
            out.push_back(agentSegment(obj, AgentSegment::Kind::DirectTransfer, {}, {}));
        else
            queueEntrySegments(obj, out);
    }
    return true;
}

QString segmentKindName(AgentSegment::Kind kind)
{
    switch (kind) {
    case AgentSegment::Kind::Answered: return QCoreApplication::translate("AgentSegment", "Answered");
    case AgentSegment::Kind::NotAnswered: return QCoreApplication::translate("AgentSegment", "Not answered");
    case AgentSegment::Kind::DirectTransfer: return QCoreApplication::translate("AgentSegment", "Direct transfer");
    case AgentSegment::Kind::QueueOnly: return QCoreApplication::translate("AgentSegment", "No agent");
    }
    return {};
}

} // namespace cs
