#pragma once
// simdjson On-Demand helpers shared by the page parser and the single-record
// parser (private to callscope_core: simdjson is linked PRIVATE).

#include "callfields.h"

#include <simdjson.h>

#include <string>
#include <string_view>

namespace cs::recordjson {

namespace od = simdjson::ondemand;

// The keys CallScope reads, matched case-insensitively because the API mixes
// "reason"/"Reason", "Direction"/"direction", "EnterTime", ...
enum class Key : quint8 {
    Unknown,
    // page
    Data, NumResults,
    // record
    SessionId, ConversationId, Channel, FinalStatus, SmartStatus, Reason, Direction,
    UserId, BotId, AppId, IsVoicemail, SessionStartTime, SessionEndTime,
    Dispositions, Destinations, CsatScore, NpsScore, LikeDislikeScore,
    // destination (QueueEntry or bare AgentSegment)
    DestinationType, QueueId, QueueName, EnterTime, RespondingAgent,
    // agent segment
    AgentId, Name, InteractionDuration, HoldDuration, AfterCallWorkDuration, AssignedAt, AcceptedTime,
};

Key classifyKey(std::string_view key);

// The key of a field as written in the JSON (escapes not decoded: a key with
// an escape never matches one of ours, which is what we want).
std::string_view keyText(od::field &field);

enum class Got { Absent, Value };

// Scalars as text: strings unescaped, numbers and booleans as their JSON text.
// null, objects, arrays and unreadable scalars are Absent. Views stay valid
// until the parser parses the next document.
Got readText(od::value &value, std::string_view &text);
// Numbers, also when sent as strings ("34", " 4.5 ").
Got readNumber(od::value &value, double &number);

// Extracts one record object into `out` (which must be clear). Returns a
// non-SUCCESS code only when the JSON stream itself is damaged (the caller
// must stop); `problem` is set when just this record is unusable.
simdjson::error_code extractRecord(od::object &record, CallFields &out, std::string &problem);

// Longest sessionId / conversationId accepted (they are short hex ids in practice).
inline constexpr size_t kMaxIdLength = 4096;

} // namespace cs::recordjson
