#pragma once
// Builds the HTTP request for one page of one window (URL, headers, body).

#include "fetchspec.h"
#include "pagetransport.h"
#include "timewindows.h"

#include <QNetworkRequest>

namespace cs {

// {host}/agentassist/api/public/analytics/account/{accountId}/v2/{endpoint}?limit=&offset=
QUrl pageUrl(const FetchSpec &spec, int offset, int limit);
// {"startDate", "endDate", "timeZoneOffset"} plus channels/queues/direction when set.
QByteArray requestBody(const FetchSpec &spec, const RequestWindow &window);
// `auth` is the header value (a JWT); the request carries it, nothing else keeps it.
PageRequest buildPageRequest(const FetchSpec &spec, const RequestWindow &window, int offset, int limit,
                             const QByteArray &auth);
// The QNetworkRequest for a PageRequest, shared by the fetch engine and Test
// connection so both follow no redirect on their own (the auth header must
// never reach another origin) and keep no cache or cookies.
QNetworkRequest toNetworkRequest(const PageRequest &request);

// Same scheme, host and port: the only redirect the engine follows with credentials.
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace cs
