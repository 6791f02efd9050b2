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

FetchRun::FetchRun(const FetchSpec &spec, const Credentials &credentials, PageTransport *transport,
                   RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_limiter(limiter)
    , m_fetcher(new PageFetcher(spec, credentials, transport, limiter, this))
{
    m_invalidReason = spec.validate();
    if (m_invalidReason.isEmpty() && !credentials.isValid())
        m_invalidReason = FetchRunText::tr("No credentials: give a token, or a Client ID with its Client Secret.");
    if (m_invalidReason.isEmpty()) {
        const QList<RequestWindow> plan = planWindows(spec.from, spec.to, spec.zone);
        if (plan.isEmpty())
            m_invalidReason = FetchRunText::tr("The date range does not contain any time to fetch.");
        for (const RequestWindow &window : plan)
            addWindow(window);
    }
    m_mode = spec.paging;

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
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &FetchRun::emitProgress);
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
    m_ticker.start();
    for (int i = 0; i < int(m_pagers.size()); ++i)
        m_ready.push_back(i);
    emitProgress();
    pump();
}

FetchOutcome FetchRun::abort()
{
    m_ended = true;
    m_ticker.stop();
    m_fetcher->abortAll();
    return outcome(FetchOutcome::Status::Cancelled, {});
}

void FetchRun::pump()
{
    while (!m_ended) {
        probeIfUndecided();
        if (m_ready.empty() || m_inFlight >= std::max(1, m_spec.maxConcurrentWindows))
            break;
        const int window = m_ready.front();
        m_ready.pop_front();
        send(window);
    }
    if (!m_ended && m_inFlight == 0 && m_ready.empty() && m_parked.empty())
        finish(FetchOutcome::Status::Complete);
}

void FetchRun::probeIfUndecided()
{
    if (m_mode != PagingMode::Auto || m_prober >= 0 || m_parked.empty())
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
    job.window = m_pagers[size_t(window)]->window();
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
        const WindowPager::Step step = pager.onOffsetRefused(&probe);
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
    const int offset = m_nextStep[size_t(window)].offset;
    m_progress.recordsReceived += qint64(page->records.size());
    m_status[window].pages += 1;
    m_status[window].records += int(page->records.size());
    for (const ParseIssue &issue : page->issues) {
        emit notice(FetchRunText::tr("Window %1, offset %2: skipped record %3 (%4).")
                        .arg(QString::number(window + 1), QString::number(offset),
                             QString::number(issue.index), issue.message));
    }
    if (!page->records.empty())
        emit pageReady(page, window, pager.window().offsetMinutes);
    if (m_ended)   // a receiver may cancel from inside pageReady
        return;

    WindowPager::ProbeResult probe;
    const bool mayProbe = m_mode == PagingMode::Auto && m_prober < 0;
    const WindowPager::Step step = pager.onPage(*page, m_mode, mayProbe, &probe);
    if (pager.isProbing())
        m_prober = window;
    if (probe.ended) {
        m_prober = -1;
        if (probe.detected)
            setMode(*probe.detected);
    }
    handleStep(window, step);
}

void FetchRun::handleStep(int window, const WindowPager::Step &step)
{
    using Kind = WindowPager::Step::Kind;
    switch (step.kind) {
    case Kind::Request:
        m_nextStep[size_t(window)] = step;
        m_ready.push_front(window);   // finish started windows before opening new ones
        break;
    case Kind::WaitForMode:
        m_parked.push_back(window);
        break;
    case Kind::Done:
        completeWindow(window);
        break;
    case Kind::Split:
        completeWindow(window);
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

void FetchRun::setMode(PagingMode mode)
{
    if (m_mode != PagingMode::Auto)
        return;
    m_mode = mode;
    emit notice(mode == PagingMode::Records ? FetchRunText::tr("The server's offset counts records.")
                                            : FetchRunText::tr("The server's offset counts pages."));
    std::deque<int> parked;
    parked.swap(m_parked);
    for (int window : parked)
        handleStep(window, m_pagers[size_t(window)]->resume(mode));
}

void FetchRun::completeWindow(int window)
{
    m_status[window].complete = true;
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
    m_ticker.stop();
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
    result.detectedPaging = m_mode;
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
