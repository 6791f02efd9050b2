#include "fetchrun.h"

#include "pagefetcher.h"
#include "ratelimiter.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cs {

// lupdate takes the context from the qualified call (FetchRunText::tr), which a
// free tr() helper would not give it.
struct FetchRunText
{
    Q_DECLARE_TR_FUNCTIONS(FetchRunText)
};

static constexpr int kMaxAnswersWithoutProgress = 100;

FetchRun::FetchRun(const FetchSpec &spec, const Credentials &credentials, PageTransport *transport,
                   RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_limiter(limiter)
    , m_fetcher(new PageFetcher(spec, credentials, transport, limiter, this))
    , m_ticker(new QTimer(this))
{
    m_invalidReason = spec.validate();
    if (m_invalidReason.isEmpty() && !credentials.isValid())
        m_invalidReason = FetchRunText::tr("No credentials: give a token, or a Client ID with its Client Secret.");
    if (m_invalidReason.isEmpty()) {
        QList<RequestWindow> plan;
        const qint64 span = std::clamp<qint64>(spec.maxWindowSeconds, 3600, kMaxWindowSeconds);
        if (spec.onlyIntervals.isEmpty())
            plan = planWindows(spec.from, spec.to, spec.zone, span);
        for (const UtcInterval &interval : spec.onlyIntervals)
            plan += planWindowsUtc(interval.startUtc, interval.endUtc, spec.zone, span);
        if (plan.isEmpty())
            m_invalidReason = FetchRunText::tr("The date range does not contain any time to fetch.");
        for (const RequestWindow &window : plan)
            addWindow(window);
    }
    m_facts.mode = spec.paging;

    connect(m_fetcher, &PageFetcher::requestSent, this, [this] {
        ++m_progress.requests;
        emitProgress();
    });
    connect(m_fetcher, &PageFetcher::retrying, this, [this](const QString &message) {
        ++m_progress.retries;
        emit notice(message);
        emitProgress();
    });
    // The rate-limit countdown moves even when nothing else happens.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &FetchRun::emitProgress);
}

FetchRun::~FetchRun() = default;

void FetchRun::addWindow(const RequestWindow &window)
{
    m_pagers.push_back(std::make_unique<WindowPager>(window, m_spec.pageLimit, m_spec.maxPagesOffset));
    m_nextStep.push_back(m_pagers.back()->start());
    m_status.append(WindowStatus{window, false, 0, 0});
    m_progress.windowsTotal = int(m_pagers.size());
}

void FetchRun::start()
{
    if (m_ended)
        return;
    if (!m_invalidReason.isEmpty()) {
        finish(FetchOutcome::Status::Failed, m_invalidReason);
        return;
    }
    m_clock.start();
    m_ticker->start();
    for (int i = 0; i < int(m_pagers.size()); ++i)
        m_ready.push_back(i);
    emitProgress();
    pump();
}

FetchOutcome FetchRun::abort()
{
    m_ended = true;
    m_ticker->stop();
    m_fetcher->abortAll();
    return outcome(FetchOutcome::Status::Cancelled, {});
}

void FetchRun::pump()
{
    while (!m_ended) {
        probeIfUndecided();
        probeStampsIfUndecided();
        if (m_ready.empty() || m_inFlight >= std::max(1, m_spec.maxConcurrentWindows))
            break;
        const int window = m_ready.front();
        m_ready.pop_front();
        send(window);
    }
    if (m_ended || m_inFlight > 0 || !m_ready.empty() || !m_parked.empty() || m_stampProbeInFlight)
        return;
    if (!m_held.empty() || !m_stampParked.empty()) {
        // Nothing told the stamps' zone apart (no probe could): read them as
        // the request's offset, as the vendor's newer sample suggests.
        m_facts.stamps = StampZone::RequestOffset;
        emit notice(FetchRunText::tr("Could not tell whether the server's times are in UTC or in the requested "
                                     "offset; showing them as in the requested offset."));
        flushHeldPages();
        resumeParked(m_stampParked);
        if (m_inFlight > 0 || !m_ready.empty()) {
            pump();
            return;
        }
    }
    finish(FetchOutcome::Status::Complete);
}

void FetchRun::probeIfUndecided()
{
    if (m_facts.mode != PagingMode::Auto || m_prober >= 0 || m_parked.empty())
        return;
    // Prefer a window whose first page can tell the readings apart; a window
    // with a one-record first page probes only when nothing else is left.
    const bool nothingElse = m_inFlight == 0 && m_ready.empty();
    for (bool allowSingle : {false, nothingElse}) {
        for (auto it = m_parked.begin(); it != m_parked.end(); ++it) {
            if (m_pagers[size_t(*it)]->canProbe(allowSingle)) {
                const int window = *it;
                m_parked.erase(it);
                m_prober = window;
                handleStep(window, m_pagers[size_t(window)]->probe());
                return;
            }
        }
    }
}

void FetchRun::send(int window)
{
    const WindowPager::Step &step = m_nextStep[size_t(window)];
    PageJob job;
    job.windowIndex = window;
    job.window = step.range;
    job.offset = step.offset;
    job.limit = step.limit;
    ++m_inFlight;
    m_fetcher->fetch(job, [this, window](const PageResult &result) {
        --m_inFlight;
        onResult(window, result);
        pump();
    });
}

void FetchRun::onResult(int window, const PageResult &result)
{
    if (m_ended)
        return;
    WindowPager &pager = *m_pagers[size_t(window)];
    WindowPager::ProbeResult probe;
    switch (result.kind) {
    case PageResult::Kind::Page:
        onPage(window, result.page);
        return;
    case PageResult::Kind::OffsetRefused: {
        emit notice(FetchRunText::tr("Window %1: the server refused offset %2 (%3).")
                        .arg(QString::number(window + 1), QString::number(m_nextStep[size_t(window)].offset),
                             result.message));
        const WindowPager::Step step = pager.onOffsetRefused(m_facts, &probe);
        if (probe.ended)
            m_prober = -1;
        handleStep(window, step);
        return;
    }
    case PageResult::Kind::Failed:
        fail(result.message);
        return;
    }
}

void FetchRun::onPage(int window, const std::shared_ptr<ParsedPage> &page)
{
    WindowPager &pager = *m_pagers[size_t(window)];
    const WindowPager::Step asked = m_nextStep[size_t(window)];
    m_progress.recordsReceived += qint64(page->records.size());
    m_recordsSkipped += qint64(page->issues.size());
    m_status[window].pages += 1;
    m_status[window].skipped += int(page->issues.size());
    for (const ParseIssue &issue : page->issues) {
        emit notice(FetchRunText::tr("Window %1, offset %2: skipped record %3 (%4).")
                        .arg(QString::number(window + 1), QString::number(asked.offset),
                             QString::number(issue.index), issue.message));
    }
    if (!madeProgress(*page) && ++m_answersWithoutProgress > kMaxAnswersWithoutProgress) {
        fail(FetchRunText::tr("The server answered %1 requests in a row with nothing new; it seems to ignore the "
                              "requested offset and dates, so the range cannot be fetched.")
                 .arg(kMaxAnswersWithoutProgress));
        return;
    }
    const StampZone before = m_facts.stamps;
    m_stampZone.observe(asked.range, *page);
    m_facts.stamps = m_stampZone.decided();
    deliver(window, page, asked.range.offsetMinutes);
    if (m_ended)   // a receiver may cancel from inside pageReady
        return;

    WindowPager::ProbeResult probe;
    const bool mayProbe = m_facts.mode == PagingMode::Auto && m_prober < 0;
    const PagingMode modeBefore = m_facts.mode;
    const WindowPager::Step step = pager.onPage(*page, m_facts, mayProbe, &probe);
    if (pager.isProbing())
        m_prober = window;
    if (probe.ended)
        m_prober = -1;
    if (modeBefore == PagingMode::Auto && m_facts.mode != PagingMode::Auto) {
        emit notice(m_facts.mode == PagingMode::Records ? FetchRunText::tr("The server's offset counts records.")
                                                        : FetchRunText::tr("The server's offset counts pages."));
        resumeParked(m_parked);
    }
    if (before == StampZone::Unknown && m_facts.stamps != StampZone::Unknown) {
        flushHeldPages();
        resumeParked(m_stampParked);
    }
    handleStep(window, step);
}

bool FetchRun::madeProgress(const ParsedPage &page)
{
    bool progress = false;
    for (const CallFields &record : page.records)
        progress = m_everSeen.insert(std::hash<std::string>{}(record.sessionId)).second || progress;
    for (const ParseIssue &issue : page.issues)
        progress = m_everSeen.insert(std::hash<QString>{}(issue.message) ^ quint64(issue.index)).second || progress;
    if (progress)
        m_answersWithoutProgress = 0;
    return progress;
}

void FetchRun::deliver(int window, const std::shared_ptr<ParsedPage> &page, int requestOffsetMinutes)
{
    m_status[window].records += int(page->records.size());
    if (page->records.empty())
        return;
    if (!m_facts.stampsKnownFor(requestOffsetMinutes)) {
        m_held.push_back({page, window, requestOffsetMinutes});
        return;
    }
    emit pageReady(page, window, int(m_facts.stampShiftSeconds(requestOffsetMinutes) / 60));
}

void FetchRun::flushHeldPages()
{
    std::vector<HeldPage> held;
    held.swap(m_held);
    for (const HeldPage &page : held) {
        if (m_ended)
            return;
        if (!page.page) {
            const RequestWindow &w = m_pagers[size_t(page.window)]->window();
            emit windowCovered(UtcInterval{w.startUtc, w.endUtc});
            continue;
        }
        emit pageReady(page.page, page.window, int(m_facts.stampShiftSeconds(page.requestOffsetMinutes) / 60));
    }
}

void FetchRun::resumeParked(std::deque<int> &parked)
{
    std::deque<int> waiting;
    waiting.swap(parked);
    for (int window : waiting)
        handleStep(window, m_pagers[size_t(window)]->resume(m_facts));
}

void FetchRun::probeStampsIfUndecided()
{
    if (m_stampProbeInFlight || m_facts.stamps != StampZone::Unknown || m_held.empty())
        return;
    const std::optional<RequestWindow> range = m_stampZone.nextProbe(m_spec.zone);
    if (!range)
        return;
    PageJob job;
    job.windowIndex = -1;
    job.window = *range;
    job.offset = 0;
    job.limit = m_spec.pageLimit;
    m_stampProbeInFlight = true;
    m_fetcher->fetch(job, [this](const PageResult &result) {
        m_stampProbeInFlight = false;
        onStampProbe(result);
        pump();
    });
}

void FetchRun::onStampProbe(const PageResult &result)
{
    if (m_ended)
        return;
    if (result.kind == PageResult::Kind::Failed) {
        fail(result.message);
        return;
    }
    if (result.kind == PageResult::Kind::Page)
        m_stampZone.onProbeAnswer(*result.page);
    m_facts.stamps = m_stampZone.decided();
    if (m_facts.stamps == StampZone::Unknown)
        return;   // the next probe goes out from pump()
    emit notice(m_facts.stamps == StampZone::Utc ? FetchRunText::tr("The server's times are in UTC.")
                                                 : FetchRunText::tr("The server's times are in the requested offset."));
    flushHeldPages();
    resumeParked(m_stampParked);
}

void FetchRun::handleStep(int window, const WindowPager::Step &step)
{
    using Kind = WindowPager::Step::Kind;
    switch (step.kind) {
    case Kind::Request:
        if (!step.message.isEmpty())
            emit notice(step.message);
        m_nextStep[size_t(window)] = step;
        m_ready.push_front(window);   // finish started windows before opening new ones
        break;
    case Kind::WaitForMode:
        m_parked.push_back(window);
        break;
    case Kind::WaitForStamps:
        m_stampParked.push_back(window);
        break;
    case Kind::Done:
        completeWindow(window, true);
        break;
    case Kind::Split:
        completeWindow(window, false);   // its parts report their own coverage
        emit notice(step.message);
        for (const RequestWindow &part : step.windows) {
            addWindow(part);
            m_ready.push_front(int(m_pagers.size()) - 1);
        }
        emitProgress();
        break;
    case Kind::Fail:
        fail(step.message);
        break;
    }
}

void FetchRun::completeWindow(int window, bool covered)
{
    m_status[window].complete = true;
    // A window with an unreadable record lacks that call: never recorded as covered.
    if (covered && m_status[window].skipped == 0) {
        if (!m_held.empty()) {
            m_held.push_back({nullptr, window, 0});
        } else {
            const RequestWindow &w = m_pagers[size_t(window)]->window();
            emit windowCovered(UtcInterval{w.startUtc, w.endUtc});
        }
    }
    ++m_progress.windowsDone;
    emitProgress();
}

void FetchRun::fail(const QString &error)
{
    if (m_ended)
        return;
    m_fetcher->abortAll();
    finish(FetchOutcome::Status::Failed, error);
}

void FetchRun::finish(FetchOutcome::Status status, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_ticker->stop();
    m_progress.rateLimitWaitSeconds = 0;
    m_progress.etaSeconds = status == FetchOutcome::Status::Complete ? 0 : -1;
    emit progress(m_progress);
    emit finished(outcome(status, error));
}

FetchOutcome FetchRun::outcome(FetchOutcome::Status status, const QString &error) const
{
    FetchOutcome result;
    result.status = status;
    result.error = error;
    result.windows = m_status;
    result.requests = m_progress.requests;
    result.recordsReceived = m_progress.recordsReceived;
    result.recordsSkipped = m_recordsSkipped;
    result.detectedPaging = m_facts.mode;
    result.stamps = m_facts.stamps;
    result.stampProbes = m_stampZone.probesSent();
    for (const auto &pager : m_pagers)
        result.narrowings += pager->narrowings();
    return result;
}

double FetchRun::etaSeconds(int waitSeconds) const
{
    if (m_progress.windowsDone == 0)
        return -1;
    // Requests per finished window so far, times the windows left, at the
    // slower of the budget and the pace actually achieved.
    const double perWindow = double(m_progress.requests) / double(m_progress.windowsDone);
    const double remaining = perWindow * double(m_progress.windowsTotal - m_progress.windowsDone);
    double perSecond = double(m_spec.requestsPerMinute) / 60.0;
    const double elapsed = double(m_clock.elapsed()) / 1000.0;
    if (elapsed > 2 && m_progress.requests > 0)
        perSecond = std::min(perSecond, double(m_progress.requests) / elapsed);
    return std::max(0.0, remaining / std::max(perSecond, 1e-6)) + waitSeconds;
}

void FetchRun::emitProgress()
{
    if (m_ended)
        return;
    m_progress.rateLimitWaitSeconds = int(std::ceil(double(m_limiter->msUntilNextGrant()) / 1000.0));
    m_progress.etaSeconds = etaSeconds(m_progress.rateLimitWaitSeconds);
    emit progress(m_progress);
}

} // namespace cs
