// The roles of docs/team-archive-roles.sql, created with that very file: the
// writer fetches into the archive, the reader browses (SELECT) and cannot
// write, and nobody else may connect. Over loopback TCP with passwords.

#include "archivelease.h"
#include "../core/archivesemantics.h"
#include "pgarchive.h"
#include "pgconn.h"
#include "pgtestserver.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace archivetest;

class TestPgRoles : public QObject
{
    Q_OBJECT

    QString m_admin;
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_db = QStringLiteral("cs_team_") + m_suffix;
    QString m_writer = QStringLiteral("cs_writer_") + m_suffix;
    QString m_reader = QStringLiteral("cs_reader_") + m_suffix;
    QString m_outsider = QStringLiteral("cs_outsider_") + m_suffix;
    const QString m_writerPassword = QStringLiteral("writer-Pw-") + QString::number(QCoreApplication::applicationPid());
    const QString m_readerPassword = QStringLiteral("reader-Pw-") + QString::number(QCoreApplication::applicationPid());

    QString uriFor(const QString &user) const
    {
        return pgtest::withUser(pgtest::overTcp(pgtest::withDatabase(m_admin, m_db)), user);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_admin = pgtest::adminUri(&error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        QVERIFY2(!psql.isEmpty(), "psql is not installed (Debian package postgresql-client)");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-v"), QStringLiteral("db=") + m_db,
                       QStringLiteral("-v"), QStringLiteral("writer=") + m_writer,
                       QStringLiteral("-v"), QStringLiteral("reader=") + m_reader,
                       QStringLiteral("-f"), qEnvironmentVariable("CALLSCOPE_SOURCE_DIR") + QStringLiteral("/docs/team-archive-roles.sql"),
                       QStringLiteral("-d"), m_admin});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        // What \password does interactively.
        QVERIFY2(pgtest::adminExec(m_admin, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'; ALTER ROLE %3 PASSWORD '%4'; "
                                                           "CREATE ROLE %5 LOGIN PASSWORD 'x'")
                                                .arg(m_writer, m_writerPassword, m_reader, m_readerPassword, m_outsider),
                                   &error), qPrintable(error));
    }

    void writerFetches()
    {
        QString error;
        auto a = cs::openArchiveServer(uriFor(m_writer), false, &error, m_writerPassword);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->bindIdentity(kIdentity, &error));
        QVERIFY2(a->storePage(*page({record("r1", "2026-03-01T10:00:00"), record("r2", "2026-03-01T10:00:01")}), 0, 1,
                              nullptr, &error), qPrintable(error));
        QVERIFY(a->addCoverage(QString(), {1772359200, 1772362799}, 1772400000, &error));
        auto lease = cs::ArchiveLease::open(uriFor(m_writer), kIdentity, QStringLiteral("writer"), &error, m_writerPassword);
        QVERIFY(lease && lease->tryAcquire(&error));
        lease->setProgress(QStringLiteral("busy"));
        QVERIFY(lease->heartbeat(&error));
        lease->release();
    }

    void readerBrowses()
    {
        QString error;
        auto a = cs::openArchiveServer(uriFor(m_reader), true, &error, m_readerPassword);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->identity(), kIdentity);
        Read read;
        QVERIFY(readAll(*a, cs::kWholeTime, &read));
        QCOMPARE(read.calls.size(), size_t(2));
        QList<cs::LedgerEntry> ledger;
        QVERIFY2(a->ledger(QString(), {1772359200, 1772362799}, &ledger, &error), qPrintable(error));
        QCOMPARE(ledger.size(), 1);
        auto source = a->rawSource(&error);
        std::string raw;
        QVERIFY(source && source->readRaw(read.calls[0].key, &raw));
        QCOMPARE(raw, read.raw[0]);
        // Sees who fetches, and hears of new pages.
        auto lease = cs::ArchiveLease::open(uriFor(m_reader), kIdentity, QStringLiteral("reader"), &error, m_readerPassword);
        QVERIFY(lease);
        cs::LeaseHolder info;
        QVERIFY2(lease->holderInfo(&info, &error), qPrintable(error));
        QVERIFY(cs::ArchiveListener::open(uriFor(m_reader), kIdentity, &error, m_readerPassword));
    }

    void readerCannotWrite()
    {
        QString error;
        // Opened for writing, the archive refuses (the schema check needs CREATE).
        QVERIFY(!cs::openArchiveServer(uriFor(m_reader), false, &error, m_readerPassword));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY2(!error.contains(m_readerPassword), qPrintable(error));

        auto c = cs::pg::Connection::open({uriFor(m_reader), m_readerPassword}, &error);
        QVERIFY2(c, qPrintable(error));
        const char *writes[] = {
            "INSERT INTO calls (session_id, offset_minutes, raw_hash, fetched_at) VALUES ('x', 0, '', 0)",
            "UPDATE raw_records SET raw_json = '{}'",
            "DELETE FROM raw_records",
            "UPDATE calls SET reason = 'x'",
            "DELETE FROM calls",
            "INSERT INTO coverage (scope, start_utc, end_utc, fetched_at) VALUES ('', 0, 1, 0)",
            "DELETE FROM coverage",
            "UPDATE meta SET value = 'x'",
            "TRUNCATE calls",
            "DROP TABLE calls",
            "CREATE TABLE mine (x int)",
            "INSERT INTO lease (account_key, holder, pid, host, backend_pid, acquired_at, updated_at) "
            "VALUES ('k', 'h', 1, 'h', 1, now(), now())",
        };
        for (const char *sql : writes) {
            QVERIFY2(!c->exec(sql, &error), sql);
            QVERIFY2(error.contains(QStringLiteral("permission denied")) || error.contains(QStringLiteral("must be owner")),
                     qPrintable(error));
        }
        QVERIFY(c->exec("SELECT count(*) FROM calls", &error));

        // The reader cannot take the lease (and does not keep its lock).
        auto lease = cs::ArchiveLease::open(uriFor(m_reader), kIdentity, QStringLiteral("reader"), &error, m_readerPassword);
        QVERIFY(lease);
        QVERIFY(!lease->tryAcquire(&error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        auto writerLease = cs::ArchiveLease::open(uriFor(m_writer), kIdentity, QStringLiteral("w"), &error, m_writerPassword);
        QVERIFY(writerLease && writerLease->tryAcquire(&error));
    }

    void othersCannotConnect()
    {
        QString error;
        QVERIFY(!cs::openArchiveServer(uriFor(m_outsider), true, &error, QStringLiteral("x")));
        QVERIFY2(error.contains(QStringLiteral("permission denied for database")), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        pgtest::adminExec(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db), &error);
        pgtest::adminExec(m_admin, QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2; DROP ROLE IF EXISTS %3")
                                       .arg(m_writer, m_reader, m_outsider), &error);
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
