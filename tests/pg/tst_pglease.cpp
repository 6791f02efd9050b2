// The lease (one fetcher per account) and the notifications of committed pages.

#include "archivelease.h"
#include "../core/archivesemantics.h"
#include "pgarchive.h"
#include "pgconn.h"
#include "pgtestserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace archivetest;

class TestPgLease : public QObject
{
    Q_OBJECT

    QString m_uri;

private slots:
    void initTestCase()
    {
        QString error;
        m_uri = pgtest::freshDatabase(QStringLiteral("lease"), &error);
        QVERIFY2(!m_uri.isEmpty(), qPrintable(error));
        auto a = cs::openArchiveServer(m_uri, false, &error);   // creates the schema
        QVERIFY2(a && a->bindIdentity(kIdentity, &error), qPrintable(error));
    }

    void exclusive()
    {
        QString error;
        auto a = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("alice"), &error);
        auto b = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("bob"), &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY2(a->tryAcquire(&error), qPrintable(error));
        QVERIFY(a->isHeld());
        QVERIFY(!b->tryAcquire(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!b->isHeld());

        // Another account is another lease.
        cs::ArchiveIdentity other = kIdentity;
        other.accountId = QStringLiteral("acct-other");
        auto c = cs::ArchiveLease::open(m_uri, other, QStringLiteral("carol"), &error);
        QVERIFY(c && c->tryAcquire(&error));
        c->release();

        // The others see who holds it and how far it got.
        a->setProgress(QStringLiteral("window 3 of 12, 4,200 calls"));
        QVERIFY(a->heartbeat(&error));
        cs::LeaseHolder info;
        QVERIFY2(b->holderInfo(&info, &error), qPrintable(error));
        QVERIFY(info.alive());
        QCOMPARE(info.holder, QStringLiteral("alice"));
        QCOMPARE(info.pid, qint64(getpid()));
        QCOMPARE(info.progress, QStringLiteral("window 3 of 12, 4,200 calls"));
        QVERIFY(info.ageSeconds <= 1);
        QVERIFY(!info.host.isEmpty());

        a->release();
        QVERIFY(!a->isHeld());
        QVERIFY(b->holderInfo(&info, &error));
        QVERIFY(!info.exists);
        QVERIFY(b->tryAcquire(&error));
        QVERIFY(!a->tryAcquire(&error));
        b->release();
    }

    // The holder's process is killed: its session ends with its connection,
    // and a waiting instance takes over within one retry interval.
    void takeoverAfterSigkill()
    {
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            close(ready[0]);
            QString e;
            auto lease = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("doomed"), &e);
            const char ok = (lease && lease->tryAcquire(&e)) ? '1' : '0';
            if (write(ready[1], &ok, 1) != 1)
                _exit(1);
            for (;;)
                pause();
        }
        close(ready[1]);
        char ok = 0;
        QCOMPARE(read(ready[0], &ok, 1), ssize_t(1));
        close(ready[0]);
        QCOMPARE(ok, '1');

        QString error;
        auto b = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("survivor"), &error);
        QVERIFY(b);
        QVERIFY(!b->tryAcquire(&error));
        cs::LeaseHolder info;
        QVERIFY(b->holderInfo(&info, &error));
        QCOMPARE(info.holder, QStringLiteral("doomed"));
        QCOMPARE(info.pid, qint64(child));

        QElapsedTimer timer;
        kill(child, SIGKILL);
        timer.start();
        waitpid(child, nullptr, 0);
        // acquire() retries every kRetrySeconds.
        QVERIFY2(b->acquire(10000, &error), qPrintable(error));
        const qint64 ms = timer.elapsed();
        qInfo("takeover after SIGKILL of the holder: %lld ms", ms);
        QVERIFY(ms <= (cs::ArchiveLease::kRetrySeconds + 1) * 1000);
        QVERIFY(b->holderInfo(&info, &error));
        QCOMPARE(info.holder, QStringLiteral("survivor"));
        b->release();
    }

    // The holder is cut off (its heartbeat stops, its session lingers): once the
    // row is older than kDeadAfterSeconds, another instance ends that session
    // and takes over; the cut-off holder learns it at its next heartbeat.
    void takeoverAfterSilence()
    {
        QString error;
        auto a = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("silent"), &error);
        auto b = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("taker"), &error);
        QVERIFY(a && b);
        QVERIFY(a->tryAcquire(&error));
        a->stopHeartbeatForTest();
        QVERIFY(!b->tryAcquire(&error));   // fresh: respected
        QVERIFY(pgtest::adminExec(m_uri, QStringLiteral("UPDATE lease SET updated_at = now() - interval '%1 seconds'")
                                             .arg(cs::ArchiveLease::kDeadAfterSeconds + 1), &error));
        QVERIFY2(b->tryAcquire(&error), qPrintable(error));
        QVERIFY(!a->heartbeat(&error));
        QVERIFY(!a->isHeld());
        cs::LeaseHolder info;
        QVERIFY(b->holderInfo(&info, &error));
        QCOMPARE(info.holder, QStringLiteral("taker"));
        b->release();
    }

    // The heartbeat thread refreshes the row every kHeartbeatSeconds.
    void heartbeatThreadKeepsItFresh()
    {
        QString error;
        auto a = cs::ArchiveLease::open(m_uri, kIdentity, QStringLiteral("steady"), &error);
        QVERIFY(a && a->tryAcquire(&error));
        QVERIFY(pgtest::adminExec(m_uri, QStringLiteral("UPDATE lease SET updated_at = now() - interval '15 seconds'"), &error));
        a->setProgress(QStringLiteral("moving"));
        cs::LeaseHolder info;
        QTRY_VERIFY_WITH_TIMEOUT(a->holderInfo(&info, &error) && info.ageSeconds <= 1 && info.progress == QStringLiteral("moving"),
                                 (cs::ArchiveLease::kHeartbeatSeconds + 2) * 1000);
        QVERIFY(a->isHeld());
        a->release();
    }

    void notifications()
    {
        QString error;
        auto listener = cs::ArchiveListener::open(m_uri, kIdentity, &error);
        QVERIFY2(listener, qPrintable(error));
        auto archive = cs::openArchiveServer(m_uri, false, &error);
        QVERIFY(archive && archive->bindIdentity(kIdentity, &error));
        QVERIFY(archive->storePage(*page({record("n1", "2026-03-01T10:00:00"), record("n2", "2026-03-01T10:00:01")}),
                                   0, 1, nullptr, &error));
        bool ok = false;
        QStringList got = listener->wait(5000, &ok);
        QVERIFY(ok);
        QCOMPARE(got, QStringList{QStringLiteral("{\"added\":2,\"changed\":0}")});
        // Nothing new, nothing sent.
        QVERIFY(archive->storePage(*page({record("n1", "2026-03-01T10:00:00")}), 0, 2, nullptr, &error));
        QVERIFY(listener->wait(300, &ok).isEmpty());
        QVERIFY(archive->storePage(*page({record("n1", "2026-03-01T10:00:00", ",\"reason\":\"x\"")}), 0, 3, nullptr, &error));
        QCOMPARE(listener->wait(5000, &ok), QStringList{QStringLiteral("{\"added\":0,\"changed\":1}")});
    }
};

QTEST_GUILESS_MAIN(TestPgLease)
#include "tst_pglease.moc"
