// The "what you see" CSV: every cell equals what the table shows (cellText),
// including zoned times across daylight-saving changes, whatever fast path
// the writer takes; and ZoneOffsets agrees with QTimeZone.
#include "cellformat.h"
#include "csvtestreader.h"
#include "viewcsv.h"
#include "viewtestdata.h"
#include "zoneoffsets.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

std::vector<CallColumn> allColumns()
{
    std::vector<CallColumn> columns;
    for (int c = 0; c < int(CallColumn::Count); ++c)
        columns.push_back(CallColumn(c));
    return columns;
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
};

QTEST_GUILESS_MAIN(TestViewCsv)
#include "tst_viewcsv.moc"
