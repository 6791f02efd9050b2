#pragma once
// Measures how responsive the GUI thread is: a 10 ms timer that notes how
// late each tick arrives. A late tick means the event loop was busy (a stall
// the user would feel as a frozen window). The maximum is what we report.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cs {

class StallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StallMonitor(QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Forget the maximum so far (e.g. when a fetch starts).
    void reset();
    // Largest lateness seen since start()/reset(), in milliseconds.
    qint64 maxStallMs() const { return m_maxStallMs; }

    // True when CALLSCOPE_MEASURE_STALLS=1: the app then logs the maximum
    // stall at the end of every fetch.
    static bool measuringRequested();

Q_SIGNALS:
    // Every tick, with how late it came (for tracing where stalls come from).
    void ticked(qint64 latenessMs);

private:
    void tick();

    static constexpr int kIntervalMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_maxStallMs = 0;
};

} // namespace cs
