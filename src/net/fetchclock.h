#pragma once
// The time the fetch engine paces itself by: the request budget's sliding
// minute, Retry-After waits (seconds or an HTTP date) and retry backoffs.
//
// Real fetches run at speed 1. Tests run the real 60 requests/minute budget
// in compressed time: at speed 100 a "minute" of this clock passes in 0.6 s of
// real time, so a fetch of several budget-minutes stays quick without using
// an unrealistic budget. One clock is shared (read-only, thread-safe) by the
// engine in its worker thread and by a mock server in the test's thread.

#include <QElapsedTimer>
#include <QtGlobal>
#include <memory>

namespace cs {

class FetchClock
{
public:
    explicit FetchClock(double speed = 1.0);

    double speed() const { return m_speed; }
    // Monotonic milliseconds of this clock since it was made.
    qint64 monotonicMs() const;
    // Milliseconds since the epoch on this clock (for HTTP-date Retry-After).
    qint64 utcMs() const;
    // Real milliseconds a timer must wait for `clockMs` of this clock to pass.
    int realDelayMs(qint64 clockMs) const;

    static std::shared_ptr<const FetchClock> realTime();

private:
    double m_speed;
    qint64 m_startUtcMs;
    QElapsedTimer m_elapsed;
};

using FetchClockPtr = std::shared_ptr<const FetchClock>;

} // namespace cs
