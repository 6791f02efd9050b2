// Bad snapshot files beyond tst_snapshot's basics: genuine foreign SQLite
// databases, version fields set the way SQLite sets them, files cut inside the
// header or at a page boundary, damage that SQLite cannot see (a record's JSON
// bytes, rows gone missing), and a structured mutation fuzz. Every case must
// end in a message that names the file and says what is wrong; none may crash.

#include "recordstore.h"
#include "snapshot.h"
#include "sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRecords = 400;

// Records of realistic size (a few hundred bytes) with unicode, quotes, newlines.
QByteArray page(int first, int count)
{
    QByteArray body = "{\"numResults\":" + QByteArray::number(count) + ",\"data\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += "{\"sessionId\":\"s" + QByteArray::number(i) + "\",\"conversationId\":\"c-" + QByteArray::number(i)
              + "\",\"channel\":\"voice\",\"finalStatus\":\"CLOSED\",\"sessionStartTime\":\"2026-03-0"
              + QByteArray::number(1 + i % 9) + "T10:" + QByteArray::number(10 + i % 50)
              + ":00\",\"Reason\":\"Kundenservice Z\\u00fcrich: \\\"r\\u00fcckruf\\\"\\n\u674E\u5A1C\","
              + "\"destinations\":[{\"queueId\":\"qu-1\",\"queueName\":\"Billing\",\"respondingAgent\":"
              + "{\"name\":\"Zo\\u00eb\",\"interactionDuration\":" + QByteArray::number(30 + i) + "}}]}";
    }
    return body + "]}";
}

// Writes a valid snapshot of kRecords records at `path`.
bool writeGood(const QString &path)
{
    cs::RecordStore store;
    for (int first = 0; first < kRecords; first += 100)
        store.append(*cs::parsePage(page(first, 100)), 300);
    cs::SnapshotInfo info;
    info.host = u"https://platform.example"_s;
    info.accountId = u"acct"_s;
    info.appId = u"st-app"_s;
    info.endpoint = u"calldetails"_s;
    info.rangeFrom = u"2026-03-01 00:00:00"_s;
    info.rangeTo = u"2026-03-10 00:00:00"_s;
    info.zoneId = u"UTC"_s;
    QString error;
    return cs::saveSnapshot(path, store, info, &error);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Runs SQL on a database file through SQLite itself (not by poking bytes).
bool execSql(const QString &path, const char *sql)
{
    cs::sqlite::Database db;
    return db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) && db.exec(sql);
}

struct Outcome
{
    bool opened = false;
    bool loaded = false;
    QString message;
    int records = 0;
};

Outcome load(const QString &path)
{
    Outcome outcome;
    cs::SnapshotReader reader;
    cs::RecordStore store;
    outcome.opened = reader.open(path, &outcome.message);
    if (outcome.opened)
        outcome.loaded = reader.loadInto(store, &outcome.message);
    outcome.records = store.size();
    return outcome;
}

} // namespace

class TestSnapshotBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;
    QByteArray m_goodBytes;

    // A message must name the file (the viewer shows it in a dialog) and say what is wrong.
    void verifyMessage(const Outcome &outcome, const QString &path, const QString &what)
    {
        QVERIFY2(!outcome.loaded, "a bad file must not load as if it were whole");
        QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(what, Qt::CaseInsensitive),
                 qPrintable(u"expected \""_s + what + u"\" in: "_s + outcome.message));
        QVERIFY2(!outcome.message.contains(u'\n'), "messages are one line (dialogs, CLI stderr)");
    }

    QString copyOfGood(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, m_goodBytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.callscope"_s);
        QVERIFY(writeGood(m_good));
        m_goodBytes = readAll(m_good);
        const Outcome good = load(m_good);
        QVERIFY2(good.loaded && good.records == kRecords, qPrintable(good.message));
    }

    void missingOrNotAFile()
    {
        const QString missing = m_dir.filePath(u"absent.callscope"_s);
        verifyMessage(load(missing), missing, u"Cannot open"_s);
        const QString folder = m_dir.filePath(u"folder.callscope"_s);
        QVERIFY(QDir().mkpath(folder));
        verifyMessage(load(folder), folder, u"Cannot open"_s);
    }

    void foreignSqliteDatabase_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("plain") << "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); "
                                  "INSERT INTO notes (text) VALUES ('hello');"_ba;
        // GeoPackage's application id: another program's SQLite file.
        QTest::newRow("geopackage") << "PRAGMA application_id = 1196444487; PRAGMA user_version = 10200; "
                                       "CREATE TABLE gpkg_contents (table_name TEXT);"_ba;
        // Our tables but no application id: e.g. made by hand with the sqlite3 shell.
        QTest::newRow("lookalike") << "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); "
                                      "INSERT INTO meta VALUES ('schema_version', '1');"_ba;
    }
    void foreignSqliteDatabase()
    {
        QFETCH(QByteArray, sql);
        const QString path = m_dir.filePath(u"foreign-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(execSql(path, sql.constData()));
        verifyMessage(load(path), path, u"is a SQLite database, but not a CallScope snapshot"_s);
    }

    void newerSchemaVersion()
    {
        // What a future CallScope would write: user_version and meta both say 5.
        const QString path = copyOfGood(u"future.callscope"_s);
        QVERIFY(execSql(path, "PRAGMA user_version = 5; UPDATE meta SET value = '5' WHERE key = 'schema_version'; "
                              "CREATE TABLE tags (name TEXT);"));
        const Outcome outcome = load(path);
        QVERIFY(!outcome.opened);
        verifyMessage(outcome, path, u"newer version of CallScope"_s);
        QVERIFY2(outcome.message.contains(u"format 5"_s) && outcome.message.contains(u"up to 4"_s),
                 qPrintable(outcome.message));
    }

    void missingVersion()
    {
        const QString path = copyOfGood(u"noversion.callscope"_s);
        QVERIFY(execSql(path, "PRAGMA user_version = 0;"));
        verifyMessage(load(path), path, u"format version is missing"_s);
    }

    void snapshotIdWithoutTables()
    {
        const QString path = m_dir.filePath(u"hollow.callscope"_s);
        QVERIFY(execSql(path, "PRAGMA application_id = 1129530192; PRAGMA user_version = 1; CREATE TABLE other (x);"));
        const Outcome outcome = load(path);
        verifyMessage(outcome, path, u"is damaged"_s);
        QVERIFY2(outcome.message.contains(u"meta"_s), qPrintable(outcome.message));   // SQLite's "no such table: meta"
    }

    void truncated_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("inside the header") << qsizetype(60);
        QTest::newRow("header only") << qsizetype(100);
        QTest::newRow("first page") << qsizetype(16384);
        QTest::newRow("one byte short") << qsizetype(-1);
    }
    void truncated()
    {
        QFETCH(qsizetype, size);
        const QString path = m_dir.filePath(u"cut.callscope"_s);
        writeAll(path, m_goodBytes.left(size > 0 ? size : m_goodBytes.size() + size));
        verifyMessage(load(path), path, u"is truncated"_s);
    }

    // Bytes changed inside one record's JSON: SQLite has no checksums, so the
    // file opens; the load must still fail and say which record.
    void corruptedRecordText()
    {
        QByteArray bytes = m_goodBytes;
        const qsizetype at = bytes.indexOf("{\"sessionId\":\"s123\"");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        const QString path = m_dir.filePath(u"badrecord.callscope"_s);
        writeAll(path, bytes);
        const Outcome outcome = load(path);
        QVERIFY(outcome.opened);
        verifyMessage(outcome, path, u"1 of %1 records could not be read"_s.arg(kRecords));
        QVERIFY2(outcome.message.contains(u"Row 124"_s), qPrintable(outcome.message));
        QCOMPARE(outcome.records, kRecords - 1);   // the rest is still readable
    }

    // A byte changed inside a sessionId: still valid JSON, but now two records
    // claim one session, and the store would keep only one of them.
    void duplicatedSessionId()
    {
        QByteArray bytes = m_goodBytes;
        const qsizetype at = bytes.indexOf("{\"sessionId\":\"s123\"");
        QVERIFY(at > 0);
        bytes.replace(at, 19, "{\"sessionId\":\"s122\"");
        const QString path = m_dir.filePath(u"twins.callscope"_s);
        writeAll(path, bytes);
        verifyMessage(load(path), path, u"records with the same sessionId were found (1 repeated)"_s);
    }

    // Rows gone (a hand-edited or half-recovered file): the count in meta tells.
    void rowsMissing()
    {
        const QString path = copyOfGood(u"fewer.callscope"_s);
        QVERIFY(execSql(path, "DELETE FROM calls WHERE row % 10 = 3;"));
        verifyMessage(load(path), path, u"should hold %1 records but %2 were found"_s.arg(kRecords).arg(kRecords - 40));
    }

    // Garbage over b-tree pages: SQLite reports corruption, we say "damaged".
    void corruptedPages_data()
    {
        QTest::addColumn<qsizetype>("at");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("schema on page 1") << qsizetype(100) << qsizetype(400);
        QTest::newRow("page 2 header") << qsizetype(16384) << qsizetype(64);
        QTest::newRow("middle pages") << qsizetype(-2) << qsizetype(-3);   // a third of the file from a third in
    }
    void corruptedPages()
    {
        QFETCH(qsizetype, at);
        QFETCH(qsizetype, length);
        QByteArray bytes = m_goodBytes;
        if (at < 0) {
            at = bytes.size() / 3;
            length = bytes.size() / 3;
        }
        QVERIFY(at + length <= bytes.size());
        for (qsizetype i = at; i < at + length; ++i)
            bytes[i] = char(0xA5 ^ (i & 0x3F));
        const QString path = m_dir.filePath(u"pages.callscope"_s);
        writeAll(path, bytes);
        verifyMessage(load(path), path, u"damaged"_s);
    }

    // A reader whose open() failed must fail its reads too, not crash.
    void readAfterFailedOpen()
    {
        const QString path = m_dir.filePath(u"text.callscope"_s);
        writeAll(path, "not a database\n");
        cs::SnapshotReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        cs::RecordStore store;
        QVERIFY(!reader.loadInto(store, &error));
        QCOMPARE(store.size(), 0);
    }

    // Deterministic mutation fuzz (fixed seed): whatever the damage, the reader
    // either loads every record the file says it has, or fails with a message
    // naming the file. A crash or hang fails the test (ctest timeout).
    // CALLSCOPE_FUZZ_ROUNDS / CALLSCOPE_FUZZ_SEED run a longer hunt by hand.
    void fuzz()
    {
        const int rounds = qEnvironmentVariableIsSet("CALLSCOPE_FUZZ_ROUNDS")
            ? qEnvironmentVariableIntValue("CALLSCOPE_FUZZ_ROUNDS") : 400;
        const quint32 seed = qEnvironmentVariableIsSet("CALLSCOPE_FUZZ_SEED")
            ? quint32(qEnvironmentVariableIntValue("CALLSCOPE_FUZZ_SEED")) : 0xC5C0FFEEu;
        QRandomGenerator random(seed);
        const QString path = m_dir.filePath(u"fuzz.callscope"_s);
        const qsizetype size = m_goodBytes.size();
        const qsizetype pageSize = 16384;
        int loaded = 0, failed = 0;
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = m_goodBytes;
            switch (round % 5) {
            case 0:   // scattered byte flips past the header (so SQLite parses the damage)
                for (int n = 1 + int(random.bounded(16)); n > 0; --n)
                    bytes[100 + random.bounded(size - 100)] ^= char(1 + random.bounded(255));
                break;
            case 1:   // a cut anywhere
                bytes.truncate(random.bounded(size));
                break;
            case 2: { // a run of garbage
                const qsizetype at = random.bounded(size);
                const qsizetype length = 1 + random.bounded(std::min<qsizetype>(2048, size - at));
                for (qsizetype i = at; i < at + length; ++i)
                    bytes[i] = char(random.bounded(256));
                break;
            }
            case 3: { // two whole pages swapped: valid-looking pages in the wrong place
                const qsizetype pages = size / pageSize;
                const qsizetype a = random.bounded(pages) * pageSize, b = random.bounded(pages) * pageSize;
                const QByteArray pa = bytes.mid(a, pageSize);
                bytes.replace(a, pageSize, bytes.mid(b, pageSize));
                bytes.replace(b, pageSize, pa);
                break;
            }
            default:  // one header field or page-1 byte changed
                bytes[random.bounded(qsizetype(200))] ^= char(1 << random.bounded(8));
                break;
            }
            writeAll(path, bytes);
            cs::SnapshotReader reader;
            cs::RecordStore store;
            QString message;
            const bool ok = reader.open(path, &message) && reader.loadInto(store, &message);
            if (ok) {
                ++loaded;
                QCOMPARE(qint64(store.size()), reader.recordCount());
            } else {
                ++failed;
                QVERIFY2(message.contains(QDir::toNativeSeparators(path)),
                         qPrintable(u"round %1: %2"_s.arg(round).arg(message)));
            }
        }
        // Both outcomes occur, or the mutations are not reaching the reader.
        QVERIFY(loaded > 0);
        QVERIFY(failed > rounds / 4);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBadFiles)
#include "tst_snapshotbadfiles.moc"
