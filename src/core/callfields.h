#pragma once
// One conversation record as the parser extracts it from a page: the fields the
// table, filters, statistics and CSV need, plus the record's original bytes.
// Values are copied out of the parser's buffers (simdjson's unescaped strings
// live only until the next parse), except `raw`, which views the page body.

#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
inline constexpr int kNoScore = -1;

struct CallFields
{
    std::string_view raw;          // original JSON of this record, byte for byte

    std::string sessionId;         // dedup key; required
    std::string conversationId;    // absent for bot-only sessions
    std::string channel;
    std::string finalStatus;
    std::string smartStatus;
    std::string reason;            // from "reason" or "Reason"
    std::string direction;         // from "Direction" or "direction"
    std::string userId;
    std::string botId;
    std::string isVoicemail;       // "YES" / "NO" as sent

    // Timestamps exactly as sent, and their parsed value. A zone-less value is
    // wall-clock time in the request's timeZoneOffset; naive seconds treat that
    // wall clock as if it were UTC. A value with a zone ("...Z") is absolute:
    // `startIsUtc` is then true and `startSeconds` is real UTC.
    std::string sessionStartTime;
    std::string sessionEndTime;
    qint64 startSeconds = kNoTime;
    qint64 endSeconds = kNoTime;
    bool startIsUtc = false;
    bool endIsUtc = false;

    // Multi-valued fields, in order of appearance, de-duplicated, empties dropped.
    std::vector<std::string> queues;        // queueName, else queueId, per QueueEntry
    std::vector<std::string> agents;        // respondingAgent / bare AgentSegment names (else agentId)
    std::vector<std::string> dispositions;

    // Sums over every agent segment (respondingAgent and bare AgentSegment), seconds.
    int talkSeconds = 0;            // interactionDuration
    int holdSeconds = 0;            // holdDuration
    int afterCallWorkSeconds = 0;   // afterCallWorkDuration
    int waitSeconds = 0;            // per QueueEntry: (assignedAt|acceptedTime) - EnterTime, summed; 0 if unknown
    int destinationCount = 0;       // size of destinations[]
    int agentSegmentCount = 0;      // responding agents + bare agent segments

    int csatScore = kNoScore;       // 1..5
    int npsScore = kNoScore;        // 0..10
    int likeDislikeScore = kNoScore;

    // Summed in 64 bits: each part may be INT_MAX (clamped), and an int sum would overflow.
    int handleSeconds() const
    {
        return int(std::clamp<qint64>(qint64(talkSeconds) + holdSeconds + afterCallWorkSeconds,
                                      std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }
    void clear();                   // reset for reuse without freeing capacity
};

} // namespace cs
