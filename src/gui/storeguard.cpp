#include "storeguard.h"

#include <QElapsedTimer>
#include <QTimer>

namespace cs {

StoreGuard::StoreGuard(QObject *parent) : QObject(parent) {}

void StoreGuard::lease(quint64 generation)
{
    m_leases.insert(generation);
}

void StoreGuard::release(quint64 generation)
{
    if (m_leases.remove(generation) && m_leases.isEmpty() && !m_pending.empty())
        scheduleDrain();
}

bool StoreGuard::change(std::function<void()> change)
{
    if (m_leases.isEmpty() && m_pending.empty()) {
        change();
        return true;
    }
    m_pending.push_back(std::move(change));
    if (m_leases.isEmpty())
        scheduleDrain();
    return false;
}

void StoreGuard::dropPendingChanges()
{
    m_pending.clear();
}

void StoreGuard::scheduleDrain()
{
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_drainScheduled = false;
        drain();
    });
}

void StoreGuard::drain()
{
    QElapsedTimer spent;
    spent.start();
    while (!m_pending.empty() && m_leases.isEmpty()) {
        if (spent.elapsed() >= kBudgetMs) {
            scheduleDrain();   // the rest on the next turn: events in between run
            return;
        }
        std::function<void()> next = std::move(m_pending.front());
        m_pending.pop_front();
        next();
    }
    if (m_pending.empty())
        Q_EMIT drained();
}

} // namespace cs
