// The PostgreSQL archive backend: the archive semantics every backend keeps
// (archivesemantics.h), then what is PostgreSQL's own: schema versions,
// passwords, a transaction killed half-way, concurrent writers.

#include "../core/archivesemantics.h"
#include "pgarchive.h"
#include "pgconn.h"
#include "pgtestserver.h"

#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace archivetest;

class TestPgArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cs::ArchiveBackend> openFresh(QString *uri)
    {
        QString error;
        *uri = pgtest::freshDatabase(QStringLiteral("archive"), &error);
        if (uri->isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto a = cs::openArchiveServer(*uri, false, &error);
        if (!a)
            qWarning("open: %s", qPrintable(error));
        return a;
    }

private slots:
    void upsert() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::upsert(*a); }
    void coverageLedger() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::coverageLedger(*a); }
    void readOrderAndContent() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::readOrderAndContent(*a); }
    void rawBytes() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::rawBytes(*a); }
    void identity() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::identity(*a); }
    void changedSince() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::changedSince(*a); }

    void schemaVersion()
    {
        PG_FRESH_DATABASE(uri, "schema");
        QString error;
        // Read-only on an empty database: nothing to read, and nothing created.
        QVERIFY(!cs::openArchiveServer(uri, true, &error));
        QVERIFY2(error.contains(QStringLiteral("no CallScope archive")), qPrintable(error));
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
        }
        // Opening again migrates nothing; read-only opens now; the identity is there.
        auto again = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->identity(), kIdentity);
        auto ro = cs::openArchiveServer(uri, true, &error);
        QVERIFY2(ro, qPrintable(error));
        QVERIFY(ro->isReadOnly());
        QVERIFY(!ro->storePage(*page({record("x", "2026-03-01T10:00:00")}), 0, 1, nullptr, &error));
        QVERIFY(!ro->addCoverage(QString(), {0, 1}, 1, &error));

        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        QVERIFY(admin->exec("SELECT 1 FROM callscope_schema_version WHERE version = 1", &error));
        // A newer CallScope's archive is refused, not damaged.
        QVERIFY(admin->exec("INSERT INTO callscope_schema_version (version) VALUES (99)", &error));
        QVERIFY(!cs::openArchiveServer(uri, false, &error));
        QVERIFY2(error.contains(QStringLiteral("newer CallScope")), qPrintable(error));
        QVERIFY(!cs::openArchiveServer(uri, true, &error));
    }

    // Many instances open a new database at once: one creates the schema.
    void concurrentFirstOpen()
    {
        PG_FRESH_DATABASE(uri, "firstopen");
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> opened{0};
        for (int i = 0; i < 6; ++i) {
            threads.emplace_back(QThread::create([&] {
                QString error;
                auto a = cs::openArchiveServer(uri, false, &error);
                if (a && a->bindIdentity(kIdentity, &error))
                    ++opened;
                else
                    qWarning("%s", qPrintable(error));
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            t->wait();
        QCOMPARE(opened.load(), 6);
    }

    void passwords()
    {
        PG_FRESH_DATABASE(uri, "passwords");
        QString error;
        const QString secret = QStringLiteral("s3cret-Pa55-word");
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral("CREATE ROLE pw_user_%1 LOGIN PASSWORD '%2'")
                                            .arg(QCoreApplication::applicationPid()).arg(secret), &error),
                 qPrintable(error));
        const QString user = QStringLiteral("pw_user_%1").arg(QCoreApplication::applicationPid());
        const QString tcp = pgtest::withUser(pgtest::overTcp(uri), user);

        // A URI holding a password is refused, and the message does not repeat it.
        const QString withPassword = QString(tcp).replace(QStringLiteral("?"), QStringLiteral("?password=") + secret + QStringLiteral("&"));
        QVERIFY(!cs::openArchiveServer(withPassword, true, &error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("holds a password")), qPrintable(error));
        QVERIFY(!cs::openArchiveServer(QStringLiteral("postgresql://") + user + QLatin1Char(':') + secret
                                           + QStringLiteral("@127.0.0.1:1/db"), true, &error));
        QVERIFY2(!error.contains(secret), qPrintable(error));

        // A wrong password: the message names the failure, never the password tried.
        const QString wrong = QStringLiteral("wrong-%1-pw").arg(QCoreApplication::applicationPid());
        QVERIFY(!cs::openArchiveServer(tcp, false, &error, wrong));
        QVERIFY2(!error.contains(wrong), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));

        // The caller's password (a keyring's) and PGPASSWORD both work.
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(user), &error), qPrintable(error));
        auto a = cs::openArchiveServer(tcp, false, &error, secret);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(!a->location().contains(secret));
        qputenv("PGPASSWORD", secret.toUtf8());
        auto b = cs::openArchiveServer(tcp, true, &error);
        qunsetenv("PGPASSWORD");
        QVERIFY2(b, qPrintable(error));
        // sslmode in the URI is libpq's: the test server has no TLS, so "require" cannot connect.
        QVERIFY(!cs::openArchiveServer(tcp + QStringLiteral("&sslmode=require"), true, &error, secret));
        QVERIFY2(error.contains(QStringLiteral("SSL")), qPrintable(error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
    }

    // A page is all in or not at all: the writer killed (SIGKILL) half-way
    // through its transaction leaves none of that page's calls.
    void killedTransactionLeavesNoHalfPage()
    {
        PG_FRESH_DATABASE(uri, "killed");
        QString error;
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
            QVERIFY(a->storePage(*page({record("before", "2026-03-01T09:00:00")}), 0, 1, nullptr, &error));
        }
        // The server stalls on the page's third call, after the first two were written.
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral(R"sql(
            CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.session_id = 'k3' THEN PERFORM pg_sleep(60); END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER stall BEFORE INSERT ON calls FOR EACH ROW EXECUTE FUNCTION stall();
        )sql"), &error), qPrintable(error));

        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            QString e;
            auto a = cs::openArchiveServer(uri, false, &e);
            if (a && a->bindIdentity(kIdentity, &e))
                a->storePage(*page({record("k1", "2026-03-01T10:00:00"), record("k2", "2026-03-01T10:00:01"),
                                    record("k3", "2026-03-01T10:00:02"), record("k4", "2026-03-01T10:00:03")}),
                             0, 2, nullptr, &e);
            _exit(0);
        }
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        // Wait until the writer sits in the trigger, mid-transaction.
        int backend = 0;
        for (int i = 0; i < 200 && backend == 0; ++i) {
            auto r = admin->execParams("SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep' "
                                       "AND datname = current_database()", {}, false, &error);
            if (r.ok() && r.rows() == 1)
                backend = r.text(0, 0).toInt();
            else
                QThread::msleep(50);
        }
        QVERIFY2(backend != 0, "the writer never reached the stalled row");
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));

        auto countNow = [&] {
            auto r = admin->execParams("SELECT count(*) FROM calls", {}, false, &error);
            return r.ok() ? r.text(0, 0).toInt() : -1;
        };
        QCOMPARE(countNow(), 1);
        // The server notices its client is gone once the statement ends; end it now.
        QVERIFY(admin->execParams("SELECT pg_terminate_backend($1::int)", cs::pg::Params().add(qint64(backend)), false, &error).ok());
        for (int i = 0; i < 100; ++i) {
            auto r = admin->execParams("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int",
                                       cs::pg::Params().add(qint64(backend)), false, &error);
            if (r.ok() && r.text(0, 0) == QLatin1String("0"))
                break;
            QThread::msleep(50);
        }
        QCOMPARE(countNow(), 1);
        QVERIFY(admin->exec("DROP TRIGGER stall ON calls", &error));
        // And the archive goes on: the same page stored whole by the next writer.
        auto a = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(a, qPrintable(error));
        cs::StorePageResult r;
        QVERIFY(a->storePage(*page({record("k1", "2026-03-01T10:00:00"), record("k2", "2026-03-01T10:00:01"),
                                    record("k3", "2026-03-01T10:00:02"), record("k4", "2026-03-01T10:00:03")}),
                             0, 3, &r, &error));
        QCOMPARE(r.added, 4);
        QCOMPARE(countNow(), 5);
    }

    // A failing statement inside the page (here a constraint) rolls the whole page back.
    void failedPageRollsBack()
    {
        QString uri;
        auto a = openFresh(&uri);
        QVERIFY(a);
        QString error;
        QVERIFY(a->bindIdentity(kIdentity, &error));
        QVERIFY(pgtest::adminExec(uri, QStringLiteral("ALTER TABLE calls ADD CONSTRAINT no_bad CHECK (session_id <> 'bad')"), &error));
        QVERIFY(!a->storePage(*page({record("ok1", "2026-03-01T10:00:00"), record("bad", "2026-03-01T10:00:01")}), 0, 1, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("no_bad")), qPrintable(error));
        qint64 count = -1;
        QVERIFY2(a->countCalls(cs::kWholeTime, &count, &error), qPrintable(error));
        QCOMPARE(count, 0);
        QVERIFY(a->storePage(*page({record("ok1", "2026-03-01T10:00:00")}), 0, 1, nullptr, &error));
        QVERIFY(a->countCalls(cs::kWholeTime, &count, &error));
        QCOMPARE(count, 1);
    }

    // Two writers storing overlapping pages at once: every call once.
    void concurrentWriters()
    {
        PG_FRESH_DATABASE(uri, "writers");
        std::atomic<int> failures{0};
        auto work = [&](int seed) {
            QString error;
            auto a = cs::openArchiveServer(uri, false, &error);
            if (!a || !a->bindIdentity(kIdentity, &error)) {
                ++failures;
                return;
            }
            for (int p = 0; p < 20; ++p) {
                QList<QByteArray> recs;
                for (int i = 0; i < 50; ++i) {
                    const int n = (p * 50 + i + seed * 25) % 1000;
                    recs.append(record(QByteArray("w" + QByteArray::number(n)).constData(), "2026-03-01T10:00:00"));
                }
                if (!a->storePage(*page(recs), 0, 1, nullptr, &error)) {
                    qWarning("%s", qPrintable(error));
                    ++failures;
                }
            }
        };
        std::unique_ptr<QThread> t1(QThread::create(work, 0)), t2(QThread::create(work, 1));
        t1->start();
        t2->start();
        t1->wait();
        t2->wait();
        QCOMPARE(failures.load(), 0);
        QString error;
        auto a = cs::openArchiveServer(uri, true, &error);
        qint64 count = 0;
        QVERIFY(a && a->countCalls(cs::kWholeTime, &count, &error));
        QCOMPARE(count, 1000);
    }
};

QTEST_GUILESS_MAIN(TestPgArchive)
#include "tst_pgarchive.moc"
