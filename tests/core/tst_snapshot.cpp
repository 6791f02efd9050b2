// Snapshot round trip, bad files, and a mutation fuzz of the reader.
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readSpecSample()
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA) + u"/spec_sample_response.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A page of `count` varied records, with unicode, quotes and newlines in values.
QByteArray makePage(int first, int count)
{
    QByteArray body = "{\"numResults\":" + QByteArray::number(count) + ",\"data\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += "{\"sessionId\":\"s" + QByteArray::number(i) + "\",\"conversationId\":\"c-" + QByteArray::number(i)
              + "\",\"channel\":\"" + (i % 2 ? "voice" : "rtm") + "\",\"finalStatus\":\"CLOSED\","
              + "\"sessionStartTime\":\"2026-03-0" + QByteArray::number(1 + i % 9) + "T10:00:00\","
              + "\"Reason\":\"Z\\u00f6e \\\"quoted\\\"\\nline\",\"unknownField\":{\"n\":[1,2,{\"x\":null}]}}";
    }
    return body + "]}";
}

struct Fixture
{
    cs::RecordStore store;
    cs::SnapshotInfo info;

    Fixture(int records)
    {
        store.append(*cs::parsePage(readSpecSample()), 0);
        for (int first = 0; first < records; first += 100)
            store.append(*cs::parsePage(makePage(first, std::min(100, records - first))), 300);
        info.host = u"https://platform.example"_s;
        info.accountId = u"acct-1"_s;
        info.appId = u"st-app"_s;
        info.endpoint = u"calldetails"_s;
        info.rangeFrom = u"2026-03-01 00:00:00"_s;
        info.rangeTo = u"2026-03-10 00:00:00"_s;
        info.zoneId = u"America/New_York"_s;
        info.channels = {u"voice"_s};
        info.fetchedAt = QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone::utc());
        info.appVersion = u"test"_s;
        cs::SnapshotWindow complete;
        complete.window = {1'772'340'000, 1'772'900'000, 300};
        complete.complete = true;
        complete.records = records;
        cs::SnapshotWindow missing;
        missing.window = {1'772'900'000, 1'773'100'000, 240};
        info.windows = {complete, missing};
        info.partial = true;
        info.partialReason = u"cancelled"_s;
    }
};

QString openError(const QString &path)
{
    cs::SnapshotReader reader;
    QString error;
    if (!reader.open(path, &error))
        return error;
    cs::RecordStore store;
    if (!reader.loadInto(store, &error))
        return error;
    return {};
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // loadInto reads in a second thread while it appends: many batches arrive
    // in order, progress counts up to the total, and stopping early neither
    // hangs nor loads more than was delivered.
    void loadIntoStreamsInOrderAndStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.callscope"_s);
        const Fixture fixture(23456);
        QString error;
        QVERIFY2(cs::saveSnapshot(path, fixture.store, fixture.info, &error), qPrintable(error));

        cs::SnapshotReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        cs::RecordStore loaded;
        QList<qint64> reports;
        QVERIFY2(reader.loadInto(loaded, &error, [&](qint64 done, qint64 total) {
            reports.append(done);
            return total == fixture.store.size();
        }), qPrintable(error));
        QCOMPARE(loaded.size(), fixture.store.size());
        for (int row = 0; row < loaded.size(); row += 997)
            QCOMPARE(loaded.sessionId(cs::RowId(row)), fixture.store.sessionId(cs::RowId(row)));
        QVERIFY(reports.size() > 2);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.constLast(), qint64(fixture.store.size()));

        cs::SnapshotReader again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        cs::RecordStore partial;
        int calls = 0;
        QVERIFY(!again.loadInto(partial, &error, [&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QVERIFY(partial.size() > 0 && partial.size() < fixture.store.size());
    }

    void roundTripKeepsRawBytesAndMetadata()
    {
        QTemporaryDir dir;
        Fixture fixture(250);
        const QString path = dir.filePath(u"week.callscope"_s);
        QString error;
        QVERIFY2(cs::saveSnapshot(path, fixture.store, fixture.info, &error), qPrintable(error));

        cs::SnapshotReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QCOMPARE(reader.recordCount(), qint64(fixture.store.size()));
        QCOMPARE(reader.info().host, fixture.info.host);
        QCOMPARE(reader.info().zoneId, u"America/New_York"_s);
        QCOMPARE(reader.info().channels, QStringList{u"voice"_s});
        QVERIFY(reader.info().partial);
        QCOMPARE(reader.info().missingWindows().size(), 1);
        QCOMPARE(reader.info().missingWindows().first().window.offsetMinutes, 240);

        cs::RecordStore loaded;
        QVERIFY2(reader.loadInto(loaded, &error), qPrintable(error));
        QCOMPARE(loaded.size(), fixture.store.size());
        for (int row = 0; row < loaded.size(); ++row) {
            QCOMPARE(loaded.sessionId(cs::RowId(row)), fixture.store.sessionId(cs::RowId(row)));
            QVERIFY(loaded.rawJson(cs::RowId(row)) == fixture.store.rawJson(cs::RowId(row)));
            QCOMPARE(loaded.offsetMinutes(cs::RowId(row)), fixture.store.offsetMinutes(cs::RowId(row)));
            QCOMPARE(loaded.startUtc(cs::RowId(row)), fixture.store.startUtc(cs::RowId(row)));
        }
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }

    void saveReplacesAtomicallyAndLeavesNoTempFiles()
    {
        QTemporaryDir dir;
        Fixture fixture(10);
        const QString path = dir.filePath(u"a.callscope"_s);
        QString error;
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"a.callscope"_s});
    }

    void cancelledSaveWritesNothing()
    {
        QTemporaryDir dir;
        Fixture fixture(50000);
        const QString path = dir.filePath(u"c.callscope"_s);
        QString error;
        QVERIFY(!cs::saveSnapshot(path, fixture.store, fixture.info, &error, [](qint64, qint64) { return false; }));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unwritableTargetGivesMessage()
    {
        Fixture fixture(1);
        QString error;
        QVERIFY(!cs::saveSnapshot(u"/nonexistent-dir/x.callscope"_s, fixture.store, fixture.info, &error));
        QVERIFY2(error.contains(u"/nonexistent-dir"_s), qPrintable(error));
    }

    void notASnapshot_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("text") << QByteArray("sessionId,channel\n1,voice\n") << u"not a SQLite database"_s;
        QTest::newRow("json") << readSpecSample() << u"not a SQLite database"_s;
    }
    void notASnapshot()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.callscope"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QString error = openError(path);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void otherSqliteDatabaseIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        // Build a foreign database through our own writer, then clear its application id.
        Fixture fixture(5);
        QString error;
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(68);
        file.write(QByteArray(4, '\0'));
        file.close();
        error = openError(path);
        QVERIFY2(error.contains(u"not a CallScope snapshot"_s), qPrintable(error));
    }

    void newerSchemaIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.callscope"_s);
        Fixture fixture(5);
        QString error;
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(60);
        const char version[4] = {0, 0, 0, 7};
        file.write(version, 4);
        file.close();
        error = openError(path);
        QVERIFY2(error.contains(u"newer version"_s) && error.contains(u'7'), qPrintable(error));
    }

    void truncatedFileIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.callscope"_s);
        Fixture fixture(2000);
        QString error;
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        error = openError(path);
        QVERIFY2(error.contains(u"truncated"_s), qPrintable(error));
    }

    void corruptedPagesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.callscope"_s);
        Fixture fixture(3000);
        QString error;
        QVERIFY(cs::saveSnapshot(path, fixture.store, fixture.info, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        // Overwrite the b-tree pages in the middle of the file with garbage.
        file.seek(size / 3);
        file.write(QByteArray(int(size / 3), '\xA5'));
        file.close();
        error = openError(path);
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    // Mutation fuzz: every damaged variant must open cleanly or fail with a
    // message; none may crash or hang. Deterministic (fixed seed).
    void fuzzReader()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.callscope"_s);
        Fixture fixture(300);
        QString error;
        QVERIFY(cs::saveSnapshot(good, fixture.store, fixture.info, &error));
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray original = source.readAll();
        QRandomGenerator random(20261125);
        const QString mutated = dir.filePath(u"mutated.callscope"_s);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = original;
            const int kind = round % 3;
            if (kind == 0) {
                for (int flips = 0; flips < 1 + int(random.bounded(20)); ++flips)
                    bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
            } else if (kind == 1) {
                bytes.truncate(int(random.bounded(bytes.size())));
            } else {
                const int at = int(random.bounded(bytes.size()));
                const int length = int(random.bounded(std::min<qsizetype>(4096, bytes.size() - at)));
                for (int i = at; i < at + length; ++i)
                    bytes[i] = char(random.bounded(256));
            }
            QFile out(mutated);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            cs::SnapshotReader reader;
            QString message;
            if (reader.open(mutated, &message)) {
                cs::RecordStore store;
                if (!reader.loadInto(store, &message))
                    QVERIFY2(!message.isEmpty(), "a failed load must say why");
                QVERIFY(store.size() <= fixture.store.size());
            } else {
                QVERIFY2(!message.isEmpty(), "a failed open must say why");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
