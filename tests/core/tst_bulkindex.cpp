// The id index's bulk insert (IdIndex::insertMany) and the store's BulkAppend
// that loads use: every id must be found again, whatever the order the
// entries were placed in, beside ids inserted one at a time.

#include "archive.h"
#include "recordhash.h"
#include "recordstore.h"

#include <QtTest>
#include <random>

using namespace cs;

class TestBulkIndex : public QObject
{
    Q_OBJECT

private slots:
    void insertManyFindsEveryId_data();
    void insertManyFindsEveryId();
    void bulkAppendIndexesAfterSingleAppends();
    void bulkAppendSkipsWhatAppendArchivedRefuses();
};

void TestBulkIndex::insertManyFindsEveryId_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("many");
    QTest::addColumn<quint32>("hashMask");
    QTest::newRow("empty index") << 0 << 50'000 << 0xFFFFFFFFu;
    QTest::newRow("after single inserts, grows") << 3'000 << 40'000 << 0xFFFFFFFFu;
    // Few distinct hashes: long probe runs that wrap past the table's end.
    QTest::newRow("colliding hashes") << 100 << 5'000 << 0xFFFF003Fu;
    QTest::newRow("one id") << 10 << 1 << 0xFFFFFFFFu;
}

void TestBulkIndex::insertManyFindsEveryId()
{
    QFETCH(int, before);
    QFETCH(int, many);
    QFETCH(quint32, hashMask);
    std::mt19937 random(7);
    // Ids are keyed by their own number here: key(id) = id.
    std::vector<quint32> hashOfId(size_t(before + many));
    for (quint32 &hash : hashOfId)
        hash = quint32(random()) & hashMask;
    recordhash::IdIndex index;
    for (int id = 0; id < before; ++id)
        index.insert(hashOfId[size_t(id)], quint32(id));
    index.insertMany({hashOfId.begin() + before, hashOfId.end()}, quint32(before));
    QCOMPARE(index.size(), size_t(before + many));
    for (quint32 id = 0; id < quint32(hashOfId.size()); ++id) {
        const qint64 found = index.find(hashOfId[id], [id](quint32 candidate) { return candidate == id; });
        QCOMPARE(found, qint64(id));
    }
    // An id never inserted is not found, even under a hash that is present.
    const quint32 absent = quint32(hashOfId.size());
    QCOMPARE(index.find(hashOfId.front(), [absent](quint32 candidate) { return candidate == absent; }), qint64(-1));
    // Every entry is there exactly once.
    std::vector<int> seen(hashOfId.size(), 0);
    index.forEach([&](quint32 hash, quint32 id) {
        QVERIFY(id < seen.size());
        QCOMPARE(hash, hashOfId[id]);
        ++seen[id];
    });
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
}

namespace {

ArchivedCall archivedCall(int n)
{
    ArchivedCall call;
    call.key = n + 1;
    call.fields.sessionId = "session-" + std::to_string(n);
    call.fields.conversationId = "conversation-" + std::to_string(n);
    call.fields.channel = n % 2 ? "voice" : "chat";
    call.fields.startSeconds = 1'700'000'000 + n;
    return call;
}

} // namespace

void TestBulkIndex::bulkAppendIndexesAfterSingleAppends()
{
    RecordStore store;
    for (int n = 0; n < 100; ++n)
        QVERIFY(store.appendArchived(archivedCall(n), true));
    {
        RecordStore::BulkAppend bulk(store);
        for (int n = 100; n < 20'000; ++n)
            bulk.append(archivedCall(n));
    }
    QCOMPARE(store.size(), 20'000);
    for (int n = 0; n < 20'000; n += 7) {
        const std::string id = "session-" + std::to_string(n);
        QCOMPARE(store.find(id), n);
        QCOMPARE(store.sessionId(RowId(n)), std::string_view(id));
        QCOMPARE(store.archiveKey(RowId(n)), qint64(n + 1));
    }
    QCOMPARE(store.find("session-20000"), -1);
    // The index stays usable for what comes after: a duplicate is refused.
    QVERIFY(!store.appendArchived(archivedCall(19'999)));
    QVERIFY(store.appendArchived(archivedCall(20'000)));
    QCOMPARE(store.find("session-20000"), 20'000);
}

void TestBulkIndex::bulkAppendSkipsWhatAppendArchivedRefuses()
{
    RecordStore store;
    {
        RecordStore::BulkAppend bulk(store);
        bulk.append(archivedCall(0));
        ArchivedCall noId = archivedCall(1);
        noId.fields.sessionId.clear();
        bulk.append(noId);
        ArchivedCall tooLong = archivedCall(2);
        tooLong.fields.sessionId.assign(0x10000, 'x');
        bulk.append(tooLong);
        bulk.append(archivedCall(3));
    }
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.find("session-0"), 0);
    QCOMPARE(store.find("session-3"), 1);
}

QTEST_GUILESS_MAIN(TestBulkIndex)
#include "tst_bulkindex.moc"
