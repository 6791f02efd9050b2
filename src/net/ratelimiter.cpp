#include "ratelimiter.h"

#include <algorithm>

namespace cs {

RateLimiter::RateLimiter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

void RateLimiter::setBudget(int sendsPerPeriod, qint64 periodMs)
{
    m_budget = std::max(1, sendsPerPeriod);
    m_periodMs = std::max<qint64>(1, periodMs);
    pump();
}

void RateLimiter::setClock(FetchClockPtr clock)
{
    m_clock = clock ? std::move(clock) : FetchClock::realTime();
    m_sends.clear();
    m_pausedUntil = 0;
}

qint64 RateLimiter::now() const
{
    return m_clock->monotonicMs();
}

void RateLimiter::acquire(QObject *context, std::function<void()> granted)
{
    m_waiters.push_back({QPointer<QObject>(context), std::move(granted)});
    pump();
}

void RateLimiter::pauseFor(qint64 ms)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + std::max<qint64>(0, ms));
    pump();
}

void RateLimiter::clearWaiters()
{
    m_waiters.clear();
    m_timer->stop();
}

// A send leaves the log a little after a full period: the server counts a
// request when it arrives, and two requests a period apart can arrive less
// than a period apart when the first was delayed on the way. The margin (1 s
// a minute, under 2% of the throughput) keeps us inside a strict server's
// window instead of earning a 429 at every turn of the minute.
qint64 RateLimiter::marginMs() const
{
    return std::max<qint64>(1, m_periodMs / 60);
}

void RateLimiter::forgetOldSends(qint64 nowMs)
{
    while (!m_sends.empty() && m_sends.front() <= nowMs - m_periodMs - marginMs())
        m_sends.pop_front();
}

qint64 RateLimiter::earliestGrantTime(qint64 nowMs) const
{
    qint64 at = std::max(nowMs, m_pausedUntil);
    if (int(m_sends.size()) >= m_budget) {
        // The oldest send that must leave the window before one more fits.
        const qint64 oldest = m_sends[m_sends.size() - size_t(m_budget)];
        at = std::max(at, oldest + m_periodMs + marginMs() + 1);
    }
    return at;
}

qint64 RateLimiter::msUntilNextGrant() const
{
    if (m_waiters.empty())
        return 0;
    const qint64 nowMs = now();
    return std::max<qint64>(0, earliestGrantTime(nowMs) - nowMs);
}

void RateLimiter::pump()
{
    // A granted callback may acquire again; the running loop picks that up.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_waiters.empty()) {
        if (!m_waiters.front().context) {
            m_waiters.pop_front();
            continue;
        }
        const qint64 nowMs = now();
        forgetOldSends(nowMs);
        if (earliestGrantTime(nowMs) > nowMs)
            break;
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        m_sends.push_back(nowMs);
        waiter.granted();
    }
    m_pumping = false;

    if (m_waiters.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 nowMs = now();
    const qint64 wait = std::max<qint64>(1, earliestGrantTime(nowMs) - nowMs);
    m_timer->start(std::max(1, m_clock->realDelayMs(wait)));
}

} // namespace cs
