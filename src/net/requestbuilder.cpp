#include "requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cs {

QUrl pageUrl(const FetchSpec &spec, int offset, int limit)
{
    QUrl url;
    url.setScheme(spec.host.scheme().toLower());
    url.setHost(spec.host.host());
    url.setPort(spec.host.port());
    const QString account = QString::fromLatin1(QUrl::toPercentEncoding(spec.accountId.trimmed()));
    url.setPath(u"/agentassist/api/public/analytics/account/"_s + account + u"/v2/"_s + endpointPath(spec.endpoint),
                QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    return url;
}

QByteArray requestBody(const FetchSpec &spec, const RequestWindow &window)
{
    QJsonObject body{
        {u"startDate"_s, window.startDate()},
        {u"endDate"_s, window.endDate()},
        {u"timeZoneOffset"_s, window.offsetMinutes},
    };
    if (!spec.channels.isEmpty())
        body.insert(u"channels"_s, QJsonArray::fromStringList(spec.channels));
    if (!spec.queues.isEmpty())
        body.insert(u"queues"_s, QJsonArray::fromStringList(spec.queues));
    if (!spec.direction.isEmpty())
        body.insert(u"direction"_s, spec.direction);
    if (!spec.selectedFields.isEmpty())
        body.insert(u"selectedFields"_s, QJsonArray::fromStringList(spec.selectedFields));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

PageRequest buildPageRequest(const FetchSpec &spec, const RequestWindow &window, int offset, int limit,
                             const QByteArray &auth)
{
    PageRequest request;
    request.url = pageUrl(spec, offset, limit);
    request.body = requestBody(spec, window);
    request.timeoutMs = spec.requestTimeoutMs;
    request.maxResponseBytes = spec.maxResponseBytes;
    request.headers = {
        {"auth"_ba, auth},
        {"accountId"_ba, spec.accountId.trimmed().toUtf8()},
        {"iId"_ba, spec.appId.trimmed().toUtf8()},
        {"content-type"_ba, "application/json;charset=UTF-8"_ba},
        {"accept"_ba, "application/json"_ba},
    };
    return request;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

QNetworkRequest toNetworkRequest(const PageRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

} // namespace cs
