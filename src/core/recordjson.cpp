#include "recordjson.h"

#include "recordparser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace cs::recordjson {

namespace {

struct KeyName
{
    std::string_view lower;
    Key key;
};

constexpr KeyName kKeyNames[] = {
    {"data", Key::Data},
    {"numresults", Key::NumResults},
    {"sessionid", Key::SessionId},
    {"conversationid", Key::ConversationId},
    {"channel", Key::Channel},
    {"finalstatus", Key::FinalStatus},
    {"smartstatus", Key::SmartStatus},
    {"reason", Key::Reason},
    {"direction", Key::Direction},
    {"userid", Key::UserId},
    {"botid", Key::BotId},
    {"appid", Key::AppId},
    {"isvoicemail", Key::IsVoicemail},
    {"sessionstarttime", Key::SessionStartTime},
    {"sessionendtime", Key::SessionEndTime},
    {"dispositions", Key::Dispositions},
    {"destinations", Key::Destinations},
    {"csatscore", Key::CsatScore},
    {"npsscore", Key::NpsScore},
    {"likedislikescore", Key::LikeDislikeScore},
    {"destinationtype", Key::DestinationType},
    {"queueid", Key::QueueId},
    {"queuename", Key::QueueName},
    {"entertime", Key::EnterTime},
    {"respondingagent", Key::RespondingAgent},
    {"agentid", Key::AgentId},
    {"name", Key::Name},
    {"interactionduration", Key::InteractionDuration},
    {"holdduration", Key::HoldDuration},
    {"aftercallworkduration", Key::AfterCallWorkDuration},
    {"assignedat", Key::AssignedAt},
    {"acceptedtime", Key::AcceptedTime},
};

constexpr size_t kMaxKeyLength = 24;

// The key table bucketed by length, so a lookup compares against at most a
// handful of names (this runs for every field of every record).
struct KeyIndex
{
    std::array<std::vector<KeyName>, kMaxKeyLength + 1> byLength;
    KeyIndex()
    {
        for (const KeyName &name : kKeyNames)
            byLength[name.lower.size()].push_back(name);
    }
};

// Letters only (all our keys are letters): c | 0x20 folds 'A'-'Z' onto 'a'-'z'
// and maps no other byte onto a lowercase letter.
bool equalsLowerLetters(std::string_view text, std::string_view lower)
{
    for (size_t i = 0; i < lower.size(); ++i)
        if (char(text[i] | 0x20) != lower[i])
            return false;
    return true;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lower)
{
    return text.size() == lower.size() && equalsLowerLetters(text, lower);
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

qint64 roundedSeconds(double seconds)
{
    if (!std::isfinite(seconds))
        return 0;
    return std::llround(std::clamp(seconds, -1e15, 1e15));
}

int scoreOf(double number)
{
    const qint64 score = roundedSeconds(number);
    return score < 0 ? kNoScore : clampToInt(score);
}

// Distinct queues, agents or dispositions kept per record (docs/limits.md).
// Real calls have a handful; the cap keeps the linear duplicate check linear
// overall, where a hostile record with 80,000 distinct values made it quadratic.
// Values past the cap are still in the record's raw JSON.
constexpr size_t kMaxValuesPerRecord = 256;

void addUnique(std::vector<std::string_view> &values, std::string_view value)
{
    if (!value.empty() && values.size() < kMaxValuesPerRecord
        && std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
}

// Durations are clamped to +-1e15 s each, but thousands of segments could
// still overflow a signed sum (undefined behaviour): saturate instead.
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

// The fields of one agent segment (a respondingAgent or a bare AgentSegment).
struct AgentSegment
{
    std::string_view name, agentId, assignedAt, acceptedTime;
    qint64 talk = 0, hold = 0, afterCallWork = 0;
    bool seen = false;   // any agent field present
};

// Per-thread scratch lists, reused across records so that reading a record
// allocates only for what it copies into CallFields.
struct Scratch
{
    std::vector<std::string_view> queues, agents, dispositions;
    std::vector<AgentSegment> responders;   // of the destination being read
    void clear()
    {
        queues.clear();
        agents.clear();
        dispositions.clear();
        responders.clear();
    }
};

// Walks one record. Views collected here point into the page buffer or the
// parser's string buffer, both alive until the record is copied out.
class Extractor
{
public:
    Extractor(CallFields &out, Scratch &scratch)
        : m_out(out), m_queues(scratch.queues), m_agents(scratch.agents),
          m_dispositions(scratch.dispositions), m_responders(scratch.responders)
    {
        scratch.clear();
    }

    simdjson::error_code record(od::object &object, std::string &problem);

private:
    simdjson::error_code destinations(od::value &value);
    simdjson::error_code destination(od::object &object);
    simdjson::error_code respondingAgents(od::value &value);
    simdjson::error_code dispositions(od::value &value);
    simdjson::error_code agentObject(od::object &object, AgentSegment &segment);
    bool agentField(Key key, od::value &value, AgentSegment &segment);
    void addSegment(const AgentSegment &segment);
    void finish();

    static void setOnce(std::string &field, od::value &value)
    {
        std::string_view text;
        if (field.empty() && readText(value, text) == Got::Value)
            field.assign(text);
    }
    static void setOnce(std::string_view &field, od::value &value)
    {
        std::string_view text;
        if (field.empty() && readText(value, text) == Got::Value)
            field = text;
    }
    static void setScore(int &score, od::value &value)
    {
        double number = 0;
        if (score == kNoScore && readNumber(value, number) == Got::Value)
            score = scoreOf(number);
    }

    CallFields &m_out;
    std::string_view m_sessionId, m_appId;
    bool m_sessionIdUnusable = false;
    std::vector<std::string_view> &m_queues, &m_agents, &m_dispositions;
    std::vector<AgentSegment> &m_responders;
    qint64 m_talk = 0, m_hold = 0, m_afterCallWork = 0, m_wait = 0;
};

simdjson::error_code Extractor::record(od::object &object, std::string &problem)
{
    for (auto fieldResult : object) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return error;
        od::value value = field.value();
        switch (classifyKey(keyText(field))) {
        case Key::SessionId: {
            if (!m_sessionId.empty())
                break;
            od::json_type type;
            if (value.type().get(type) || type == od::json_type::object || type == od::json_type::array
                || type == od::json_type::boolean)
                m_sessionIdUnusable = true;
            else
                setOnce(m_sessionId, value);
            break;
        }
        case Key::ConversationId: setOnce(m_out.conversationId, value); break;
        case Key::Channel: setOnce(m_out.channel, value); break;
        case Key::FinalStatus: setOnce(m_out.finalStatus, value); break;
        case Key::SmartStatus: setOnce(m_out.smartStatus, value); break;
        case Key::Reason: setOnce(m_out.reason, value); break;
        case Key::Direction: setOnce(m_out.direction, value); break;
        case Key::UserId: setOnce(m_out.userId, value); break;
        case Key::BotId: setOnce(m_out.botId, value); break;
        case Key::AppId: setOnce(m_appId, value); break;
        case Key::IsVoicemail: setOnce(m_out.isVoicemail, value); break;
        case Key::SessionStartTime: setOnce(m_out.sessionStartTime, value); break;
        case Key::SessionEndTime: setOnce(m_out.sessionEndTime, value); break;
        case Key::CsatScore: setScore(m_out.csatScore, value); break;
        case Key::NpsScore: setScore(m_out.npsScore, value); break;
        case Key::LikeDislikeScore: setScore(m_out.likeDislikeScore, value); break;
        case Key::Dispositions:
            if (auto error = dispositions(value))
                return error;
            break;
        case Key::Destinations:
            if (auto error = destinations(value))
                return error;
            break;
        default:
            break;   // unknown fields stay in the raw JSON only
        }
    }

    if (m_sessionIdUnusable && m_sessionId.empty())
        problem = "sessionId is not a string";
    else if (m_sessionId.empty())
        problem = "record has no sessionId";
    else if (m_sessionId.size() > kMaxIdLength)
        problem = "sessionId is too long (" + std::to_string(m_sessionId.size()) + " bytes)";
    finish();
    return simdjson::SUCCESS;
}

simdjson::error_code Extractor::dispositions(od::value &value)
{
    od::json_type type;
    if (value.type().get(type))
        return simdjson::SUCCESS;   // unreadable scalar: absent
    if (type != od::json_type::array) {
        std::string_view text;   // tolerate a single string
        if (readText(value, text) == Got::Value)
            addUnique(m_dispositions, text);
        return simdjson::SUCCESS;
    }
    od::array array;
    if (auto error = value.get_array().get(array))
        return error;
    for (auto elementResult : array) {
        od::value element;
        if (auto error = elementResult.get(element))
            return error;
        std::string_view text;
        if (readText(element, text) == Got::Value)
            addUnique(m_dispositions, text);
    }
    return simdjson::SUCCESS;
}

simdjson::error_code Extractor::destinations(od::value &value)
{
    od::json_type type;
    if (value.type().get(type) || type != od::json_type::array)
        return simdjson::SUCCESS;
    od::array array;
    if (auto error = value.get_array().get(array))
        return error;
    for (auto elementResult : array) {
        od::value element;
        if (auto error = elementResult.get(element))
            return error;
        if (element.type().get(type) || type != od::json_type::object)
            continue;   // null or junk inside destinations: skipped, kept in raw
        od::object object;
        if (auto error = element.get_object().get(object))
            return error;
        ++m_out.destinationCount;
        if (auto error = destination(object))
            return error;
    }
    return simdjson::SUCCESS;
}

simdjson::error_code Extractor::destination(od::object &object)
{
    std::string_view destinationType, queueId, queueName, enterTime;
    AgentSegment self;   // a bare AgentSegment carries the agent fields itself
    m_responders.clear();
    bool queueFields = false;

    for (auto fieldResult : object) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return error;
        od::value value = field.value();
        const Key key = classifyKey(keyText(field));
        switch (key) {
        case Key::DestinationType: setOnce(destinationType, value); break;
        case Key::QueueId: setOnce(queueId, value); queueFields = true; break;
        case Key::QueueName: setOnce(queueName, value); queueFields = true; break;
        case Key::EnterTime: setOnce(enterTime, value); queueFields = true; break;
        case Key::RespondingAgent:
            if (auto error = respondingAgents(value))
                return error;
            break;
        default:
            // nonRespondingAgents, ConsultingAgents, JoinedUsers, CallbackOpted...:
            // not segments of their own; skipped here, kept in raw.
            agentField(key, value, self);
            break;
        }
    }

    const bool queueType = equalsIgnoringCase(destinationType, "queueentry");
    const bool agentType = equalsIgnoringCase(destinationType, "agentsegment");
    if (queueType || (!agentType && (queueFields || !m_responders.empty()))) {
        addUnique(m_queues, queueName.empty() ? queueId : queueName);
        for (const AgentSegment &responder : m_responders)
            addSegment(responder);
        if (!m_responders.empty() && !enterTime.empty()) {
            const AgentSegment &first = m_responders.front();
            bool enterUtc = false, reachedUtc = false;
            const qint64 entered = parseApiTime(enterTime, &enterUtc);
            qint64 reached = parseApiTime(first.assignedAt, &reachedUtc);
            if (reached == kNoTime)
                reached = parseApiTime(first.acceptedTime, &reachedUtc);
            if (entered != kNoTime && reached != kNoTime && enterUtc == reachedUtc && reached >= entered)
                m_wait = saturatingAdd(m_wait, reached - entered);
        }
    } else if (agentType || (destinationType.empty() && self.seen)) {
        addSegment(self);
    }
    return simdjson::SUCCESS;
}

simdjson::error_code Extractor::respondingAgents(od::value &value)
{
    od::json_type type;
    if (value.type().get(type))
        return simdjson::SUCCESS;
    if (type == od::json_type::object) {
        od::object object;
        if (auto error = value.get_object().get(object))
            return error;
        AgentSegment segment;
        if (auto error = agentObject(object, segment))
            return error;
        m_responders.push_back(segment);
    } else if (type == od::json_type::array) {   // tolerated: several responders
        od::array array;
        if (auto error = value.get_array().get(array))
            return error;
        for (auto elementResult : array) {
            od::value element;
            if (auto error = elementResult.get(element))
                return error;
            if (element.type().get(type) || type != od::json_type::object)
                continue;
            od::object object;
            if (auto error = element.get_object().get(object))
                return error;
            AgentSegment segment;
            if (auto error = agentObject(object, segment))
                return error;
            m_responders.push_back(segment);
        }
    }
    return simdjson::SUCCESS;
}

simdjson::error_code Extractor::agentObject(od::object &object, AgentSegment &segment)
{
    for (auto fieldResult : object) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return error;
        agentField(classifyKey(keyText(field)), field.value(), segment);
    }
    return simdjson::SUCCESS;
}

bool Extractor::agentField(Key key, od::value &value, AgentSegment &segment)
{
    double number = 0;
    switch (key) {
    case Key::Name: setOnce(segment.name, value); break;
    case Key::AgentId: setOnce(segment.agentId, value); break;
    case Key::AssignedAt: setOnce(segment.assignedAt, value); break;
    case Key::AcceptedTime: setOnce(segment.acceptedTime, value); break;
    case Key::InteractionDuration:
        if (readNumber(value, number) == Got::Value)
            segment.talk = roundedSeconds(number);
        break;
    case Key::HoldDuration:
        if (readNumber(value, number) == Got::Value)
            segment.hold = roundedSeconds(number);
        break;
    case Key::AfterCallWorkDuration:
        if (readNumber(value, number) == Got::Value)
            segment.afterCallWork = roundedSeconds(number);
        break;
    default:
        return false;
    }
    segment.seen = true;
    return true;
}

void Extractor::addSegment(const AgentSegment &segment)
{
    ++m_out.agentSegmentCount;
    m_talk = saturatingAdd(m_talk, segment.talk);
    m_hold = saturatingAdd(m_hold, segment.hold);
    m_afterCallWork = saturatingAdd(m_afterCallWork, segment.afterCallWork);
    addUnique(m_agents, segment.name.empty() ? segment.agentId : segment.name);
}

void Extractor::finish()
{
    m_out.sessionId.assign(m_sessionId);
    if (m_out.botId.empty())
        m_out.botId.assign(m_appId);
    if (m_out.conversationId.size() > kMaxIdLength)
        m_out.conversationId.clear();   // nonsense; still in raw
    m_out.talkSeconds = clampToInt(m_talk);
    m_out.holdSeconds = clampToInt(m_hold);
    m_out.afterCallWorkSeconds = clampToInt(m_afterCallWork);
    m_out.waitSeconds = clampToInt(m_wait);
    m_out.queues.assign(m_queues.begin(), m_queues.end());
    m_out.agents.assign(m_agents.begin(), m_agents.end());
    m_out.dispositions.assign(m_dispositions.begin(), m_dispositions.end());
    m_out.startSeconds = parseApiTime(m_out.sessionStartTime, &m_out.startIsUtc);
    m_out.endSeconds = parseApiTime(m_out.sessionEndTime, &m_out.endIsUtc);
}

} // namespace

Key classifyKey(std::string_view key)
{
    static const KeyIndex index;
    if (key.size() > kMaxKeyLength)
        return Key::Unknown;
    for (const KeyName &name : index.byLength[key.size()])
        if (equalsLowerLetters(key, name.lower))
            return name.key;
    return Key::Unknown;
}

std::string_view keyText(od::field &field)
{
    // raw() points just past the opening quote; stage 1 guarantees a closing
    // quote (an escaped quote ends the view early, and such a key is not ours).
    const char *begin = field.key().raw();
    const char *end = begin;
    while (*end != '"')
        ++end;
    return {begin, size_t(end - begin)};
}

Got readText(od::value &value, std::string_view &text)
{
    od::json_type type;
    if (value.type().get(type))
        return Got::Absent;
    switch (type) {
    case od::json_type::string:
        return value.get_string().get(text) ? Got::Absent : Got::Value;
    case od::json_type::number:
    case od::json_type::boolean:
        text = trimmed(value.raw_json_token());
        return text.empty() ? Got::Absent : Got::Value;
    default:
        return Got::Absent;
    }
}

Got readNumber(od::value &value, double &number)
{
    od::json_type type;
    if (value.type().get(type))
        return Got::Absent;
    if (type == od::json_type::number)
        return value.get_double().get(number) ? Got::Absent : Got::Value;
    if (type != od::json_type::string)
        return Got::Absent;
    std::string_view text;
    if (value.get_string().get(text))
        return Got::Absent;
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc() && end == text.data() + text.size() && !text.empty() ? Got::Value : Got::Absent;
}

simdjson::error_code extractRecord(od::object &record, CallFields &out, std::string &problem)
{
    thread_local Scratch scratch;
    Extractor extractor(out, scratch);
    return extractor.record(record, problem);
}

} // namespace cs::recordjson
