// The record store's storage: huge-page blocks for bulk loads (LargeBlock,
// Memory, ZeroedArray, ChunkedVector::reserve, ChunkedBytes::useLargeBlocks)
// hold what the plain blocks hold, and fall back to them past what was reserved;
// a ChunkedVector takes another's blocks over only on a block boundary.

#include "bulkpages.h"
#include "recordarena.h"
#include "recordhash.h"

#include <QFile>
#include <QtTest>

#include <numeric>
#include <string>
#include <tuple>

using namespace cs::recordarena;

namespace {

struct Item
{
    qint64 a;
    quint32 b;
    quint16 c;
};

constexpr quintptr kHugePage = quintptr(2) << 20;

bool allZero(const char *data, size_t size)
{
    for (size_t i = 0; i < size; i += 4096)
        if (data[i] != 0)
            return false;
    return data[size - 1] == 0;
}

// THPeligible of the mapping that holds `address` in /proc/self/smaps:
// whether the kernel may give it huge pages. -1 when it cannot be read.
int hugePagesEligible(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const quintptr at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    const QList<QByteArray> lines = smaps.readAll().split('\n');   // its size says 0: read to the end
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {   // "start-end perms ...", not "Field: value"
            bool ok1 = false, ok2 = false;
            const quintptr start = line.left(dash).toULongLong(&ok1, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && start <= at && at < end;
        } else if (inside && line.startsWith("THPeligible:")) {
            return line.mid(12).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace

class TestRecordArena : public QObject
{
    Q_OBJECT

private slots:
    void largeBlockIsAlignedZeroedAndMovable();
    void largeBlockTakesTheBulkPageKind();
    void pageKindFollowsFreeSmallBlocks();
    void memoryLargeOrFromTheHeap();
    void zeroedArrayLargeAndSmall();
    void chunkedVectorReservedAndBeyond();
    void chunkedVectorReservesAgainAfterClear();
    void chunkedVectorAdoptsBlocksOnABoundary();
    void chunkedBytesLargeBlocks();
    void idIndexReservedForABulkLoad();
};

void TestRecordArena::largeBlockIsAlignedZeroedAndMovable()
{
    const size_t bytes = LargeBlock::kMinBytes + 12345;
    LargeBlock block(bytes);
    QVERIFY(block.data());
#ifdef __linux__
    QCOMPARE(reinterpret_cast<quintptr>(block.data()) % kHugePage, quintptr(0));
    QCOMPARE(block.size() % kHugePage, size_t(0));
#endif
    QVERIFY(block.size() >= bytes);
    QVERIFY(allZero(block.data(), block.size()));
    std::memset(block.data(), 0x5A, block.size());   // every byte is ours to write
    QCOMPARE(block.data()[block.size() - 1], char(0x5A));

    const void *const data = block.data();
    LargeBlock moved(std::move(block));
    QCOMPARE(static_cast<const void *>(moved.data()), data);
    QVERIFY(!block.data());
    QCOMPARE(block.size(), size_t(0));
    LargeBlock assigned;
    assigned = std::move(moved);
    QCOMPARE(static_cast<const void *>(assigned.data()), data);
    QVERIFY(!moved.data());

    QVERIFY(!LargeBlock(0).data());
}

void TestRecordArena::largeBlockTakesTheBulkPageKind()
{
#ifndef __linux__
    QSKIP("huge pages are a Linux matter here");
#else
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!thp.open(QIODevice::ReadOnly) || thp.readAll().contains("[never]"))
        QSKIP("no transparent huge pages here");
    const size_t bytes = LargeBlock::kMinBytes;
    const PageTally before = bulkPageTally();
    forceBulkPageKind(PageKind::Huge);
    {
        LargeBlock huge(bytes);
        QVERIFY(huge.data());
        QCOMPARE(hugePagesEligible(huge.data()), 1);
    }
    forceBulkPageKind(PageKind::Plain);
    {
        LargeBlock plain(bytes);
        QVERIFY(plain.data());
        QCOMPARE(hugePagesEligible(plain.data()), 0);   // even where THP is "always"
        QVERIFY(allZero(plain.data(), plain.size()));
    }
    forceBulkPageKind(std::nullopt);
    QCOMPARE(bulkPageTally().hugeBytes - before.hugeBytes, qint64(bytes));
    QCOMPARE(bulkPageTally().plainBytes - before.plainBytes, qint64(bytes));
#endif
}

// Plain pages while the system has free blocks below 2 MiB to spare (on a
// VM that takes free memory back, those are the warm ones), else huge.
void TestRecordArena::pageKindFollowsFreeSmallBlocks()
{
    const QByteArray buddyinfo = "Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3 \n"
                                 "Node 0, zone   Normal  41054  15444  16495   9959   3363   1029    296     75     33     49   1940 \n";
    // Orders 0-8 only: 41054 + 15444*2 + ... + 33*256 pages, plus DMA's 1*256.
    const qint64 pages = 41054 + 15444 * 2 + 16495 * 4 + 9959 * 8 + 3363 * 16 + 1029 * 32 + 296 * 64 + 75 * 128 + 33 * 256 + 256;
    QCOMPARE(freeBytesBelowHugePages(buddyinfo), pages * 4096);
    QCOMPARE(freeBytesBelowHugePages(""), qint64(-1));
    QCOMPARE(freeBytesBelowHugePages("Node 0, zone Normal 12 x 3\n"), qint64(-1));   // not a number: unknown
    QCOMPARE(freeBytesBelowHugePages("something else entirely\n"), qint64(-1));

    const size_t block = size_t(112) << 20;
    QCOMPARE(pagesFor(block, pages * 4096), PageKind::Plain);           // 1.4 GB of small blocks
    QCOMPARE(pagesFor(block, qint64(block)), PageKind::Huge);           // none to spare
    QCOMPARE(pagesFor(block, qint64(64) << 20), PageKind::Huge);        // a fresh machine: big blocks only
    QCOMPARE(pagesFor(block, -1), PageKind::Huge);                      // unknown (not Linux)

    forceBulkPageKind(PageKind::Plain);
    QCOMPARE(bulkPageKind(block), PageKind::Plain);
    forceBulkPageKind(std::nullopt);
#ifdef __linux__
    // Decided from this machine's /proc/buddyinfo: a block larger than all memory gets huge pages.
    QCOMPARE(bulkPageKind(size_t(1) << 50), PageKind::Huge);
#endif
}

void TestRecordArena::memoryLargeOrFromTheHeap()
{
    const size_t big = LargeBlock::kMinBytes + 1;
    for (const auto &[bytes, large, fill] : {std::tuple{size_t(1000), true, Memory::Fill::Zeroed},
                                            std::tuple{big, false, Memory::Fill::Zeroed},
                                            std::tuple{big, false, Memory::Fill::Uninitialised},
                                            std::tuple{big, true, Memory::Fill::Uninitialised}}) {
        Memory memory(bytes, large, fill);
        QVERIFY(memory.data());
        QCOMPARE(memory.size(), bytes);   // as asked for, even when a LargeBlock rounds up
#ifdef __linux__
        QCOMPARE(memory.isLarge(), large && bytes == big);
#endif
        if (fill == Memory::Fill::Zeroed || memory.isLarge())
            QVERIFY(allZero(memory.data(), bytes));
        std::memset(memory.data(), 0x33, bytes);
        char *const data = memory.data();
        Memory moved(std::move(memory));
        QCOMPARE(static_cast<const void *>(moved.data()), static_cast<const void *>(data));   // char * would compare as text
        QCOMPARE(moved.size(), bytes);
        QVERIFY(!memory.data());
        QCOMPARE(memory.size(), size_t(0));
        QCOMPARE(moved.data()[bytes - 1], char(0x33));
    }
    QVERIFY(!Memory(0, true, Memory::Fill::Zeroed).data());
}

void TestRecordArena::zeroedArrayLargeAndSmall()
{
    const size_t largeCount = LargeBlock::kMinBytes / sizeof(quint64) + 1;
    for (const auto &[count, large] : {std::pair<size_t, bool>{100, true}, {largeCount, false}, {largeCount, true}}) {
        ZeroedArray<quint64> array(count, large);
        QCOMPARE(array.size(), count);
        QVERIFY(std::all_of(array.begin(), array.end(), [](quint64 v) { return v == 0; }));
        std::iota(array.begin(), array.end(), quint64(1));
        ZeroedArray<quint64> moved = std::move(array);
        QCOMPARE(moved.size(), count);
        QVERIFY(array.empty());
        QCOMPARE(moved[count - 1], quint64(count));
#ifdef __linux__
        if (large && count == largeCount)
            QCOMPARE(reinterpret_cast<quintptr>(&moved[0]) % kHugePage, quintptr(0));
#endif
    }
}

void TestRecordArena::chunkedVectorReservedAndBeyond()
{
    using Vector = ChunkedVector<Item, 12>;
    // Enough blocks for a region, then half as many again past it: those
    // come one by one, and every element keeps its value across both.
    const size_t reserved = (LargeBlock::kMinBytes / Vector::kBlockBytes + 2) * Vector::kBlockElements - 7;
    const size_t total = reserved + reserved / 2;
    Vector vector;
    vector.reserve(reserved);
    for (size_t i = 0; i < total; ++i) {
        Item &item = vector.emplaceBack();
        QCOMPARE(item.a, qint64(0));   // set on the way in, whatever the block held
        item = {qint64(i) * 3, quint32(i), quint16(i)};
    }
    QCOMPARE(vector.size(), total);
    for (size_t i = 0; i < total; i += 997)
        QCOMPARE(vector[i].a, qint64(i) * 3);
    QCOMPARE(vector[total - 1].b, quint32(total - 1));
    QVERIFY(vector.residentBytes() >= total * sizeof(Item));
    vector.popBack();
    QCOMPARE(vector.size(), total - 1);
}

void TestRecordArena::chunkedVectorReservesAgainAfterClear()
{
    using Vector = ChunkedVector<qint64, 12>;
    Vector vector;
    const size_t count = 3 * LargeBlock::kMinBytes / sizeof(qint64);
    for (int round = 0; round < 2; ++round) {
        vector.reserve(count / 2);
        vector.reserve(count);   // a second region for the rest
        for (size_t i = 0; i < count; ++i)
            vector.emplaceBack() = qint64(i) + round;
        QCOMPARE(vector[0], qint64(round));
        QCOMPARE(vector[count - 1], qint64(count - 1) + round);
        // Every block the second reserve promised comes from its region:
        // the blocks lie end to end, none allocated alone.
        int gaps = 0;
        for (size_t i = Vector::kBlockElements; i < count; i += Vector::kBlockElements)
            gaps += reinterpret_cast<const char *>(&vector[i]) - reinterpret_cast<const char *>(&vector[i - Vector::kBlockElements])
                    == std::ptrdiff_t(Vector::kBlockBytes) ? 0 : 1;
        QCOMPARE(gaps, 0);
        vector.clear();
        QCOMPARE(vector.size(), size_t(0));
        QCOMPARE(vector.residentBytes(), size_t(0));
    }
}

void TestRecordArena::chunkedVectorAdoptsBlocksOnABoundary()
{
    using Vector = ChunkedVector<qint64, 4>;   // blocks of 16
    Vector first, second;
    for (qint64 i = 0; i < 33; ++i)
        first.emplaceBack() = i;
    for (qint64 i = 0; i < 40; ++i)
        second.emplaceBack() = 1000 + i;
    // Not on a boundary: nothing moves.
    QVERIFY(!first.adoptBlocks(std::move(second)));
    QCOMPARE(first.size(), size_t(33));
    QCOMPARE(second.size(), size_t(40));
    for (qint64 i = 33; i < 48; ++i)
        first.emplaceBack() = i;
    const qint64 *secondFirst = &second[0];
    QVERIFY(first.adoptBlocks(std::move(second)));
    QCOMPARE(second.size(), size_t(0));
    QCOMPARE(first.size(), size_t(88));
    QCOMPARE(&first[48], secondFirst);   // taken over, not copied
    for (qint64 i = 0; i < 88; ++i)
        QCOMPARE(first[size_t(i)], i < 48 ? i : 1000 + i - 48);
    // Filling goes on in the adopted last block (40 = 2 * 16 + 8), then in new ones.
    for (qint64 i = 0; i < 30; ++i)
        first.emplaceBack() = 2000 + i;
    QCOMPARE(first.size(), size_t(118));
    QCOMPARE(first[87], qint64(1039));
    QCOMPARE(first[88], qint64(2000));
    QCOMPARE(first[117], qint64(2029));
    QCOMPARE(&first[88], &first[87] + 1);   // in the adopted block
    second.emplaceBack() = 7;   // the emptied one works afresh
    QCOMPARE(second[0], qint64(7));
}

void TestRecordArena::chunkedBytesLargeBlocks()
{
    ChunkedBytes plain(LargeBlock::kMinBytes), large(LargeBlock::kMinBytes);
    large.useLargeBlocks();
    std::vector<ChunkedBytes::Location> plainAt, largeAt;
    std::vector<std::string> entries;
    for (int i = 0; i < 200000; ++i)
        entries.push_back("id-" + std::to_string(i) + std::string(size_t(i % 50), char('a' + i % 26)));
    entries.push_back(std::string(LargeBlock::kMinBytes, 'x'));   // a block of its own
    for (const std::string &entry : entries) {
        plainAt.push_back(plain.append(entry));
        largeAt.push_back(large.append(entry));
    }
    QVERIFY(large.blockCount() > 2);
    QCOMPARE(large.allocatedBytes(), plain.allocatedBytes());
    for (size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(large.view(largeAt[i], entries[i].size()), std::string_view(entries[i]));
        QCOMPARE(plain.view(plainAt[i], entries[i].size()), std::string_view(entries[i]));
    }
    // Taken over by a store of plain blocks, large blocks stay readable.
    const size_t shift = plain.adoptBlocks(std::move(large));
    QCOMPARE(large.blockCount(), size_t(0));
    for (size_t i = 0; i < entries.size(); i += 101) {
        const ChunkedBytes::Location at{quint32(largeAt[i].block + shift), largeAt[i].offset};
        QCOMPARE(plain.view(at, entries[i].size()), std::string_view(entries[i]));
    }
}

void TestRecordArena::idIndexReservedForABulkLoad()
{
    // A table big enough for a LargeBlock, filled past what was reserved so
    // that it grows again on the heap: every id is found either way.
    cs::recordhash::IdIndex index;
    const quint32 reserved = 400000, total = 1000000;
    index.reserve(reserved);
    QVERIFY(index.residentBytes() >= LargeBlock::kMinBytes);
    std::vector<quint32> hashes(total);
    for (quint32 i = 0; i < total; ++i)
        hashes[i] = i * 2654435761u;
    for (quint32 i = 0; i < total; ++i)
        index.insert(hashes[i], i);
    QCOMPARE(index.size(), size_t(total));
    for (quint32 i = 0; i < total; i += 7) {
        QCOMPARE(index.find(hashes[i], [&](quint32 id) { return id == i; }), qint64(i));
    }
    QCOMPARE(index.find(hashes[1], [](quint32) { return false; }), qint64(-1));
}

QTEST_GUILESS_MAIN(TestRecordArena)
#include "tst_recordarena.moc"
