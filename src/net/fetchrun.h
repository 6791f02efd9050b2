#pragma once
// One fetch, from plan to outcome: the coordinator. Keeps up to
// maxConcurrentWindows windows in flight, feeds each window's pager with its
// pages, runs the once-per-fetch paging detection, adds the windows a busy
// window is split into, and reports progress. The engine owns one run per
// generation and deletes it when it ends; a deleted run sends nothing more.

#include "credentials.h"
#include "fetchengine.h"
#include "fetchspec.h"
#include "pagingfacts.h"
#include "stampzonedetector.h"
#include "windowpager.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>
#include <unordered_set>
#include <vector>

namespace cs {

class PageFetcher;
class PageTransport;
class RateLimiter;
struct PageResult;

class FetchRun : public QObject
{
    Q_OBJECT
public:
    FetchRun(const FetchSpec &spec, const Credentials &credentials, PageTransport *transport,
             RateLimiter *limiter, QObject *parent = nullptr);
    ~FetchRun() override;

    int windowsTotal() const { return int(m_pagers.size()); }
    void start();
    // Stops all requests; no signal follows. Returns the outcome so far, as Cancelled.
    FetchOutcome abort();

Q_SIGNALS:
    void pageReady(std::shared_ptr<cs::ParsedPage> page, int windowIndex, int offsetMinutes);
    // Every call of this window was delivered by pageReady() before.
    void windowCovered(const cs::UtcInterval &interval);
    void progress(const cs::FetchProgress &progress);
    void notice(const QString &message);
    void finished(const cs::FetchOutcome &outcome);

private:
    void addWindow(const RequestWindow &window);
    void pump();
    void probeIfUndecided();
    void send(int window);
    void onResult(int window, const PageResult &result);
    void onPage(int window, const std::shared_ptr<ParsedPage> &page);
    void handleStep(int window, const WindowPager::Step &step);
    void resumeParked(std::deque<int> &parked);
    void deliver(int window, const std::shared_ptr<ParsedPage> &page, int requestOffsetMinutes);
    void flushHeldPages();
    void probeStampsIfUndecided();
    void onStampProbe(const PageResult &result);
    bool madeProgress(const ParsedPage &page);
    void completeWindow(int window, bool covered);
    void fail(const QString &error);
    void finish(FetchOutcome::Status status, const QString &error = {});
    FetchOutcome outcome(FetchOutcome::Status status, const QString &error) const;
    void emitProgress();
    double etaSeconds(int waitSeconds) const;

    FetchSpec m_spec;
    QString m_invalidReason;
    RateLimiter *m_limiter;
    PageFetcher *m_fetcher;
    std::vector<std::unique_ptr<WindowPager>> m_pagers;
    std::vector<WindowPager::Step> m_nextStep;
    QList<WindowStatus> m_status;
    std::deque<int> m_ready;      // windows whose next request waits for a free slot
    std::deque<int> m_parked;     // windows waiting for the paging mode
    std::deque<int> m_stampParked;   // windows waiting for the stamps' zone
    int m_inFlight = 0;
    PagingFacts m_facts;
    int m_prober = -1;
    bool m_ended = false;
    FetchProgress m_progress;
    qint64 m_recordsSkipped = 0;

    // Pages whose stamps cannot be read until the stamps' zone is known.
    // A held page, or (page null) a window's coverage, which must follow its pages.
    struct HeldPage { std::shared_ptr<ParsedPage> page; int window; int requestOffsetMinutes; };
    std::vector<HeldPage> m_held;
    StampZoneDetector m_stampZone;
    bool m_stampProbeInFlight = false;

    // A server that answers every request with what it sent before (offset
    // and dates ignored) is stopped after this many answers in a row.
    std::unordered_set<quint64> m_everSeen;
    int m_answersWithoutProgress = 0;

    QTimer *m_ticker;             // a child: it moves with the run
    QElapsedTimer m_clock;
};

} // namespace cs
