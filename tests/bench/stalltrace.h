#pragma once
// For the GUI benchmarks: an application that times every event it delivers
// and, with CALLSCOPE_TRACE_STALLS=1, prints the longest ones at the end (the
// receiver's class and name and the event type), so a stall has a culprit.
// Each is timed twice: wall clock, and the GUI thread's own CPU time, which
// tells the work done from waiting for a core on a busy machine. Events
// delivered inside another (a nested event loop) are counted for themselves.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events: the fetch thread's are not stalls.
        if (!m_tracing || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' '
            + receiver->objectName().toUtf8() + " event " + QByteArray::number(int(event->type()));
        const int depth = int(m_nested.size());
        m_nested.push_back({0, 0});
        const bool result = QApplication::notify(receiver, event);
        const Nested inner = m_nested.back();
        m_nested.pop_back();
        // Events delivered inside this one (a nested event loop) count for themselves.
        const qint64 totalMs = timer.elapsed();
        const double totalCpu = threadCpuMs() - cpuStart;
        if (!m_nested.empty()) {
            m_nested.back().ms += totalMs;
            m_nested.back().cpu += totalCpu;
        }
        const qint64 ms = totalMs - inner.ms;
        const double cpu = totalCpu - inner.cpu;
        if (ms >= 3)
            m_recent.push_back({m_clock.elapsed() - totalMs, ms, cpu, depth, what});
        if (ms >= 12 || cpu >= 8)
            m_slow.push_back({ms, cpu, depth, what});
        m_maxCpuMs = std::max(m_maxCpuMs, cpu);
        return result;
    }

    // A late tick of a 10 ms timer at `atMs` (of this application's clock):
    // the events of 3 ms or more that ran in the late interval are printed.
    void noteLateTick(qint64 lateMs)
    {
        if (m_tracing && lateMs > 16)
            m_late.push_back({m_clock.elapsed(), lateMs});
    }

    // The most CPU time one top-level event took on the GUI thread.
    double maxEventCpuMs() const { return m_maxCpuMs; }

    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
    }

    // Forget what was traced so far (a new phase of the benchmark).
    void resetTrace()
    {
        m_slow.clear();
        m_late.clear();
        m_recent.clear();
        m_maxCpuMs = 0;
    }

    void report() const
    {
        if (!m_tracing)
            return;
        std::printf("most GUI-thread CPU time in one event: %.1f ms\n", m_maxCpuMs);
        std::vector<Slow> slow = m_slow;
        std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) { return a.cpu > b.cpu; });
        const auto print = [](const Slow &s) {
            std::printf("  slow event: %lld ms wall, %.1f ms cpu (depth %d) %s\n", qlonglong(s.ms), s.cpu, s.depth,
                        s.what.constData());
        };
        for (size_t i = 0; i < slow.size() && i < 8; ++i)
            print(slow[i]);
        std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        std::printf("longest in wall time:\n");
        for (size_t i = 0; i < slow.size() && i < 4; ++i)
            print(slow[i]);
        // The latest ticks first (the worst stalls).
        std::vector<Late> worst = m_late;
        std::stable_sort(worst.begin(), worst.end(), [](const Late &a, const Late &b) { return a.ms > b.ms; });
        for (size_t i = 0; i < worst.size() && i < 6; ++i) {
            const Late &late = worst[i];
            std::printf("late tick: %lld ms late at %lld ms; events of 3 ms or more before it:\n", qlonglong(late.ms),
                        qlonglong(late.atMs));
            for (const Recent &r : m_recent) {
                if (r.startMs >= late.atMs - late.ms - 12 && r.startMs <= late.atMs)
                    std::printf("    at %lld: %lld ms wall, %.1f ms cpu (depth %d) %s\n", qlonglong(r.startMs),
                                qlonglong(r.ms), r.cpu, r.depth, r.what.constData());
            }
        }
    }

private:
    struct Slow
    {
        qint64 ms;
        double cpu;
        int depth;
        QByteArray what;
    };
    bool m_tracing = qEnvironmentVariableIntValue("CALLSCOPE_TRACE_STALLS") == 1;
    struct Recent
    {
        qint64 startMs;
        qint64 ms;
        double cpu;
        int depth;
        QByteArray what;
    };
    struct Late
    {
        qint64 atMs;
        qint64 ms;
    };
    std::vector<Recent> m_recent;
    std::vector<Late> m_late;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    struct Nested
    {
        qint64 ms;
        double cpu;
    };
    std::vector<Nested> m_nested;
    double m_maxCpuMs = 0;
    std::vector<Slow> m_slow;
};
