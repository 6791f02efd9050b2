#pragma once
// What one HTTP answer means for the fetch: a page, a reason to wait, retry,
// follow, re-split or give up. Pure functions, so the rules are testable
// without a network.

#include "fetchspec.h"
#include "pagetransport.h"
#include "recordparser.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace cs {

struct ResponseVerdict
{
    enum class Kind {
        Page,           // 2xx with a valid page
        RateLimited,    // 429: wait `waitMs`, not a failure
        Transient,      // 5xx, timeout, reset, bad body: back off and retry
        Redirect,       // 307/308 to `redirectTo` (the caller checks the host)
        AuthRejected,   // 401/403
        OffsetRefused,  // 400/422 at offset > 0: the server will not page further
        Fatal,          // anything else: stop with `reason`
    };
    Kind kind = Kind::Fatal;
    std::shared_ptr<ParsedPage> page;
    qint64 waitMs = 0;
    QUrl redirectTo;
    QString reason;     // short, user-facing; may contain server text (redact before showing)
};

// `nowUtcMs`: the fetch clock's time, against which an HTTP-date Retry-After is read.
ResponseVerdict classifyResponse(const PageResponse &response, const QUrl &requestUrl, int offset, qint64 nowUtcMs);

// Retry-After as delta-seconds or an HTTP-date; `fallbackMs` if absent or unreadable.
// Clamped to [0, 10 min] so a hostile value cannot stall a fetch for hours.
qint64 retryAfterMs(const QByteArray &value, qint64 nowUtcMs, qint64 fallbackMs = 5000);

// Delay before retry number `failures` (1 = first retry): exponential from
// initialBackoffMs, capped at maxBackoffMs, scaled by a jitter in [0.5, 1].
int backoffMs(const RetryPolicy &policy, int failures, double unitRandom);

// The server's message from an error body: a JSON "message"/"error"/"errors[0].msg"
// if there is one, else the text itself, on one line and at most `maxChars` long.
QString bodyExcerpt(const QByteArray &body, int maxChars = 200);

} // namespace cs
