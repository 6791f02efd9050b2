#include "callfields.h"

namespace cs {

void CallFields::clear()
{
    // Keep the strings' and vectors' capacity: the parser reuses one CallFields
    // per record slot, and reallocating every field would dominate the hot path.
    raw = {};
    sessionId.clear();
    conversationId.clear();
    channel.clear();
    finalStatus.clear();
    smartStatus.clear();
    reason.clear();
    direction.clear();
    userId.clear();
    botId.clear();
    isVoicemail.clear();
    sessionStartTime.clear();
    sessionEndTime.clear();
    startSeconds = kNoTime;
    endSeconds = kNoTime;
    startIsUtc = false;
    endIsUtc = false;
    queues.clear();
    agents.clear();
    dispositions.clear();
    talkSeconds = 0;
    holdSeconds = 0;
    afterCallWorkSeconds = 0;
    waitSeconds = 0;
    destinationCount = 0;
    agentSegmentCount = 0;
    csatScore = kNoScore;
    npsScore = kNoScore;
    likeDislikeScore = kNoScore;
}

} // namespace cs
