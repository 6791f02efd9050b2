#include "windowpager.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace cs {

// lupdate takes the context from the qualified call (WindowPagerText::tr), which a
// free tr() helper would not give it.
struct WindowPagerText
{
    Q_DECLARE_TR_FUNCTIONS(WindowPagerText)
};

namespace {

quint64 idHash(std::string_view sessionId)
{
    return std::hash<std::string_view>{}(sessionId);
}

// An unusable record has no sessionId: it is known by its place and fault,
// so a server that sends the same broken record for every offset is seen
// not to advance.
quint64 issueHash(const ParseIssue &issue)
{
    return std::hash<QString>{}(issue.message) ^ (quint64(issue.index) * 0x9E3779B97F4A7C15ull) ^ 1;
}

// The sessionId at data[index], or 0 if that record was skipped by the parser.
quint64 sessionIdHashAt(const ParsedPage &page, int index)
{
    int skippedBefore = 0;
    for (const ParseIssue &issue : page.issues) {
        if (issue.index == index)
            return 0;
        if (issue.index < index)
            ++skippedBefore;
    }
    const size_t position = size_t(index - skippedBefore);
    return position < page.records.size() ? idHash(page.records[position].sessionId) : 0;
}

qint64 zoneLessStart(const CallFields &record)
{
    return record.startSeconds == kNoTime || record.startIsUtc ? kNoTime : record.startSeconds;
}

} // namespace

WindowPager::WindowPager(const RequestWindow &window, int pageLimit, int maxPagesOffset)
    : m_window(window)
    , m_chunk(window)
    , m_pageLimit(std::max(1, pageLimit))
    , m_maxPagesOffset(std::max(0, maxPagesOffset))
    , m_pagesLimit(m_pageLimit)
{
}

bool WindowPager::canProbe(bool allowSingleRecord) const
{
    if (!m_waitingForMode)
        return false;
    return (m_firstPageSize >= 2 && m_firstPageSecondId != 0) || allowSingleRecord;
}

WindowPager::Step WindowPager::start()
{
    startChunk(m_window, false);
    return request(0, m_pageLimit);
}

void WindowPager::startChunk(const RequestWindow &range, bool narrowed)
{
    m_chunk = range;
    m_offset = 0;
    m_narrowed = narrowed;
    m_emptyRetries = 0;
    m_previousReceived = -1;
    m_previousLastNaive = kNoTime;
    m_previousPage.clear();
    m_firstPage.clear();
    m_order = Order::Unknown;
    m_lastNaive = m_oldestNaive = m_newestNaive = m_displacedNaive = kNoTime;
    m_pagesLimit = m_pageLimit;
    m_pending = Pending::Nothing;
}

WindowPager::Step WindowPager::request(int offset, int limit)
{
    m_offset = offset;
    m_askedLimit = limit;
    Step step;
    step.kind = Step::Kind::Request;
    step.range = m_chunk;
    step.offset = offset;
    step.limit = limit;
    return step;
}

WindowPager::Step WindowPager::done()
{
    m_finished = true;
    std::unordered_set<quint64>().swap(m_seen);   // a finished window needs none of it
    m_previousPage.clear();
    m_firstPage.clear();
    m_waitingForMode = false;
    m_probing = false;
    return {};
}

WindowPager::Step WindowPager::fail(const QString &message)
{
    m_finished = true;
    Step step;
    step.kind = Step::Kind::Fail;
    step.message = message;
    return step;
}

QString WindowPager::timeText(qint64 utc) const
{
    RequestWindow at = m_window;
    at.startUtc = utc;
    return at.startDate();
}

bool WindowPager::isFull(int received, const PagingFacts &facts) const
{
    return isFull(received, m_askedLimit, facts);
}

bool WindowPager::isFull(int received, int askedLimit, const PagingFacts &facts) const
{
    const int expected = facts.pageCapKnown && facts.pageCap > 0 ? std::min(askedLimit, facts.pageCap) : askedLimit;
    return received >= expected;
}

WindowPager::Step WindowPager::onPage(const ParsedPage &page, PagingFacts &facts, bool mayProbe,
                                      ProbeResult *probeResult)
{
    const int received = int(page.records.size() + page.issues.size());
    const bool firstOfChunk = m_previousReceived < 0;
    ++m_pages;

    // Absorb: what is new, the order of the new calls, repeats across the page boundary.
    int fresh = 0;
    bool repeatsPrevious = false;
    bool sawOlder = false, sawNewer = false;
    std::unordered_set<quint64> pageIds;
    qint64 firstNaive = kNoTime, lastNaive = kNoTime;
    for (const CallFields &record : page.records) {
        const quint64 id = idHash(record.sessionId);
        pageIds.insert(id);
        repeatsPrevious = repeatsPrevious || m_previousPage.count(id) > 0;
        const qint64 naive = zoneLessStart(record);
        if (naive != kNoTime) {
            if (firstNaive == kNoTime)
                firstNaive = naive;
            lastNaive = naive;
        }
        if (!m_seen.insert(id).second)
            continue;
        ++fresh;
        if (naive == kNoTime)
            continue;
        if (m_lastNaive != kNoTime) {
            sawOlder = sawOlder || naive < m_lastNaive;
            sawNewer = sawNewer || naive > m_lastNaive;
        }
        m_lastNaive = naive;
        m_oldestNaive = m_oldestNaive == kNoTime ? naive : std::min(m_oldestNaive, naive);
        m_newestNaive = m_newestNaive == kNoTime ? naive : std::max(m_newestNaive, naive);
    }
    for (const ParseIssue &issue : page.issues)
        fresh += m_seen.insert(issueHash(issue)).second ? 1 : 0;
    if (sawOlder)
        m_order = m_order == Order::OldestFirst || sawNewer ? Order::None : (m_order == Order::None ? Order::None : Order::NewestFirst);
    else if (sawNewer)
        m_order = m_order == Order::NewestFirst ? Order::None : (m_order == Order::None ? Order::None : Order::OldestFirst);

    // Learn the server's page size.
    if (received >= m_askedLimit) {
        facts.pageCap = std::max(facts.pageCap, m_askedLimit);
        facts.pageCapKnown = true;
    } else if (!firstOfChunk && fresh > 0 && !facts.pageCapKnown && m_previousReceived > 0) {
        facts.pageCap = m_previousReceived;   // a short page that was not the end
        facts.pageCapKnown = true;
    }
    const bool full = isFull(received, facts);
    const bool unsure = !full && !facts.pageCapKnown && received > 0;   // short, or the server's size?
    const int previousReceived = m_previousReceived;
    // Judged by the limit that page was asked with: a probe asks for fewer.
    const bool previousFull = previousReceived >= 0 && isFull(previousReceived, m_previousAskedLimit, facts);
    const qint64 previousLastNaive = m_previousLastNaive;
    const std::unordered_set<quint64> previousPage = std::move(m_previousPage);
    m_previousReceived = received;
    m_previousAskedLimit = m_askedLimit;
    m_previousLastNaive = lastNaive;
    m_previousPage = pageIds;
    if (firstOfChunk)
        m_firstPage = pageIds;

    if (m_probing) {
        m_probing = false;
        probeResult->ended = true;
        if (received > 0) {
            const bool startsWithSecond = m_firstPageSecondId != 0 && sessionIdHashAt(page, 0) == m_firstPageSecondId;
            facts.mode = startsWithSecond ? PagingMode::Records : PagingMode::Pages;
            probeResult->detected = facts.mode;
            // Under the records reading the probe overlaps P0 by design: none
            // of the checks across the page boundary apply to it. Under the
            // pages reading it is page 1, checked like any other below.
            if (facts.mode == PagingMode::Records) {
                if (!full && !unsure)
                    return done();
                return continueAfter(facts, received);
            }
        }
    }

    if (received == 0) {
        if (firstOfChunk) {
            if (!m_narrowed)
                return done();
            // This chunk ends on calls the server listed a moment ago: it cannot be empty.
            if (++m_emptyRetries <= 2) {
                m_previousReceived = -1;
                return request(0, m_pageLimit);
            }
            return fail(WindowPagerText::tr("The server keeps answering with no calls for %1 – %2, where it listed "
                                            "calls a moment before; the range cannot be fetched reliably.")
                            .arg(m_chunk.startDate(), m_chunk.endDate()));
        }
        if (previousFull)
            return narrow(facts, WindowPagerText::tr("an empty page right after a full one"));
        return done();   // the page before was short: the end
    }
    m_emptyRetries = 0;

    if (firstOfChunk) {
        if (!full && !unsure)
            return done();   // all of the chunk in one short page, whatever its order
        m_firstPageSize = received;
        m_firstPageSecondId = sessionIdHashAt(page, 1);
        // A server that returns fewer than asked may count pages in its own
        // page size: ask for exactly that, so both readings skip the same records.
        m_pagesLimit = std::min(m_pageLimit, received);
        if (facts.mode == PagingMode::Auto) {
            if (mayProbe && m_firstPageSize >= 2 && m_firstPageSecondId != 0)
                return probe();
            m_waitingForMode = true;
            Step wait;
            wait.kind = Step::Kind::WaitForMode;
            return wait;
        }
        if (full && facts.offsetIgnored)
            return narrow(facts, WindowPagerText::tr("the server ignores the offset"));
        return continueAfter(facts, received);
    }

    // Calls of one second on both sides of a page boundary, with one of them
    // repeated: the server's order within that second changed between the two
    // requests, so some of that second's calls may have been on neither page.
    if (repeatsPrevious && firstNaive != kNoTime && firstNaive == previousLastNaive) {
        m_displacedNaive = firstNaive;
        return narrow(facts, WindowPagerText::tr("calls of one second moved between pages"));
    }
    if (fresh == 0) {
        if (m_offset > 0 && pageIds == m_firstPage && previousPage == m_firstPage)
            facts.offsetIgnored = true;
        return narrow(facts, WindowPagerText::tr("a page with no new calls"));
    }
    if (m_order == Order::None)
        return bisect(WindowPagerText::tr("the server's records are in no order"));
    if (full || unsure)
        return continueAfter(facts, received);
    return done();
}

WindowPager::Step WindowPager::continueAfter(const PagingFacts &facts, int received)
{
    switch (facts.mode) {
    case PagingMode::Records:
        return request(m_offset + received, m_pageLimit);
    case PagingMode::Pages:
        if (m_offset >= m_maxPagesOffset)
            return narrow(facts, WindowPagerText::tr("the last page the server allows"));
        return request(m_offset + 1, m_pagesLimit);
    case PagingMode::Auto:
        break;
    }
    m_waitingForMode = true;
    Step wait;
    wait.kind = Step::Kind::WaitForMode;
    return wait;
}

WindowPager::Step WindowPager::probe()
{
    m_waitingForMode = false;
    m_probing = true;
    return request(1, m_pagesLimit);
}

WindowPager::Step WindowPager::resume(const PagingFacts &facts)
{
    if (m_waitingForMode) {
        m_waitingForMode = false;
        m_offset = 0;
        return continueAfter(facts, m_firstPageSize);
    }
    if (m_pending == Pending::Narrow) {
        m_pending = Pending::Nothing;
        return narrow(facts, m_pendingWhy);
    }
    return done();
}

WindowPager::Step WindowPager::onOffsetRefused(const PagingFacts &facts, ProbeResult *probeResult)
{
    if (m_probing) {
        m_probing = false;
        probeResult->ended = true;
    }
    const bool previousFull = m_previousReceived >= 0 && isFull(m_previousReceived, m_previousAskedLimit, facts);
    if (!previousFull)
        return done();   // past the end, after a short page
    return narrow(facts, WindowPagerText::tr("the server refused offset %1").arg(m_offset));
}

WindowPager::Step WindowPager::narrow(const PagingFacts &facts, const QString &why)
{
    if (!facts.stampsKnownFor(m_chunk.offsetMinutes)) {
        // Where the chunk ends depends on the zone of the stamps: wait until the run knows it.
        m_pending = Pending::Narrow;
        m_pendingWhy = why;
        Step wait;
        wait.kind = Step::Kind::WaitForStamps;
        return wait;
    }
    if (m_oldestNaive == kNoTime)
        return bisect(why);
    const qint64 shift = facts.stampShiftSeconds(m_chunk.offsetMinutes);
    RequestWindow next = m_chunk;
    if (m_order == Order::OldestFirst) {
        const qint64 boundary = (m_displacedNaive != kNoTime ? m_displacedNaive : m_newestNaive) + shift;
        next.startUtc = std::clamp(boundary, m_chunk.startUtc, m_chunk.endUtc);
    } else if (m_order == Order::NewestFirst) {
        const qint64 boundary = (m_displacedNaive != kNoTime ? m_displacedNaive : m_oldestNaive) + shift;
        next.endUtc = std::clamp(boundary + 1, m_chunk.startUtc, m_chunk.endUtc);
    } else {
        // Every call seen starts in one second (or the order is unknown): page that second alone.
        const qint64 second = m_oldestNaive + shift;
        next.startUtc = std::clamp(second, m_chunk.startUtc, m_chunk.endUtc);
        next.endUtc = std::clamp(second + 1, m_chunk.startUtc, m_chunk.endUtc);
    }
    if (next == m_chunk) {
        return fail(WindowPagerText::tr("Too many calls start at %1 (over %2 within about one second): the server "
                                        "cannot page through them, so the range cannot be fetched completely.")
                        .arg(timeText(next.endUtc - 1 > next.startUtc ? next.endUtc - 1 : next.startUtc))
                        .arg(qulonglong(m_previousReceived)));
    }
    ++m_narrowings;
    startChunk(next, true);
    Step step = request(0, m_pageLimit);
    step.message = WindowPagerText::tr("The server stopped paging (%1); continuing with %2 – %3.")
                       .arg(why, next.startDate(), next.endDate());
    return step;
}

WindowPager::Step WindowPager::bisect(const QString &why)
{
    if (m_chunk.spanSeconds() < 2)
        return fail(WindowPagerText::tr("The server cannot page through the calls of %1 – %2 (%3), so the range "
                                        "cannot be fetched completely.")
                        .arg(m_chunk.startDate(), m_chunk.endDate(), why));
    const qint64 middle = m_chunk.startUtc + m_chunk.spanSeconds() / 2;
    RequestWindow first = m_chunk;
    RequestWindow second = m_chunk;
    first.endUtc = middle;
    second.startUtc = middle;   // shared: a server filtering to the millisecond loses nothing at the seam
    m_finished = true;
    Step step;
    step.kind = Step::Kind::Split;
    step.windows = {first, second};
    step.message = WindowPagerText::tr("The server cannot page through %1 – %2 (%3); splitting it in two.")
                       .arg(m_chunk.startDate(), m_chunk.endDate(), why);
    return step;
}

} // namespace cs
