// destinations[]: QueueEntry objects (with respondingAgent and/or
// nonRespondingAgents) and bare AgentSegment objects (direct transfers),
// walking a timeline from the moment the bot hands the call over.

#include "mockcatalog.h"
#include "mockrender.h"

namespace cs::mock {

using namespace catalog;

namespace {

bool isChat(int channel)
{
    return channel == Rtm || channel == WhatsApp || channel == Sms;
}

void writeAgentNotes(RenderState &st, JsonWriter &w)
{
    w.key("agentNotes").beginArray();
    const int notes = st.rng.weighted(std::array<int, 3>{45, 45, 10});
    for (int i = 0; i < notes; ++i)
        w.string(st.rng.pick(kAgentNotes));
    // Revised later (no draw from the stream: everything else stays the same).
    if (st.revised)
        w.string("Revised after QA review: disposition corrected.");
    w.endArray();
}

void writeConsultingAgents(RenderState &st, JsonWriter &w, qint64 from, qint64 to)
{
    w.key("ConsultingAgents").beginArray();
    if (st.rng.chance(8) && to - from > 40) {
        const Person &who = st.rng.pick(kAgents);
        const qint64 assigned = from + st.rng.below(int(to - from) / 2);
        const qint64 accepted = assigned + st.rng.range(2, 15);
        w.beginObject()
            .field("name", who.name)
            .field("acceptedTime", st.wall(accepted))
            .field("assignedAt", st.wall(assigned))
            .field("consultingEndTime", st.wall(std::min(to, accepted + st.rng.skewed(20, 400))))
            .field("isMerged", st.rng.chance(40))
            .endObject();
    }
    w.endArray();
}

void writeJoinedUsers(RenderState &st, JsonWriter &w, qint64 from, qint64 to)
{
    w.key("JoinedUsers").beginArray();
    if (st.rng.chance(5) && to - from > 30) {
        const Person &sup = st.rng.pick(kSupervisors);
        const qint64 joined = from + st.rng.below(int(to - from) / 2);
        w.beginObject()
            .field("agentId", sup.id)
            .field("name", sup.name)
            .field("joinedAt", st.wall(joined))
            .field("end", st.wall(to))
            .endObject();
    }
    w.endArray();
}

// The fields an answering agent has, shared by respondingAgent and bare
// AgentSegment. Returns when the interaction ended.
qint64 writeAgentSegmentFields(RenderState &st, JsonWriter &w, const Person &agent, qint64 assigned)
{
    const qint64 accepted = assigned + st.rng.range(1, 12);
    const int talk = st.channel == Email ? st.rng.skewed(120, 3600) : st.rng.skewed(20, 1500);
    const bool held = st.channel == Voice && st.rng.chance(40);
    const int hold = held ? st.rng.skewed(5, 300) : 0;
    const qint64 end = accepted + talk + hold;

    w.field("agentId", agent.id);
    writeAgentNotes(st, w);
    w.field("destinationType", "AgentSegment").field("status", "Answered");
    if (isChat(st.channel)) {
        const int firstResponse = st.rng.range(2, 40);
        w.field("firstResponseTime", st.wall(accepted + firstResponse))
            .field("firstResponseDuration", firstResponse);
    }
    w.field("interactionEndTime", st.wall(end));
    // Now and then a number arrives as a string, as some deployments send it.
    if (st.rng.chance(3))
        w.field("interactionDuration", QByteArray::number(talk + hold));
    else
        w.field("interactionDuration", talk + hold);
    if (held)
        w.field("holdDuration", hold);
    if (st.rng.chance(65)) {
        const int acw = st.rng.skewed(3, 180);
        w.field("afterCallWorkDuration", acw).field("afterCallWorkEndTime", st.wall(end + acw));
    }
    const bool withCollaborators = st.rng.chance(90);   // some records omit both lists
    if (withCollaborators) {
        writeConsultingAgents(st, w, accepted, end);
        writeJoinedUsers(st, w, accepted, end);
    }
    w.field("email", agent.email).field("name", agent.name).field("acceptedTime", st.wall(accepted));
    w.field("assignedAt", st.wall(assigned));
    return end;
}

// Agents offered the call who let it ring out, or from whom a supervisor took it.
qint64 writeNonResponding(RenderState &st, JsonWriter &w, int count, int queue, qint64 t)
{
    w.key("nonRespondingAgents").beginArray();
    for (int i = 0; i < count; ++i) {
        const Person &agent = kAgents[size_t((queue * 3 + 7 + i * 5) % int(kAgents.size()))];
        const bool reassigned = st.rng.chance(30);
        const qint64 assigned = t + st.rng.range(1, 20);
        t = assigned + (reassigned ? st.rng.range(30, 240) : st.rng.range(15, 30));
        w.beginObject()
            .field("agentId", agent.id)
            .field("name", agent.name)
            .field("email", agent.email)
            .field("destinationType", "AgentSegment")
            .field("assignedAt", st.wall(assigned))
            .field("nonResponseEvent", reassigned ? "Supervisor Reassigned" : "Ignored")
            .field("nonResponseTime", st.wall(t))
            .endObject();
    }
    w.endArray();
    return t;
}

qint64 writeQueueEntry(RenderState &st, JsonWriter &w, const DestinationPlan &d, qint64 t,
                       RenderedDestinations &out)
{
    const Queue &queue = kQueues[size_t(d.queue)];
    w.beginObject().field("destinationType", "QueueEntry").field("queueId", queue.id);
    if (st.rng.chance(2))
        w.key("queueName").null();     // the client must fall back to queueId
    else
        w.field("queueName", queue.name);
    w.field("EnterTime", st.wall(t));
    const bool answered = d.agent >= 0;
    if (st.channel == Voice) {
        const bool callback = !answered && st.rng.chance(30);
        w.field("CallbackOpted", callback);
        if (callback) {
            out.callbackOpted = true;
            w.field("callbackRequestedTime", formatIsoUtcMillis(t + st.rng.range(20, 200), st.rng.below(1000)));
        }
    }
    if (out.firstQueue < 0)
        out.firstQueue = d.queue;

    qint64 cursor = t + (answered ? st.rng.skewed(2, 240) : st.rng.skewed(10, 900));
    if (d.nonResponding > 0)
        cursor = writeNonResponding(st, w, d.nonResponding, d.queue, cursor);
    if (answered) {
        w.key("respondingAgent").beginObject();
        cursor = writeAgentSegmentFields(st, w, kAgents[size_t(d.agent)], cursor);
        w.endObject();
        out.lastAgent = d.agent;
        out.agentHandled = true;
    }
    w.endObject();
    return cursor;
}

} // namespace

RenderedDestinations renderDestinations(RenderState &st, const CallPlan &plan, qint64 enterUtc)
{
    RenderedDestinations out;
    JsonWriter w(out.json);
    w.beginArray();
    qint64 t = enterUtc;
    for (int i = 0; i < plan.destinationCount; ++i) {
        const DestinationPlan &d = plan.destinations[i];
        if (d.queueEntry) {
            t = writeQueueEntry(st, w, d, t, out);
        } else {
            w.beginObject();
            t = writeAgentSegmentFields(st, w, kAgents[size_t(d.agent)], t + st.rng.range(1, 10));
            w.endObject();
            out.lastAgent = d.agent;
            out.agentHandled = true;
        }
    }
    w.endArray();
    out.endUtc = t;
    return out;
}

} // namespace cs::mock
