#include "responsepolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

// lupdate takes the context from the qualified call (ResponsePolicy::tr), which a
// free tr() helper would not give it.
struct ResponsePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ResponsePolicy)
};

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    QString text;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        for (const char *key : {"message", "error", "msg", "errorMessage"}) {
            const QJsonValue value = object.value(QLatin1StringView(key));
            if (value.isString()) {
                text = value.toString();
                break;
            }
            if (value.isObject() && value.toObject().value(u"message"_s).isString()) {
                text = value.toObject().value(u"message"_s).toString();
                break;
            }
        }
        const QJsonArray errors = object.value(u"errors"_s).toArray();
        if (text.isEmpty() && !errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            text = first.value(u"msg"_s).toString(first.value(u"message"_s).toString());
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(maxChars * 4));
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

qint64 retryAfterMs(const QByteArray &value, qint64 nowUtcMs, qint64 fallbackMs)
{
    constexpr qint64 kMaxMs = 10 * 60 * 1000;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return fallbackMs;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber && std::isfinite(seconds))
        return qint64(std::ceil(std::clamp(seconds * 1000, 0.0, double(kMaxMs))));   // clamped before the cast: 1e300 fits no qint64
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!date.isValid())
        return fallbackMs;
    return std::clamp<qint64>(date.toMSecsSinceEpoch() - nowUtcMs, 0, kMaxMs);
}

int backoffMs(const RetryPolicy &policy, int failures, double unitRandom)
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double base = std::min<double>(policy.maxBackoffMs, double(policy.initialBackoffMs) * std::pow(2.0, exponent));
    return std::max(0, int(base * (0.5 + 0.5 * std::clamp(unitRandom, 0.0, 1.0))));
}

static QString networkReason(const PageResponse &response)
{
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError: return ResponsePolicy::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError: return ResponsePolicy::tr("the server closed the connection");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return ResponsePolicy::tr("network failure");
    default: break;
    }
    return response.networkErrorText.isEmpty() ? ResponsePolicy::tr("network error") : response.networkErrorText;
}

static bool isFatalNetworkError(QNetworkReply::NetworkError error)
{
    // Misconfigurations that retrying cannot fix; TLS problems are never retried.
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

ResponseVerdict classifyResponse(const PageResponse &response, const QUrl &requestUrl, int offset, qint64 nowUtcMs)
{
    ResponseVerdict verdict;
    const int status = response.httpStatus;
    if (response.timedOut) {
        verdict.kind = ResponseVerdict::Kind::Transient;
        verdict.reason = ResponsePolicy::tr("no answer in time");
        return verdict;
    }
    if (response.exceededLimit > 0) {
        // Fatal, not retried: the same server would send the same body again.
        verdict.kind = ResponseVerdict::Kind::Fatal;
        verdict.reason = ResponsePolicy::tr("the server's answer is larger than %1 MiB, the response size limit "
                                            "(raise it with --max-response-mb or the profile's maxResponseMegabytes "
                                            "only for a server you trust)").arg((response.exceededLimit + (1 << 20) - 1) >> 20);
        return verdict;
    }
    if (status == 0) {
        verdict.kind = isFatalNetworkError(response.networkError) ? ResponseVerdict::Kind::Fatal
                                                                  : ResponseVerdict::Kind::Transient;
        verdict.reason = networkReason(response);
        return verdict;
    }
    if (status >= 200 && status < 300) {
        verdict.page = parsePage(response.body);
        if (verdict.page && verdict.page->ok()) {
            verdict.kind = ResponseVerdict::Kind::Page;
        } else {
            // A page over a limit comes back the same however often it is asked for.
            verdict.kind = verdict.page && verdict.page->overLimit ? ResponseVerdict::Kind::Fatal
                                                                   : ResponseVerdict::Kind::Transient;
            verdict.reason = ResponsePolicy::tr("unreadable response (%1)")
                                 .arg(verdict.page ? verdict.page->error : ResponsePolicy::tr("no page"));
            verdict.page.reset();
        }
        return verdict;
    }
    const QString excerpt = bodyExcerpt(response.body);
    const QString statusText = excerpt.isEmpty() ? ResponsePolicy::tr("HTTP %1").arg(status)
                                                 : ResponsePolicy::tr("HTTP %1: %2").arg(status).arg(excerpt);
    verdict.reason = statusText;
    if (status == 307 || status == 308) {
        verdict.kind = ResponseVerdict::Kind::Redirect;
        verdict.redirectTo = requestUrl.resolved(response.redirectTarget);
        if (response.redirectTarget.isEmpty()) {
            verdict.kind = ResponseVerdict::Kind::Fatal;
            verdict.reason = ResponsePolicy::tr("HTTP %1 redirect without a target").arg(status);
        }
    } else if (status >= 300 && status < 400) {
        verdict.kind = ResponseVerdict::Kind::Fatal;
        verdict.reason = ResponsePolicy::tr("the server answered with a redirect (HTTP %1) that cannot carry the request; "
                            "check the host URL").arg(status);
    } else if (status == 429) {
        verdict.kind = ResponseVerdict::Kind::RateLimited;
        verdict.waitMs = retryAfterMs(response.retryAfter, nowUtcMs);
    } else if (status == 401 || status == 403) {
        verdict.kind = ResponseVerdict::Kind::AuthRejected;
    } else if ((status == 400 || status == 422) && offset > 0) {
        verdict.kind = ResponseVerdict::Kind::OffsetRefused;
    } else if (status == 408 || status >= 500) {
        verdict.kind = ResponseVerdict::Kind::Transient;
    } else {
        verdict.kind = ResponseVerdict::Kind::Fatal;
    }
    return verdict;
}

} // namespace cs
