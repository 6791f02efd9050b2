#include "pagefetcher.h"

#include "pagetransport.h"
#include "ratelimiter.h"
#include "requestbuilder.h"
#include "responsepolicy.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace cs {

// lupdate takes the context from the qualified call (PageFetcherText::tr), which a
// free tr() helper would not give it.
struct PageFetcherText
{
    Q_DECLARE_TR_FUNCTIONS(PageFetcherText)
};

static constexpr int kMaxRedirects = 3;

struct PageFetcher::Job
{
    PageJob page;
    std::function<void(const PageResult &)> done;
    QUrl redirectedUrl;      // set after a same-origin redirect
    int failures = 0;
    int rateLimitWaits = 0;
    int redirects = 0;
    bool reminted = false;
};

PageFetcher::PageFetcher(const FetchSpec &spec, const Credentials &credentials, PageTransport *transport,
                         RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_credentials(credentials)
    , m_transport(transport)
    , m_limiter(limiter)
{
}

PageFetcher::~PageFetcher()
{
    m_credentials.clear();
}

void PageFetcher::fetch(const PageJob &page, std::function<void(const PageResult &)> done)
{
    auto job = std::make_shared<Job>();
    job->page = page;
    job->done = std::move(done);
    attempt(job);
}

void PageFetcher::abortAll()
{
    m_aborted = true;
    m_transport->abortAll();
}

QString PageFetcher::where(const Job &job) const
{
    return PageFetcherText::tr("window %1 (%2), offset %3")
        .arg(job.page.windowIndex + 1)
        .arg(job.page.window.startDate())
        .arg(job.page.offset);
}

void PageFetcher::attempt(const std::shared_ptr<Job> &job, int delayMs)
{
    if (m_aborted)
        return;
    auto acquire = [this, job] { m_limiter->acquire(this, [this, job] { send(job); }); };
    if (delayMs > 0)
        QTimer::singleShot(m_limiter->clock()->realDelayMs(delayMs), this, acquire);
    else
        acquire();
}

void PageFetcher::send(const std::shared_ptr<Job> &job)
{
    if (m_aborted)
        return;
    // A fresh header per request: minted tokens carry a new jti every time.
    PageRequest request = buildPageRequest(m_spec, job->page.window, job->page.offset, job->page.limit,
                                           m_credentials.authHeaderValue());
    if (job->redirectedUrl.isValid())
        request.url = job->redirectedUrl;
    const QUrl url = request.url;
    emit requestSent();
    QPointer<PageFetcher> self(this);
    m_transport->send(request, [self, job, url](const PageResponse &response) {
        if (self && !self->m_aborted)
            self->onResponse(job, url, response);
    });
}

void PageFetcher::finish(const std::shared_ptr<Job> &job, PageResult result)
{
    result.message = m_credentials.redacted(result.message);
    auto done = std::move(job->done);
    job->done = nullptr;
    if (done)
        done(result);
}

void PageFetcher::onResponse(const std::shared_ptr<Job> &job, const QUrl &url, const PageResponse &response)
{
    using Kind = ResponseVerdict::Kind;
    // An error body may echo the token or secret: redact it before it is cut
    // to an excerpt, or a cut token no longer matches and its start leaks.
    PageResponse shown = response;
    if (response.httpStatus < 200 || response.httpStatus >= 300)
        shown.body = m_credentials.redacted(QString::fromUtf8(response.body)).toUtf8();
    ResponseVerdict verdict = classifyResponse(shown, url, job->page.offset, m_limiter->clock()->utcMs());
    const QString reason = m_credentials.redacted(verdict.reason);

    switch (verdict.kind) {
    case Kind::Page:
        finish(job, {PageResult::Kind::Page, std::move(verdict.page), {}});
        return;

    case Kind::RateLimited:
        if (++job->rateLimitWaits > m_spec.retry.max429Waits) {
            finish(job, {PageResult::Kind::Failed, {},
                         PageFetcherText::tr("The server kept refusing requests with HTTP 429 (rate limit), %1 times in a row.")
                             .arg(job->rateLimitWaits)});
            return;
        }
        // Everyone waits: the budget is the account's, not this window's.
        m_limiter->pauseFor(verdict.waitMs);
        // Queue the retry first, so the progress this notice triggers already
        // counts down the wait.
        attempt(job);
        emit retrying(PageFetcherText::tr("The server's rate limit was reached (HTTP 429); waiting %1 s.")
                          .arg(double(verdict.waitMs) / 1000.0, 0, 'f', 1));
        return;

    case Kind::Transient: {
        ++job->failures;
        if (job->failures >= m_spec.retry.maxAttempts) {
            // One multi-arg call: server text must not be scanned for further %N markers.
            finish(job, {PageResult::Kind::Failed, {},
                         PageFetcherText::tr("Gave up on %1 after %2 attempts: %3.")
                             .arg(where(*job), QString::number(job->failures), reason)});
            return;
        }
        const int delay = backoffMs(m_spec.retry, job->failures, QRandomGenerator::global()->generateDouble());
        emit retrying(PageFetcherText::tr("%1: %2; retrying in %3 s (attempt %4 of %5).")
                          .arg(where(*job), reason, QString::number(double(delay) / 1000.0, 'f', 1),
                               QString::number(job->failures + 1), QString::number(m_spec.retry.maxAttempts)));
        attempt(job, delay);
        return;
    }

    case Kind::Redirect: {
        QUrl target = verdict.redirectTo;
        if (!isSameOrigin(target, url)) {
            // Never carry the credentials to another origin.
            finish(job, {PageResult::Kind::Failed, {},
                         PageFetcherText::tr("The server redirected the request to another host (%1); CallScope does not send "
                            "credentials there, so the fetch stopped. Check the host URL.")
                             .arg(target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                  | QUrl::RemoveUserInfo)
                                      .toDisplayString())});
            return;
        }
        if (++job->redirects > kMaxRedirects) {
            finish(job, {PageResult::Kind::Failed, {},
                         PageFetcherText::tr("The server redirected more than %1 times; the fetch stopped.").arg(kMaxRedirects)});
            return;
        }
        if (!target.hasQuery())
            target.setQuery(url.query());
        job->redirectedUrl = target;
        attempt(job);
        return;
    }

    case Kind::AuthRejected:
        if (m_credentials.mintsTokens() && !job->reminted) {
            // A token can be refused for timing (clock skew, a jti race): mint once more.
            job->reminted = true;
            emit retrying(PageFetcherText::tr("%1: the server refused the token (HTTP %2); retrying once with a new one.")
                              .arg(where(*job))
                              .arg(response.httpStatus));
            attempt(job);
            return;
        }
    {
        const QString excerpt = m_credentials.redacted(bodyExcerpt(shown.body));
        const QString status = QString::number(response.httpStatus);
        finish(job, {PageResult::Kind::Failed, {},
                     excerpt.isEmpty() ? PageFetcherText::tr("The server rejected the credentials (HTTP %1).").arg(status)
                                       : PageFetcherText::tr("The server rejected the credentials (HTTP %1): %2").arg(status, excerpt)});
        return;
    }

    case Kind::OffsetRefused:
        finish(job, {PageResult::Kind::OffsetRefused, {}, reason});
        return;

    case Kind::Fatal:
        finish(job, {PageResult::Kind::Failed, {},
                     response.httpStatus > 0 ? PageFetcherText::tr("The server refused the request (%1).").arg(reason)
                                             : PageFetcherText::tr("Cannot reach the server: %1.").arg(reason)});
        return;
    }
}

} // namespace cs
