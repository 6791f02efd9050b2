#pragma once
// The structural choices for one synthetic call (kind, channel, direction and
// which queues/agents it visits), drawn from the call's own seed. The dataset
// draws a plan once to learn what the filters need; the renderer draws the
// same plan again from the same seed and then continues with the details.

#include "mockrng.h"

#include <QByteArray>
#include <QtGlobal>

namespace cs::mock {

enum class CallKind : quint8 {
    BotOnly,       // no conversationId, destinations or dispositions
    Answered,      // one queue, one responding agent
    Transfer,      // several destinations, some bare AgentSegments
    Abandoned,     // customer hung up while queued
    Reassigned,    // agents ignored it / a supervisor moved it, then answered
    Voicemail,
    DirectAgent,   // a bare AgentSegment only (direct-to-agent)
    NoAgents,      // "NO AGENTS AVAILABLE"
};

struct DestinationPlan
{
    bool queueEntry = true;   // false: bare AgentSegment (direct transfer)
    qint8 queue = -1;         // catalog queue index (QueueEntry only)
    qint8 agent = -1;         // responding agent index, -1: nobody answered
    quint8 nonResponding = 0; // agents who were offered it and did not take it
};

struct CallPlan
{
    static constexpr int kMaxDestinations = 3;
    CallKind kind = CallKind::BotOnly;
    quint8 channel = 0;       // catalog::Channel
    quint8 direction = 0;     // catalog::Direction
    quint8 destinationCount = 0;
    DestinationPlan destinations[kMaxDestinations];

    quint16 queueMask() const;    // bit per catalog queue visited
};

CallPlan planCall(Rng &rng);

// The compact per-call parameters the dataset keeps (24 bytes); every other
// field is re-derived from `seed` when the record is rendered.
struct CallEntry
{
    qint64 startUtc = 0;
    quint64 seed = 0;
    quint32 serial = 0;       // generation order; makes sessionIds unique
    quint16 queueMask = 0;
    quint8 channel = 0;
    quint8 direction = 0;
};

// 24 hex chars like a MongoDB ObjectId: 8 of start time, 10 random, 6 counter.
QByteArray sessionIdOf(const CallEntry &call);
// The sub-second part of the call's start (MockConfig::millisecondStarts):
// a quarter each at .000, .500, .999 and anywhere, so tests find both edges.
int startMillisOf(const CallEntry &call);
// Sort key equivalent to (startUtc, sessionId).
bool callBefore(const CallEntry &a, const CallEntry &b);

} // namespace cs::mock
