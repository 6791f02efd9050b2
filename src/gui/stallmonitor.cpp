#include "stallmonitor.h"

#include <QtGlobal>
#include <algorithm>

namespace cs {

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may fire up to 5% early or late by design; precise keeps
    // the measurement about the event loop, not the timer's slack.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    reset();
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
}

void StallMonitor::reset()
{
    m_clock.start();
    m_lastTickMs = 0;
    m_maxStallMs = 0;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 lateness = now - m_lastTickMs - kIntervalMs;
    m_maxStallMs = std::max(m_maxStallMs, lateness);
    m_lastTickMs = now;
    Q_EMIT ticked(lateness);
}

bool StallMonitor::measuringRequested()
{
    return qEnvironmentVariableIntValue("CALLSCOPE_MEASURE_STALLS") == 1;
}

} // namespace cs
