#pragma once
// Fetches one page of one window, whatever it takes: waits for the request
// budget, sends with a fresh auth header, waits out 429s, backs off and
// retries transient failures, follows same-origin 307/308 redirects, re-mints
// once after a 401/403. Calls back once with a page, a refusal of the offset,
// or the reason the whole fetch must stop.

#include "credentials.h"
#include "fetchspec.h"
#include "recordparser.h"
#include "timewindows.h"

#include <QObject>
#include <functional>
#include <memory>

namespace cs {

class PageTransport;
class RateLimiter;

struct PageJob
{
    int windowIndex = 0;
    RequestWindow window;
    int offset = 0;
    int limit = 100;
};

struct PageResult
{
    enum class Kind { Page, OffsetRefused, Failed };
    Kind kind = Kind::Failed;
    std::shared_ptr<ParsedPage> page;
    QString message;   // OffsetRefused: the server's reason; Failed: one-line user-facing error
};

class PageFetcher : public QObject
{
    Q_OBJECT
public:
    PageFetcher(const FetchSpec &spec, const Credentials &credentials, PageTransport *transport,
                RateLimiter *limiter, QObject *parent = nullptr);
    ~PageFetcher() override;

    void fetch(const PageJob &job, std::function<void(const PageResult &)> done);
    // Stops every job without calling back (cancel, or the fetch failed).
    void abortAll();

Q_SIGNALS:
    void requestSent();
    void retrying(const QString &notice);

private:
    struct Job;
    void attempt(const std::shared_ptr<Job> &job, int delayMs = 0);
    void send(const std::shared_ptr<Job> &job);
    void onResponse(const std::shared_ptr<Job> &job, const QUrl &url, const struct PageResponse &response);
    void finish(const std::shared_ptr<Job> &job, PageResult result);
    QString where(const Job &job) const;

    FetchSpec m_spec;
    Credentials m_credentials;
    PageTransport *m_transport;
    RateLimiter *m_limiter;
    bool m_aborted = false;
};

} // namespace cs
