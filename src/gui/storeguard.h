#pragma once
// Who may change the record store, and when. RecordStore is not thread-safe:
// a job that reads it in a worker (saving, exporting, the charts'
// statistics) holds a lease, and every change of the store waits until no
// lease is held. Changes run in the order they were asked for, on this
// thread, a few milliseconds' worth per turn of the event loop, so a burst
// of queued pages never freezes the window.

#include <QObject>
#include <QSet>
#include <deque>
#include <functional>

namespace cs {

class StoreGuard : public QObject
{
    Q_OBJECT
public:
    // Changes run per turn of the event loop until this much time is spent.
    static constexpr int kBudgetMs = 6;

    explicit StoreGuard(QObject *parent = nullptr);

    // A worker of job `generation` reads the store until release().
    void lease(quint64 generation);
    void release(quint64 generation);
    bool isLeased() const { return !m_leases.isEmpty(); }

    // Runs `change` now if the store is free and nothing waits before it,
    // otherwise queues it. Returns true if it ran now.
    bool change(std::function<void()> change);
    bool hasPendingChanges() const { return !m_pending.empty(); }
    // Forgets queued changes (a new result replaces everything).
    void dropPendingChanges();

Q_SIGNALS:
    // Queued changes ran and none is left: the store is quiet.
    void drained();

private:
    void drain();
    void scheduleDrain();

    QSet<quint64> m_leases;
    std::deque<std::function<void()>> m_pending;
    bool m_drainScheduled = false;
};

} // namespace cs
