// Request handling: logging, the switchable faults, validation and paging.

#include "mockserver.h"

#include "jwt.h"
#include "mockfaults.h"
#include "mockhttp.h"
#include "mockpaging.h"
#include "mockrequest.h"

#include <QDateTime>
#include <QFile>

namespace cs::mock {

namespace {

// The log keeps the most recent requests only, so a long-running
// callscope-mock does not grow without bound.
constexpr qsizetype kMaxLoggedRequests = 20000;

QByteArray jsonPage(const MockDataset &dataset, const QList<int> &indices, const RenderOptions &options)
{
    QByteArray body;
    body.reserve(64 + indices.size() * 2400);
    body += "{\"numResults\":" + QByteArray::number(indices.size()) + ",\"data\":[";
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (i > 0)
            body += ',';
        body += dataset.recordJson(indices[i], options);
    }
    body += "]}";
    return body;
}

HttpResponse jsonError(int status, const QByteArray &message)
{
    return HttpResponse::make(status, "application/json; charset=utf-8", errorBody(status, message));
}

} // namespace

struct MockServer::Impl
{
    Impl(const MockConfig &c, const DatasetSpec &spec)
        : config(c), dataset(spec), http([this](const HttpRequest &r) { return handle(r); })
    {
        if (!config.requestLogPath.isEmpty()) {
            requestLog.setFileName(config.requestLogPath);
            if (!requestLog.open(QIODevice::WriteOnly | QIODevice::Append))
                requestLogError = requestLog.errorString();
        }
    }

    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse serveData(const HttpRequest &request, const DataPath &path, const QByteArray &query);

    MockConfig config;
    MockDataset dataset;
    FaultState faults;
    QSet<QString> seenJti;
    QList<ReceivedRequest> log;
    QList<QByteArray> inserted;   // sessionIds added by insertEvery
    int dataRequests = 0;
    int emptyGlitchCandidates = 0;   // requests emptyGlitchEvery counts
    QFile requestLog;                // MockConfig::requestLogPath, opened once
    QString requestLogError;
    HttpServer http;          // last: its handler uses the members above
};

HttpResponse MockServer::Impl::handle(const HttpRequest &request)
{
    HttpResponse response = route(request);
    response.delayMs = qMax(0, config.latencyMs);

    if (log.size() >= kMaxLoggedRequests)
        log.remove(0, kMaxLoggedRequests / 2);
    ReceivedRequest entry;
    entry.method = request.method;
    entry.path = request.target;
    entry.headers = request.headers;
    entry.body = request.body;
    entry.status = response.resetConnection ? 0 : response.status;   // 0: no answer was sent
    log.append(entry);

    if (requestLog.isOpen()) {
        const qsizetype question = request.target.indexOf('?');
        const QByteArray path = question < 0 ? request.target : request.target.left(question);
        if (matchDataPath(path).matches) {
            const QByteArray query = question < 0 ? QByteArray() : request.target.mid(question + 1);
            requestLog.write(requestLogLine(dataRequests, path.mid(path.lastIndexOf('/') + 1), query, request.body,
                                            entry.status, QDateTime::currentMSecsSinceEpoch()));
            requestLog.flush();   // a test may kill the mock any moment and still read every line
        }
    }
    return response;
}

HttpResponse MockServer::Impl::route(const HttpRequest &request)
{
    const qsizetype question = request.target.indexOf('?');
    const QByteArray path = question < 0 ? request.target : request.target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : request.target.mid(question + 1);
    const DataPath dataPath = matchDataPath(path);
    if (dataPath.matches)
        ++dataRequests;

    if (config.redirectTo.isValid())
        return redirectResponse(config.redirectTo, path, query);
    if (!dataPath.matches)
        return jsonError(404, "Not Found: " + path);
    if (request.method != "POST") {
        HttpResponse r = jsonError(405, "Use POST for this endpoint.");
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return r;
    }
    if (std::optional<HttpResponse> fault = faults.injectBefore(config, dataRequests))
        return *fault;
    HttpResponse response = serveData(request, dataPath, query);
    if (response.status == 200)
        faults.injectAfter(config, dataRequests, &response);
    return response;
}

HttpResponse MockServer::Impl::serveData(const HttpRequest &request, const DataPath &path, const QByteArray &query)
{
    if (const Rejection r = checkIdentity(request, path, config, seenJti, QDateTime::currentSecsSinceEpoch()))
        return jsonError(r.status, r.message);
    DataQuery q;
    if (const Rejection r = parseDataQuery(request, query, config, &q))
        return jsonError(r.status, r.message);

    if (everyNth(config.insertEvery, dataRequests))
        inserted.append(dataset.insertCall(q.startUtc, q.channels, q.queues, q.direction));
    QList<int> page = pageFor(dataset, q, config, dataRequests);
    // A one-off empty page in the middle of a window: a client that stops at
    // the first empty page loses the rest of it.
    if (config.emptyGlitchEvery > 0 && q.offset > 0 && !page.isEmpty()
        && everyNth(config.emptyGlitchEvery, ++emptyGlitchCandidates))
        page.clear();

    RenderOptions render;
    render.offsetMinutes = q.offsetMinutes;
    render.stampZone = config.stampZone;
    render.blocks = config.alwaysSendBlocks ? kAllRecordBlocks : q.blocks;
    return HttpResponse::make(200, "application/json; charset=utf-8", jsonPage(dataset, page, render));
}

MockServer::MockServer(const MockConfig &config, const DatasetSpec &data, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(config, data))
{
}

MockServer::~MockServer() = default;

bool MockServer::listen(const QHostAddress &address, quint16 port)
{
    return d->http.listen(address, port);
}

quint16 MockServer::port() const
{
    return d->http.port();
}

QUrl MockServer::baseUrl() const
{
    QHostAddress host = d->http.address();
    if (host.isNull() || host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void MockServer::close()
{
    d->http.close();
}

MockConfig &MockServer::config()
{
    return d->config;
}

const MockDataset &MockServer::dataset() const
{
    return d->dataset;
}

int MockServer::requestCount() const
{
    return d->dataRequests;
}

QList<QByteArray> MockServer::insertedSessionIds() const
{
    return d->inserted;
}

QList<ReceivedRequest> MockServer::receivedRequests() const
{
    return d->log;
}

void MockServer::clearLog()
{
    d->log.clear();
}

QString MockServer::requestLogError() const
{
    return d->requestLogError;
}

QByteArray MockServer::demoToken() const
{
    return jwt::mint(d->config.clientId, d->config.clientSecret, QDateTime::currentSecsSinceEpoch());
}

} // namespace cs::mock
