// The write-behind VFS a snapshot's temp file is written through: the file it
// leaves is the file the default VFS leaves, byte for byte, even when SQLite's
// cache spills and reads back pages still queued; other files (journals) work
// as before; and a write that fails in the background fails the save.

#include "sqlitehandle.h"
#include "writebehindvfs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>
#include <sys/resource.h>

using cs::sqlite::Database;
using cs::sqlite::Statement;

namespace {

// Rows of 100 to 6,000 random bytes (some over a page: overflow pages) from a
// fixed seed, so that two runs make the same file. A small cache spills pages
// while rows go in, an index is built, and rows are read back mid-transaction.
// Returns SQLite's error, or an empty string.
QString fill(const QString &path, const char *vfs, int rows)
{
    Database db;
    if (!db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, vfs))
        return db.errorMessage();
    if (!db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                 "PRAGMA page_size=4096; PRAGMA cache_size=40; "
                 "CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER, v BLOB); BEGIN"))
        return db.errorMessage();
    std::mt19937_64 random(7);
    std::string bytes;
    {
        Statement insert(db, "INSERT INTO t (id, k, v) VALUES (?1, ?2, ?3)");
        Statement count(db, "SELECT count(*), sum(length(v)) FROM t WHERE k < 1000");
        for (int i = 0; i < rows; ++i) {
            bytes.resize(100 + random() % 5900);
            for (char &c : bytes)
                c = char(random());
            insert.bind(1, qint64(i));
            insert.bind(2, qint64(random() % 100000));
            insert.bindBlob(3, bytes);
            if (insert.step() != SQLITE_DONE)
                return db.errorMessage();
            insert.reset();
            if (i % 997 == 0) {   // pages spilled long ago, read back while writes are queued
                if (count.step() != SQLITE_ROW)
                    return db.errorMessage();
                count.reset();
            }
        }
    }
    if (!db.exec("CREATE INDEX t_k ON t(k); COMMIT"))
        return db.errorMessage();
    if (const int rc = cs::sqlite::finishWrites(db.handle()); rc != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(rc));
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWriteBehindVfs : public QObject
{
    Q_OBJECT

private slots:
    void registers()
    {
        QVERIFY(cs::sqlite::writeBehindVfs());
        QVERIFY(sqlite3_vfs_find(cs::sqlite::writeBehindVfs()));
        QCOMPARE(cs::sqlite::writeBehindVfs(), cs::sqlite::writeBehindVfs());   // registered once
    }

    void writesTheSameFileAsTheDefaultVfs()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.db"));
        const QString behind = dir.filePath(QStringLiteral("behind.db"));
        QCOMPARE(fill(plain, nullptr, 6000), QString());
        QCOMPARE(fill(behind, cs::sqlite::writeBehindVfs(), 6000), QString());
        const QByteArray expected = readAll(plain);
        QVERIFY(expected.size() > 16 * 1024 * 1024);   // several times the VFS's buffers
        QVERIFY(readAll(behind) == expected);

        Database db;
        QVERIFY(db.open(behind, SQLITE_OPEN_READONLY));
        Statement check(db, "PRAGMA integrity_check");
        QCOMPARE(check.step(), SQLITE_ROW);
        QCOMPARE(check.columnText(0), std::string_view("ok"));
    }

    // A database with a rollback journal: the journal goes to the default VFS,
    // and transactions committed through ours are all there when it is reopened.
    void journalledTransactions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.db"));
        {
            Database db;
            QVERIFY(db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, cs::sqlite::writeBehindVfs()));
            QVERIFY(db.exec("PRAGMA journal_mode=DELETE; CREATE TABLE t (v TEXT)"));
            for (int i = 0; i < 20; ++i)
                QVERIFY(db.exec("BEGIN; INSERT INTO t VALUES (hex(randomblob(3000))); COMMIT"));
            QVERIFY(db.exec("BEGIN; INSERT INTO t VALUES ('rolled back'); ROLLBACK"));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        Database db;
        QVERIFY(db.open(path, SQLITE_OPEN_READONLY));
        Statement count(db, "SELECT count(*), sum(length(v)) FROM t");
        QCOMPARE(count.step(), SQLITE_ROW);
        QCOMPARE(count.columnInt(0), 20);
        QCOMPARE(count.columnInt(1), 20 * 6000);
    }

    // The file may not grow past a limit (the kernel refuses the write, as it
    // would on a full disk): writes that fail on the VFS's thread fail the
    // transaction, or finishWrites() after it, with SQLite's I/O error.
    void failedWritesAreReported()
    {
        QTemporaryDir dir;
        const char *vfs = cs::sqlite::writeBehindVfs();
        QString spilled;   // past 2 MiB while the cache spills and pages are read back
        QString tail;      // past 64 KiB in the commit's writes alone
        std::signal(SIGXFSZ, SIG_IGN);   // EFBIG instead of the signal
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit limit = saved;
        limit.rlim_cur = 2 << 20;
        if (setrlimit(RLIMIT_FSIZE, &limit) == 0) {
            spilled = fill(dir.filePath(QStringLiteral("full.db")), vfs, 3000);
            limit.rlim_cur = 64 << 10;
            setrlimit(RLIMIT_FSIZE, &limit);
            Database db;
            // Every page waits in the VFS's buffer until COMMIT (its sync, even
            // when omitted, waits for them) or finishWrites() after it.
            if (!db.open(dir.filePath(QStringLiteral("tail.db")), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs)
                || !db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
                            "PRAGMA cache_size=-8192; BEGIN; CREATE TABLE t (v BLOB); "
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                            "INSERT INTO t SELECT randomblob(1000) FROM n; COMMIT"))
                tail = db.errorMessage();
            else if (const int rc = cs::sqlite::finishWrites(db.handle()); rc != SQLITE_OK)
                tail = QString::fromUtf8(sqlite3_errstr(rc));
        }
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, SIG_DFL);
        const QString ioError = QString::fromUtf8(sqlite3_errstr(SQLITE_IOERR));
        QCOMPARE(spilled, ioError);
        QCOMPARE(tail, ioError);
    }
};

QTEST_GUILESS_MAIN(TestWriteBehindVfs)
#include "tst_writebehindvfs.moc"
