// Saving compact snapshots with every calls row written before its JSON is
// compressed (the calls rows' checksums taken from memory or from the file
// the calls were loaded from): progress and cancel, checksums read in any key
// order, and JSON that no longer matches its checksum refused.
// (Under tests/net only because it takes realistic records from the mock's dataset.)
#include "archivetestdata.h"
#include "rawcodec.h"
#include "snapshot.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace cs;
using namespace cs::testing;

namespace {

void fill(RecordStore &store, int calls)
{
    const mock::MockDataset data({5, calls, kStart, kStart + 5 * kDay, 0});
    for (const auto &page : pagesOf(data, 300, 500))
        store.append(*page, 300);
}

SnapshotInfo infoOf(int calls)
{
    SnapshotInfo info;
    info.fetchedAt = QDateTime::fromSecsSinceEpoch(kStart + 10 * kDay, QTimeZone::utc());
    info.windows = {{{kStart, kStart + 5 * kDay, 300}, true, calls}};
    return info;
}

} // namespace

class TestSnapshotSave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_portable;   // 2,500 calls, their JSON as text

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RecordStore store;
        fill(store, 2500);
        m_portable = m_dir.filePath(u"portable.callscope"_s);
        QString error;
        QVERIFY2(saveSnapshot(m_portable, store, infoOf(2500), &error, {}, RawCompression::Text), qPrintable(error));
    }

    // The progress of a compact save counts the calls rows and the JSON
    // halfway each, only goes up and ends at the total; cancelling in the
    // middle leaves nothing behind.
    void progressAndCancel()
    {
        RecordStore store;
        fill(store, 45000);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"compact.callscope"_s);
        QList<qint64> seen;
        QString error;
        QVERIFY2(saveSnapshot(path, store, infoOf(45000), &error,
                              [&](qint64 done, qint64 total) {
                                  seen << done;
                                  return total == 45000;
                              },
                              RawCompression::Zstd),
                 qPrintable(error));
        QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 45000);
        QCOMPARE(sqlCount(path, "SELECT sum(length(sizes)) / 4 FROM raw_blocks"), 45000);

        QVERIFY(QFile::remove(path));
        qint64 cancelledAt = -1;
        QVERIFY(!saveSnapshot(path, store, infoOf(45000), &error,
                              [&](qint64 done, qint64) {
                                  cancelledAt = done;
                                  return false;
                              },
                              RawCompression::Zstd));
        QVERIFY2(cancelledAt > 0 && cancelledAt < 45000, qPrintable(QString::number(cancelledAt)));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // A source hands out the checksums it keeps for keys in any order:
    // consecutive, reversed, spread, repeated; a key it does not hold fails.
    void checksumsInAnyKeyOrder()
    {
        auto archive = openFile(m_portable, true);
        RecordStore store;
        QString error;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, store, {}, &error), qPrintable(error));
        const auto &source = store.rawSource();
        QVERIFY(source);
        std::vector<qint64> expected(2500);
        {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(m_portable).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *stmt = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT row, raw_hash FROM calls", -1, &stmt, nullptr), SQLITE_OK);
            int rows = 0;
            for (; sqlite3_step(stmt) == SQLITE_ROW; ++rows)
                expected.at(size_t(sqlite3_column_int64(stmt, 0))) = sqlite3_column_int64(stmt, 1);
            sqlite3_finalize(stmt);
            sqlite3_close(db);
            QCOMPARE(rows, 2500);
        }
        std::vector<qint64> consecutive(1000), reversed(1000);
        std::iota(consecutive.begin(), consecutive.end(), qint64(700));
        std::reverse_copy(consecutive.begin(), consecutive.end(), reversed.begin());
        const std::vector<std::vector<qint64>> cases = {consecutive, reversed, {2499, 0, 1250, 7}, {5, 5, 4, 5}, {}};
        for (const std::vector<qint64> &keys : cases) {
            std::vector<qint64> hashes;
            QVERIFY(source->readHashes(keys, &hashes));
            QCOMPARE(hashes.size(), keys.size());
            for (size_t i = 0; i < keys.size(); ++i)
                QCOMPARE(hashes[i], expected[size_t(keys[i])]);
        }
        std::vector<qint64> hashes;
        QVERIFY(!source->readHashes({3, 2500}, &hashes));
        QVERIFY(!source->readHashes({2600, 1, 2}, &hashes));
        // Every call's checksum is what its JSON gives.
        for (const qint64 row : {qint64(0), qint64(1999)}) {
            std::string json;
            QVERIFY(store.readRawJson(RowId(row), &json));
            std::vector<qint64> one;
            QVERIFY(source->readHashes({store.archiveKey(RowId(row))}, &one));
            QCOMPARE(one.front(), rawcodec::rawHash(json));
        }
    }

    // Save As compact of a portable file: the calls rows take the file's
    // checksums before the JSON is read, so a call whose JSON was changed
    // behind its checksum fails the save, and nothing is written.
    void changedJsonIsNotSavedAsGood()
    {
        const QString copy = m_dir.filePath(u"changed.callscope"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_portable, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        auto archive = openFile(copy, true);
        RecordStore store;
        QString error;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, store, {}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.callscope"_s);
        QVERIFY2(saveSnapshot(good, store, infoOf(2500), &error, {}, RawCompression::Zstd), qPrintable(error));
        QCOMPARE(sqlCount(good, "SELECT sum(length(sizes)) / 4 FROM raw_blocks"), 2500);
        QVERIFY(QFile::remove(good));

        QVERIFY(executeSql(copy, "UPDATE raw_records SET raw_json = replace(raw_json, '\"', ' \"') WHERE row = 1777"));
        const QString bad = dir.filePath(u"bad.callscope"_s);
        error.clear();
        QVERIFY(!saveSnapshot(bad, store, infoOf(2500), &error, {}, RawCompression::Zstd));
        QVERIFY2(error.contains(u"checksum"_s), qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSave)
#include "tst_snapshotsave.moc"
