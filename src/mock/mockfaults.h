#pragma once
// The switchable misbehaviour of the mock: rate limits (a real sliding window
// and periodic 429 bursts), connection resets, 5xx errors, HTML proxy pages,
// truncated bodies and redirects. "Every N" faults count data requests, 1-based.

#include "mockhttp.h"
#include "mockserver.h"

#include <QElapsedTimer>
#include <deque>
#include <optional>

namespace cs::mock {

class FaultState
{
public:
    FaultState();
    // Decided before the request is even validated, as a gateway would.
    // Precedence when several hit the same request: sliding-window 429,
    // periodic 429, reset, server error, HTML page.
    std::optional<HttpResponse> injectBefore(const MockConfig &config, int requestNumber);
    // Applied to a successful answer: truncation.
    void injectAfter(const MockConfig &config, int requestNumber, HttpResponse *response);

private:
    std::optional<HttpResponse> slidingWindowLimit(const MockConfig &config);
    HttpResponse rateLimited(const MockConfig &config, qint64 waitMs);
    qint64 nowMs(const MockConfig &config);

    QElapsedTimer m_realClock;
    // The mock's wall clock for Date/Retry-After: the real UTC time of the
    // first clock reading, advanced by the (possibly compressed) clock since.
    std::optional<std::pair<qint64, qint64>> m_epoch;   // {clock ms, UTC ms} at the first reading
    std::deque<qint64> m_admittedMs;   // admitted request times within the last minute
    int m_serverErrorTurn = 0;
};

// N, 2N, 3N, ...: whether an "every N" switch hits the count `number` (off at N <= 0).
bool everyNth(int every, int number);

HttpResponse redirectResponse(const QUrl &base, const QByteArray &path, const QByteArray &query);

} // namespace cs::mock
