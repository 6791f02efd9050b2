// The calls table model under QAbstractItemModelTester: rows arriving in
// batches while sorted and filtered, every column sorted both ways, quick
// filters and search, resets, time zones, display formats, many rows revealed
// in steps and the selection following its call.
//
// Orders are checked against an oracle built from the documented rules (the
// model's own SortRole values, the shared view collator, ties in arrival
// order), never against RecordView itself.

#include "calltablemodel.h"
#include "durationformat.h"
#include "viewcollation.h"

#include "../core/viewtestdata.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace cs;
namespace td = cs::testdata;

namespace {

constexpr qint64 kBase = 1727740800;   // 2024-10-01T00:00:00Z

// Calls 0..count-1 with start times scattered over ~4 days, so that every
// batch lands all over a time-sorted view (both announcement paths run).
QList<td::Call> syntheticCalls(int first, int count)
{
    QList<td::Call> calls;
    for (int n = first; n < first + count; ++n)
        calls.append(td::syntheticCall(n, kBase + (qint64(n) * 7919) % 345600));
    return calls;
}

QString finalStatusOf(const RecordStore &store, RowId row)
{
    return store.strings().at(store.finalStatus(row));
}

// -1, 0 or 1: how two table rows compare by `column` under the documented
// rules, from the model's SortRole values alone.
int compareRows(const CallTableModel &model, CallColumn column, int a, int b)
{
    const QVariant va = model.index(a, int(column)).data(CallTableModel::SortRole);
    const QVariant vb = model.index(b, int(column)).data(CallTableModel::SortRole);
    if (columnInfo(column).kind != ColumnKind::Text) {
        // Absent values (a null SortRole) sort first.
        const qint64 ka = va.isNull() ? std::numeric_limits<qint64>::min() : va.toLongLong();
        const qint64 kb = vb.isNull() ? std::numeric_limits<qint64>::min() : vb.toLongLong();
        return ka < kb ? -1 : (ka > kb ? 1 : 0);
    }
    const QString ta = va.toString();
    const QString tb = vb.toString();
    if (column == CallColumn::SessionId || column == CallColumn::ConversationId || column == CallColumn::UserId) {
        const QByteArray ba = ta.toUtf8();   // ids compare bytewise
        const QByteArray bb = tb.toUtf8();
        return ba < bb ? -1 : (ba > bb ? 1 : 0);
    }
    // Text: the first value by the view collator, then the number of values.
    static const QCollator collator = viewCollator();
    const QString separator = u"; "_s;
    if (const int c = collator.compare(ta.section(separator, 0, 0), tb.section(separator, 0, 0)))
        return c < 0 ? -1 : 1;
    const qsizetype ca = ta.isEmpty() ? 0 : ta.count(separator) + 1;
    const qsizetype cb = tb.isEmpty() ? 0 : tb.count(separator) + 1;
    return ca < cb ? -1 : (ca > cb ? 1 : 0);
}

// Empty if the model's rows are in `column`/`order` order with ties in
// arrival order; otherwise the first offending pair.
QString orderProblem(const CallTableModel &model, CallColumn column, Qt::SortOrder order)
{
    auto idAt = [&model](int row) { return model.index(row, 0).data(CallTableModel::RowIdRole).value<RowId>(); };
    if (column == CallColumn::Count) {   // arrival order
        for (int row = 1; row < model.rowCount(); ++row) {
            if (idAt(row - 1) >= idAt(row))
                return u"arrival order: ids %1 then %2"_s.arg(idAt(row - 1)).arg(idAt(row));
        }
        return {};
    }
    for (int row = 1; row < model.rowCount(); ++row) {
        const int c = compareRows(model, column, row - 1, row);
        const bool wrongWay = order == Qt::AscendingOrder ? c > 0 : c < 0;
        // Transfers sort by the destination count behind the shown number
        // (0 and 1 destinations both show 0 transfers), so equal SortRole
        // values need not be in arrival order there.
        const bool tieOutOfOrder = c == 0 && column != CallColumn::Transfers && idAt(row - 1) > idAt(row);
        if (wrongWay || tieOutOfOrder) {
            return u"%1 %2: rows %3 (%4, id %5) and %6 (%7, id %8)"_s.arg(columnTitle(column))
                .arg(order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s)
                .arg(row - 1)
                .arg(model.index(row - 1, int(column)).data(CallTableModel::SortRole).toString())
                .arg(idAt(row - 1))
                .arg(row)
                .arg(model.index(row, int(column)).data(CallTableModel::SortRole).toString())
                .arg(idAt(row));
        }
    }
    return {};
}

} // namespace

class TestCallTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // "1,234 of 5,678 calls" and the collator depend on the locale: pin it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void batchesWhileSortedAndFiltered_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("filtered");
        for (int c = 0; c < int(CallColumn::Count); ++c) {
            const QString title = columnTitle(CallColumn(c));
            QTest::addRow("%s asc", qPrintable(title)) << c << Qt::AscendingOrder << (c % 2 == 0);
            QTest::addRow("%s desc", qPrintable(title)) << c << Qt::DescendingOrder << (c % 2 == 1);
        }
        QTest::newRow("arrival order") << -1 << Qt::AscendingOrder << true;
    }

    // Rows arrive in batches of very different sizes (one run, a few runs,
    // runs scattered all over the view), the tester watching every signal.
    void batchesWhileSortedAndFiltered()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, filtered);

        RecordStore store;
        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QSet<QString> allowed{u"CLOSED"_s, u"USER ABANDONED"_s};
        if (filtered) {
            FilterRule rule;
            rule.setAllowed(QuickFilter::FinalStatus, allowed);
            model.setFilter(rule);
        }
        model.sort(column, order);
        QSignalSpy counts(&model, &CallTableModel::countsChanged);

        int first = 0;
        for (const int batch : {1, 3, 60, 2, 150, 7, 40}) {
            QCOMPARE(td::appendCalls(store, syntheticCalls(first, batch)), batch);
            first += batch;
            model.storeGrew();
            QVERIFY(model.hasPendingRows());
            model.flushPendingRows();
            QVERIFY(!model.hasPendingRows());
            QVERIFY(!QTest::currentTestFailed());   // the tester reports through QtTest

            int expected = 0;
            for (RowId row = 0; row < RowId(store.size()); ++row)
                expected += !filtered || allowed.contains(finalStatusOf(store, row)) ? 1 : 0;
            QCOMPARE(model.rowCount(), expected);
            QCOMPARE(model.shownCount(), expected);
            QCOMPARE(model.totalCount(), store.size());
            QCOMPARE(counts.constLast().at(0).toInt(), expected);
            QCOMPARE(counts.constLast().at(1).toInt(), store.size());
            const CallColumn sortColumn = column < 0 ? CallColumn::Count : CallColumn(column);
            QCOMPARE(orderProblem(model, sortColumn, order), QString());
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.rowOf(model.rowIdAt(row)), row);
        }
    }

    void everyColumnBothWays()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, td::fixtureCalls()), 11);
        QCOMPARE(td::appendCalls(store, syntheticCalls(100, 200)), 200);
        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 211);
        for (int c = 0; c < int(CallColumn::Count); ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(c, order);
                QCOMPARE(model.rowCount(), 211);
                QCOMPARE(orderProblem(model, CallColumn(c), order), QString());
            }
        }
        model.sort(-1);   // the header's "unsorted": arrival order again
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowIdAt(row), RowId(row));
        model.sort(int(CallColumn::Count));   // out of range: ignored
        model.sort(-2);
        QCOMPARE(model.rowIdAt(0), RowId(0));
    }

    void quickFiltersAndSearch_data()
    {
        QTest::addColumn<int>("filter");          // -1: search text only
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("rows");     // fixture rows expected, in arrival order
        const int none = -1;
        QTest::newRow("agent") << int(QuickFilter::Agent) << QStringList{u"ZOË ÅBERG"_s} << QString() << QList<int>{3, 8};
        QTest::newRow("no agent") << int(QuickFilter::Agent) << QStringList{QString()} << QString() << QList<int>{0, 2, 6, 9};
        QTest::newRow("second queue counts") << int(QuickFilter::Queue) << QStringList{u"Tech Support"_s} << QString()
                                             << QList<int>{4, 10};
        QTest::newRow("two statuses") << int(QuickFilter::FinalStatus)
                                      << QStringList{u"TRANSFERRED"_s, u"USER ABANDONED"_s} << QString() << QList<int>{1, 4, 6};
        QTest::newRow("channel + search") << int(QuickFilter::Channel) << QStringList{u"voice"_s} << u"callback"_s
                                          << QList<int>{4, 10};
        QTest::newRow("search, case-insensitive") << none << QStringList() << u"émile"_s << QList<int>{7, 10};
        QTest::newRow("search reason") << none << QStringList() << u"hung up"_s << QList<int>{6};
        QTest::newRow("search matches nothing") << none << QStringList() << u"no such text"_s << QList<int>{};
    }

    void quickFiltersAndSearch()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, values);
        QFETCH(QString, search);
        QFETCH(QList<int>, rows);

        RecordStore store;
        QCOMPARE(td::appendCalls(store, td::fixtureCalls()), 11);
        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(-1);

        FilterRule rule;
        if (filter >= 0)
            rule.setAllowed(QuickFilter(filter), QSet<QString>(values.cbegin(), values.cend()));
        rule.setSearchText(search);
        model.setFilter(rule);
        QCOMPARE(resets.size(), 1);
        QList<int> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(int(model.rowIdAt(row)));
        QCOMPARE(shown, rows);
        QCOMPARE(model.countText(), u"%1 of 11 calls"_s.arg(rows.size()));

        // The same rule again changes nothing; clearing it shows everything.
        model.setFilter(rule);
        QCOMPARE(resets.size(), 1);
        model.setFilter(FilterRule());
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.countText(), u"11 of 11 calls"_s);
    }

    void countTextUsesLocaleDigits()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 1500)), 1500);
        CallTableModel model(&store);
        QCOMPARE(model.countText(), u"1,500 of 1,500 calls"_s);
    }

    void resetFromStoreAndClearedStore()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 50)), 50);
        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(CallColumn::HandleTime), Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &CallTableModel::countsChanged);

        // A new fetch: cleared and refilled, then announced as a reset.
        store.clear();
        QCOMPARE(td::appendCalls(store, td::fixtureCalls()), 11);
        model.resetFromStore();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(counts.constLast().at(1).toInt(), 11);
        QCOMPARE(orderProblem(model, CallColumn::HandleTime, Qt::DescendingOrder), QString());   // sort kept

        // Cleared behind the model's back: the next flush starts over.
        store.clear();
        model.storeGrew();
        model.flushPendingRows();
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.countText(), u"0 of 0 calls"_s);

        // And rows arriving into the empty model are inserted, not reset.
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 30)), 30);
        model.storeGrew();
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasPendingRows(), 10000);   // the coalescing timer flushes
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 30);
    }

    void displayTooltipAndSortValues()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, td::fixtureCalls()), 11);
        // A long call: durations above an hour read h:mm:ss, never days.
        td::Call longCall = td::fixtureCalls().at(10);
        longCall.sessionId = u"66f70001dddd0000000000ff"_s;
        longCall.start = u"2024-09-28T10:00:00"_s;
        longCall.end = u"2024-09-29T13:00:00"_s;
        longCall.segments = {{u"Billing"_s, u"John Steve"_s, 3600, 100, 25}};
        QCOMPARE(td::appendCalls(store, {longCall}), 1);
        CallTableModel model(&store);
        model.setTimeZone(QTimeZone::utc());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(-1);
        auto cell = [&model](int row, CallColumn column, int role = Qt::DisplayRole) {
            return model.index(row, int(column)).data(role);
        };

        QCOMPARE(cell(3, CallColumn::StartTime).toString(), u"2024-09-27 14:05:00"_s);
        QCOMPARE(cell(3, CallColumn::StartTime, Qt::ToolTipRole).toString(), u"2024-09-27T14:05:00"_s);
        QCOMPARE(cell(3, CallColumn::StartTime, CallTableModel::SortRole).toLongLong(),
                 QDateTime(QDate(2024, 9, 27), QTime(14, 5), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(cell(3, CallColumn::Duration).toString(), u"0:06:00"_s);
        QCOMPARE(cell(3, CallColumn::Duration, CallTableModel::SortRole).toInt(), 360);
        QCOMPARE(cell(3, CallColumn::Talk).toString(), u"0:05:00"_s);
        QCOMPARE(cell(3, CallColumn::HandleTime).toString(), u"0:06:00"_s);
        QCOMPARE(cell(3, CallColumn::Csat).toString(), u"5"_s);
        QCOMPARE(cell(3, CallColumn::Csat, CallTableModel::SortRole).toInt(), 5);
        QCOMPARE(cell(10, CallColumn::HandleTime).toString(), u"0:23:20"_s);
        QCOMPARE(cell(10, CallColumn::HandleTime, CallTableModel::SortRole).toInt(), 1400);
        QCOMPARE(cell(11, CallColumn::HandleTime).toString(), u"1:02:05"_s);
        QCOMPARE(cell(11, CallColumn::HandleTime, CallTableModel::SortRole).toInt(), 3725);
        QCOMPARE(cell(11, CallColumn::Duration).toString(), u"27:00:00"_s);
        QCOMPARE(cell(11, CallColumn::Duration).toString(), formatDuration(27 * 3600));

        // Two destinations are one transfer; several values join with "; ".
        QCOMPARE(cell(4, CallColumn::Transfers).toString(), u"1"_s);
        QCOMPARE(cell(4, CallColumn::Transfers, CallTableModel::SortRole).toInt(), 1);
        QCOMPARE(cell(4, CallColumn::Agents).toString(), u"John Steve; Ana Müller"_s);
        QCOMPARE(cell(4, CallColumn::Agents, Qt::ToolTipRole).toString(), u"John Steve; Ana Müller"_s);
        QCOMPARE(cell(4, CallColumn::Agents, CallTableModel::SortRole).toString(), u"John Steve; Ana Müller"_s);

        // Absent values: empty text and a null sort value (they sort first).
        QCOMPARE(cell(9, CallColumn::StartTime).toString(), QString());
        QVERIFY(cell(9, CallColumn::StartTime, CallTableModel::SortRole).isNull());
        QCOMPARE(cell(9, CallColumn::Duration).toString(), QString());
        QCOMPARE(cell(9, CallColumn::Duration, CallTableModel::SortRole).toInt(), -1);
        QVERIFY(cell(0, CallColumn::Csat, CallTableModel::SortRole).isNull());
        QCOMPARE(cell(0, CallColumn::Csat).toString(), QString());
        QCOMPARE(cell(7, CallColumn::Nps).toString(), u"0"_s);   // a real 0, not "absent"

        QCOMPARE(cell(0, CallColumn::Talk, CallTableModel::RowIdRole).value<RowId>(), RowId(0));
        QCOMPARE(cell(3, CallColumn::Duration, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
                 Qt::AlignRight);
        QCOMPARE(model.headerData(int(CallColumn::FinalStatus), Qt::Horizontal).toString(),
                 columnTitle(CallColumn::FinalStatus));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.columnCount(), int(CallColumn::Count));
    }

    void timeZoneChangesDisplayNotRawValue()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, td::fixtureCalls()), 11);
        // Sent for a New York winter request (JS sign 300): the raw text is
        // wall-clock there, so the instant is 5 hours later in UTC.
        td::Call winter = td::fixtureCalls().at(3);
        winter.sessionId = u"66f70001dddd0000000000ee"_s;
        winter.start = u"2024-12-02T09:00:00"_s;
        winter.end = u"2024-12-02T09:10:00"_s;
        QCOMPARE(td::appendCalls(store, {winter}, 300), 1);

        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(-1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex start = model.index(3, int(CallColumn::StartTime));
        const QModelIndex winterStart = model.index(11, int(CallColumn::StartTime));

        model.setTimeZone(QTimeZone("America/New_York"));   // EDT in September, EST in December
        QCOMPARE(start.data().toString(), u"2024-09-27 10:05:00"_s);
        QCOMPARE(winterStart.data().toString(), u"2024-12-02 09:00:00"_s);
        QCOMPARE(model.index(3, int(CallColumn::EndTime)).data().toString(), u"2024-09-27 10:11:00"_s);
        QVERIFY(!changed.isEmpty());

        model.setTimeZone(QTimeZone("Asia/Kolkata"));
        QCOMPARE(start.data().toString(), u"2024-09-27 19:35:00"_s);
        QCOMPARE(winterStart.data().toString(), u"2024-12-02 19:30:00"_s);
        model.setTimeZone(QTimeZone::utc());
        QCOMPARE(winterStart.data().toString(), u"2024-12-02 14:00:00"_s);

        // The tool tip is the API's own text, whatever the zone.
        QCOMPARE(start.data(Qt::ToolTipRole).toString(), u"2024-09-27T14:05:00"_s);
        QCOMPARE(winterStart.data(Qt::ToolTipRole).toString(), u"2024-12-02T09:00:00"_s);
        QCOMPARE(winterStart.data(CallTableModel::SortRole).toLongLong(),
                 QDateTime(QDate(2024, 12, 2), QTime(14, 0), QTimeZone::utc()).toSecsSinceEpoch());

        // The same zone again, or an invalid one: nothing to announce.
        const qsizetype before = changed.size();
        model.setTimeZone(QTimeZone::utc());
        model.setTimeZone(QTimeZone("No/Such_Zone"));
        QCOMPARE(changed.size(), before);
        QCOMPARE(model.timeZone(), QTimeZone::utc());
    }

    // Many more rows than were shown are announced in steps (one per turn of
    // the event loop), after a reset from the store, an adopted view and a
    // filter cleared; anything else that changes the rows announces the rest
    // first. Every step is a proper insertion at the end (the tester checks).
    void manyRowsAreRevealedInSteps()
    {
        RecordStore store;
        CallTableModel model(&store);
        model.setRevealStep(300);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 1000)), 1000);
        auto insertedRanges = [&inserted] {
            QList<QPair<int, int>> ranges;
            for (const QList<QVariant> &args : std::as_const(inserted))
                ranges.append({args.at(1).toInt(), args.at(2).toInt()});
            return ranges;
        };
        // Every shown row, once revealed, is the view's.
        auto matchesView = [&model] {
            if (model.rowCount() != model.view().size())
                return false;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(CallTableModel::RowIdRole).value<RowId>() != model.view().rowAt(row))
                    return false;
            }
            return true;
        };

        model.resetFromStore();
        QVERIFY(model.isRevealing());
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.shownCount(), 1000);   // the counts are the final ones
        QTRY_VERIFY(!model.isRevealing());
        QCOMPARE(insertedRanges(), (QList<QPair<int, int>>{{300, 599}, {600, 899}, {900, 999}}));
        QVERIFY(matchesView());

        // A few rows more than were shown: at once.
        inserted.clear();
        store.clear();
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 1200)), 1200);
        model.resetFromStore();
        QVERIFY(!model.isRevealing());
        QCOMPARE(model.rowCount(), 1200);

        // A filter cleared: its rows first, the rest in steps.
        FilterRule rule;
        rule.setAllowed(QuickFilter::FinalStatus, {u"CLOSED"_s});
        model.setFilter(rule);
        const int filtered = model.rowCount();
        QVERIFY(filtered > 0 && filtered < 1200 - 300);
        inserted.clear();
        model.setFilter(FilterRule());
        QVERIFY(model.isRevealing());
        QCOMPARE(model.rowCount(), std::max(filtered, 300));
        QTRY_VERIFY(!model.isRevealing());
        QVERIFY(matchesView());

        // An adopted view (built elsewhere, its rows copied there).
        model.setFilter(rule);
        model.sort(int(CallColumn::HandleTime), Qt::DescendingOrder);
        QVERIFY(!model.isRevealing());
        model.setViewJobsEnabled(true);
        model.setViewJobRows(1);
        model.setFilter(FilterRule());   // wanted: a job builds it
        QVERIFY(model.rowCount() < 1200 - 300);
        RecordView built(&store);
        built.setSort(CallColumn::HandleTime, Qt::DescendingOrder);
        QVERIFY(model.isViewPending());
        std::vector<RowId> copy = built.rows();
        QVERIFY(model.adoptView(built, std::move(copy)));   // shown as built
        QVERIFY(model.isRevealing());
        QVERIFY(!model.isViewPending());
        QTRY_VERIFY(!model.isRevealing());
        QVERIFY(matchesView());
        QCOMPARE(orderProblem(model, CallColumn::HandleTime, Qt::DescendingOrder), QString());

        // Sorted otherwise while it was built, a small store catches up at
        // once: the worker's copy of the rows is not what is shown.
        model.setFilter(rule);
        model.setViewJobRows(1000000);
        model.sort(int(CallColumn::StartTime), Qt::AscendingOrder);
        RecordView stale(&store);
        stale.setSort(CallColumn::HandleTime, Qt::DescendingOrder);
        QVERIFY(!model.adoptView(stale, stale.rows()));
        QTRY_VERIFY(!model.isRevealing());
        QCOMPARE(model.view().sortColumn(), CallColumn::StartTime);
        QCOMPARE(model.rowCount(), model.view().size());
        QVERIFY(matchesView());
        QCOMPARE(orderProblem(model, CallColumn::StartTime, Qt::AscendingOrder), QString());
        model.sort(int(CallColumn::HandleTime), Qt::DescendingOrder);   // as the steps below expect
        model.setViewJobsEnabled(false);

        // Rows arriving, a sort, or a call wanted beyond the announced rows
        // while revealing: the rest is announced first.
        for (int interruption = 0; interruption < 3; ++interruption) {
            model.setFilter(rule);
            model.setFilter(FilterRule());
            QVERIFY(model.isRevealing());
            const RowId last = model.view().rowAt(model.view().size() - 1);
            QVERIFY(model.rowOf(last) >= model.rowCount());
            if (interruption == 0) {
                QCOMPARE(td::appendCalls(store, syntheticCalls(store.size(), 5)), 5);
                model.storeGrew();
                model.flushPendingRows();
            } else if (interruption == 1) {
                model.sort(int(CallColumn::StartTime), Qt::AscendingOrder);
            } else {
                model.revealAll();
            }
            QVERIFY(!model.isRevealing());
            QCOMPARE(model.rowCount(), model.shownCount());
            QCOMPARE(model.rowOf(last), model.view().positionOf(last));
            QVERIFY(model.rowOf(last) < model.rowCount());
            QVERIFY(matchesView());
            QVERIFY(!QTest::currentTestFailed());
        }
        QCOMPARE(model.rowCount(), store.size());
    }

    // What a user has selected stays on the same call while rows stream in
    // (both announcement paths) and while the table is re-sorted.
    void selectionFollowsItsCall()
    {
        RecordStore store;
        QCOMPARE(td::appendCalls(store, syntheticCalls(0, 40)), 40);
        CallTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        model.sort(int(CallColumn::StartTime), Qt::AscendingOrder);

        const RowId chosen = 17;
        const RowId alsoSelected = 29;
        const int row = model.rowOf(chosen);
        QVERIFY(row >= 0);
        selection.setCurrentIndex(model.index(row, 2), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.select(model.index(model.rowOf(alsoSelected), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QPersistentModelIndex persistent = model.index(row, int(CallColumn::Agents));
        const QString agents = persistent.data().toString();

        // QCOMPARE inside returns from the lambda only: callers stop on failure.
        auto check = [&](const char *step) {
            const QModelIndex current = selection.currentIndex();
            QVERIFY2(current.isValid(), step);
            QCOMPARE(current.data(CallTableModel::RowIdRole).value<RowId>(), chosen);
            QCOMPARE(current.column(), 2);
            QCOMPARE(persistent.row(), model.rowOf(chosen));
            QCOMPARE(persistent.data().toString(), agents);
            QSet<RowId> selected;
            const QModelIndexList rows = selection.selectedRows();
            for (const QModelIndex &index : rows)
                selected.insert(index.data(CallTableModel::RowIdRole).value<RowId>());
            QCOMPARE(selected, (QSet<RowId>{chosen, alsoSelected}));
        };

        int first = 40;
        for (const int batch : {2, 120, 1, 60}) {   // few runs, then many scattered runs
            QCOMPARE(td::appendCalls(store, syntheticCalls(first, batch)), batch);
            first += batch;
            model.storeGrew();
            model.flushPendingRows();
            check("after an append");
            if (QTest::currentTestFailed())
                return;
        }
        for (int c = 0; c < int(CallColumn::Count); c += 3) {
            model.sort(c, c % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            check("after a sort");
            if (QTest::currentTestFailed())
                return;
        }
        model.sort(-1);
        check("back to arrival order");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(selection.currentIndex().row(), int(chosen));
    }
};

QTEST_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
