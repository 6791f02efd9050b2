#include "pgpacked.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace cs::pgpacked {

namespace {

// Reads the items of a packed text from its start; every read fails (and
// stays failed) on anything out of place.
class Reader
{
public:
    explicit Reader(std::string_view text) : m_text(text) {}
    bool ok() const { return m_ok && m_at == m_text.size(); }

    // A text: "-" (NULL: empty here) or "<bytes>:<text>".
    void text(std::string &out)
    {
        out.clear();
        if (!m_ok)
            return;
        if (peek() == '-') {
            ++m_at;
            return;
        }
        qint64 bytes = 0;
        if (!digits(&bytes, ':') || bytes > qint64(m_text.size() - m_at))
            return fail();
        out.assign(m_text.substr(m_at, size_t(bytes)));
        m_at += size_t(bytes);
    }
    // A number: "-," (NULL: `null`) or "<digits>,".
    qint64 number(qint64 null)
    {
        if (!m_ok)
            return null;
        if (peek() == '-' && m_at + 1 < m_text.size() && m_text[m_at + 1] == ',') {
            m_at += 2;
            return null;
        }
        qint64 value = 0;
        if (!digits(&value, ','))
            fail();
        return value;
    }
    // A list: "<count>[" then as many texts.
    void list(std::vector<std::string> &out)
    {
        out.clear();
        qint64 count = 0;
        // Each text takes at least one byte: a count above what is left is damage.
        if (!m_ok || !digits(&count, '[') || count < 0 || count > qint64(m_text.size() - m_at))
            return fail();
        out.resize(size_t(count));
        for (std::string &item : out)
            text(item);
    }

private:
    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    void fail() { m_ok = false; }
    // A signed decimal followed by `end`.
    bool digits(qint64 *value, char end)
    {
        const char *first = m_text.data() + m_at;
        const char *last = m_text.data() + m_text.size();
        const auto [stop, ec] = std::from_chars(first, last, *value);
        if (ec != std::errc() || stop == last || *stop != end)
            return false;
        m_at = size_t(stop - m_text.data()) + 1;
        return true;
    }

    std::string_view m_text;
    size_t m_at = 0;
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
    f.clear();
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
