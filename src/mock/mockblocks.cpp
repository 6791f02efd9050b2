// The newer optional fields at the end of a record: automation bots, the
// opt-in blocks a request names in `selectedFields` (skills, customer and
// campaign info, tags, snooze info) and the odd errorDetails.

#include "mockcatalog.h"
#include "mockrender.h"

namespace cs::mock {

using namespace catalog;

namespace {

// Where a block goes: into the record when the request asked for it, else
// into a scratch object that is thrown away. Either way the block draws the
// same random numbers, so leaving one out never changes the rest of the record.
class BlockSink
{
public:
    BlockSink(JsonWriter &record, RecordBlocks selected)
        : m_record(record), m_selected(selected), m_scratch(m_scratchBytes)
    {
        m_scratch.beginObject();
    }
    JsonWriter &operator()(RecordBlock block) { return m_selected.testFlag(block) ? m_record : m_scratch; }

private:
    JsonWriter &m_record;
    RecordBlocks m_selected;
    QByteArray m_scratchBytes;   // before m_scratch, which writes into it
    JsonWriter m_scratch;
};

QByteArray fullName(S first, S last)
{
    QByteArray out(first.data(), qsizetype(first.size()));
    out += ' ';
    out.append(last.data(), qsizetype(last.size()));
    return out;
}

bool isMessaging(int channel)
{
    return channel == Rtm || channel == Email || channel == WhatsApp || channel == Sms;
}

// Agents snooze a chat or e-mail conversation until the customer answers.
// Drawn from a stream of its own: the block is newer than the others, and
// adding it must not change any record rendered before it existed.
void writeSnoozeInfo(JsonWriter &w, const ExtrasInput &in)
{
    if (!isMessaging(in.plan.channel) || in.destinations.lastAgent < 0)
        return;
    Rng rng(mix(in.callSeed, 0x5A002E));
    if (!rng.chance(15))
        return;
    const Person &agent = kAgents[size_t(in.destinations.lastAgent)];
    const int count = rng.range(1, 3);
    const qint64 snoozedAt = in.startUtc + rng.range(60, 1800);
    const qint64 until = snoozedAt + 3600LL * rng.range(1, 48);
    static constexpr std::array<S, 4> kReasons = {
        "Waiting for customer reply", "Awaiting invoice copy", "Follow up after technician visit", "Customer asked to pause"};
    w.key("snoozeinfo").beginObject()
        .field("isSnoozed", rng.chance(20))
        .field("snoozeCount", count)
        .field("snoozedBy", agent.id)
        .field("snoozedByName", agent.name)
        .field("lastSnoozedAt", formatIsoUtcMillis(snoozedAt, rng.below(1000)))
        .field("snoozedUntil", formatIsoUtcMillis(until, 0))
        .field("reason", rng.pick(kReasons))
        .endObject();
}

} // namespace

void writeExtras(Rng &rng, JsonWriter &w, const ExtrasInput &in, RecordBlocks blocks)
{
    BlockSink sink(w, blocks);
    if (rng.chance(60))
        w.key("automationBotIDs").beginArray().string(rng.pick(kAutomationBots)).endArray();
    if (in.plan.kind != CallKind::BotOnly && rng.chance(40)) {
        JsonWriter &out = sink(RecordBlock::Skills);
        out.key("skills").beginArray().string(rng.pick(kSkills));
        if (rng.chance(30))
            out.string(rng.pick(kSkills));
        out.endArray();
    }
    if (rng.chance(40)) {
        sink(RecordBlock::CustomerInfo).key("customerinfo").beginObject()
            .field("customerId", "CUST-" + QByteArray::number(rng.range(10000, 99999)))
            .field("name", fullName(in.firstName, in.lastName))
            .field("tier", rng.pick(kTiers))
            .field("language", rng.pick(kLanguages))
            .endObject();
    }
    if (in.plan.channel == Campaign) {
        const CampaignInfo &c = rng.pick(kCampaigns);
        sink(RecordBlock::CampaignInfo).key("campaigninfo").beginObject()
            .field("campaignId", c.id)
            .field("campaignName", c.name)
            .field("campaignInstanceId", guid("ci", rng.next()))
            .field("dialingMode", rng.chance(50) ? "Preview" : "Progressive")
            .field("scheduledTime", formatIsoUtcMillis(in.startUtc - rng.range(60, 86400), rng.below(1000)))
            .field("attemptedTime", formatIsoUtcMillis(in.startUtc, rng.below(1000)))
            .endObject();
    }
    if (rng.chance(30)) {
        sink(RecordBlock::SessionLevelTags).key("sessionleveltags").beginArray()
            .beginObject().field("name", "intent").field("value", rng.pick(kIntents)).endObject()
            .beginObject().field("name", "language").field("value", rng.pick(kLanguages)).endObject()
            .endArray();
    }
    if (rng.chance(15)) {
        sink(RecordBlock::UserLevelTags).key("userleveltags").beginArray()
            .beginObject().field("name", "vip").field("value", rng.chance(30) ? "true" : "false").endObject()
            .endArray();
    }
    writeSnoozeInfo(sink(RecordBlock::SnoozeInfo), in);
    if (rng.chance(2)) {
        w.key("errorDetails").beginObject()
            .field("code", "ERR_TRANSFER_FAILED").field("message", "SIP 486 Busy Here")
            .endObject();
    }
}

} // namespace cs::mock
