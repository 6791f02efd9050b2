#include "windowpager.h"

#include <QCoreApplication>
#include <algorithm>

namespace cs {

// lupdate takes the context from the qualified call (WindowPagerText::tr), which a
// free tr() helper would not give it.
struct WindowPagerText
{
    Q_DECLARE_TR_FUNCTIONS(WindowPagerText)
};

// The sessionId at data[index], or "" if that record was skipped by the parser.
static std::string sessionIdAt(const ParsedPage &page, int index)
{
    int skippedBefore = 0;
    for (const ParseIssue &issue : page.issues) {
        if (issue.index == index)
            return {};
        if (issue.index < index)
            ++skippedBefore;
    }
    const size_t position = size_t(index - skippedBefore);
    return position < page.records.size() ? page.records[position].sessionId : std::string();
}

WindowPager::WindowPager(const RequestWindow &window, int pageLimit, int maxPagesOffset)
    : m_window(window)
    , m_pageLimit(std::max(1, pageLimit))
    , m_maxPagesOffset(std::max(0, maxPagesOffset))
    , m_pagesLimit(m_pageLimit)
{
}

bool WindowPager::canProbe(bool allowSingleRecord) const
{
    if (!m_waiting)
        return false;
    return (m_firstPageSize >= 2 && !m_firstPageSecondId.empty()) || allowSingleRecord;
}

WindowPager::Step WindowPager::start()
{
    return request(0, m_pageLimit);
}

WindowPager::Step WindowPager::request(int offset, int limit)
{
    m_offset = offset;
    Step step;
    step.kind = Step::Kind::Request;
    step.offset = offset;
    step.limit = limit;
    return step;
}

WindowPager::Step WindowPager::finish(Step step)
{
    m_finished = true;
    m_waiting = false;
    m_probing = false;
    return step;
}

qint64 WindowPager::utcOf(const CallFields &record) const
{
    if (record.startSeconds == kNoTime || record.startIsUtc)
        return record.startSeconds;
    // Zone-less times are wall clock in the request's offset (JavaScript sign).
    return record.startSeconds + qint64(m_window.offsetMinutes) * 60;
}

QString WindowPager::timeText(qint64 utc) const
{
    RequestWindow at = m_window;
    at.startUtc = utc;
    return at.startDate();
}

bool WindowPager::absorb(const ParsedPage &page)
{
    bool anyNew = false;
    for (const CallFields &record : page.records) {
        if (!m_seen.insert(record.sessionId).second)
            continue;
        anyNew = true;
        const qint64 start = utcOf(record);
        if (start == kNoTime) {
            m_orderKnown = false;
            continue;
        }
        if (m_haveStart) {
            m_nonDecreasing = m_nonDecreasing && start >= m_lastStart;
            m_nonIncreasing = m_nonIncreasing && start <= m_lastStart;
            m_minStart = std::min(m_minStart, start);
            m_maxStart = std::max(m_maxStart, start);
        } else {
            m_minStart = m_maxStart = start;
            m_haveStart = true;
        }
        m_lastStart = start;
    }
    // Skipped records still count as something new the server sent.
    return anyNew || !page.issues.empty();
}

WindowPager::Step WindowPager::onPage(const ParsedPage &page, PagingMode mode, bool mayProbe, ProbeResult *probeResult)
{
    const int received = int(page.records.size() + page.issues.size());
    ++m_pages;
    m_records += qint64(page.records.size());
    const bool anyNew = absorb(page);

    if (m_probing) {
        m_probing = false;
        probeResult->ended = true;
        if (received == 0)   // nothing beyond P0 under either reading
            return finish({});
        const bool startsWithSecond = !m_firstPageSecondId.empty() && sessionIdAt(page, 0) == m_firstPageSecondId;
        const PagingMode detected = startsWithSecond ? PagingMode::Records : PagingMode::Pages;
        probeResult->detected = detected;
        return continueAfter(detected, received);
    }
    if (received == 0)
        return finish({});

    if (m_offset == 0) {
        m_firstPageSize = received;
        m_firstPageSecondId = sessionIdAt(page, 1);
        // A server that returns fewer than asked may count pages in its own
        // page size: ask for exactly that, so both readings skip the same records.
        m_pagesLimit = std::min(m_pageLimit, received);
        if (mode == PagingMode::Auto) {
            if (mayProbe && m_firstPageSize >= 2 && !m_firstPageSecondId.empty())
                return probe();
            m_waiting = true;
            Step wait;
            wait.kind = Step::Kind::WaitForMode;
            return wait;
        }
        return continueAfter(mode, received);
    }
    // A page with nothing new means the server is not advancing (it ignores
    // the offset, or reorders): page no further here, go on by time instead.
    if (!anyNew)
        return cannotPageFurther();
    return continueAfter(mode, received);
}

WindowPager::Step WindowPager::continueAfter(PagingMode mode, int received)
{
    if (mode == PagingMode::Records)
        return request(m_offset + received, m_pageLimit);
    if (m_offset >= m_maxPagesOffset)
        return cannotPageFurther();
    return request(m_offset + 1, m_pagesLimit);
}

WindowPager::Step WindowPager::probe()
{
    m_waiting = false;
    m_probing = true;
    return request(1, m_pagesLimit);
}

WindowPager::Step WindowPager::resume(PagingMode mode)
{
    m_waiting = false;
    return continueAfter(mode, m_firstPageSize);
}

WindowPager::Step WindowPager::onOffsetRefused(ProbeResult *probeResult)
{
    if (m_probing) {
        m_probing = false;
        probeResult->ended = true;
    }
    return cannotPageFurther();
}

WindowPager::Step WindowPager::cannotPageFurther()
{
    Step step;
    step.kind = Step::Kind::Split;
    RequestWindow rest = m_window;
    if (m_orderKnown && m_haveStart && m_nonDecreasing && m_maxStart > m_window.startUtc
        && m_maxStart <= m_window.endUtc) {
        // Ascending order: everything before the last start has been seen.
        rest.startUtc = m_maxStart;
        step.windows = {rest};
        step.message = WindowPagerText::tr("More records than the server pages through in one request window; "
                          "continuing from %1.").arg(timeText(m_maxStart));
        return finish(step);
    }
    if (m_orderKnown && m_haveStart && m_nonIncreasing && m_minStart < m_window.endUtc
        && m_minStart >= m_window.startUtc) {
        // Descending order: everything after the last start has been seen.
        rest.endUtc = m_minStart;
        step.windows = {rest};
        step.message = WindowPagerText::tr("More records than the server pages through in one request window; "
                          "continuing up to %1.").arg(timeText(m_minStart));
        return finish(step);
    }
    if (m_window.spanSeconds() >= 1) {
        const qint64 middle = m_window.startUtc + m_window.spanSeconds() / 2;
        RequestWindow first = m_window;
        RequestWindow second = m_window;
        first.endUtc = middle;
        second.startUtc = middle + 1;
        step.windows = {first, second};
        step.message = WindowPagerText::tr("More records than the server pages through in one request window; "
                          "splitting %1 – %2 in two.").arg(m_window.startDate(), m_window.endDate());
        return finish(step);
    }
    step.kind = Step::Kind::Fail;
    step.message = WindowPagerText::tr("Too many calls start at %1 (over %2 within one second): the server cannot page "
                      "through them, so the range cannot be fetched completely.")
                       .arg(m_window.startDate())
                       .arg(qulonglong(m_seen.size()));
    return finish(step);
}

} // namespace cs
