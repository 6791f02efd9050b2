// The command line on a team archive, end to end through real processes:
// `callscope fetch --archive postgresql://...` from two processes at once asks
// the (in-process) mock about as often as one fetch, the archive holds every
// call once, a SIGKILLed lease holder's range is completed by the other, and
// `callscope export postgresql://...` writes what a plain fetch writes.

#include "archivelease.h"
#include "mockserver.h"
#include "pgarchive.h"
#include "pgconn.h"
#include "pgtestserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const char *const kFrom = "2026-03-02 00:00:00";
const char *const kTo = "2026-03-11 23:59:59";   // two request windows
constexpr int kCalls = 3000;

cs::mock::DatasetSpec dataSpec()
{
    cs::mock::DatasetSpec spec;
    spec.seed = 11;
    spec.calls = kCalls;
    spec.startUtc = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    spec.endUtc = QDateTime(QDate(2026, 3, 11), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    return spec;
}

} // namespace

class TestPgCli : public QObject
{
    Q_OBJECT

    QString m_bin = qEnvironmentVariable("CALLSCOPE_BIN");
    std::unique_ptr<cs::mock::MockServer> m_mock;
    QTemporaryDir m_dir;
    int m_soloRequests = 0;

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &pgPassword = QString())
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CALLSCOPE_TOKEN"_s, QString::fromLatin1(m_mock->demoToken()));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.remove(u"PGPASSWORD"_s);
        if (!pgPassword.isEmpty())
            env.insert(u"PGPASSWORD"_s, pgPassword);
        p->setProcessEnvironment(env);
        p->start(m_bin, args);
        return p;
    }

    QStringList fetchArgs(const QString &archive) const
    {
        return {u"fetch"_s, u"--host"_s, m_mock->baseUrl().toString(), u"--account-id"_s, m_mock->config().accountId,
                u"--app-id"_s, m_mock->config().appId, u"--from"_s, QString::fromLatin1(kFrom), u"--to"_s,
                QString::fromLatin1(kTo), u"--tz"_s, u"UTC"_s, u"--rate"_s, u"6000"_s, u"--archive"_s, archive};
    }

    // Waits with the event loop running (the mock lives in this process).
    static bool finish(QProcess &p, int timeoutMs = 120000)
    {
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return p.state() == QProcess::NotRunning;
    }

    static qint64 scalar(const QString &uri, const char *sql)
    {
        QString error;
        auto c = cs::pg::Connection::open({uri, {}}, &error);
        if (!c)
            return -1;
        auto r = c->execParams(sql, {}, false, &error);
        return r.ok() && r.rows() == 1 && !r.isNull(0, 0) ? r.text(0, 0).toLongLong() : -1;
    }

    void verifyArchive(const QString &uri)
    {
        QCOMPARE(scalar(uri, "SELECT count(*) FROM calls"), qint64(kCalls));
        QCOMPARE(scalar(uri, "SELECT count(DISTINCT session_id) FROM calls"), qint64(kCalls));
        // Exactly the mock's calls.
        QString error;
        auto c = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(c);
        auto r = c->execParams("SELECT session_id FROM calls", {}, false, &error);
        QSet<QByteArray> stored;
        for (int i = 0; i < r.rows(); ++i)
            stored.insert(QByteArray(r.bytes(i, 0).data(), qsizetype(r.bytes(i, 0).size())));
        const auto &data = m_mock->dataset();
        QCOMPARE(stored, data.sessionIds(data.select(dataSpec().startUtc, dataSpec().endUtc)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_bin).isExecutable(), "CALLSCOPE_BIN must name the built callscope");
        m_mock = std::make_unique<cs::mock::MockServer>(cs::mock::MockConfig(), dataSpec());
        QVERIFY(m_mock->listen());
    }

    // The baseline: one fetch alone.
    void oneFetch()
    {
        PG_FRESH_DATABASE(uri, "cli_one");
        const int before = m_mock->requestCount();
        auto p = start(fetchArgs(uri));
        QVERIFY(finish(*p));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        m_soloRequests = m_mock->requestCount() - before;
        qInfo("one fetch: %d requests", m_soloRequests);
        QVERIFY(m_soloRequests >= kCalls / 100);
        verifyArchive(uri);

        // Again: the ledger covers it all, nothing is asked.
        const int again = m_mock->requestCount();
        auto q = start(fetchArgs(uri));
        QVERIFY(finish(*q));
        QVERIFY2(q->exitCode() == 0, q->readAllStandardError().constData());
        QCOMPARE(m_mock->requestCount(), again);
    }

    void twoFetchesAtOnce()
    {
        PG_FRESH_DATABASE(uri, "cli_two");
        const int before = m_mock->requestCount();
        auto a = start(fetchArgs(uri));
        auto b = start(fetchArgs(uri));
        QVERIFY(finish(*a));
        QVERIFY(finish(*b));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
        const int together = m_mock->requestCount() - before;
        qInfo("two fetches at once: %d requests (one alone: %d)", together, m_soloRequests);
        QVERIFY(together <= m_soloRequests + 2);
        verifyArchive(uri);
        QCOMPARE(scalar(uri, "SELECT count(*) FROM lease"), 0);   // both released
    }

    void holderKilled()
    {
        PG_FRESH_DATABASE(uri, "cli_kill");
        m_mock->config().latencyMs = 300;   // a fetch of several seconds, to kill it half-way
        const int before = m_mock->requestCount();
        auto a = start(fetchArgs(uri));
        QVERIFY(a->waitForStarted());
        const qint64 pidA = a->processId();
        // Wait until A holds the lease and has committed calls.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000
               && !(scalar(uri, "SELECT pid FROM lease") == pidA && scalar(uri, "SELECT count(*) FROM calls") > 0))
            QTest::qWait(50);
        QVERIFY2(scalar(uri, "SELECT pid FROM lease") == pidA, "the first fetch never took the lease");
        auto b = start(fetchArgs(uri));
        QTest::qWait(500);
        QCOMPARE(b->state(), QProcess::Running);   // waiting for the lease
        const qint64 committed = scalar(uri, "SELECT count(*) FROM calls");
        QVERIFY(committed < kCalls);
        a->kill();   // SIGKILL
        QVERIFY(finish(*a, 10000));
        QElapsedTimer takeover;
        takeover.start();
        while (takeover.elapsed() < 20000 && scalar(uri, "SELECT pid FROM lease") != b->processId())
            QTest::qWait(20);
        qInfo("B took the lease %lld ms after A was killed (A had committed %lld calls)", takeover.elapsed(), committed);
        QVERIFY(takeover.elapsed() <= (cs::ArchiveLease::kRetrySeconds + 1) * 1000);
        m_mock->config().latencyMs = 0;
        QVERIFY(finish(*b));
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
        const int requests = m_mock->requestCount() - before;
        qInfo("killed holder + survivor: %d requests (one fetch alone: %d)", requests, m_soloRequests);
        verifyArchive(uri);
    }

    // export from the server equals a plain fetch's CSV; --jsonl has every call.
    void exportFromServer()
    {
        PG_FRESH_DATABASE(uri, "cli_export");
        auto f = start(fetchArgs(uri));
        QVERIFY(finish(*f));
        QVERIFY2(f->exitCode() == 0, f->readAllStandardError().constData());

        QStringList plain = fetchArgs(uri);
        plain.replace(plain.indexOf(u"--archive"_s), u"--out"_s);
        plain.replace(plain.size() - 1, m_dir.filePath(u"plain.csv"_s));
        auto p = start(plain);
        QVERIFY(finish(*p));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());

        const QString out = m_dir.filePath(u"export.csv"_s);
        auto e = start({u"export"_s, uri, u"--csv"_s, out, u"--from"_s, QString::fromLatin1(kFrom), u"--to"_s,
                        QString::fromLatin1(kTo), u"--tz"_s, u"UTC"_s});
        QVERIFY(finish(*e));
        QVERIFY2(e->exitCode() == 0, e->readAllStandardError().constData());
        QFile a(m_dir.filePath(u"plain.csv"_s)), b(out);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray expected = a.readAll();
        QCOMPARE(expected.count('\n'), kCalls + 1);
        QVERIFY2(b.readAll() == expected, "the export from PostgreSQL differs from the plain fetch's CSV");

        const QString jsonl = m_dir.filePath(u"export.jsonl"_s);
        auto j = start({u"export"_s, uri, u"--jsonl"_s, jsonl});
        QVERIFY(finish(*j));
        QVERIFY2(j->exitCode() == 0, j->readAllStandardError().constData());
        QFile jf(jsonl);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QCOMPARE(jf.readAll().count('\n'), kCalls);

        // A reader (SELECT only; its password from PGPASSWORD) exports the same; it cannot fetch.
        const QString reader = u"cli_reader_%1"_s.arg(QCoreApplication::applicationPid());
        const QString readerPassword = u"rd-%1-pw"_s.arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(pgtest::adminExec(uri, u"CREATE ROLE %1 LOGIN PASSWORD '%2'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s
                                            .arg(reader, readerPassword), &error), qPrintable(error));
        const QString readerUri = pgtest::withUser(pgtest::overTcp(uri), reader);
        const QString readerOut = m_dir.filePath(u"reader.csv"_s);
        auto r = start({u"export"_s, readerUri, u"--csv"_s, readerOut, u"--from"_s, QString::fromLatin1(kFrom), u"--to"_s,
                        QString::fromLatin1(kTo), u"--tz"_s, u"UTC"_s}, readerPassword);
        QVERIFY(finish(*r));
        QVERIFY2(r->exitCode() == 0, r->readAllStandardError().constData());
        QFile rf(readerOut);
        QVERIFY(rf.open(QIODevice::ReadOnly));
        QVERIFY(rf.readAll() == expected);
        const int before = m_mock->requestCount();
        auto w = start(fetchArgs(readerUri), readerPassword);
        QVERIFY(finish(*w));
        QCOMPARE(w->exitCode(), 1);
        const QByteArray wErr = w->readAllStandardError();
        QVERIFY2(wErr.contains("permission denied") && !wErr.contains(readerPassword.toUtf8()), wErr.constData());
        QCOMPARE(m_mock->requestCount(), before);   // refused before asking anything

        // A URI with a password is refused, and not repeated.
        auto bad = start({u"export"_s, QString(uri).replace(u"user=postgres"_s, u"user=postgres&password=hunter2-x"_s),
                          u"--csv"_s, m_dir.filePath(u"bad.csv"_s)});
        QVERIFY(finish(*bad));
        QCOMPARE(bad->exitCode(), 1);
        const QByteArray err = bad->readAllStandardError();
        QVERIFY2(err.contains("holds a password") && !err.contains("hunter2-x"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
