// One record's top-level fields, in the vendor's key order and with the
// vendor's quirks: `reason` vs `Reason`, optional blocks that come and go,
// the odd null and the odd number sent as a string.

#include "mockcatalog.h"
#include "mockrender.h"

#include <cstdio>

namespace cs::mock {

using namespace catalog;

QByteArray guid(const char *prefix, quint64 bits)
{
    const quint64 more = mix(bits, 0x5EED);
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%s-%08x-%04x-%04x-%04x-%012llx", prefix, unsigned(bits >> 32),
                                unsigned(bits >> 16) & 0xFFFFu, unsigned(bits) & 0xFFFFu, unsigned(more >> 48),
                                static_cast<unsigned long long>(more & 0xFFFFFFFFFFFFULL));
    return QByteArray(buf, n);
}

namespace {

QByteArray phoneNumber(Rng &rng, const char *countryCode)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "+%s%03d%07d", countryCode, rng.range(200, 989), rng.range(0, 9999999));
    return QByteArray(buf, n);
}

QByteArray join(S a, S sep, S b)
{
    QByteArray out(a.data(), qsizetype(a.size()));
    out.append(sep.data(), qsizetype(sep.size()));
    out.append(b.data(), qsizetype(b.size()));
    return out;
}

struct Outcome
{
    S finalStatus;
    S smartStatus;
    QByteArray reason;
};

Outcome outcomeOf(Rng &rng, const CallPlan &plan, const RenderedDestinations &dest)
{
    const S queue = dest.firstQueue >= 0 ? kQueues[size_t(dest.firstQueue)].name : S("Default Queue");
    const S agent = dest.lastAgent >= 0 ? kAgents[size_t(dest.lastAgent)].name : S();
    switch (plan.kind) {
    case CallKind::BotOnly: {
        const int r = rng.weighted(std::array<int, 3>{75, 15, 10});
        if (r == 0)
            return {"BotResolved", "CLOSED AT BOT", {}};
        if (r == 1)
            return {"USER ABANDONED", "ABANDONED AT BOT", {}};
        return {"CLOSED", "CLOSED AT BOT", "Session timed out"};
    }
    case CallKind::Answered:
    case CallKind::Reassigned:
        return {rng.chance(50) ? S("CLOSED") : S("AGENT RESOLVED"), "CLOSED WITH AGENT", join(queue, ":", agent)};
    case CallKind::Transfer:
        return {rng.chance(50) ? S("TRANSFERRED") : S("AGENT RESOLVED"), "TRANSFERRED", join(queue, ":", agent)};
    case CallKind::Abandoned:
        return {"USER ABANDONED", plan.channel == Campaign ? "ABANDONED WITH AGENT" : "ABANDONED IN QUEUE",
                join(queue, ":", "Customer left the queue")};
    case CallKind::Voicemail:
        return {"VOICEMAIL", "VOICEMAIL", join(queue, ":", "VOICEMAIL LEFT")};
    case CallKind::DirectAgent:
        return {rng.chance(50) ? S("CLOSED") : S("AGENT RESOLVED"), "CLOSED WITH AGENT", join("Direct transfer", ":", agent)};
    case CallKind::NoAgents:
        return {"CLOSED", "TERMINATED", "NO AGENTS AVAILABLE"};
    }
    return {"CLOSED", "CLOSED", {}};
}

void writeDispositions(Rng &rng, JsonWriter &w, const CallPlan &plan)
{
    std::array<int, 2> picked = {rng.below(int(kDispositions.size())), -1};
    if (plan.kind == CallKind::Abandoned || plan.kind == CallKind::NoAgents)
        picked[0] = 2;   // DROP-OFF
    else if (rng.chance(10))
        picked[1] = (picked[0] + 1 + rng.below(int(kDispositions.size()) - 1)) % int(kDispositions.size());
    w.key("dispositions").beginArray();
    for (int p : picked)
        if (p >= 0)
            w.string(kDispositions[size_t(p)].code);
    w.endArray();
    w.key("dispositionRemarks").beginArray();
    for (int p : picked)
        if (p >= 0)
            w.string(kDispositions[size_t(p)].remark);
    w.endArray();
}

void writeMetaInfo(Rng &rng, JsonWriter &w, int channel, const QByteArray &userId, const QByteArray &customerPhone,
                   S first, S last)
{
    if (rng.chance(1)) {
        w.key("metaInfo").null();
        return;
    }
    w.key("metaInfo").beginObject();
    if (channel == Voice || channel == Campaign) {
        const QByteArray centre = phoneNumber(rng, "1");
        const bool outbound = channel == Campaign;
        w.field("userId", userId).field("firstName", first).field("lastName", last)
            .field("caller", outbound ? centre : customerPhone)
            .field("callee", outbound ? customerPhone : centre)
            .field("countryCode", "1")
            .field("dialedNumber", outbound ? customerPhone : centre)
            .field("endUserNumber", customerPhone);
    } else if (channel == Email) {
        w.field("firstName", first).field("lastName", last)
            .field("email", "customer" + QByteArray::number(rng.range(1000, 99999)) + "@mail.example.org")
            .field("subject", rng.chance(50) ? "Re: Your invoice #88213, \"overdue\"" : "Question about my order");
    } else if (channel == AgentAssist) {
        w.field("userId", userId).field("source", "agentassist");
    } else {
        w.field("firstName", first).field("lastName", last).field("phoneNumber", customerPhone)
            .field("os", rng.chance(60) ? "Mac OS X" : "Android").field("device", "NA")
            .field("hostDomain", "https://staging-xo.korebots.com");
        w.key("identities").beginArray().beginObject()
            .field("val", guid("cs", rng.next()) + "/" + guid("id", rng.next()))
            .field("type", "mapped").endObject().endArray();
        if (rng.chance(20)) {
            w.key("agentTransferConfig").beginObject();
            w.key("skillsIds").beginArray().string("660515c38dbf527036d1a0b2").endArray();
            w.field("overrideAgents", false);
            w.key("overrideValues").beginArray().endArray();
            w.field("automationBotId", kAutomationBots[0]).field("lastIntentName", rng.pick(kIntents));
            w.key("dialog_tone").beginArray().endArray();
            w.endObject();
        }
    }
    w.endObject();
}

void writeSurvey(Rng &rng, JsonWriter &w)
{
    const int type = rng.weighted(std::array<int, 3>{50, 30, 20});
    if (type == 0) {
        const int score = rng.range(1, 5);
        if (rng.chance(5))
            w.field("csatScore", QByteArray::number(score));   // a number sent as a string
        else
            w.field("csatScore", score);
        w.field("surveyType", "csat");
    } else if (type == 1) {
        w.field("npsScore", rng.range(0, 10)).field("surveyType", "nps");
    } else {
        w.field("likeDislikeScore", rng.range(0, 1)).field("surveyType", "likeDislike");
    }
    if (rng.chance(4))
        w.key("csatFeedback").null();
    else
        w.field("csatFeedback", rng.pick(kSurveyFeedback));
}

// The final status a revised call gets instead: always a different one.
S revisedStatus(S status)
{
    if (status == S("CLOSED"))
        return "AGENT RESOLVED";
    if (status == S("AGENT RESOLVED") || status == S("TRANSFERRED"))
        return "CLOSED";
    return status == S("BotResolved") ? S("USER ABANDONED") : S("CLOSED");
}

} // namespace

QByteArray renderRecord(const CallEntry &call, const RenderOptions &options, bool revised)
{
    const bool utcStamps = options.stampZone == MockConfig::StampZone::Utc;
    RenderState st{Rng(call.seed), utcStamps ? 0 : -qint64(options.offsetMinutes) * 60, 0, revised};
    const CallPlan plan = planCall(st.rng);
    st.channel = plan.channel;
    Rng &rng = st.rng;
    const bool botOnly = plan.kind == CallKind::BotOnly;

    const QByteArray sessionId = sessionIdOf(call);
    const QByteArray conversationId = guid("c", mix(call.seed, 1));
    const QByteArray userId = guid("u", mix(call.seed, 2));
    const S first = rng.pick(kFirstNames);
    const S last = rng.pick(kLastNames);
    const QByteArray customerPhone = phoneNumber(rng, rng.chance(70) ? "1" : "91");

    const qint64 start = call.startUtc;
    const int botSeconds = botOnly ? rng.skewed(15, 900) : rng.skewed(5, 180);
    const RenderedDestinations dest = renderDestinations(st, plan, start + botSeconds);
    const qint64 end = botOnly ? start + botSeconds : dest.endUtc + rng.range(0, 5);
    Outcome outcome = outcomeOf(rng, plan, dest);
    if (revised)
        outcome.finalStatus = revisedStatus(outcome.finalStatus);

    QByteArray out;
    out.reserve(botOnly ? 700 : 2600);
    JsonWriter w(out);
    w.beginObject();
    if (!botOnly)
        w.field("conversationId", conversationId);
    w.field("sessionId", sessionId).field("channel", kChannelNames[plan.channel]);
    if (!botOnly)
        w.field("isVoicemail", plan.kind == CallKind::Voicemail ? "YES" : "NO");
    if (plan.direction != NoDirection)
        w.field("Direction", kDirectionNames[plan.direction]);
    w.field("finalStatus", outcome.finalStatus).field("smartStatus", outcome.smartStatus);
    // The vendor sends both spellings; bot-only sessions use the lower-case one.
    w.field(botOnly || rng.chance(10) ? "reason" : "Reason", outcome.reason);
    w.field("botId", kBotId);
    if (!botOnly)
        writeDispositions(rng, w, plan);
    writeMetaInfo(rng, w, plan.channel, userId, customerPhone, first, last);
    w.field("sessionStartTime", st.wall(start)).field("sessionEndTime", st.wall(end));
    if (plan.channel == AgentAssist)
        w.field("channelSpecificUserId", "66050d249f946671f64a1234/agentassist/" + conversationId);
    else if (plan.channel == Voice || plan.channel == Campaign)
        w.field("channelSpecificUserId", customerPhone);
    else
        w.field("channelSpecificUserId", guid("cs", mix(call.seed, 3)));
    w.field("userId", userId).field("orgId", kOrgId);
    if (!botOnly)
        w.key("destinations").raw(dest.json);
    if (dest.agentHandled && rng.chance(30))
        writeSurvey(rng, w);
    if (!botOnly) {
        if (rng.chance(5))
            w.key("disconnectingEvent").null();
        else
            w.field("disconnectingEvent", rng.pick(kDisconnectingEvents));
    }
    writeExtras(rng, w, ExtrasInput{plan, call.seed, start, first, last, dest}, options.blocks);
    w.endObject();
    return out;
}

} // namespace cs::mock
