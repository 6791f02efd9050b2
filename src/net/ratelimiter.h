#pragma once
// The request budget: a sliding log of send times allowing at most N sends in
// any trailing period (60 s on real servers, shorter in tests), shared by all
// windows of a fetch. A 429 from the server pauses every sender, not only the
// one that got it: the budget is per account, so the others would fail too.

#include "fetchclock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

namespace cs {

class RateLimiter : public QObject
{
    Q_OBJECT
public:
    explicit RateLimiter(QObject *parent = nullptr);

    void setBudget(int sendsPerPeriod, qint64 periodMs = 60000);
    int budget() const { return m_budget; }
    qint64 periodMs() const { return m_periodMs; }

    // Calls `granted` (in this thread, possibly before returning) once a send
    // is allowed, and counts the send at that moment. Dropped silently if
    // `context` is destroyed first.
    void acquire(QObject *context, std::function<void()> granted);
    // Nothing is granted during the next `ms` (the server's Retry-After).
    void pauseFor(qint64 ms);
    // Forgets every waiter (a cancelled fetch); the send log stays, because
    // the server's budget does not reset when we cancel.
    void clearWaiters();

    int waiterCount() const { return int(m_waiters.size()); }
    // How long the first waiter still has to wait; 0 if nobody waits.
    qint64 msUntilNextGrant() const;

    // The clock the budget is kept by (real time unless a test compresses it).
    void setClock(FetchClockPtr clock);
    const FetchClockPtr &clock() const { return m_clock; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> granted;
    };

    qint64 now() const;
    void pump();
    qint64 marginMs() const;
    void forgetOldSends(qint64 nowMs);
    qint64 earliestGrantTime(qint64 nowMs) const;

    int m_budget = 60;
    qint64 m_periodMs = 60000;
    qint64 m_pausedUntil = 0;
    std::deque<qint64> m_sends;
    std::deque<Waiter> m_waiters;
    bool m_pumping = false;
    // A child, not a member: moveToThread() must take it along, or it cannot
    // be started from the fetch thread and every wait would last forever.
    QTimer *m_timer;
    FetchClockPtr m_clock = FetchClock::realTime();
};

} // namespace cs
