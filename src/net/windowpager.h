#pragma once
// Paging one request window until there is positive evidence that every call
// in it has arrived. Pure logic (no I/O), driven by the fetch run.
//
// FETCH-WIDE FACTS (PagingFacts) decide how offsets count, what a full page
// is and which zone the stamps are in. Within a window the pager pages a
// "chunk" of time from offset 0. A chunk is complete only on evidence:
// - an empty first page (nothing in the chunk), or
// - a short page (fewer than the server gives per page), or an empty page or
//   a refused offset right after a short page.
// Anything else that stops paging — an empty page or a refused offset right
// after a full page (a glitch or a silent offset cap), the pages-mode offset
// limit, a page with nothing new (a cap repeating itself, an ignored offset),
// a repeat across a page boundary inside one second (the server's order among
// calls of one second is not stable) — NARROWS the chunk: it ends one second
// after the oldest call seen (newest-first order), so that calls of that
// second which the server filters to the millisecond are asked again, and
// paging restarts at offset 0. A narrowed chunk must list at least the calls
// it ends on; an empty first page there is a glitch and is asked again.
// Records in no order at all make the window split in two until each half
// fits in one page.

#include "pagingfacts.h"
#include "recordparser.h"
#include "timewindows.h"

#include <QList>
#include <QString>
#include <optional>
#include <unordered_set>

namespace cs {

class WindowPager
{
public:
    struct Step
    {
        enum class Kind { Request, WaitForMode, WaitForStamps, Done, Split, Fail };
        Kind kind = Kind::Done;
        RequestWindow range;            // Request: the chunk to ask for
        int offset = 0;
        int limit = 0;
        QList<RequestWindow> windows;   // Split: these replace this window
        QString message;                // Split/narrowing: a notice; Fail: the error
    };
    // Set when a page (or refusal) ends the paging-mode detection probe.
    struct ProbeResult
    {
        bool ended = false;
        std::optional<PagingMode> detected;   // empty: inconclusive
    };

    WindowPager(const RequestWindow &window, int pageLimit, int maxPagesOffset);

    const RequestWindow &window() const { return m_window; }
    const RequestWindow &chunk() const { return m_chunk; }
    int pages() const { return m_pages; }
    int narrowings() const { return m_narrowings; }
    bool isProbing() const { return m_probing; }
    bool canProbe(bool allowSingleRecord) const;

    Step start();
    // The page answering the last Request. `mayProbe`: nobody else is
    // running the paging-mode probe.
    Step onPage(const ParsedPage &page, PagingFacts &facts, bool mayProbe, ProbeResult *probeResult);
    // HTTP 400/422 for an offset > 0.
    Step onOffsetRefused(const PagingFacts &facts, ProbeResult *probeResult);
    Step probe();                                  // from WaitForMode
    Step resume(const PagingFacts &facts);         // from WaitForMode or WaitForStamps

private:
    enum class Order { Unknown, NewestFirst, OldestFirst, None };
    enum class Pending { Nothing, Continue, Narrow };

    Step request(int offset, int limit);
    Step continueAfter(const PagingFacts &facts, int received);
    Step narrow(const PagingFacts &facts, const QString &why);
    Step bisect(const QString &why);
    Step fail(const QString &message);
    Step done();
    void startChunk(const RequestWindow &range, bool narrowed);
    bool isFull(int received, const PagingFacts &facts) const;
    bool isFull(int received, int askedLimit, const PagingFacts &facts) const;
    QString timeText(qint64 utc) const;

    RequestWindow m_window;
    RequestWindow m_chunk;
    int m_pageLimit;
    int m_maxPagesOffset;
    int m_pagesLimit;             // pages mode: the server's page size, as P0 showed it
    int m_pages = 0;
    int m_narrowings = 0;
    bool m_finished = false;

    // The chunk being paged.
    int m_offset = 0;
    int m_askedLimit = 0;
    bool m_narrowed = false;      // this chunk ends on calls already seen
    int m_emptyRetries = 0;
    int m_previousReceived = -1;  // records on the previous page of this chunk; -1: none yet
    int m_previousAskedLimit = 0; // the `limit` that page was asked with
    qint64 m_previousLastNaive = kNoTime;
    std::unordered_set<quint64> m_previousPage;   // ids on the previous page
    std::unordered_set<quint64> m_firstPage;      // ids on the chunk's first page
    Order m_order = Order::Unknown;
    qint64 m_lastNaive = kNoTime;                 // last stamp seen, in arrival order
    qint64 m_oldestNaive = kNoTime;
    qint64 m_newestNaive = kNoTime;
    qint64 m_displacedNaive = kNoTime;            // a second whose calls moved across pages
    Pending m_pending = Pending::Nothing;
    QString m_pendingWhy;
    int m_pendingReceived = 0;

    // Paging-mode detection (offset counts records or pages).
    int m_firstPageSize = 0;
    quint64 m_firstPageSecondId = 0;
    bool m_probing = false;
    bool m_waitingForMode = false;

    // Every call and unusable record seen in this window (hashes of sessionId
    // or raw bytes): a page with none new has not advanced.
    std::unordered_set<quint64> m_seen;
};

} // namespace cs
