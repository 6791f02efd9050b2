#pragma once
// The seam between the engine and HTTP (KDAB GammaRay's fake-transport
// pattern): the engine builds PageRequests; a transport sends them and calls
// back once with a PageResponse. The real one uses QNetworkAccessManager.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

namespace cs {

struct PageRequest
{
    QUrl url;                                       // with ?limit=&offset=
    QList<QPair<QByteArray, QByteArray>> headers;   // includes `auth`: never log these
    QByteArray body;                                // JSON
    int timeoutMs = 60000;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;      // FetchSpec::maxResponseBytes
};

struct PageResponse
{
    int httpStatus = 0;                             // 0 when no HTTP response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QByteArray retryAfter;                          // raw Retry-After header, if any
    QUrl redirectTarget;                            // for 3xx
    bool timedOut = false;
    qint64 exceededLimit = 0;                       // non-zero: cut off past this maxResponseBytes
};

class PageTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Sends the request; `done` is called exactly once, in this object's
    // thread, unless abortAll() is called first.
    virtual void send(const PageRequest &request, std::function<void(const PageResponse &)> done) = 0;
    virtual void abortAll() = 0;
};

// Real HTTP. Never follows redirects by itself: the engine decides (and never
// sends `auth` to another host).
class NetworkTransport : public PageTransport
{
    Q_OBJECT
public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;
    void send(const PageRequest &request, std::function<void(const PageResponse &)> done) override;
    void abortAll() override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs
