// The SQLite archive: ledger arithmetic, page upserts, columns that load
// without JSON parsing and equal what parsing gives, raw JSON kept byte for
// byte (text or zstd), identity, and files of formats 1 and 2 migrating.
// (Under tests/net only because it takes realistic records from the mock's dataset.)
#include "archivetestdata.h"
#include "archivefile.h"
#include "mockserver.h"
#include "rawcodec.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"
#include "snapshotschema.h"
#include "viewcsv.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>
#include <random>
#include <set>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace cs;
using namespace cs::testing;

namespace {

// A writable copy, at `path`, of the format-2 archive the release before
// labels wrote (tests/data/migration/README.md).
bool copyFormatTwoFixture(const QString &path)
{
    QFile::remove(path);
    return QFile::copy(QStringLiteral(CALLSCOPE_TEST_DATA) + u"/migration/v2-archive.callscope"_s, path)
        && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// An archive of 50 mock calls at `path`, then damaged by `sql`; false if either step failed.
bool damagedArchive(const QString &path, const char *sql)
{
    QFile::remove(path);
    {
        auto archive = openFile(path);
        const mock::MockDataset data({5, 50, kStart, kStart + kDay, 0});
        QString error;
        for (const auto &page : pagesOf(data, 0)) {
            if (!archive->storePage(*page, 0, kStart + 2 * kDay, nullptr, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
    }
    return executeSql(path, sql);
}

} // namespace

class TestArchiveFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void ledgerStates()
    {
        const qint64 settle = kDefaultSettleSeconds;
        // Fetched two days after it ended: archived. Fetched an hour after: provisional.
        const QList<LedgerEntry> ledger = {{0, 99, 99 + 2 * kDay}, {150, 199, 199 + 3600}};
        const QList<CoverageSpan> spans = classifyCoverage(ledger, 0, 299, 0, settle);
        const QList<CoverageSpan> expected = {{0, 99, CoverageState::Archived},
                                              {100, 149, CoverageState::Missing},
                                              {150, 199, CoverageState::Provisional},
                                              {200, 299, CoverageState::Missing}};
        QCOMPARE(spans, expected);
        // Gaps share the seam second with archived neighbours; provisional is asked again.
        const QList<UtcInterval> fetch = intervalsToFetch(spans);
        QCOMPARE(fetch, (QList<UtcInterval>{{99, 299}}));
        const CoverageTotals totals = coverageTotals(spans);
        QCOMPARE(totals.archived, 100);
        QCOMPARE(totals.provisional, 50);
        QCOMPARE(totals.missing, 150);
    }

    void ledgerOverlapsAndEdges()
    {
        // A later settled fetch over a provisional one wins; nothing to fetch.
        const QList<LedgerEntry> ledger = {{0, 100, 50}, {0, 100, 100 + kDay}};
        QCOMPARE(intervalsToFetch(classifyCoverage(ledger, 0, 100, 0, kDay)), QList<UtcInterval>{});
        // Entries beyond the range are clipped; an empty ledger is one missing span.
        QCOMPARE(classifyCoverage({{-50, 500, 10'000'000}}, 0, 100, 0, kDay),
                 (QList<CoverageSpan>{{0, 100, CoverageState::Archived}}));
        QCOMPARE(classifyCoverage({}, 5, 10, 0, kDay), (QList<CoverageSpan>{{5, 10, CoverageState::Missing}}));
        QCOMPARE(intervalsToFetch(classifyCoverage({}, 5, 10, 0, kDay)), (QList<UtcInterval>{{5, 10}}));
        // Touching entries merge into one span.
        QCOMPARE(classifyCoverage({{0, 9, kDay * 2}, {10, 20, kDay * 2}}, 0, 20, 0, kDay),
                 (QList<CoverageSpan>{{0, 20, CoverageState::Archived}}));
    }

    void columnsEqualParsing_data()
    {
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<int>("calls");
        QTest::newRow("New York, text raw") << 300 << 1500;
        QTest::newRow("Kolkata, zstd after 2000") << -330 << 3500;
    }
    void columnsEqualParsing()
    {
        QFETCH(int, offsetMinutes);
        QFETCH(int, calls);
        const mock::MockDataset data({7, calls, kStart, kStart + 20 * kDay, 0.1});
        const QString path = m_dir.filePath(u"columns-%1.callscope"_s.arg(calls));
        RecordStore parsed;
        {
            auto archive = openFile(path);
            QString error;
            QVERIFY2(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error), qPrintable(error));
            for (const auto &page : pagesOf(data, offsetMinutes)) {
                StorePageResult result;
                QVERIFY2(archive->storePage(*page, offsetMinutes, kStart, &result, &error), qPrintable(error));
                QCOMPARE(result.added, int(page->records.size()));
                parsed.append(*page, offsetMinutes);
            }
        }
        const bool compressed = calls > 2000;
        QCOMPARE(sqlCount(path, "SELECT count(raw_zstd) FROM raw_records") > 0, compressed);
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM raw_dictionaries"), compressed ? 1 : 0);

        auto archive = openFile(path, true);
        RecordStore loaded;
        QString error;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QCOMPARE(loaded.size(), calls);
        QVERIFY(!loaded.rawInMemory(0));
        QCOMPARE(describeStore(loaded), describeStore(parsed));

        // A range selects by start time, inclusive at both ends.
        const qint64 from = parsed.startUtc(10);
        const qint64 to = from + 3 * kDay;
        int expected = 0;
        for (int row = 0; row < parsed.size(); ++row)
            expected += parsed.startUtc(RowId(row)) >= from && parsed.startUtc(RowId(row)) <= to;
        QVERIFY2(loadArchiveRange(*archive, {from, to}, loaded, {}, &error), qPrintable(error));
        QCOMPARE(loaded.size(), expected);
    }

    // A range this big loads in two threads (two stores, one moved after the
    // other): the rows, their order and the id index must be what one reader gives,
    // calls without a start time and ties at the cut included. The file's rows
    // are not in start order (the later days were fetched first), so a read in
    // row order must be put back in start order.
    void partedLoadEqualsOneReader()
    {
        const int calls = 24000;
        const mock::MockDataset data({11, calls, kStart, kStart + 3 * kDay, 0.1});
        const QString path = m_dir.filePath(u"parted.callscope"_s);
        {
            auto archive = openFile(path);
            QString error;
            QVERIFY2(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error), qPrintable(error));
            // Every 997th call without a start time (those sort first), and
            // every 5th shares its start with its neighbour (ties at any cut).
            const auto edit = [](int i, QByteArray record) {
                if (i % 997 == 0)
                    record.replace("\"sessionStartTime\"", "\"startedSomewhen\"");
                return record;
            };
            auto pages = pagesOf(data, 60, 100, edit);
            std::rotate(pages.begin(), pages.begin() + qsizetype(pages.size() / 3), pages.end());
            for (const auto &page : pages) {
                StorePageResult result;
                QVERIFY2(archive->storePage(*page, 60, kStart, &result, &error), qPrintable(error));
            }
        }
        QVERIFY(sqlCount(path, "SELECT count(*) FROM conversations WHERE start_utc IS NULL") >= calls / 997);
        QVERIFY2(sqlCount(path, "SELECT count(*) FROM (SELECT start_utc, max(start_utc) OVER (ORDER BY row ROWS "
                                "BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM calls) "
                                "WHERE start_utc < before") > 0, "rows out of start order");
        auto archive = openFile(path, true);
        QString error;
        // One reader, in readCalls() order.
        RecordStore single;
        single.setRawSource(archive->rawSource(&error));
        QVERIFY(archive->readCalls(kWholeTime, [&](ArchivedCall &call) { return single.appendArchived(call, true); }, &error));
        QCOMPARE(single.size(), calls);
        // Two parts: each call in exactly one, part 0's calls all before part 1's.
        int partOf[2] = {0, 0};
        QVERIFY(archive->readCallsInParts(kWholeTime, [&](int part, ArchivedCall &) {
            ++partOf[part];
            return true;
        }, &error));
        QCOMPARE(partOf[0] + partOf[1], calls);
        QVERIFY2(partOf[0] > calls / 3 && partOf[1] > calls / 3, "the cut is near the middle");
        // Rows without gaps: part 0 fills whole blocks, whose store then takes part 1's over.
        QCOMPARE(partOf[0] % RecordStore::kBlockRows, 0);

        RecordStore loaded;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QCOMPARE(loaded.size(), calls);
        for (int row = 0; row < calls; ++row) {
            QCOMPARE(describeRow(loaded, RowId(row)), describeRow(single, RowId(row)));
            QCOMPARE(loaded.find(loaded.sessionId(RowId(row))), row);
        }
        // Ranges, not the whole time: the same as one reader too, for most of
        // the file (read in row order) and for a small part of it (read through
        // the start-time index).
        for (const UtcInterval range : {UtcInterval{kStart + kDay / 4, kStart + 3 * kDay - 77},
                                        UtcInterval{kStart + kDay / 2, kStart + kDay + 77}}) {
            RecordStore singleRange;
            singleRange.setRawSource(archive->rawSource(&error));
            QVERIFY(archive->readCalls(range, [&](ArchivedCall &call) { return singleRange.appendArchived(call, true); }, &error));
            QVERIFY(singleRange.size() > 0);
            partOf[0] = partOf[1] = 0;
            RecordStore parts[2];
            parts[0].setRawSource(archive->rawSource(&error));
            QVERIFY(archive->readCallsInParts(range, [&](int part, ArchivedCall &call) {
                ++partOf[part];
                return parts[part].appendArchived(call, true);
            }, &error));
            QVERIFY(partOf[0] > 0 && partOf[1] > 0);
            QCOMPARE(parts[0].appendStore(std::move(parts[1])), partOf[1]);
            QCOMPARE(parts[1].size(), 0);
            QCOMPARE(parts[0].size(), singleRange.size());
            QVERIFY(archive->partsInKeyOrder());
            if (std::vector<RowId> order = parts[0].archiveReadOrder(); !order.empty())
                parts[0].reorder(order);
            RecordStore rangeLoaded;
            QVERIFY2(loadArchiveRange(*archive, range, rangeLoaded, {}, &error), qPrintable(error));
            QCOMPARE(rangeLoaded.size(), singleRange.size());
            for (int row = 0; row < singleRange.size(); ++row) {
                QCOMPARE(describeRow(parts[0], RowId(row)), describeRow(singleRange, RowId(row)));
                QCOMPARE(describeRow(rangeLoaded, RowId(row)), describeRow(singleRange, RowId(row)));
                QCOMPARE(rangeLoaded.find(rangeLoaded.sessionId(RowId(row))), row);
            }
        }
    }

    // Moving one store after another: pooled ids and spans remapped, ids
    // readable, a sessionId already held skipped, and stores with raw JSON in
    // memory refused.
    void appendStoreRemapsAndSkipsDuplicates()
    {
        auto call = [](const char *id, const char *channel, std::vector<std::string> queues, qint64 key) {
            ArchivedCall c;
            c.key = key;
            c.fields.sessionId = id;
            c.fields.conversationId = std::string("conv-") + id;
            c.fields.channel = channel;
            c.fields.queues = std::move(queues);
            c.fields.startSeconds = 1000 + key;
            return c;
        };
        RecordStore first;
        QVERIFY(first.appendArchived(call("a", "voice", {"Sales"}, 1)));
        QVERIFY(first.appendArchived(call("b", "chat", {"Support", "Sales"}, 2)));
        RecordStore second;
        QVERIFY(second.appendArchived(call("c", "email", {"Billing", "Support"}, 3)));   // pool order differs
        QVERIFY(second.appendArchived(call("a", "voice", {"Sales"}, 4)));                // held by `first`
        QVERIFY(second.appendArchived(call("d", "chat", {}, 5)));
        QCOMPARE(first.appendStore(std::move(second)), 2);
        QCOMPARE(second.size(), 0);
        QCOMPARE(first.size(), 4);
        const StringPool &pool = first.strings();
        QCOMPARE(first.sessionId(2), "c");
        QCOMPARE(first.conversationId(2), "conv-c");
        QCOMPARE(pool.utf8(first.channel(2)), "email");
        QCOMPARE(first.queues(2).size(), size_t(2));
        QCOMPARE(pool.utf8(first.queues(2)[0]), "Billing");
        QCOMPARE(pool.utf8(first.queues(2)[1]), "Support");
        QCOMPARE(first.queues(1)[0], first.queues(2)[1]);   // one pool: "Support" has one id
        QCOMPARE(first.sessionId(3), "d");
        QCOMPARE(pool.utf8(first.channel(3)), "chat");
        QCOMPARE(first.channel(3), first.channel(1));
        QVERIFY(first.queues(3).empty());
        QCOMPARE(first.startUtc(3), 1005);
        QCOMPARE(first.find("a"), 0);
        QCOMPARE(first.find("c"), 2);
        QCOMPARE(first.find("d"), 3);

        const mock::MockDataset data({3, 5, kStart, kStart + kDay, 0.1});
        RecordStore inMemory;
        inMemory.append(*pagesOf(data, 0).front(), 0);
        QCOMPARE(first.appendStore(std::move(inMemory)), -1);
        QCOMPARE(inMemory.size(), 5);   // left as it was
        QCOMPARE(first.size(), 4);
    }

    void upsertReplacesChangedCalls()
    {
        const mock::MockDataset data({11, 300, kStart, kStart + 2 * kDay, 0});
        const QString path = m_dir.filePath(u"upsert.callscope"_s);
        auto archive = openFile(path);
        QString error;
        QVERIFY(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error));
        StorePageResult result;
        for (const auto &page : pagesOf(data, 0))
            QVERIFY(archive->storePage(*page, 0, kStart, &result, &error));
        // The same calls again, every 7th revised by the server.
        StorePageResult total;
        const auto revise = [](int i, QByteArray record) {
            return i % 7 == 0 ? record.replace("\"finalStatus\":\"", "\"finalStatus\":\"REVISED-") : record;
        };
        for (const auto &page : pagesOf(data, 0, 100, revise)) {
            QVERIFY(archive->storePage(*page, 0, kStart + 10, &result, &error));
            total.added += result.added;
            total.changed += result.changed;
            total.unchanged += result.unchanged;
        }
        QCOMPARE(total.added, 0);
        QCOMPARE(total.changed, (300 + 6) / 7);
        QCOMPARE(total.unchanged, 300 - (300 + 6) / 7);
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM conversations"), 300);
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM conversations WHERE final_status LIKE 'REVISED-%'"), (300 + 6) / 7);
        int revisedRaw = 0;
        QVERIFY(archive->readRawRange(kWholeTime, [&](std::string_view raw, int) {
            revisedRaw += raw.find("REVISED-") != std::string_view::npos;
            return true;
        }, &error));
        QCOMPARE(revisedRaw, (300 + 6) / 7);
    }

    void coverageAndIdentity()
    {
        const QString path = m_dir.filePath(u"ledger.callscope"_s);
        auto archive = openFile(path);
        QString error;
        QVERIFY(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error));
        QVERIFY(archive->addCoverage({}, {100, 200}, 500, &error));
        QVERIFY(archive->addCoverage(u"channels=voice"_s, {300, 400}, 500, &error));
        QList<LedgerEntry> ledger;
        QVERIFY(archive->ledger(u"channels=voice"_s, {0, 1000}, &ledger, &error));
        QCOMPARE(ledger.size(), 2);   // its own scope and the unfiltered one
        QVERIFY(archive->ledger({}, {0, 1000}, &ledger, &error));
        QCOMPARE(ledger.size(), 1);   // a filtered fetch never covers every call
        QVERIFY(archive->ledger({}, {201, 1000}, &ledger, &error));
        QCOMPARE(ledger.size(), 0);
        archive.reset();
        // Another account's calls never go into this archive.
        archive = openFile(path);
        QVERIFY(!archive->bindIdentity({u"https://h"_s, u"other"_s, u"app"_s, u"calldetails"_s}, &error));
        QVERIFY2(error.contains(u"acct"_s) && error.contains(u"other"_s), qPrintable(error));
        QVERIFY(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error));
    }

    void snapshotsPortableAndCompact()
    {
        const mock::MockDataset data({5, 2500, kStart, kStart + 5 * kDay, 0});
        RecordStore store;
        for (const auto &page : pagesOf(data, 300))
            store.append(*page, 300);
        SnapshotInfo info;
        info.accountId = u"acct"_s;
        info.fetchedAt = QDateTime::fromSecsSinceEpoch(kStart + 10 * kDay, QTimeZone::utc());
        info.windows = {{{kStart, kStart + 5 * kDay, 300}, true, 2500}};
        QString error;
        const QString portable = m_dir.filePath(u"portable.callscope"_s);
        const QString compact = m_dir.filePath(u"compact.callscope"_s);
        QVERIFY2(saveSnapshot(portable, store, info, &error, {}, RawCompression::Text), qPrintable(error));
        QVERIFY2(saveSnapshot(compact, store, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        QCOMPARE(sqlCount(portable, "SELECT count(*) FROM conversations c JOIN raw_records r USING (row) "
                                       "WHERE json_extract(r.raw_json, '$.sessionId') = c.session_id"), 2500);
        // Format 4: every call's JSON in a frame of up to a thousand calls, none in raw_records.
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM raw_records"), 0);
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM raw_blocks"), 3);
        QCOMPARE(sqlCount(compact, "SELECT sum(length(sizes)) / 4 FROM raw_blocks"), 2500);
        QCOMPARE(sqlCount(compact, "SELECT max(length(sizes)) / 4 FROM raw_blocks"), 1000);
        QCOMPARE(sqlCount(compact, "PRAGMA user_version"), 4);
        QVERIFY2(QFileInfo(compact).size() * 2 < QFileInfo(portable).size(),
                 qPrintable(u"compact %1 vs portable %2"_s.arg(QFileInfo(compact).size()).arg(QFileInfo(portable).size())));
        // Both read back the same, through the snapshot reader (parsing) and the archive (columns).
        for (const QString &path : {portable, compact}) {
            SnapshotReader reader;
            RecordStore viaReader;
            QVERIFY2(reader.open(path, &error) && reader.loadInto(viaReader, &error), qPrintable(error));
            QCOMPARE(describeStore(viaReader), describeStore(store));
            auto archive = openFile(path, true);
            RecordStore viaColumns;
            QVERIFY2(loadArchiveRange(*archive, kWholeTime, viaColumns, {}, &error), qPrintable(error));
            QCOMPARE(describeStore(viaColumns), describeStore(store));
            QList<LedgerEntry> ledger;
            QVERIFY(archive->ledger({}, kWholeTime, &ledger, &error));
            QCOMPARE(ledger.size(), 1);   // the complete window is coverage
        }
        // The portable file opened and saved compact (Save As): its text
        // records, read in batches by two workers, each compressed once.
        auto opened = openFile(portable, true);
        RecordStore fromPortable;
        QVERIFY2(loadArchiveRange(*opened, kWholeTime, fromPortable, {}, &error), qPrintable(error));
        const QString converted = m_dir.filePath(u"converted.callscope"_s);
        QVERIFY2(saveSnapshot(converted, fromPortable, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        QCOMPARE(sqlCount(converted, "SELECT count(*) FROM raw_records"), 0);
        QCOMPARE(sqlCount(converted, "SELECT sum(length(sizes)) / 4 FROM raw_blocks"), 2500);
        // One block made over at level 19: the same JSON in other bytes, so
        // that a copy and a recompression of it tell apart below.
        {
            sqlite3 *rw = nullptr;
            sqlite3_open_v2(QFile::encodeName(converted).constData(), &rw, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_stmt *read = nullptr;
            QCOMPARE(sqlite3_prepare_v2(rw, "SELECT b.raw_zstd, d.dictionary FROM raw_blocks b JOIN raw_dictionaries d "
                                            "ON d.id = b.raw_dictionary WHERE b.first_row = 1000", -1, &read, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_step(read), SQLITE_ROW);
            const auto blob = [&](int column) {
                return QByteArray(static_cast<const char *>(sqlite3_column_blob(read, column)), sqlite3_column_bytes(read, column));
            };
            const QByteArray frame = blob(0), dictionary = blob(1);
            sqlite3_finalize(read);
            std::string json, other;
            QVERIFY(rawcodec::Decompressor(dictionary).decompress(frame.toStdString(), &json, 64u << 20));
            QVERIFY(rawcodec::Compressor(dictionary, 19).compress(json, &other));
            QVERIFY(other != frame.toStdString());
            sqlite3_stmt *write = nullptr;
            QCOMPARE(sqlite3_prepare_v2(rw, "UPDATE raw_blocks SET raw_zstd = ?1 WHERE first_row = 1000", -1, &write, nullptr), SQLITE_OK);
            sqlite3_bind_blob(write, 1, other.data(), int(other.size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(write), SQLITE_DONE);
            sqlite3_finalize(write);
            sqlite3_close(rw);
        }
        auto archive = openFile(converted, true);
        RecordStore viaColumns;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, viaColumns, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(viaColumns), describeStore(store));
        // The compact file opened and saved compact again: its blocks are
        // copied as stored, with their dictionary (the level-19 one too).
        const QString again = m_dir.filePath(u"compact-again.callscope"_s);
        QVERIFY2(saveSnapshot(again, viaColumns, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(again).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QCOMPARE(sqlite3_exec(db, QByteArray("ATTACH '" + QFile::encodeName(converted) + "' AS a").constData(),
                              nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM raw_blocks b JOIN a.raw_blocks ab USING (first_row) "
                                        "WHERE b.raw_zstd = ab.raw_zstd AND b.sizes = ab.sizes "
                                        "AND b.raw_dictionary = ab.raw_dictionary", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const qint64 copied = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        QCOMPARE(copied, 3);
        auto reopened = openFile(again, true);
        RecordStore viaCopy;
        QVERIFY2(loadArchiveRange(*reopened, kWholeTime, viaCopy, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(viaCopy), describeStore(store));
    }

    // The window's common case: a range loaded from an archive, saved. The
    // compressed records are copied with their dictionary, not recompressed;
    // canonical stamp texts are left NULL and rebuilt, others kept.
    void snapshotFromArchiveCopiesBlobs()
    {
        const mock::MockDataset data({9, 2500, kStart, kStart + 5 * kDay, 0});
        int spaced = 0;
        auto edit = [&](int i, QByteArray record) {
            if (i % 7 == 0) {   // "yyyy-MM-dd HH:mm:ss": rebuildable too, but not from a NULL
                const qsizetype at = record.indexOf("\"sessionStartTime\":\"");
                if (at >= 0 && record[at + 30] == 'T') {
                    record[at + 30] = ' ';
                    ++spaced;
                }
            }
            if (i % 11 == 0) {  // a zone: the text is kept as sent
                const qsizetype at = record.indexOf("\"sessionEndTime\":\"");
                if (at >= 0)
                    record.insert(record.indexOf('"', at + 18), 'Z');
            }
            return record;
        };
        const QString path = m_dir.filePath(u"copysource.callscope"_s);
        QString error;
        {
            auto archive = openFile(path);
            QVERIFY2(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error), qPrintable(error));
            for (const auto &page : pagesOf(data, 300, 100, edit))
                QVERIFY2(archive->storePage(*page, 300, kStart, nullptr, &error), qPrintable(error));
        }
        QVERIFY(spaced > 300);
        QCOMPARE(sqlCount(path, "SELECT count(raw_zstd) FROM raw_records"), 2500);
        RecordStore store;
        auto archive = openFile(path, true);
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, store, {}, &error), qPrintable(error));
        // Calls fetched since, held in memory beside the archived ones.
        const mock::MockDataset later({10, 60, kStart + 6 * kDay, kStart + 7 * kDay, 0});
        for (const auto &page : pagesOf(later, 300))
            store.append(*page, 300);
        QCOMPARE(store.size(), 2560);
        QVERIFY(!store.rawInMemory(0) && store.rawInMemory(2559));
        const QStringList expected = describeStore(store);

        SnapshotInfo info;
        info.accountId = u"acct"_s;
        const QString compact = m_dir.filePath(u"copied.callscope"_s);
        const QString portable = m_dir.filePath(u"copied-portable.callscope"_s);
        QVERIFY2(saveSnapshot(compact, store, info, &error, {}, RawCompression::Zstd), qPrintable(error));
        QVERIFY2(saveSnapshot(portable, store, info, &error, {}, RawCompression::Text), qPrintable(error));
        const QByteArray attach = "SELECT count(*) FROM conversations c JOIN raw_records r ON r.row = c.row "
                                  "JOIN a.conversations ac ON ac.session_id = c.session_id "
                                  "JOIN a.raw_records ar ON ar.row = ac.row WHERE ar.raw_zstd = r.raw_zstd "
                                  "AND ar.raw_dictionary = r.raw_dictionary";
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(compact).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QCOMPARE(sqlite3_exec(db, QByteArray("ATTACH '" + QFile::encodeName(path) + "' AS a").constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        auto count = [&](const char *sql) {
            sqlite3_stmt *stmt = nullptr;
            qint64 value = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            return value;
        };
        QCOMPARE(count(attach.constData()), 2500);   // every archived call copied byte for byte
        QCOMPARE(count("SELECT count(*) FROM raw_dictionaries d JOIN a.raw_dictionaries ad USING (id) "
                       "WHERE d.dictionary = ad.dictionary"), 1);
        QCOMPARE(count("SELECT count(raw_zstd) FROM raw_records"), 2500);
        // The 60 calls held in memory: compressed by the save, in one frame
        // whose sizes start at the first of them.
        QCOMPARE(count("SELECT count(*) FROM raw_blocks WHERE first_row = 2500 AND length(sizes) = 240"), 1);
        sqlite3_close(db);
        // Canonical texts are NULL, the others stored as sent.
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM conversations WHERE start_time_text IS NULL"), 2560 - spaced);
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM conversations WHERE start_time_text LIKE '____-__-__ __:__:__'"),
                 spaced);
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM conversations WHERE end_time_text LIKE '%Z'"), 228);

        for (const QString &saved : {compact, portable}) {
            SnapshotReader reader;
            RecordStore viaReader;
            QVERIFY2(reader.open(saved, &error) && reader.loadInto(viaReader, &error), qPrintable(error));
            QCOMPARE(describeStore(viaReader), expected);
            auto file = openFile(saved, true);
            RecordStore viaColumns;
            QVERIFY2(loadArchiveRange(*file, kWholeTime, viaColumns, {}, &error), qPrintable(error));
            QCOMPARE(describeStore(viaColumns), expected);
        }
        // Files written before the texts could be NULL hold every text: they read the same.
        {
            sqlite3 *rw = nullptr;
            sqlite3_open_v2(QFile::encodeName(compact).constData(), &rw, SQLITE_OPEN_READWRITE, nullptr);
            QCOMPARE(sqlite3_exec(rw, "UPDATE calls SET "
                                      "start_time_text = strftime('%Y-%m-%dT%H:%M:%S', start_utc - offset_minutes * 60, 'unixepoch') "
                                      "WHERE start_time_text IS NULL AND start_utc IS NOT NULL", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(rw);
        }
        QCOMPARE(sqlCount(compact, "SELECT count(*) FROM conversations WHERE start_time_text IS NULL"), 0);
        auto file = openFile(compact, true);
        RecordStore viaColumns;
        QVERIFY2(loadArchiveRange(*file, kWholeTime, viaColumns, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(viaColumns), expected);
    }

    void formatOneMigrates()
    {
        // A format-1 file as CallScope 0.x wrote it.
        const mock::MockDataset data({3, 400, kStart, kStart + 3 * kDay, 0});
        RecordStore store;
        for (const auto &page : pagesOf(data, -60))
            store.append(*page, -60);
        const QString path = m_dir.filePath(u"v1.callscope"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray setup = "PRAGMA application_id=" + QByteArray::number(kSnapshotApplicationId)
            + "; PRAGMA user_version=1;" + snapshotschema::v1::kCreateTables + snapshotschema::v1::kCreateIndexes
            + "INSERT INTO meta VALUES ('schema_version','1'),('record_count','400'),('account_id','acct'),"
              "('app_id','app'),('fetched_at','2026-12-01T00:00:00Z'),('partial','0');"
              "INSERT INTO windows VALUES (0, " + QByteArray::number(kStart) + ", " + QByteArray::number(kStart + 3 * kDay)
            + ", 'a', 'b', -60, 1, 400);";
        QCOMPARE(sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO conversations (row, session_id, offset_minutes, raw_json) VALUES (?,?,?,?)",
                           -1, &insert, nullptr);
        for (int row = 0; row < store.size(); ++row) {
            const std::string_view id = store.sessionId(RowId(row));
            const std::string_view raw = store.rawJson(RowId(row));
            sqlite3_bind_int64(insert, 1, row);
            sqlite3_bind_text(insert, 2, id.data(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 3, -60);
            sqlite3_bind_text(insert, 4, raw.data(), int(raw.size()), SQLITE_STATIC);
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_close(db);

        // Read-only it is refused with a reason; for writing it migrates, keeping a copy.
        QString error;
        ArchiveFile readOnly;
        QVERIFY(!readOnly.open(path, false, true, &error));
        QVERIFY2(error.contains(u"format 1"_s), qPrintable(error));
        auto archive = openFile(path);
        QVERIFY(QFileInfo::exists(path + u".v1.bak"_s));
        QCOMPARE(sqlCount(path, "PRAGMA user_version"), kSnapshotSchemaVersion);
        RecordStore loaded;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(loaded), describeStore(store));
        QList<LedgerEntry> ledger;
        QVERIFY(archive->ledger({}, kWholeTime, &ledger, &error));
        QCOMPARE(ledger.size(), 1);
        QVERIFY(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error));
    }

    // A format-2 archive as the release before labels wrote it
    // (tests/data/migration/README.md): read-only it reads as it is; opened
    // for writing it moves to format 3 in one transaction. Both give the same
    // store, and the `conversations` view shows what format 2's table held.
    void formatTwoMigrates()
    {
        const QString path = m_dir.filePath(u"v2-archive.callscope"_s);
        QVERIFY(copyFormatTwoFixture(path));
        QCOMPARE(sqlCount(path, "PRAGMA user_version"), 2);
        auto rowsOf = [](const QString &file) {
            QStringList rows;
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, "SELECT * FROM conversations ORDER BY row", -1, &stmt, nullptr);
            while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
                QStringList values;
                for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                    values << (sqlite3_column_type(stmt, c) == SQLITE_NULL
                                   ? u"NULL"_s
                                   : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))));
                rows << values.join(u'\x1f');
            }
            sqlite3_finalize(stmt);
            sqlite3_close(db);
            return rows;
        };
        const QStringList before = rowsOf(path);
        QCOMPARE(before.size(), 2070);
        QByteArray distinct = "SELECT count(*) FROM (";
        for (const char *column : snapshotschema::kLabelColumns)
            distinct += QByteArray(distinct.endsWith('(') ? "" : " UNION ") + "SELECT " + column
                + " FROM conversations WHERE " + column + " <> ''";
        distinct += ")";
        const qint64 texts = sqlCount(path, distinct.constData());
        QVERIFY(texts > 100 && texts < 1000);

        QString error;
        RecordStore asFormat2;
        {
            auto readOnly = openFile(path, true);
            QVERIFY2(loadArchiveRange(*readOnly, kWholeTime, asFormat2, {}, &error), qPrintable(error));
        }
        QCOMPARE(asFormat2.size(), 2070);
        const QStringList format2Rows = describeStore(asFormat2);   // with raw JSON, read before the file moves on
        QCOMPARE(sqlCount(path, "PRAGMA user_version"), 2);   // reading changed nothing

        auto archive = openFile(path);
        QCOMPARE(sqlCount(path, "PRAGMA user_version"), kSnapshotSchemaVersion);
        QCOMPARE(sqlCount(path, "SELECT value FROM meta WHERE key = 'schema_version'"), kSnapshotSchemaVersion);
        QCOMPARE(sqlCount(path, "SELECT count(*) FROM labels"), texts);   // each text once
        QCOMPARE(rowsOf(path), before);
        RecordStore asFormat3;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, asFormat3, {}, &error), qPrintable(error));
        QCOMPARE(describeStore(asFormat3), format2Rows);
        // And the parted (two-thread) load of format 3 reads the same.
        // (The two parts arrive on two threads at once: a store each.)
        RecordStore parts[2];
        QVERIFY(archive->readCallsInParts(kWholeTime, [&](int part, ArchivedCall &call) {
            return parts[part].appendArchived(call, true);
        }, &error));
        QVERIFY(parts[0].size() > 0 && parts[1].size() > 0);
        QVERIFY(parts[0].appendStore(std::move(parts[1])) > 0);
        parts[0].setRawSource(archive->rawSource(&error));
        QCOMPARE(describeStore(parts[0]), format2Rows);
        // It keeps working as an archive of format 3.
        const mock::MockDataset more({9, 30, kStart, kStart + kDay, 0});
        for (const auto &page : pagesOf(more, 0))
            QVERIFY2(archive->storePage(*page, 0, kStart + 2 * kDay, nullptr, &error), qPrintable(error));
        RecordStore after;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, after, {}, &error), qPrintable(error));
        QCOMPARE(after.size(), 2100);
        QCOMPARE(rowsOf(path).size(), 2100);
        SnapshotReader check;
        QVERIFY2(check.open(path, &error), qPrintable(error));
    }

    // A label id a call names that the labels table lacks (a damaged file):
    // a message, not a crash or a silently empty column.
    void missingLabelIsDamage()
    {
        const QString path = m_dir.filePath(u"missing-label.callscope"_s);
        QVERIFY(damagedArchive(path, "UPDATE calls SET channel = 9999 WHERE row = (SELECT min(row) FROM calls)"));
        auto archive = openFile(path, true);
        RecordStore store;
        QString error;
        QVERIFY(!loadArchiveRange(*archive, kWholeTime, store, {}, &error));
        QVERIFY2(error.contains(u"label"_s) && error.contains(path), qPrintable(error));
    }

    // A row key the table cannot hold (48 bits and more): the file is damaged,
    // said so, and nothing is loaded (a truncated key would name another call).
    void hugeRowKeyIsDamage()
    {
        const QString path = m_dir.filePath(u"huge-key.callscope"_s);
        QVERIFY(damagedArchive(path, "UPDATE raw_records SET row = 281474976710656 WHERE row = (SELECT min(row) FROM calls); "
                                     "UPDATE calls SET row = 281474976710656 WHERE row = (SELECT min(row) FROM calls)"));
        auto archive = openFile(path, true);
        RecordStore store;
        QString error;
        QVERIFY(!loadArchiveRange(*archive, kWholeTime, store, {}, &error));
        QVERIFY2(error.contains(u"row number"_s) && error.contains(path), qPrintable(error));
        QCOMPARE(store.size(), 0);
    }

    // Following reads the changed calls alone: a revised call weeks older than
    // the newest ones does not make it a read of every call between them. The
    // calls that did not change are damaged afterwards (a label the file
    // lacks), so reading any of them would fail the read.
    void changedSinceReadsOnlyChangedRows()
    {
        const QString path = m_dir.filePath(u"changed-since.callscope"_s);
        QFile::remove(path);
        const mock::MockDataset data({21, 300, kStart, kStart + 30 * kDay, 0});
        const QList<int> byStart = data.select(kStart, kStart + 30 * kDay);
        QCOMPARE(byStart.size(), 300);
        const int oldest = byStart.first();
        const qint64 stored = kStart + 40 * kDay;
        qint64 mark = 0;
        {
            auto archive = openFile(path);
            QString error;
            for (const auto &page : pagesOf(data, 0))
                QVERIFY2(archive->storePage(*page, 0, stored, nullptr, &error), qPrintable(error));
            mark = sqlCount(path, "SELECT max(row) FROM calls");
            // The oldest call revised, the rest sent again unchanged, two calls added after the newest.
            const auto revise = [oldest](int i, QByteArray record) {
                return i == oldest ? record.replace("\"finalStatus\":\"", "\"finalStatus\":\"REVISED-") : record;
            };
            StorePageResult result, total;
            for (const auto &page : pagesOf(data, 0, 100, revise)) {
                QVERIFY2(archive->storePage(*page, 0, stored + 60, &result, &error), qPrintable(error));
                total.changed += result.changed;
                total.unchanged += result.unchanged;
            }
            QCOMPARE(total.changed, 1);
            QCOMPARE(total.unchanged, 299);
            const mock::MockDataset more({22, 2, kStart + 31 * kDay, kStart + 32 * kDay, 0});
            for (const auto &page : pagesOf(more, 0))
                QVERIFY2(archive->storePage(*page, 0, stored + 60, &result, &error), qPrintable(error));
            QCOMPARE(result.added, 2);
        }
        sqlite3 *rw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &rw, SQLITE_OPEN_READWRITE, nullptr);
        const QByteArray damage = "UPDATE calls SET channel = 9999 WHERE row <= " + QByteArray::number(mark)
            + " AND session_id <> '" + data.sessionId(oldest) + "'";
        QCOMPARE(sqlite3_exec(rw, damage.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_changes(rw), 299);
        sqlite3_close(rw);

        auto archive = openFile(path, true);
        QString error;
        for (const UtcInterval &interval : {kWholeTime, UtcInterval{kStart, kStart + 32 * kDay}}) {
            std::vector<std::string> ids;
            std::vector<qint64> fetchedAts;
            QVERIFY2(archive->readCallsChangedSince(interval, mark, stored + 1, [&](ArchivedCall &call, qint64 fetchedAt) {
                ids.push_back(call.fields.sessionId);
                fetchedAts.push_back(fetchedAt);
                return true;
            }, &error), qPrintable(error));
            QCOMPARE(ids.size(), size_t(3));
            QCOMPARE(ids[0], data.sessionId(oldest).toStdString());   // start order: the old call first
            QVERIFY(ids[1] != ids[2] && ids[1] != ids[0]);
            QCOMPARE(fetchedAts, (std::vector<qint64>(3, stored + 60)));
        }
        // Any read that does reach the unchanged calls fails: the damage is real.
        QVERIFY(!archive->readCalls(kWholeTime, [](ArchivedCall &) { return true; }, &error));
        QVERIFY2(error.contains(u"label"_s), qPrintable(error));
    }

    // A format-2 archive (read-only, as it is) follows too: its
    // `conversations` table keeps fetched_at per call.
    void changedSinceReadsFormatTwo()
    {
        const QString path = m_dir.filePath(u"v2-changed.callscope"_s);
        QVERIFY(copyFormatTwoFixture(path));
        const qint64 stored = sqlCount(path, "SELECT max(fetched_at) FROM conversations");
        const qint64 lastRow = sqlCount(path, "SELECT max(row) FROM conversations");
        auto archive = openFile(path, true);
        QString error;
        std::vector<qint64> all;
        QVERIFY2(archive->readCalls(kWholeTime, [&](ArchivedCall &call) { all.push_back(call.key); return true; }, &error),
                 qPrintable(error));
        QCOMPARE(all.size(), size_t(2070));
        auto changed = [&](qint64 afterKey, qint64 since) {
            std::vector<qint64> keys;
            if (!archive->readCallsChangedSince(kWholeTime, afterKey, since, [&](ArchivedCall &call, qint64 fetchedAt) {
                    keys.push_back(fetchedAt == stored ? call.key : -1);
                    return true;
                }, &error))
                qWarning("%s", qPrintable(error));
            return keys;
        };
        QCOMPARE(changed(0, std::numeric_limits<qint64>::min()), all);   // everything, as readCalls()
        QCOMPARE(changed(lastRow, stored), all);                         // the fetch's second again
        std::vector<qint64> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected), [&](qint64 key) { return key > lastRow - 10; });
        QCOMPARE(changed(lastRow - 10, stored + 1), expected);            // the last ten added, in start order
        QCOMPARE(changed(lastRow, stored + 1).size(), size_t(0));
        QCOMPARE(sqlCount(path, "PRAGMA user_version"), 2);   // reading changed nothing
    }

    void checksumIsStable()
    {
        // raw_hash is stored in files: the function may never change its values.
        QCOMPARE(rawcodec::rawHash(""), Q_INT64_C(-2701832034188885423));
        QCOMPARE(rawcodec::rawHash("{}"), Q_INT64_C(1261851679012862053));
        QCOMPARE(rawcodec::rawHash(R"({"sessionId":"s1","channel":"voice","finalStatus":"CLOSED"})"),
                 Q_INT64_C(697104241407830974));
        // Every byte counts, including the tail after the 32-byte blocks.
        const std::string record(77, 'x');
        std::string changed = record;
        changed[76] = 'y';
        QVERIFY(rawcodec::rawHash(record) != rawcodec::rawHash(changed));
        changed = record;
        changed[3] = 'y';
        QVERIFY(rawcodec::rawHash(record) != rawcodec::rawHash(changed));
    }

    void storeUpsertReplacesRow()
    {
        const mock::MockDataset data({13, 50, kStart, kStart + kDay, 0});
        RecordStore store;
        for (const auto &page : pagesOf(data, 0))
            store.append(*page, 0);
        auto revised = pagesOf(data, 0, 100, [](int i, QByteArray record) {
            return i == 4 ? record.replace("\"finalStatus\":\"", "\"finalStatus\":\"REVISED-") : record;
        });
        int replaced = 0;
        int unchanged = 0;
        for (const CallFields &call : revised.front()->records) {
            const RecordStore::Upsert result = store.upsert(call, 0);
            replaced += result == RecordStore::Upsert::Replaced;
            unchanged += result == RecordStore::Upsert::Unchanged;
        }
        QCOMPARE(replaced, 1);
        QCOMPARE(unchanged, 49);
        QCOMPARE(store.size(), 50);
        const int row = store.find(data.sessionId(4).toStdString());
        QVERIFY(row >= 0);
        QVERIFY(store.strings().utf8(store.finalStatus(RowId(row))).starts_with("REVISED-"));
        QVERIFY(store.rawJson(RowId(row)).find("REVISED-") != std::string_view::npos);
    }

    // What the window does with a fetched page: the archive says where it
    // stored each call, and the store keeps only the columns, reading the raw
    // JSON back from the archive. Over 2,000 calls, so that the first ones
    // are stored as text and then compressed when the dictionary is trained.
    void storedPagesKeepTheirJsonOnDisk()
    {
        const mock::MockDataset data({19, 2600, kStart, kStart + 3 * kDay, 0});
        const QString path = m_dir.filePath(u"stored.callscope"_s);
        auto archive = openFile(path);
        QString error;
        QVERIFY(archive->bindIdentity({u"https://h"_s, u"acct"_s, u"app"_s, u"calldetails"_s}, &error));
        const std::shared_ptr<const RawJsonSource> source = archive->rawSource(&error);
        QVERIFY2(source, qPrintable(error));
        RecordStore store;
        store.setRawSource(source);
        std::set<qint64> keys;
        const auto pages = pagesOf(data, 0);
        for (const auto &page : pages) {
            StorePageResult result;
            QVERIFY(archive->storePage(*page, 0, kStart, &result, &error));
            QCOMPARE(result.records.size(), page->records.size());
            for (size_t i = 0; i < page->records.size(); ++i) {
                QVERIFY(result.records[i].written);
                QVERIFY(keys.insert(result.records[i].key).second);   // one key per call
                QCOMPARE(store.upsertStored(page->records[i], 0, result.records[i].key, true),
                         RecordStore::Upsert::Added);
            }
        }
        QCOMPARE(store.size(), 2600);
        QCOMPARE(store.rawBytes(), 0);
        QVERIFY(sqlCount(path, "SELECT count(*) FROM raw_records WHERE raw_json IS NULL") == 2600);   // compressed since
        // Every column as parsing gives it, and the JSON byte for byte.
        RecordStore parsed;
        for (const auto &page : pages)
            parsed.append(*page, 0);
        QCOMPARE(describeStore(store), describeStore(parsed));
        for (int row = 0; row < store.size(); ++row) {
            QVERIFY(!store.rawInMemory(RowId(row)));
            QCOMPARE(store.find(store.sessionId(RowId(row))), row);
        }
        // One row per agent segment, read from the archive in batches (a
        // batch boundary every 512 rows), as from the parsed calls in memory;
        // in a shuffled order, with a row twice.
        std::vector<RowId> rows(size_t(store.size()));
        std::iota(rows.begin(), rows.end(), RowId(0));
        std::shuffle(rows.begin(), rows.end(), std::mt19937(7));
        rows.push_back(rows[3]);
        auto segmentsCsv = [&](const RecordStore &from) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QString csvError;
            if (!writeAgentSegmentCsv(from, rows, &out, {}, {}, &csvError))
                qWarning("%s", qPrintable(csvError));
            return out.data();
        };
        const QByteArray fromArchive = segmentsCsv(store);
        QVERIFY(fromArchive.count('\n') > 2600);
        QCOMPARE(fromArchive, segmentsCsv(parsed));
        std::vector<std::string> many;
        store.readRawJson(std::span<const RowId>(rows).first(3), &many);
        QCOMPARE(many.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i)
            QVERIFY(many[i] == parsed.rawJson(rows[i]));

        // Again, with call 5 revised: it keeps its key and its row, and only it is rebuilt.
        const auto again = pagesOf(data, 0, 100, [](int i, QByteArray record) {
            return i == 5 ? record.replace("\"finalStatus\":\"", "\"finalStatus\":\"REVISED-") : record;
        });
        StorePageResult result;
        QVERIFY(archive->storePage(*again.front(), 0, kStart + 10, &result, &error));
        QCOMPARE(result.records.size(), size_t(100));
        int replaced = 0;
        for (size_t i = 0; i < 100; ++i) {
            QVERIFY(keys.contains(result.records[i].key));
            QCOMPARE(result.records[i].written, i == 5);
            const auto outcome = store.upsertStored(again.front()->records[i], 0, result.records[i].key,
                                                    result.records[i].written);
            QCOMPARE(outcome, i == 5 ? RecordStore::Upsert::Replaced : RecordStore::Upsert::Unchanged);
            replaced += outcome == RecordStore::Upsert::Replaced;
        }
        QCOMPARE(replaced, 1);
        QCOMPARE(store.size(), 2600);
        const RowId row = RowId(store.find(data.sessionId(5).toStdString()));
        QVERIFY(store.strings().utf8(store.finalStatus(row)).starts_with("REVISED-"));
        std::string raw;
        QVERIFY(store.readRawJson(row, &raw));
        QVERIFY(raw == again.front()->records[5].raw);
        QVERIFY(!store.rawInMemory(row));

        // A row held in memory with the same JSON stays as it is; a key out of range is refused.
        RecordStore memory;
        memory.append(*pages.front(), 0);
        QCOMPARE(memory.upsertStored(pages.front()->records[0], 0, 1, false), RecordStore::Upsert::Unchanged);
        QVERIFY(memory.rawInMemory(0));
        QCOMPARE(memory.upsertStored(pages[1]->records[0], 0, -1, true), RecordStore::Upsert::Rejected);
        QCOMPARE(memory.upsertStored(pages[1]->records[0], 0, qint64(1) << 48, true), RecordStore::Upsert::Rejected);
        QCOMPARE(memory.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestArchiveFile)
#include "tst_archivefile.moc"
