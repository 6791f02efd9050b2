#include "mockplan.h"

#include "mockcatalog.h"

#include <cstdio>

namespace cs::mock {

using namespace catalog;

quint16 CallPlan::queueMask() const
{
    quint16 mask = 0;
    for (int i = 0; i < destinationCount; ++i) {
        if (destinations[i].queueEntry && destinations[i].queue >= 0)
            mask |= quint16(1u << destinations[i].queue);
    }
    return mask;
}

namespace {

CallKind drawKind(Rng &rng, int channel)
{
    // Order: BotOnly, Answered, Transfer, Abandoned, Reassigned, Voicemail, DirectAgent, NoAgents
    static constexpr std::array<int, 8> voice = {12, 38, 14, 10, 8, 8, 4, 6};
    static constexpr std::array<int, 8> chat = {22, 40, 10, 10, 8, 0, 4, 6};
    static constexpr std::array<int, 8> email = {0, 70, 10, 0, 10, 0, 10, 0};
    static constexpr std::array<int, 8> campaign = {0, 60, 5, 25, 0, 10, 0, 0};
    static constexpr std::array<int, 8> assist = {40, 45, 10, 0, 0, 0, 5, 0};
    switch (channel) {
    case Voice: return CallKind(rng.weighted(voice));
    case Email: return CallKind(rng.weighted(email));
    case Campaign: return CallKind(rng.weighted(campaign));
    case AgentAssist: return CallKind(rng.weighted(assist));
    default: return CallKind(rng.weighted(chat));
    }
}

// Agents cluster around queues (a team per queue), with some overlap.
qint8 drawAgent(Rng &rng, int queue)
{
    const int base = queue < 0 ? rng.below(int(kAgents.size())) : queue * 3;
    return qint8((base + rng.below(6)) % int(kAgents.size()));
}

DestinationPlan queueEntry(Rng &rng, bool answered, int nonResponding)
{
    DestinationPlan d;
    d.queue = qint8(rng.weighted(kQueueWeights));
    d.agent = answered ? drawAgent(rng, d.queue) : qint8(-1);
    d.nonResponding = quint8(nonResponding);
    return d;
}

DestinationPlan agentSegment(Rng &rng)
{
    DestinationPlan d;
    d.queueEntry = false;
    d.agent = drawAgent(rng, -1);
    return d;
}

} // namespace

CallPlan planCall(Rng &rng)
{
    CallPlan plan;
    plan.channel = quint8(rng.weighted(kChannelWeights));
    plan.kind = drawKind(rng, plan.channel);

    if (plan.channel == Campaign)
        plan.direction = Outbound;
    else if (plan.kind == CallKind::BotOnly)
        plan.direction = rng.chance(30) ? Inbound : NoDirection;
    else if (plan.channel == Voice)
        plan.direction = rng.chance(85) ? Inbound : Outbound;
    else
        plan.direction = Inbound;

    auto add = [&plan](const DestinationPlan &d) { plan.destinations[plan.destinationCount++] = d; };
    switch (plan.kind) {
    case CallKind::BotOnly:
        break;
    case CallKind::Answered:
        add(queueEntry(rng, true, 0));
        break;
    case CallKind::Reassigned:
        add(queueEntry(rng, true, rng.range(1, 2)));
        break;
    case CallKind::Abandoned:
        add(queueEntry(rng, false, rng.chance(30) ? 1 : 0));
        break;
    case CallKind::Voicemail:
    case CallKind::NoAgents:
        add(queueEntry(rng, false, 0));
        break;
    case CallKind::DirectAgent:
        add(agentSegment(rng));
        break;
    case CallKind::Transfer: {
        add(queueEntry(rng, true, 0));
        const int more = rng.chance(25) ? 2 : 1;
        for (int i = 0; i < more; ++i)
            add(rng.chance(40) ? agentSegment(rng) : queueEntry(rng, true, rng.chance(15) ? 1 : 0));
        break;
    }
    }
    return plan;
}

QByteArray sessionIdOf(const CallEntry &call)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%08x%010llx%06x", unsigned(quint32(call.startUtc)),
                                static_cast<unsigned long long>(call.seed >> 24), unsigned(call.serial & 0xFFFFFFu));
    return QByteArray(buf, n);
}

int startMillisOf(const CallEntry &call)
{
    // Its own stream, so the rest of the record does not depend on it.
    Rng rng(mix(call.seed, 0x3111));
    switch (rng.below(4)) {
    case 0: return 0;
    case 1: return 500;
    case 2: return 999;
    default: return rng.below(1000);
    }
}

bool callBefore(const CallEntry &a, const CallEntry &b)
{
    if (a.startUtc != b.startUtc)
        return a.startUtc < b.startUtc;
    if ((a.seed >> 24) != (b.seed >> 24))
        return (a.seed >> 24) < (b.seed >> 24);
    return (a.serial & 0xFFFFFFu) < (b.serial & 0xFFFFFFu);
}

} // namespace cs::mock
