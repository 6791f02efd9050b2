// Real HTTP over QNetworkAccessManager. Redirects are never followed here
// (the engine decides, and never sends `auth` to another host); a request that
// runs past its timeout is aborted by a timer and reported as timed out.
#include "pagetransport.h"
#include "requestbuilder.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace cs {

struct NetworkTransport::Impl
{
    QNetworkAccessManager *manager = nullptr;
    QHash<QNetworkReply *, std::function<void(const PageResponse &)>> inFlight;
};

NetworkTransport::NetworkTransport(QObject *parent)
    : PageTransport(parent)
    , d(std::make_unique<Impl>())
{
    d->manager = new QNetworkAccessManager(this);
    // Tokens must not be cached on disk or offered to other hosts.
    d->manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkTransport::~NetworkTransport()
{
    abortAll();
}

static PageResponse responseOf(QNetworkReply *reply, bool timedOut)
{
    PageResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.networkErrorText = reply->errorString();
    response.body = reply->readAll();
    response.retryAfter = reply->rawHeader("Retry-After");
    response.redirectTarget = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    response.timedOut = timedOut;
    if (timedOut)
        response.httpStatus = 0;
    return response;
}

void NetworkTransport::send(const PageRequest &request, std::function<void(const PageResponse &)> done)
{
    const QNetworkRequest networkRequest = toNetworkRequest(request);

    QNetworkReply *reply = d->manager->post(networkRequest, request.body);
    d->inFlight.insert(reply, std::move(done));

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("callscopeTimedOut", true);
        reply->abort();
    });
    timer->start(std::max(1, request.timeoutMs));

    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        auto callback = d->inFlight.take(reply);
        const PageResponse response = responseOf(reply, reply->property("callscopeTimedOut").toBool());
        reply->deleteLater();
        if (callback)
            callback(response);
    });
}

void NetworkTransport::abortAll()
{
    const auto replies = d->inFlight.keys();
    d->inFlight.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace cs
