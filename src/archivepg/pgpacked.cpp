#include "pgpacked.h"

#include <algorithm>
#include <limits>

namespace cs::pgpacked {

namespace {

// Reads the items of a packed text from its start; every read fails (and
// stays failed) on anything out of place. Digits are read by hand: a load
// decodes ten million numbers and lengths, and std::from_chars' generality
// (bases, signs, overflow per digit) was a third of the decoder's time.
class Reader
{
public:
    explicit Reader(std::string_view text) : m_at(text.data()), m_end(text.data() + text.size()) {}
    bool ok() const { return m_ok && m_at == m_end; }

    // A text: "-" (NULL: empty here) or "<bytes>:<text>".
    void text(std::string &out)
    {
        if (m_ok && m_at < m_end && *m_at == '-') {
            ++m_at;
            out.clear();
            return;
        }
        quint64 bytes = 0;
        if (!m_ok || !unsignedDigits(&bytes, ':') || bytes > quint64(m_end - m_at)) {
            out.clear();
            return fail();
        }
        out.assign(m_at, size_t(bytes));
        m_at += bytes;
    }
    // A number: "-," (NULL: `null`) or "[-]<digits>,".
    qint64 number(qint64 null)
    {
        if (!m_ok)
            return null;
        bool negative = false;
        if (m_at < m_end && *m_at == '-') {
            ++m_at;
            if (m_at < m_end && *m_at == ',') {
                ++m_at;
                return null;
            }
            negative = true;
        }
        quint64 value = 0;
        constexpr auto kMax = quint64(std::numeric_limits<qint64>::max());
        if (!unsignedDigits(&value, ',') || value > kMax + (negative ? 1 : 0)) {
            fail();
            return null;
        }
        return negative ? qint64(0 - value) : qint64(value);
    }
    // A list: "<count>[" then as many texts.
    void list(std::vector<std::string> &out)
    {
        quint64 count = 0;
        // Each text takes at least one byte: a count above what is left is damage.
        if (!m_ok || !unsignedDigits(&count, '[') || count > quint64(m_end - m_at)) {
            out.clear();
            return fail();
        }
        out.resize(size_t(count));
        for (std::string &item : out)
            text(item);
    }

private:
    void fail() { m_ok = false; }
    // One to 19 decimal digits (below 10^19: no overflow of 64 bits), then `end`.
    bool unsignedDigits(quint64 *value, char end)
    {
        const char *p = m_at;
        const char *limit = m_end - p > 19 ? p + 19 : m_end;
        quint64 v = 0;
        while (p < limit && quint8(*p - '0') < 10)
            v = v * 10 + quint8(*p++ - '0');
        if (p == m_at || p == m_end || *p != end)
            return false;
        m_at = p + 1;
        *value = v;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

int toInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

bool decode(std::string_view packed, ArchivedCall &call)
{
    CallFields &f = call.fields;
    f.raw = {};   // every other field is assigned below (clearing them first cost 2 % of a load)
    Reader r(packed);
    r.text(f.sessionId);
    r.text(f.conversationId);
    r.text(f.userId);
    const qint64 startUtc = r.number(kNoTime);
    const qint64 endUtc = r.number(kNoTime);
    call.offsetMinutes = toInt(r.number(0));
    const qint64 offsetSeconds = qint64(call.offsetMinutes) * 60;
    f.startSeconds = startUtc == kNoTime ? kNoTime : startUtc - offsetSeconds;
    f.endSeconds = endUtc == kNoTime ? kNoTime : endUtc - offsetSeconds;
    f.startIsUtc = f.endIsUtc = false;
    for (std::string *label : {&f.channel, &f.finalStatus, &f.smartStatus, &f.reason, &f.direction, &f.botId,
                               &f.isVoicemail})
        r.text(*label);
    r.list(f.queues);
    r.list(f.agents);
    r.list(f.dispositions);
    f.talkSeconds = toInt(r.number(0));
    f.holdSeconds = toInt(r.number(0));
    f.afterCallWorkSeconds = toInt(r.number(0));
    f.waitSeconds = toInt(r.number(0));
    f.destinationCount = toInt(r.number(0));
    f.agentSegmentCount = toInt(r.number(0));
    f.csatScore = toInt(r.number(kNoScore));
    f.npsScore = toInt(r.number(kNoScore));
    f.likeDislikeScore = toInt(r.number(kNoScore));
    r.text(f.sessionStartTime);
    r.text(f.sessionEndTime);
    return r.ok();
}

} // namespace cs::pgpacked
