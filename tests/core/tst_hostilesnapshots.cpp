// Snapshot files crafted to hang or exhaust the reader (issue 8): a view over
// an endless recursive query in place of a table, triggers and virtual tables,
// and a record count that asks for gigabytes. Each must be refused quickly
// with a message that names the file; none may run SQL from the file.

#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"
#include "sqlitehandle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Endless rows of the meta and conversations shapes.
constexpr const char *kEndlessMeta =
    "CREATE VIEW meta AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT 'k' || i AS key, hex(randomblob(64)) AS value FROM n;";
constexpr const char *kEndlessConversations =
    "CREATE VIEW conversations AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i AS row, 's' || i AS session_id, NULL AS conversation_id, NULL AS start_utc, 0 AS offset_minutes, "
    "NULL AS channel, NULL AS final_status, '{\"sessionId\":\"s' || i || '\"}' AS raw_json FROM n ORDER BY random();";

bool execSql(const QString &path, const char *sql)
{
    cs::sqlite::Database db;
    return db.open(path, SQLITE_OPEN_READWRITE) && db.exec(sql);
}

struct Outcome
{
    bool loaded = false;
    QString message;
    qint64 elapsedMs = 0;
};

Outcome load(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    cs::SnapshotReader reader;
    cs::RecordStore store;
    if (reader.open(path, &outcome.message))
        outcome.loaded = reader.loadInto(store, &outcome.message);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

class TestHostileSnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_good;

    QString copyOfGood(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_good) != m_good.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void verifyRefused(const Outcome &outcome, const QString &path, const QString &what)
    {
        QVERIFY2(!outcome.loaded, "a hostile file must not load");
        QVERIFY2(outcome.elapsedMs < 3000, qPrintable(u"took %1 ms"_s.arg(outcome.elapsedMs)));
        QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(what, Qt::CaseInsensitive),
                 qPrintable(u"expected \""_s + what + u"\" in: "_s + outcome.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cs::RecordStore store;
        store.append(*cs::parsePage(R"({"data":[{"sessionId":"a","channel":"voice"},{"sessionId":"b"}]})"_ba), 0);
        QCOMPARE(store.size(), 2);
        const QString path = m_dir.filePath(u"good.callscope"_s);
        QString error;
        QVERIFY2(cs::saveSnapshot(path, store, cs::SnapshotInfo(), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_good = file.readAll();
        QVERIFY(load(path).loaded);
    }

    void viewInsteadOfMeta()
    {
        const QString path = copyOfGood(u"meta-view.callscope"_s);
        QVERIFY(execSql(path, "DROP TABLE meta;"));
        QVERIFY(execSql(path, kEndlessMeta));
        verifyRefused(load(path), path, u"view \"meta\""_s);
    }

    // Format 3 has one view, `conversations` (for sqlite3 and pandas): another
    // view under its name, or one in place of the `calls` table, is refused.
    void viewInsteadOfConversations()
    {
        const QString path = copyOfGood(u"conversations-view.callscope"_s);
        QVERIFY(execSql(path, "DROP VIEW conversations;"));
        QVERIFY(execSql(path, kEndlessConversations));
        const qint64 before = QFileInfo(path).size();
        verifyRefused(load(path), path, u"view \"conversations\""_s);
        QCOMPARE(QFileInfo(path).size(), before);
    }

    void viewInsteadOfCalls()
    {
        const QString path = copyOfGood(u"calls-view.callscope"_s);
        QVERIFY(execSql(path, "DROP VIEW conversations; DROP TABLE calls;"));
        const QByteArray endlessCalls = QByteArray(kEndlessConversations).replace("VIEW conversations", "VIEW calls");
        QVERIFY(execSql(path, endlessCalls.constData()));
        verifyRefused(load(path), path, u"view \"calls\""_s);
    }

    void otherConversationsViewIsRefused()
    {
        const QString path = copyOfGood(u"other-view.callscope"_s);
        QVERIFY(execSql(path, "DROP VIEW conversations; CREATE VIEW conversations AS SELECT * FROM calls;"));
        verifyRefused(load(path), path, u"view \"conversations\""_s);
    }

    void triggerIsRefused()
    {
        const QString path = copyOfGood(u"trigger.callscope"_s);
        QVERIFY(execSql(path, "CREATE TRIGGER grow AFTER UPDATE ON meta BEGIN SELECT 1; END;"));
        verifyRefused(load(path), path, u"trigger \"grow\""_s);
    }

    void virtualTableIsRefused()
    {
        const QString path = copyOfGood(u"virtual.callscope"_s);
        QVERIFY(execSql(path, "CREATE VIRTUAL TABLE words USING fts4(text);"));
        verifyRefused(load(path), path, u"\"words\""_s);
    }

    void alteredTableIsRefused()
    {
        // Same name, other shape: ORDER BY row would then sort the whole table in a temp file.
        const QString path = copyOfGood(u"altered.callscope"_s);
        QVERIFY(execSql(path, "ALTER TABLE calls ADD COLUMN extra TEXT;"));
        verifyRefused(load(path), path, u"table \"calls\""_s);
    }

    void recordCountIsNotTrusted_data()
    {
        QTest::addColumn<QString>("count");
        QTest::newRow("INT_MAX") << u"2147483647"_s;
        QTest::newRow("100 million") << u"100000000"_s;
        QTest::newRow("int64 max") << u"9223372036854775807"_s;
    }
    void recordCountIsNotTrusted()
    {
        QFETCH(QString, count);
        const QString path = copyOfGood(u"count.callscope"_s);
        QVERIFY(execSql(path, qPrintable(u"UPDATE meta SET value = '%1' WHERE key = 'record_count';"_s.arg(count))));
        verifyRefused(load(path), path, u"claims %1 records"_s.arg(count));
    }

    // The mechanism behind "time spent on a snapshot query": a statement that
    // produces no row for longer than the limit is interrupted.
    void slowStatementIsInterrupted()
    {
        const QString path = copyOfGood(u"slow.callscope"_s);
        cs::sqlite::Database db;
        QVERIFY(db.openUntrusted(path, 200));
        cs::sqlite::Statement endless(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                          "SELECT count(*) FROM n");
        QVERIFY(endless.isValid());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(endless.step(), SQLITE_INTERRUPT);
        QVERIFY(db.wasInterrupted());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void untrustedIsReadOnlyAndDefensive()
    {
        const QString path = copyOfGood(u"readonly.callscope"_s);
        cs::sqlite::Database db;
        QVERIFY(db.openUntrusted(path, 5000));
        QVERIFY(!db.exec("DELETE FROM meta;"));
        QVERIFY(!db.exec("PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql='x';"));
        QVERIFY(!db.exec("CREATE TEMP VIEW v AS SELECT 1;") || !db.exec("SELECT * FROM v;"));
        int defensive = 0;
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileSnapshots)
#include "tst_hostilesnapshots.moc"
