// A range of more than 65,536 calls is a bulk load: RecordStore::reserve()
// takes its rows, its ids and its id index from huge-page memory
// (recordarena::Memory), and the file is read in two parts at once. Every
// call must come out as parsing gave it (columns, JSON, the id lookup), from
// a compact snapshot and from a portable one; and the store, grown on past
// what was reserved (a fetch appending), keeps every call findable.
// (Under tests/net only because it takes realistic records from the mock's dataset.)
#include "archivetestdata.h"
#include "rawcodec.h"
#include "snapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;
using namespace cs::testing;

namespace {

constexpr int kSaved = 70000;    // past RecordStore's bulk-load threshold (65,536 rows)
constexpr int kAppended = 9000;  // what a fetch appends afterwards
constexpr int kPerPage = 500;

SnapshotInfo infoOf(int calls)
{
    SnapshotInfo info;
    info.fetchedAt = QDateTime::fromSecsSinceEpoch(kStart + 40 * kDay, QTimeZone::utc());
    info.windows = {{{kStart, kStart + 30 * kDay, 0}, true, calls}};
    return info;
}

// Empty when every row of `actual` is the call of the same id in `expected`,
// columns and JSON, and the id index finds each at its row.
QString difference(const RecordStore &actual, const RecordStore &expected)
{
    if (actual.size() != expected.size())
        return u"%1 calls, not %2"_s.arg(actual.size()).arg(expected.size());
    constexpr int kBatch = 1000;   // JSON read from the file a block at a time
    for (int first = 0; first < actual.size(); first += kBatch) {
        std::vector<RowId> rows;
        for (int row = first; row < std::min(actual.size(), first + kBatch); ++row)
            rows.push_back(RowId(row));
        std::vector<std::string> json;
        actual.readRawJson(rows, &json);
        for (size_t i = 0; i < rows.size(); ++i) {
            const RowId row = rows[i];
            const std::string_view id = actual.sessionId(row);
            if (actual.find(id) != int(row))
                return u"row %1: its id finds row %2"_s.arg(row).arg(actual.find(id));
            const int source = expected.find(id);
            if (source < 0)
                return u"row %1: id %2 was never parsed"_s.arg(row).arg(QString::fromUtf8(id));
            if (storeColumns(actual, row) != storeColumns(expected, RowId(source)))
                return u"row %1: columns differ from parsed row %2"_s.arg(row).arg(source);
            if (i >= json.size() || json[i] != expected.rawJson(RowId(source)))
                return u"row %1: JSON differs from parsed row %2"_s.arg(row).arg(source);
        }
    }
    return {};
}

} // namespace

class TestBulkLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::shared_ptr<ParsedPage>> m_pages;
    RecordStore m_saved;   // the first kSaved calls, parsed
    RecordStore m_all;     // and those a fetch appends after them

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const mock::MockDataset data({11, kSaved + kAppended, kStart, kStart + 30 * kDay, 0.1});
        m_pages = pagesOf(data, 0, kPerPage);
        for (size_t page = 0; page < m_pages.size(); ++page) {
            if (page * kPerPage < size_t(kSaved))
                m_saved.append(*m_pages[page], 0);
            m_all.append(*m_pages[page], 0);
        }
        QCOMPARE(m_saved.size(), kSaved);
        QCOMPARE(m_all.size(), kSaved + kAppended);
    }

    void loadedAsParsed_data()
    {
        QTest::addColumn<bool>("compact");
        QTest::newRow("compact (zstd blocks)") << true;
        QTest::newRow("portable (JSON text)") << false;
    }

    void loadedAsParsed()
    {
        QFETCH(bool, compact);
        const QString path = m_dir.filePath(compact ? u"compact.callscope"_s : u"portable.callscope"_s);
        QString error;
        QVERIFY2(saveSnapshot(path, m_saved, infoOf(kSaved), &error, {},
                              compact ? RawCompression::Zstd : RawCompression::Text),
                 qPrintable(error));
        auto archive = openFile(path, true);
        RecordStore loaded;
        QVERIFY2(loadArchiveRange(*archive, kWholeTime, loaded, {}, &error), qPrintable(error));
        QVERIFY(!loaded.rawInMemory(0));
        QCOMPARE(difference(loaded, m_saved), QString());

        // A fetch appends after the bulk load: the rows, ids and index grow
        // on plain memory, and every call, old and new, is still found.
        for (size_t page = size_t(kSaved / kPerPage); page < m_pages.size(); ++page)
            loaded.append(*m_pages[page], 0);
        QCOMPARE(difference(loaded, m_all), QString());
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
