#pragma once
// The agent segments of one call, read from its raw JSON on demand: what the
// "one row per agent segment" export writes for handle-time work in spreadsheets.

#include <QString>
#include <string_view>
#include <vector>

namespace cs {

struct AgentSegment
{
    enum class Kind { Answered, NotAnswered, DirectTransfer, QueueOnly };
    Kind kind = Kind::Answered;
    QString queue;            // queueName, else queueId; empty for a direct transfer
    QString agentName;
    QString agentId;
    QString status;           // "Answered", a nonResponseEvent ("Ignored", ...), or empty
    int waitSeconds = -1;     // queue entry to assignment/acceptance; -1 unknown
    int talkSeconds = -1;     // interactionDuration; -1 absent
    int holdSeconds = -1;
    int afterCallWorkSeconds = -1;
    QString enterTime;        // as sent
    QString acceptedTime;     // as sent
};

// Segments in destination order: each responding agent, each non-responding
// agent, each bare AgentSegment; a queue entry no agent took gives one
// QueueOnly segment. Returns false (with `error`) only if the JSON is unusable.
bool agentSegments(std::string_view rawJson, std::vector<AgentSegment> &out, QString *error = nullptr);

QString segmentKindName(AgentSegment::Kind kind);   // translated

} // namespace cs
