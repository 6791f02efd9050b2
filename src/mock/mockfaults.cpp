#include "mockfaults.h"

#include "mockrequest.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace cs::mock {

namespace {

constexpr qint64 kWindowMs = 60 * 1000;

// What a load balancer or an app server typically answers: not JSON.
HttpResponse serverError(int turn)
{
    switch (turn % 3) {
    case 0:
        return HttpResponse::make(500, "text/plain; charset=utf-8", "Internal Server Error\n");
    case 1:
        return HttpResponse::make(502, "text/html",
                                  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                  "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                  "</body>\r\n</html>\r\n");
    default: {
        HttpResponse r = HttpResponse::make(503, "text/html; charset=utf-8",
                                            "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                                            "<body><h1>Service Temporarily Unavailable</h1><p>The server is "
                                            "temporarily unable to service your request. Please try again later.</p>"
                                            "</body></html>");
        return r;
    }
    }
}

// A corporate proxy or captive portal answering in the API's place: 200,
// but a web page instead of JSON.
HttpResponse htmlProxyPage()
{
    return HttpResponse::make(200, "text/html",
                              "<!DOCTYPE html>\n<html><head><title>Web Filter Notification</title></head>\n"
                              "<body><h1>Checking your connection&hellip;</h1>\n"
                              "<p>Your request is being inspected by the network proxy. "
                              "This page will reload automatically.</p>\n"
                              "<script>setTimeout(function(){location.reload();},3000);</script>\n"
                              "</body></html>\n");
}

// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (English names whatever the locale).
QByteArray httpDate(qint64 utcSeconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc());
    return QLocale::c().toString(t, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
}

} // namespace

bool everyNth(int every, int number)
{
    return every > 0 && number % every == 0;
}

FaultState::FaultState()
{
    m_realClock.start();
}

qint64 FaultState::nowMs(const MockConfig &config)
{
    const qint64 now = config.clockMs ? config.clockMs() : m_realClock.elapsed();
    if (!m_epoch)
        m_epoch = std::make_pair(now, QDateTime::currentMSecsSinceEpoch());
    return now;
}

HttpResponse FaultState::rateLimited(const MockConfig &config, qint64 waitMs)
{
    HttpResponse r = HttpResponse::make(
        429, "application/json; charset=utf-8",
        "{\"errors\":[{\"msg\":\"You've exceeded the per-minute rate limit. Please wait for sometime before "
        "retrying.\"}]}");
    const qint64 waitSeconds = qMax<qint64>(1, (waitMs + 999) / 1000);   // rounded up
    if (!config.retryAfterAsHttpDate) {
        r.headers.append({"Retry-After", QByteArray::number(waitSeconds)});
        return r;
    }
    // The date names a whole second: Retry-After minus Date is the wait, in
    // seconds of the mock's clock, whatever the two clocks' sub-second phase.
    const qint64 nowUtcMs = m_epoch->second + (nowMs(config) - m_epoch->first);
    const qint64 nowSeconds = nowUtcMs / 1000;
    r.headers.append({"Date", httpDate(nowSeconds)});
    r.headers.append({"Retry-After", httpDate(nowSeconds + waitSeconds)});
    return r;
}

HttpResponse redirectResponse(const QUrl &base, const QByteArray &path, const QByteArray &query)
{
    QUrl target = base;
    target.setPath(QString::fromUtf8(path), QUrl::TolerantMode);
    target.setQuery(query.isEmpty() ? QString() : QString::fromUtf8(query), QUrl::TolerantMode);
    HttpResponse r = HttpResponse::make(307, "application/json; charset=utf-8",
                                        errorBody(307, "This API has moved to " + target.toEncoded()));
    r.headers.append({"Location", target.toEncoded()});
    return r;
}

std::optional<HttpResponse> FaultState::slidingWindowLimit(const MockConfig &config)
{
    if (config.rateLimitPerMinute <= 0)
        return std::nullopt;
    const qint64 now = nowMs(config);
    while (!m_admittedMs.empty() && m_admittedMs.front() <= now - kWindowMs)
        m_admittedMs.pop_front();
    if (qsizetype(m_admittedMs.size()) >= config.rateLimitPerMinute) {
        // Retry when the oldest admitted request leaves the window (rounded up).
        return rateLimited(config, m_admittedMs.front() + kWindowMs - now);
    }
    m_admittedMs.push_back(now);
    return std::nullopt;
}

std::optional<HttpResponse> FaultState::injectBefore(const MockConfig &config, int requestNumber)
{
    if (std::optional<HttpResponse> limited = slidingWindowLimit(config))
        return limited;
    if (everyNth(config.rateLimitEvery, requestNumber)) {
        nowMs(config);   // anchors the wall clock when no sliding window ran
        return rateLimited(config, qint64(config.retryAfterSeconds) * 1000);
    }
    if (everyNth(config.resetEvery, requestNumber)) {
        HttpResponse r;
        r.resetConnection = true;
        return r;
    }
    if (everyNth(config.serverErrorEvery, requestNumber))
        return serverError(m_serverErrorTurn++);
    if (everyNth(config.htmlEvery, requestNumber))
        return htmlProxyPage();
    return std::nullopt;
}

void FaultState::injectAfter(const MockConfig &config, int requestNumber, HttpResponse *response)
{
    // A body cut in half with a matching Content-Length: the transfer looks
    // complete, only the JSON is broken.
    if (everyNth(config.truncateEvery, requestNumber))
        response->body.truncate(response->body.size() / 2);
}

} // namespace cs::mock
