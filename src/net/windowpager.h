#pragma once
// Paging one request window: which offset to ask next, when the window is
// complete, and what to do when the server will not page to its end.
// Pure logic (no I/O), driven by the fetch run.
//
// Offset semantics are unknown (FACTS.md). Records: the next offset is the
// previous one plus the records received (servers may return fewer than asked).
// Pages: the next offset is +1, up to maxPagesOffset; a window still non-empty
// there is split in time, never truncated. Auto: the first window with a
// first page P0 of >= 2 records probes offset=1 once for the whole fetch: a
// page starting with P0[1] means Records, anything else Pages (the reading
// that cannot lose records).

#include "fetchspec.h"
#include "recordparser.h"
#include "timewindows.h"

#include <QList>
#include <QString>
#include <optional>
#include <string>
#include <unordered_set>

namespace cs {

class WindowPager
{
public:
    struct Step
    {
        enum class Kind { Request, WaitForMode, Done, Split, Fail };
        Kind kind = Kind::Done;
        int offset = 0;
        int limit = 0;
        QList<RequestWindow> windows;   // Split: these replace the rest of this window
        QString message;                // Split: a notice; Fail: the error (both user-facing)
    };
    // Set when a page (or refusal) ends this window's detection probe.
    struct ProbeResult
    {
        bool ended = false;
        std::optional<PagingMode> detected;   // empty: inconclusive (the window had nothing beyond P0)
    };

    WindowPager(const RequestWindow &window, int pageLimit, int maxPagesOffset);

    const RequestWindow &window() const { return m_window; }
    int pages() const { return m_pages; }
    qint64 records() const { return m_records; }
    bool isProbing() const { return m_probing; }
    bool isWaitingForMode() const { return m_waiting; }
    // A waiting window may run the detection probe: normally only with a P0 of
    // >= 2 records; `allowSingleRecord` when nothing else can decide.
    bool canProbe(bool allowSingleRecord) const;

    Step start();
    // The page answering the last Request. `mode` is the fetch's mode (Auto:
    // not known yet); `mayProbe`: nobody else is probing.
    Step onPage(const ParsedPage &page, PagingMode mode, bool mayProbe, ProbeResult *probeResult);
    // HTTP 400/422 for an offset > 0.
    Step onOffsetRefused(ProbeResult *probeResult);
    // From WaitForMode.
    Step probe();
    Step resume(PagingMode mode);

private:
    Step request(int offset, int limit);
    Step continueAfter(PagingMode mode, int received);
    Step cannotPageFurther();
    Step finish(Step step);
    bool absorb(const ParsedPage &page);   // true if the page held a sessionId not seen before
    qint64 utcOf(const CallFields &record) const;
    QString timeText(qint64 utc) const;

    RequestWindow m_window;
    int m_pageLimit;
    int m_maxPagesOffset;
    int m_pagesLimit;            // Pages mode: the server's page size, as P0 showed it
    int m_offset = 0;
    int m_pages = 0;
    qint64 m_records = 0;
    int m_firstPageSize = 0;
    std::string m_firstPageSecondId;   // sessionId at data[1] of P0, if readable
    bool m_probing = false;
    bool m_waiting = false;
    bool m_finished = false;

    // Start times of the records in arrival order, to choose how to split.
    std::unordered_set<std::string> m_seen;
    bool m_orderKnown = true;
    bool m_nonDecreasing = true;
    bool m_nonIncreasing = true;
    bool m_haveStart = false;
    qint64 m_lastStart = 0;
    qint64 m_minStart = 0;
    qint64 m_maxStart = 0;
};

} // namespace cs
