// The "what you see" CSV: every cell equals what the table shows (cellText),
// including zoned times across daylight-saving changes, whatever fast path
// the writer takes; and ZoneOffsets agrees with QTimeZone.
#include "callcsv.h"
#include "cellformat.h"
#include "csvtestreader.h"
#include "viewcsv.h"
#include "viewtestdata.h"
#include "zoneoffsets.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

QList<testdata::Call> callsEveryHour(int count)
{
    QList<testdata::Call> calls;
    const qint64 first = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        calls.append(testdata::syntheticCall(i, first + qint64(i) * 3600));
    return calls;
}

std::vector<CallColumn> allColumns()
{
    std::vector<CallColumn> columns;
    for (int c = 0; c < int(CallColumn::Count); ++c)
        columns.push_back(CallColumn(c));
    return columns;
}

// Three stretches of 8,192 rows and a part of one, in a scrambled order
// that repeats each of the store's rows many times.
std::vector<RowId> longScrambledView(int storeRows)
{
    std::vector<RowId> rows;
    for (int i = 0; i < 3 * 8192 + 4321; ++i)
        rows.push_back(RowId((i * 31 + i / 97) % storeRows));
    return rows;
}

// Empty if `text` is, after its header, each of `rows`' lines as the
// one-row export `exportOne` writes it (on one thread), in the rows' order;
// otherwise where it is not.
QString linesDifferFromOneRowExports(const QByteArray &text, const std::vector<RowId> &rows, int storeRows,
                                     const std::function<QByteArray(RowId)> &exportOne)
{
    std::vector<QByteArray> lineOf(static_cast<size_t>(storeRows));
    for (int row = 0; row < storeRows; ++row) {
        const QByteArray one = exportOne(RowId(row));
        lineOf[size_t(row)] = one.mid(one.indexOf('\n') + 1);
    }
    qsizetype at = text.indexOf('\n') + 1;
    for (size_t i = 0; i < rows.size(); ++i) {
        const QByteArray &expected = lineOf[size_t(rows[i])];
        if (text.mid(at, expected.size()) != expected)
            return u"row %1 of the view"_s.arg(i);
        at += expected.size();
    }
    return at == text.size() ? QString() : u"%1 bytes after the last row"_s.arg(text.size() - at);
}

} // namespace

class TestViewCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneOffsetsMatchQTimeZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("New York") << "America/New_York"_ba;
        QTest::newRow("London") << "Europe/London"_ba;
        QTest::newRow("Kolkata") << "Asia/Kolkata"_ba;
        QTest::newRow("Lord Howe") << "Australia/Lord_Howe"_ba;
        QTest::newRow("UTC") << "UTC"_ba;
    }

    void zoneOffsetsMatchQTimeZone()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        ZoneOffsets offsets(tz);
        // Every 37 minutes over two years, in an order that jumps back and
        // forth across transitions, plus the seconds around each transition.
        const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        std::vector<qint64> instants;
        for (qint64 t = start; t < start + 2 * 366 * 86400; t += 37 * 60)
            instants.push_back(t);
        std::reverse(instants.begin() + qsizetype(instants.size() / 2), instants.end());
        for (const QTimeZone::OffsetData &transition :
             tz.transitions(QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()),
                            QDateTime::fromSecsSinceEpoch(start + 2 * 366 * 86400, QTimeZone::utc()))) {
            const qint64 at = transition.atUtc.toSecsSinceEpoch();
            instants.insert(instants.end(), {at - 1, at, at + 1});
        }
        for (const qint64 t : instants) {
            const int expected = tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
            QCOMPARE(offsets.offsetAt(t), expected);
        }
    }

    void everyCellEqualsTheTable_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("raw");
        QTest::newRow("New York zoned") << "America/New_York"_ba << false;
        QTest::newRow("Kolkata zoned") << "Asia/Kolkata"_ba << false;
        QTest::newRow("raw") << "UTC"_ba << true;
    }

    void everyCellEqualsTheTable()
    {
        QFETCH(QByteArray, zone);
        QFETCH(bool, raw);
        RecordStore store;
        // Calls every 5 hours over 3 weeks around the US fall-back change,
        // with formula-like, quoted and multi-valued text.
        QList<testdata::Call> calls;
        const qint64 first = QDateTime(QDate(2024, 10, 20), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (int i = 0; i < 100; ++i) {
            testdata::Call call = testdata::syntheticCall(i, first + qint64(i) * 5 * 3600);
            if (i % 7 == 0)
                call.reason = u"=HYPERLINK(\"x\"), \"quoted\""_s;
            calls.append(call);
        }
        QCOMPARE(testdata::appendCalls(store, calls), 100);

        ViewCsvOptions options;
        options.columns = allColumns();
        options.zone = QTimeZone(zone);
        options.times = raw ? TimeText::Raw : TimeText::Zoned;
        std::vector<RowId> rows;
        for (int row = store.size() - 1; row >= 0; --row)
            rows.push_back(RowId(row));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeViewCsv(store, rows, &buffer, options));

        const cstest::CsvReadResult read = cstest::readCsv(buffer.data());
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.rows.size(), qsizetype(rows.size()) + 1);
        for (size_t i = 0; i < rows.size(); ++i) {
            const QList<QByteArray> &cells = read.rows[qsizetype(i) + 1];
            QCOMPARE(cells.size(), qsizetype(options.columns.size()));
            for (size_t c = 0; c < options.columns.size(); ++c) {
                QString expected = cellText(store, rows[i], options.columns[c], options.zone, options.times);
                if (!expected.isEmpty() && QStringView(u"=+-@\t\r").contains(expected.front()))
                    expected.prepend(u'\'');   // the formula guard
                QCOMPARE(QString::fromUtf8(cells[qsizetype(c)]), expected);
            }
        }
    }

    // Past two stretches of rows, a second thread formats every other one:
    // the file is still every row in the view's order, each cell as shown.
    void aLongViewIsWrittenInOrder()
    {
        RecordStore store;
        QCOMPARE(testdata::appendCalls(store, callsEveryHour(97)), 97);
        ViewCsvOptions options;
        options.columns = allColumns();
        options.zone = QTimeZone("America/New_York");
        const std::vector<RowId> rows = longScrambledView(store.size());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 lastProgress = 0;
        QVERIFY(writeViewCsv(store, rows, &buffer, options, [&](qint64 done) {
            lastProgress = std::max(lastProgress, done);
            return true;
        }));
        QCOMPARE(lastProgress, qint64(rows.size()));

        const QString mismatch = linesDifferFromOneRowExports(buffer.data(), rows, store.size(), [&](RowId row) {
            QBuffer one;
            one.open(QIODevice::WriteOnly);
            return writeViewCsv(store, {row}, &one, options) ? one.data() : QByteArray();
        });
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // The standard export shares the two-thread writer: the same check.
    void aLongStandardExportIsWrittenInOrder()
    {
        RecordStore store;
        QCOMPARE(testdata::appendCalls(store, callsEveryHour(97)), 97);
        const std::vector<RowId> rows = longScrambledView(store.size());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int lastProgress = 0;
        QVERIFY(writeStandardCsv(store, rows, &buffer, {}, [&](int done) {
            lastProgress = std::max(lastProgress, done);
            return true;
        }));
        QCOMPARE(lastProgress, int(rows.size()));
        const QString mismatch = linesDifferFromOneRowExports(buffer.data(), rows, store.size(), [&](RowId row) {
            QBuffer one;
            one.open(QIODevice::WriteOnly);
            return writeStandardCsv(store, {row}, &one) ? one.data() : QByteArray();
        });
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // A disk that fills up, or a cancel, in the middle of a long export:
    // a clear message, and the helper thread stops with it.
    void aLongExportFailsOrStopsCleanly()
    {
        RecordStore store;
        QCOMPARE(testdata::appendCalls(store, callsEveryHour(50)), 50);
        ViewCsvOptions options;
        options.columns = allColumns();
        std::vector<RowId> rows(5 * 8192);
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = RowId(i % 50);

        class FullDisk : public QIODevice
        {
        public:
            qint64 readData(char *, qint64) override { return -1; }
            qint64 writeData(const char *, qint64 size) override
            {
                if (m_written > 3'000'000) {
                    setErrorString(u"No space left on device"_s);
                    return -1;
                }
                m_written += size;
                return size;
            }

        private:
            qint64 m_written = 0;
        };
        FullDisk disk;
        disk.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!writeViewCsv(store, rows, &disk, options, {}, &error));
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int calls = 0;
        QVERIFY(!writeViewCsv(store, rows, &buffer, options, [&](qint64) { return ++calls < 2; }, &error));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(buffer.data().count('\n') < qsizetype(rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestViewCsv)
#include "tst_viewcsv.moc"
