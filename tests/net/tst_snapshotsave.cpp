// Saving compact snapshots with every calls row written before its JSON is
// compressed (the calls rows' checksums taken from memory or from the file
// the calls were loaded from): progress and cancel, checksums read in any key
// order, and JSON that no longer matches its checksum refused; the file
// loaded replaced before the save; checksums taken as calls arrive; the gate
// that keeps the writer's core.
// (Under tests/net only because it takes realistic records from the mock's dataset.)
#include "archivetestdata.h"
#include "rawcodec.h"
#include "snapshot.h"
#include "snapshotrawworker.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

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
        // Reports come every 20,000 calls of progress; the rows and the JSON
        // run at their own pace (a fast machine may compress all JSON before
        // the second report), so two are all the design promises for 45,000:
        // one on the way, one at the end.
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        QVERIFY2(seen.first() > 0 && seen.first() < 45000, qPrintable(QString::number(seen.first())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(std::adjacent_find(seen.begin(), seen.end()), seen.end());
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
    // The file the calls were loaded from replaced (another window saved
    // over it) before their first save: the checksums, read on a connection
    // of their own, and the JSON both come from the file as it was loaded;
    // so does a Save As compact over that path.
    void savedAfterItsFileWasReplaced()
    {
        const QString copy = m_dir.filePath(u"replaced.callscope"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_portable, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        RecordStore store;
        QString error;
        {
            auto archive = openFile(copy, true);
            QVERIFY2(loadArchiveRange(*archive, kWholeTime, store, {}, &error), qPrintable(error));
        }
        std::vector<std::string> before(size_t(store.size()));
        for (RowId row = 0; row < RowId(store.size()); ++row)
            QVERIFY(store.readRawJson(row, &before[row]));
        RecordStore other;
        const mock::MockDataset otherData({6, 300, kStart, kStart + 5 * kDay, 0});
        for (const auto &page : pagesOf(otherData, 300, 100))
            other.append(*page, 300);
        QVERIFY2(saveSnapshot(copy, other, infoOf(300), &error, {}, RawCompression::Text), qPrintable(error));
        const QString elsewhere = m_dir.filePath(u"replaced-elsewhere.callscope"_s);
        QVERIFY2(saveSnapshot(elsewhere, store, infoOf(2500), &error, {}, RawCompression::Zstd), qPrintable(error));
        QVERIFY2(saveSnapshot(copy, store, infoOf(2500), &error, {}, RawCompression::Zstd), qPrintable(error));
        for (const QString &path : {elsewhere, copy}) {
            QCOMPARE(sqlCount(path, "SELECT count(*) FROM raw_records"), 0);   // compact: all in blocks
            auto saved = openFile(path, true);
            RecordStore reloaded;
            QVERIFY2(loadArchiveRange(*saved, kWholeTime, reloaded, {}, &error), qPrintable(error));
            QCOMPARE(reloaded.size(), store.size());
            for (RowId row = 0; row < RowId(reloaded.size()); ++row) {
                std::string json;
                QVERIFY(reloaded.readRawJson(row, &json));
                QCOMPARE(json, before[row]);
            }
        }
    }
    // A store takes each call's checksum as the call arrives (the save reads
    // it without the JSON): right after appends, a revised call, archived
    // rows in between and a new row order; and the saved file holds them.
    void checksumsTakenOnArrival()
    {
        auto archive = openFile(m_portable, true);
        RecordStore store;
        QString error;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, store, {}, &error), qPrintable(error));
        const mock::MockDataset fresh({77, 600, kStart, kStart + 5 * kDay, 0});
        for (const auto &page : pagesOf(fresh, 300, 100))
            store.append(*page, 300);
        QCOMPARE(store.size(), 3100);
        const RowId revised = 2800;
        QVERIFY(store.rawInMemory(revised));
        std::string json(store.rawJson(revised));
        json.insert(json.size() - 1, ",\"revisedNote\":1");
        const std::shared_ptr<ParsedPage> page = parsePage(QByteArray::fromStdString("{\"data\":[" + json + "]}"));
        QVERIFY(page && page->records.size() == 1);
        QCOMPARE(store.upsert(page->records.front(), 300), RecordStore::Upsert::Replaced);
        auto checkAll = [&] {
            int inMemory = 0;
            for (RowId row = 0; row < RowId(store.size()); ++row) {
                if (!store.rawInMemory(row))
                    continue;
                ++inMemory;
                if (store.rawHash(row) != rawcodec::rawHash(store.rawJson(row)))
                    return -1 - int(row);
            }
            return inMemory;
        };
        QCOMPARE(checkAll(), 600);
        std::vector<RowId> order(size_t(store.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = RowId((i * 7919) % order.size());   // 7919 is prime: every row once, mixed
        store.reorder(order);
        QCOMPARE(checkAll(), 600);

        QTemporaryDir dir;
        const QString saved = dir.filePath(u"mixed.callscope"_s);
        QVERIFY2(saveSnapshot(saved, store, infoOf(3100), &error, {}, RawCompression::Zstd), qPrintable(error));
        auto reopened = openFile(saved, true);
        RecordStore back;
        QVERIFY2(loadArchiveRange(*reopened, kWholeTime, back, {}, &error), qPrintable(error));
        QCOMPARE(back.size(), 3100);
        std::vector<qint64> keys(size_t(back.size())), hashes;
        for (RowId row = 0; row < RowId(back.size()); ++row)
            keys[row] = back.archiveKey(row);
        QVERIFY(back.rawSource()->readHashes(keys, &hashes));
        for (RowId row = 0; row < RowId(back.size()); ++row) {
            std::string read;
            QVERIFY(back.readRawJson(row, &read));
            QCOMPARE(hashes[row], rawcodec::rawHash(read));
        }
        const int again = back.find(store.sessionId(RowId(std::find(order.begin(), order.end(), revised) - order.begin())));
        QVERIFY(again >= 0);
        std::string read;
        QVERIFY(back.readRawJson(RowId(again), &read));
        QVERIFY(read.find("revisedNote") != std::string::npos);
    }

    // The gate lets batches in in order, whatever thread asks first, and at
    // most its limit at once; a wider limit lets more in, and stop() turns
    // away whoever still waits.
    void workerGateOrderAndLimit()
    {
        std::mutex mutex;
        std::vector<int> granted;
        std::atomic<int> inside = 0, most = 0;
        auto run = [&](WorkerGate &gate, int batches, int threadCount) {
            granted.clear();
            most = 0;
            auto worker = [&](int first) {
                for (int batch = first; batch < batches; batch += threadCount) {
                    if (!gate.enter(batch))
                        return;
                    const int now = ++inside;
                    {
                        std::lock_guard lock(mutex);
                        most = std::max(most.load(), now);
                        granted.push_back(batch);
                    }
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                    --inside;
                    gate.leave();
                }
            };
            std::vector<std::jthread> threads;
            for (int w = threadCount - 1; w >= 0; --w)   // the last batch's thread starts first
                threads.emplace_back(worker, w);
        };
        WorkerGate one(1);
        run(one, 90, 3);
        QCOMPARE(most.load(), 1);
        QCOMPARE(int(granted.size()), 90);
        QVERIFY(std::is_sorted(granted.begin(), granted.end()));

        WorkerGate three(3);
        run(three, 300, 3);
        QCOMPARE(int(granted.size()), 300);
        QVERIFY(most.load() <= 3);
        QVERIFY2(most.load() > 1, "three threads sleeping inside never overlapped");

        WorkerGate stopped(1);
        std::atomic<int> turnedAway = 0;
        std::jthread early([&] { turnedAway += stopped.enter(1) ? 0 : 1; });   // batch 0 never comes
        QVERIFY(stopped.enter(0));
        std::jthread waiting([&] { turnedAway += stopped.enter(1) ? 0 : 1; });   // the limit is taken
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QCOMPARE(turnedAway.load(), 0);
        stopped.stop();
        early.join();
        waiting.join();
        QCOMPARE(turnedAway.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSave)
#include "tst_snapshotsave.moc"
