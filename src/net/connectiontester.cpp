#include "connectiontester.h"

#include "recordparser.h"
#include "requestbuilder.h"
#include "responsepolicy.h"
#include "timewindows.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

constexpr int kMaxSameOriginRedirects = 3;
constexpr int kDefaultTimeoutMs = 20000;

// What came back from one HTTP exchange, with the TLS details Qt reports separately.
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QStringList sslErrors;
    QByteArray body;
    QByteArray retryAfter;
    QUrl redirectTarget;
    bool timedOut = false;
};

struct Verdict
{
    bool ok = false;
    QString message;
    QUrl follow;            // same-origin redirect to try next
};

QString hostText(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

QString withServerText(const QString &message, const QByteArray &body)
{
    const QString excerpt = bodyExcerpt(body);
    return excerpt.isEmpty() ? message : message + u' ' + ConnectionTester::tr("The server said: \"%1\"").arg(excerpt);
}

Verdict networkVerdict(const Answer &answer, const QUrl &url, int timeoutMs)
{
    const QString host = hostText(url);
    if (answer.timedOut)
        return {false, ConnectionTester::tr("No answer from %1 within %n second(s) (timeout). The server may be down or "
                          "unreachable from this network.", nullptr, int(std::ceil(timeoutMs / 1000.0))).arg(host), {}};
    switch (answer.error) {
    case QNetworkReply::HostNotFoundError:
        return {false, ConnectionTester::tr("Host not found: \"%1\" could not be resolved (DNS). Check the host name.").arg(url.host()), {}};
    case QNetworkReply::ConnectionRefusedError:
        return {false, ConnectionTester::tr("Connection refused by %1: nothing is listening there (wrong port, or the server is down).")
                           .arg(host), {}};
    case QNetworkReply::SslHandshakeFailedError: {
        const QString details = answer.sslErrors.isEmpty() ? answer.errorText : answer.sslErrors.join(u"; ");
        return {false, ConnectionTester::tr("Secure connection (TLS) to %1 failed: %2").arg(host, details), {}};
    }
    case QNetworkReply::RemoteHostClosedError:
        return {false, ConnectionTester::tr("%1 closed the connection without answering.").arg(host), {}};
    default: break;
    }
    return {false, ConnectionTester::tr("Network error talking to %1: %2").arg(host, answer.errorText), {}};
}

Verdict successVerdict(const Answer &answer, const FetchSpec &spec)
{
    const auto page = parsePage(answer.body);
    if (!page || !page->ok()) {
        return {false, ConnectionTester::tr("The server answered (HTTP %1) but not with call details: %2. Check the host and the "
                          "endpoint (%3).").arg(answer.status).arg(page ? page->error : ConnectionTester::tr("empty answer"),
                                                                     endpointPath(spec.endpoint)), {}};
    }
    // numResults is not a reliable total (FACTS.md), but when it exceeds the
    // one record asked for it is the best count on offer.
    const qint64 count = std::max<qint64>(page->numResults, qint64(page->records.size() + page->issues.size()));
    return {true, ConnectionTester::tr("Connected: %n record(s) in the last hour.", nullptr, int(std::min<qint64>(count, INT_MAX))), {}};
}

Verdict redirectVerdict(const Answer &answer, const QUrl &url, int redirects)
{
    const QUrl target = url.resolved(answer.redirectTarget);
    if (answer.redirectTarget.isEmpty())
        return {false, ConnectionTester::tr("The server answered with a redirect (HTTP %1) without a target.").arg(answer.status), {}};
    if (!isSameOrigin(url, target)) {
        return {false, ConnectionTester::tr("The server redirects to %1. CallScope never sends your credential to another host; "
                          "if that is the right server, enter it as the host.")
                           .arg(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)), {}};
    }
    if (redirects >= kMaxSameOriginRedirects)
        return {false, ConnectionTester::tr("The server keeps redirecting (HTTP %1); giving up.").arg(answer.status), {}};
    return {false, {}, target};
}

Verdict httpVerdict(const Answer &answer, const FetchSpec &spec, const QUrl &url, int redirects)
{
    const int status = answer.status;
    if (status >= 200 && status < 300)
        return successVerdict(answer, spec);
    if (status >= 300 && status < 400)
        return redirectVerdict(answer, url, redirects);
    switch (status) {
    case 401:
        return {false, withServerText(ConnectionTester::tr("Rejected (HTTP 401 Unauthorized): the server did not accept the credential. "
                                         "Check the JWT, or the Client ID and Client Secret."), answer.body), {}};
    case 403:
        return {false, withServerText(ConnectionTester::tr("Forbidden (HTTP 403): the credential may not read this account's analytics. "
                                         "Check the account ID, the app ID (iId) and the app's API scope."), answer.body), {}};
    case 404:
        return {false, withServerText(ConnectionTester::tr("Not found (HTTP 404): check the host, the account ID and the endpoint (%1).")
                                          .arg(endpointPath(spec.endpoint)), answer.body), {}};
    case 429: {
        const qint64 waitMs = retryAfterMs(answer.retryAfter, QDateTime::currentMSecsSinceEpoch(), -1);
        const QString message = waitMs >= 0
            ? ConnectionTester::tr("Rate limited (HTTP 429): the account's request budget is used up. The server asks to wait %n second(s).",
                 nullptr, int((waitMs + 999) / 1000))
            : ConnectionTester::tr("Rate limited (HTTP 429): the account's request budget is used up. Try again in a minute.");
        return {false, message, {}};
    }
    default: break;
    }
    if (status >= 500)
        return {false, withServerText(ConnectionTester::tr("The server has a problem (HTTP %1). Try again later.").arg(status), answer.body), {}};
    return {false, withServerText(ConnectionTester::tr("Unexpected answer (HTTP %1).").arg(status), answer.body), {}};
}

} // namespace

struct ConnectionTester::Impl
{
    ConnectionTester *q = nullptr;
    QNetworkAccessManager *manager = nullptr;
    QPointer<QNetworkReply> reply;
    int timeoutMs = kDefaultTimeoutMs;
    quint64 generation = 0;

    // The running test.
    FetchSpec spec;
    PageRequest request;
    QByteArray auth;           // redacted from every message, wiped afterwards
    Credentials credentials;   // masks the token, secret and JWT-shaped text in server bodies
    int redirects = 0;
    bool running = false;      // from test() until finished() or cancel()

    void send();
    void handle(QNetworkReply *finished, bool timedOut, const QStringList &sslErrors);
    void finish(bool ok, QString message);
    void finishLater(bool ok, const QString &message);
    void forgetRequest();
};

void ConnectionTester::Impl::send()
{
    const QNetworkRequest networkRequest = toNetworkRequest(request);

    QNetworkReply *sent = manager->post(networkRequest, request.body);
    reply = sent;
    auto sslErrors = std::make_shared<QStringList>();
#if QT_CONFIG(ssl)
    // Not ignored: the handshake fails, and these say why.
    QObject::connect(sent, &QNetworkReply::sslErrors, q, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });
#endif
    auto *timer = new QTimer(sent);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, sent, [sent] {
        sent->setProperty("callscopeTimedOut", true);
        sent->abort();
    });
    timer->start(request.timeoutMs);
    // The same response size limit as a fetch (NetworkTransport): a hostile
    // server's endless body is cut off instead of read into memory.
    const qint64 limit = std::max<qint64>(1, request.maxResponseBytes);
    const auto checkSize = [sent, limit] {
        const qint64 announced = sent->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if ((announced > limit || sent->bytesAvailable() > limit) && !sent->property("callscopeTooLarge").isValid()) {
            sent->setProperty("callscopeTooLarge", limit);
            sent->abort();
        }
    };
    QObject::connect(sent, &QNetworkReply::metaDataChanged, sent, checkSize);
    QObject::connect(sent, &QNetworkReply::readyRead, sent, checkSize);
    QObject::connect(sent, &QNetworkReply::finished, q, [this, sent, sslErrors] {
        handle(sent, sent->property("callscopeTimedOut").toBool(), *sslErrors);
    });
}

void ConnectionTester::Impl::handle(QNetworkReply *finished, bool timedOut, const QStringList &sslErrors)
{
    if (finished != reply)
        return;
    reply.clear();
    finished->deleteLater();

    if (const qint64 limit = finished->property("callscopeTooLarge").toLongLong(); limit > 0) {
        finish(false, tr("The server's answer is larger than %1 MiB, the response size limit.").arg(limit >> 20));
        return;
    }
    Answer answer;
    answer.timedOut = timedOut;
    answer.status = timedOut ? 0 : finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = finished->error();
    answer.errorText = finished->errorString();
    answer.sslErrors = sslErrors;
    answer.body = finished->readAll();
    // A server may echo the request's headers in an error body. Redact the
    // whole body before it is cut to an excerpt: a cut token no longer
    // matches the mask, and its start would be shown.
    if (answer.status < 200 || answer.status >= 300)
        answer.body = credentials.redacted(QString::fromUtf8(answer.body)).toUtf8();
    answer.retryAfter = finished->rawHeader("Retry-After");
    answer.redirectTarget = finished->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();

    const Verdict verdict = answer.status == 0 ? networkVerdict(answer, request.url, request.timeoutMs)
                                               : httpVerdict(answer, spec, request.url, redirects);
    if (verdict.follow.isValid()) {
        ++redirects;
        request.url = verdict.follow;
        send();
        return;
    }
    finish(verdict.ok, verdict.message);
}

void ConnectionTester::Impl::finish(bool ok, QString message)
{
    // Servers sometimes echo request headers in error bodies.
    if (!auth.isEmpty())
        message.replace(QString::fromLatin1(auth), tr("[credential removed]"));
    forgetRequest();
    running = false;
    Q_EMIT q->finished(ok, message);
}

void ConnectionTester::Impl::finishLater(bool ok, const QString &message)
{
    // Queued so that finished() never fires inside test().
    const quint64 expected = generation;
    QTimer::singleShot(0, q, [this, expected, ok, message] {
        if (generation == expected)
            finish(ok, message);
    });
}

void ConnectionTester::Impl::forgetRequest()
{
    auth.fill('\0');
    auth.clear();
    credentials.clear();
    for (auto &[name, value] : request.headers)
        value.fill('\0');
    request = PageRequest();
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->q = this;
    d->manager = new QNetworkAccessManager(this);
    // The credential must never follow a redirect to another host.
    d->manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::setTimeoutMs(int milliseconds)
{
    d->timeoutMs = std::max(1, milliseconds);
}

int ConnectionTester::timeoutMs() const
{
    return d->timeoutMs;
}

bool ConnectionTester::isRunning() const
{
    return d->running;
}

void ConnectionTester::cancel()
{
    ++d->generation;
    if (QNetworkReply *running = d->reply) {
        d->reply.clear();
        disconnect(running, nullptr, this, nullptr);
        running->abort();
        running->deleteLater();
    }
    d->forgetRequest();
    d->running = false;
}

void ConnectionTester::test(const FetchSpec &specIn, const Credentials &credentials)
{
    cancel();
    d->running = true;
    FetchSpec spec = specIn;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    spec.zone = QTimeZone::utc();
    spec.from = now.addSecs(-3600);
    spec.to = now;
    if (const QString problem = spec.validate(); !problem.isEmpty()) {
        d->finishLater(false, problem);
        return;
    }
    if (!credentials.isValid()) {
        d->finishLater(false, tr("No credential: enter a JWT, or a Client ID and Client Secret."));
        return;
    }

    RequestWindow lastHour;
    lastHour.endUtc = now.toSecsSinceEpoch();
    lastHour.startUtc = lastHour.endUtc - 3600;
    lastHour.offsetMinutes = 0;
    d->spec = spec;
    d->auth = credentials.authHeaderValue();
    d->credentials = credentials;
    d->request = buildPageRequest(spec, lastHour, 0, 1, d->auth);
    d->request.timeoutMs = std::min(d->timeoutMs, std::max(1, spec.requestTimeoutMs));
    d->redirects = 0;
    d->send();
}

} // namespace cs
