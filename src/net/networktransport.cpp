// Real HTTP over QNetworkAccessManager. Redirects are never followed here
// (the engine decides, and never sends `auth` to another host); a request that
// runs past its timeout is aborted by a timer and reported as timed out, and
// one whose body grows past maxResponseBytes is aborted as soon as it does
// (a hostile server's endless body never sits in memory whole).
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
    response.exceededLimit = reply->property("callscopeTooLarge").toLongLong();
    if (response.exceededLimit == 0)   // an aborted reply has nothing worth reading
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

    // Checked on the announced length and on what has arrived (decompressed:
    // a small gzip body can unpack to gigabytes). The body stays unread until
    // `finished`, so bytesAvailable() is all of it so far.
    const qint64 limit = std::max<qint64>(1, request.maxResponseBytes);
    const auto checkSize = [reply, limit] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if ((announced > limit || reply->bytesAvailable() > limit) && !reply->property("callscopeTooLarge").isValid()) {
            reply->setProperty("callscopeTooLarge", limit);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, checkSize);
    connect(reply, &QNetworkReply::readyRead, reply, checkSize);

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
