// Raw JSON in blocks (snapshot format 4): an archive opened on a compact
// snapshot takes changed calls beside the blocks, every call reads back in
// any order, and a damaged or hostile block is reported as damage.
// (Under tests/net only because it takes realistic records from the mock's dataset.)
#include "archivetestdata.h"
#include "rawcodec.h"
#include "snapshot.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace cs;
using namespace cs::testing;

class TestSnapshotBlocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // Format 4: an archive opened on a compact snapshot stores a changed call
    // as a raw_records row, which wins over the call's block; every other
    // call still reads from its block, in order (export) and alone, in any
    // order (drill-down).
    void blockSnapshotTakesChangedCalls()
    {
        const mock::MockDataset data({12, 2500, kStart, kStart + 5 * kDay, 0});
        RecordStore original;
        for (const auto &page : pagesOf(data, 0))
            original.append(*page, 0);
        const auto revise = [](int i, QByteArray record) {
            return i % 7 == 0 ? record.replace("\"finalStatus\":\"", "\"finalStatus\":\"REVISED-") : record;
        };
        RecordStore revisedStore;
        for (const auto &page : pagesOf(data, 0, 100, revise))
            revisedStore.append(*page, 0);
        SnapshotInfo info;
        info.accountId = u"acct"_s;
        const QString path = m_dir.filePath(u"blocks-upsert.callscope"_s);
        QString error;
        QVERIFY2(saveSnapshot(path, original, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM raw_records"), 0);
        // Saved without the session index; the archive builds it to store pages.
        const char *sessionIndex = "SELECT count(*) FROM sqlite_schema WHERE name = 'calls_session'";
        QCOMPARE(sqlCount(path, sessionIndex), 0);
        const int changed = (2500 + 6) / 7;
        {
            auto archive = openFile(path);
            StorePageResult result, total;
            for (const auto &page : pagesOf(data, 0, 100, revise)) {
                QVERIFY2(archive->storePage(*page, 0, kStart + 10, &result, &error), qPrintable(error));
                total.added += result.added;
                total.changed += result.changed;
            }
            QCOMPARE(total.added, 0);
            QCOMPARE(total.changed, changed);
        }
        QCOMPARE(sqlCount(path, sessionIndex), 1);
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM raw_records"), changed);
        QCOMPARE(sqlCount(path, "SELECT sum(length(sizes)) / 4 FROM raw_blocks"), 2500);

        auto archive = openFile(path, true);
        int calls = 0, revised = 0;
        QVERIFY2(archive->readRawRange(kWholeTime, [&](std::string_view raw, int) {
            ++calls;
            revised += raw.find("REVISED-") != std::string_view::npos;
            return true;
        }, &error), qPrintable(error));
        QCOMPARE(calls, 2500);
        QCOMPARE(revised, changed);
        RecordStore loaded;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(loaded), describeStore(revisedStore));
        // Alone, from both ends in turn: each read finds its block again.
        QCOMPARE(loaded.size(), 2500);
        std::vector<std::string> alone, expected(2500);
        for (int i = 0; i < 1250; ++i) {
            for (const int row : {i, 2499 - i}) {
                std::string raw;
                QVERIFY2(loaded.readRawJson(RowId(row), &raw), qPrintable(QString::number(row)));
                alone.push_back(raw);
            }
        }
        for (int row = 0; row < 2500; ++row)
            QVERIFY(revisedStore.readRawJson(RowId(row), &expected[size_t(row)]));
        std::sort(alone.begin(), alone.end());
        std::sort(expected.begin(), expected.end());
        QVERIFY(alone == expected);
        // A view sorted by anything: one batch, read in row order underneath.
        std::vector<RowId> shuffled(2500);
        std::iota(shuffled.begin(), shuffled.end(), RowId(0));
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        std::vector<std::string> many;
        loaded.readRawJson(shuffled, &many);
        QCOMPARE(many.size(), size_t(2500));
        for (size_t i = 0; i < shuffled.size(); ++i) {
            std::string one;
            QVERIFY(loaded.readRawJson(shuffled[i], &one) && !one.empty());
            QVERIFY2(many[i] == one, qPrintable(QString::number(i)));
        }
        // A save's batch, read with the calls' checksums or without (the
        // raw_records rows alone, a call in a block read from its block):
        // the same bytes as stored, the checksums of their JSON.
        std::vector<qint64> batch;
        for (RowId row = 100; row < 1600; ++row)
            batch.push_back(loaded.archiveKey(row));
        QCOMPARE(batch.back() - batch.front(), qint64(batch.size()) - 1);
        std::vector<StoredRaw> withChecksums, jsonAlone;
        QVERIFY(loaded.rawSource()->readStored(batch, &withChecksums, StoredChecksums::Read));
        QVERIFY(loaded.rawSource()->readStored(batch, &jsonAlone, StoredChecksums::Skip));
        QCOMPARE(jsonAlone.size(), batch.size());
        int inRecords = 0;
        for (size_t i = 0; i < batch.size(); ++i) {
            QCOMPARE(jsonAlone[i].bytes, withChecksums[i].bytes);
            QCOMPARE(jsonAlone[i].dictionary, withChecksums[i].dictionary);
            QVERIFY(jsonAlone[i].hash == 0 || jsonAlone[i].hash == withChecksums[i].hash);   // left out, or as stored
            inRecords += withChecksums[i].dictionary > 0;
            std::string json;
            QVERIFY(loaded.readRawJson(RowId(100 + i), &json));
            if (withChecksums[i].dictionary == 0)
                QCOMPARE(withChecksums[i].bytes, json);
            QCOMPARE(withChecksums[i].hash, rawcodec::rawHash(json));
        }
        QVERIFY(inRecords > 0 && inRecords < int(batch.size()));   // both kinds in the batch
        // The snapshot reader (parsing every call) reads the same.
        SnapshotReader reader;
        RecordStore parsed;
        QVERIFY2(reader.open(path, &error) && reader.loadInto(parsed, &error), qPrintable(error));
        QCOMPARE(describeStore(parsed), describeStore(revisedStore));
        // Saved again: blocks with a replaced call are not copied (the block
        // would give the old JSON); the saved file reads the revised calls.
        const QString again = m_dir.filePath(u"blocks-upsert-again.callscope"_s);
        QVERIFY2(saveSnapshot(again, loaded, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        auto reopened = openFile(again, true);
        RecordStore viaAgain;
        QVERIFY2(loadArchiveRange(*reopened, kWholeTime, viaAgain, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(viaAgain), describeStore(revisedStore));
    }

    // A hostile or damaged raw_blocks row is reported as damage, by both
    // readers, in bounded memory (a block claims at most 256 MiB).
    void damagedBlocksAreReported_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("sizes not whole") << "UPDATE raw_blocks SET sizes = substr(sizes, 1, 3999) WHERE first_row = 0"_ba;
        QTest::newRow("too many rows") << "UPDATE raw_blocks SET sizes = zeroblob(40000) WHERE first_row = 0"_ba;
        QTest::newRow("huge size") << "UPDATE raw_blocks SET sizes = X'FFFFFFF0' || substr(sizes, 5) WHERE first_row = 0"_ba;
        QTest::newRow("sizes off") << "UPDATE raw_blocks SET sizes = X'01000000' || substr(sizes, 5) WHERE first_row = 0"_ba;
        QTest::newRow("row without bytes") << "UPDATE raw_blocks SET sizes = X'00000000' || substr(sizes, 5) WHERE first_row = 0"_ba;
        QTest::newRow("rows missing") << "UPDATE raw_blocks SET sizes = substr(sizes, 1, 400) WHERE first_row = 0"_ba;
        QTest::newRow("block missing") << "DELETE FROM raw_blocks WHERE first_row = 1000"_ba;
        QTest::newRow("garbage frame") << "UPDATE raw_blocks SET raw_zstd = randomblob(4000) WHERE first_row = 0"_ba;
        QTest::newRow("truncated frame") << "UPDATE raw_blocks SET raw_zstd = substr(raw_zstd, 1, length(raw_zstd) / 2)"_ba;
        QTest::newRow("empty frame") << "UPDATE raw_blocks SET raw_zstd = X'' WHERE first_row = 0"_ba;
        QTest::newRow("no dictionary") << "UPDATE raw_blocks SET raw_dictionary = 77"_ba;
    }
    void damagedBlocksAreReported()
    {
        QFETCH(QByteArray, sql);
        const mock::MockDataset data({13, 2500, kStart, kStart + 5 * kDay, 0});
        RecordStore store;
        for (const auto &page : pagesOf(data, 0))
            store.append(*page, 0);
        const QString path = m_dir.filePath(u"blocks-damaged.callscope"_s);
        QString error;
        QVERIFY2(saveSnapshot(path, store, SnapshotInfo(), &error, {}, RawCompression::Zstd), qPrintable(error));
        sqlite3 *rw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &rw, SQLITE_OPEN_READWRITE, nullptr);
        QCOMPARE(sqlite3_exec(rw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(rw);

        SnapshotReader reader;
        RecordStore parsed;
        QVERIFY(reader.open(path, &error));
        QVERIFY(!reader.loadInto(parsed, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        auto archive = openFile(path, true);
        error.clear();
        QVERIFY(!archive->readRawRange(kWholeTime, [](std::string_view, int) { return true; }, &error));
        QVERIFY2(error.contains(u"damaged"_s) && error.contains(path), qPrintable(error));
        // The columns still load; the damaged calls' JSON is refused when read.
        RecordStore loaded;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QCOMPARE(loaded.size(), 2500);
        int unreadable = 0;
        for (int row = 0; row < loaded.size(); ++row) {
            std::string raw;
            unreadable += !loaded.readRawJson(RowId(row), &raw);
        }
        QVERIFY(unreadable > 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBlocks)
#include "tst_snapshotblocks.moc"
