// The one job protocol (job.h) and the store's guard (storeguard.h): reports
// arrive queued and tagged with the caller's generation, in order; progress
// is throttled to 10 a second and its latest value arrives before the end;
// cancel reaches the worker; the end comes exactly once; a runner destroyed
// with a job running waits for it. Changes of a leased store wait, in order,
// and run a few milliseconds' worth per turn of the event loop.

#include "job.h"
#include "storeguard.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace cs;

namespace {

struct Number : JobEvent
{
    explicit Number(int v) : value(v) {}
    int value;
};

int valueOf(const QVariant &event)
{
    const auto *number = dynamic_cast<const Number *>(event.value<JobEventPtr>().get());
    return number ? number->value : -1;
}

// Reports `count` results and as many progress values, then ends.
class CountingJob : public Job
{
public:
    CountingJob(int count, int sleepUs, QThread **ranIn = nullptr) : m_count(count), m_sleepUs(sleepUs), m_ranIn(ranIn) {}
    void run(const JobTicket &ticket) override
    {
        if (m_ranIn)
            *m_ranIn = QThread::currentThread();
        for (int i = 1; i <= m_count && !ticket.isCancelled(); ++i) {
            ticket.deliver(std::make_shared<Number>(i));
            ticket.progress(std::make_shared<Number>(i));
            if (m_sleepUs > 0)
                QThread::usleep(m_sleepUs);
        }
    }

private:
    int m_count;
    int m_sleepUs;
    QThread **m_ranIn;
};

// Runs until cancelled.
class EndlessJob : public Job
{
public:
    explicit EndlessJob(std::atomic_bool *sawCancel) : m_sawCancel(sawCancel) {}
    void run(const JobTicket &ticket) override
    {
        while (!ticket.isCancelled())
            QThread::msleep(1);
        m_sawCancel->store(true);
        ticket.finish(JobStatus::Cancelled);
    }

private:
    std::atomic_bool *m_sawCancel;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsArriveTaggedAndInOrder()
    {
        JobRunner runner;
        QSignalSpy delivered(&runner, &JobRunner::delivered);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const quint64 generation = JobRunner::newGeneration();
        QThread *ranIn = nullptr;
        runner.start(generation, std::make_unique<CountingJob>(500, 0, &ranIn));
        QVERIFY(runner.isActive(generation));
        QCOMPARE(delivered.size(), 0);   // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(ranIn && ranIn != QThread::currentThread());
        QCOMPARE(delivered.size(), 500);
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(delivered.at(i).at(0).toULongLong(), generation);
            QCOMPARE(valueOf(delivered.at(i).at(1)), i + 1);
        }
        QCOMPARE(finished.first().at(0).toULongLong(), generation);
        QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Done);
        QVERIFY(!runner.isActive(generation));
        QCOMPARE(runner.activeCount(), 0);
    }

    void progressIsThrottledAndEndsWithTheLatest()
    {
        JobRunner runner;
        QSignalSpy progressed(&runner, &JobRunner::progressed);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QElapsedTimer clock;
        clock.start();
        // 1,000 progress reports over about a second.
        runner.start(JobRunner::newGeneration(), std::make_unique<CountingJob>(1000, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const double seconds = clock.elapsed() / 1000.0;
        QVERIFY2(progressed.size() <= int(seconds * JobTicket::kProgressPerSecond) + 2,
                 qPrintable(QStringLiteral("%1 progress signals in %2 s").arg(progressed.size()).arg(seconds)));
        QVERIFY(progressed.size() >= 2);
        QCOMPARE(valueOf(progressed.last().at(1)), 1000);   // the latest, before the end
        QTest::qWait(250);
        QCOMPARE(valueOf(progressed.last().at(1)), 1000);   // and nothing after it
    }

    void cancelReachesTheWorker()
    {
        JobRunner runner;
        QSignalSpy delivered(&runner, &JobRunner::delivered);
        QSignalSpy finished(&runner, &JobRunner::finished);
        std::atomic_bool sawCancel{false};
        const quint64 generation = JobRunner::newGeneration();
        runner.start(generation, std::make_unique<EndlessJob>(&sawCancel));
        QTest::qWait(50);
        runner.cancel(generation);
        runner.cancel(generation);   // harmless twice
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Cancelled);
        QCOMPARE(delivered.size(), 0);
    }

    void cancelledJobsDeliverNothingMore()
    {
        JobRunner runner;
        QSignalSpy delivered(&runner, &JobRunner::delivered);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const quint64 generation = JobRunner::newGeneration();
        runner.start(generation, std::make_unique<CountingJob>(100000, 0));
        QTRY_VERIFY_WITH_TIMEOUT(delivered.size() > 0, 5000);
        runner.cancel(generation);
        const qsizetype atCancel = delivered.size();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(delivered.size(), atCancel);   // what was queued is not emitted
    }

    void finishComesOnce()
    {
        struct TwiceJob : Job
        {
            void run(const JobTicket &ticket) override
            {
                ticket.finish(JobStatus::Failed, QStringLiteral("first"));
                ticket.finish(JobStatus::Done);
            }
        };
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(JobRunner::newGeneration(), std::make_unique<TwiceJob>());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Failed);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("first"));
    }

    void issuedTicketsCallTheirCancelHook()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const quint64 generation = JobRunner::newGeneration();
        int hookCalls = 0;
        JobTicket ticket = runner.issue(generation, [&hookCalls] { ++hookCalls; });
        QVERIFY(!ticket.isCancelled());
        runner.cancel(generation);
        QCOMPARE(hookCalls, 1);
        QVERIFY(ticket.isCancelled());
        std::thread worker([ticket] { ticket.finish(JobStatus::Cancelled); });
        worker.join();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(runner.activeCount(), 0);
    }

    void destroyingTheRunnerWaitsForItsWorkers()
    {
        std::atomic_bool sawCancel{false};
        {
            JobRunner runner;
            runner.start(JobRunner::newGeneration(), std::make_unique<EndlessJob>(&sawCancel));
            QTest::qWait(20);
        }
        QVERIFY(sawCancel.load());   // cancelled, and returned before the runner was gone
    }

    void guardDefersChangesWhileLeased()
    {
        StoreGuard guard;
        QList<int> ran;
        QVERIFY(guard.change([&] { ran.append(1); }));   // free: runs now
        guard.lease(7);
        QVERIFY(!guard.change([&] { ran.append(2); }));
        QVERIFY(!guard.change([&] { ran.append(3); }));
        QCOMPARE(ran, QList<int>{1});
        guard.release(8);   // not a lease: nothing happens
        QTest::qWait(20);
        QCOMPARE(ran, QList<int>{1});
        QSignalSpy drained(&guard, &StoreGuard::drained);
        guard.release(7);
        QCOMPARE(ran, QList<int>{1});   // on the next turn of the event loop
        QTRY_COMPARE_WITH_TIMEOUT(ran, (QList<int>{1, 2, 3}), 5000);
        QCOMPARE(drained.size(), 1);
        // A change asked while others still wait queues behind them.
        guard.lease(9);
        guard.change([&] { ran.append(4); });
        guard.release(9);
        QVERIFY(!guard.change([&] { ran.append(5); }));
        QTRY_COMPARE_WITH_TIMEOUT(ran, (QList<int>{1, 2, 3, 4, 5}), 5000);
    }

    void guardSpreadsLongQueuesOverTurns()
    {
        StoreGuard guard;
        guard.lease(1);
        int ran = 0;
        for (int i = 0; i < 40; ++i)
            guard.change([&ran] {
                QThread::msleep(2);
                ++ran;
            });
        guard.release(1);
        int turns = 0;
        while (ran < 40 && turns < 1000) {
            QCoreApplication::processEvents();
            ++turns;
        }
        QCOMPARE(ran, 40);
        // 80 ms of changes at most kBudgetMs (plus one change) per turn: several turns.
        QVERIFY2(turns >= 80 / (StoreGuard::kBudgetMs + 2), qPrintable(QString::number(turns)));
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
