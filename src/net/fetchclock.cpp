#include "fetchclock.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace cs {

FetchClock::FetchClock(double speed)
    : m_speed(std::clamp(speed, 1e-3, 1e6))
    , m_startUtcMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 FetchClock::monotonicMs() const
{
    return qint64(double(m_elapsed.elapsed()) * m_speed);
}

qint64 FetchClock::utcMs() const
{
    return m_startUtcMs + monotonicMs();
}

int FetchClock::realDelayMs(qint64 clockMs) const
{
    if (clockMs <= 0)
        return 0;
    const double real = std::ceil(double(clockMs) / m_speed);
    return int(std::min(real, 24.0 * 3600 * 1000));
}

std::shared_ptr<const FetchClock> FetchClock::realTime()
{
    static const auto clock = std::make_shared<const FetchClock>(1.0);
    return clock;
}

} // namespace cs
