// RecordView: sorting on every column in both orders against a brute-force
// reference, stable ties, filtering, and incremental appends that must equal a
// full rebuild.

#include "recordview.h"
#include "viewsortkeys.h"
#include "viewtestdata.h"

#include <QCollator>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

using Rows = std::vector<RowId>;

QCollator referenceCollator()
{
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// The order the table promises, written directly from the column values.
class ReferenceOrder
{
public:
    explicit ReferenceOrder(const RecordStore &store) : m_store(store), m_collator(referenceCollator()) {}

    int compare(CallColumn column, RowId a, RowId b) const
    {
        const RecordStore &s = m_store;
        switch (column) {
        case CallColumn::SessionId: return s.sessionId(a).compare(s.sessionId(b));
        case CallColumn::ConversationId: return s.conversationId(a).compare(s.conversationId(b));
        case CallColumn::StartTime: return cmp(s.startUtc(a), s.startUtc(b));
        case CallColumn::EndTime: return cmp(s.endUtc(a), s.endUtc(b));
        case CallColumn::Duration: return cmp(s.durationSeconds(a), s.durationSeconds(b));
        case CallColumn::Channel: return text(s.channel(a), s.channel(b));
        case CallColumn::Direction: return text(s.direction(a), s.direction(b));
        case CallColumn::FinalStatus: return text(s.finalStatus(a), s.finalStatus(b));
        case CallColumn::SmartStatus: return text(s.smartStatus(a), s.smartStatus(b));
        case CallColumn::Reason: return text(s.reason(a), s.reason(b));
        case CallColumn::Queues: return list(s.queues(a), s.queues(b));
        case CallColumn::Agents: return list(s.agents(a), s.agents(b));
        case CallColumn::Dispositions: return list(s.dispositions(a), s.dispositions(b));
        case CallColumn::Talk: return cmp(s.talkSeconds(a), s.talkSeconds(b));
        case CallColumn::Hold: return cmp(s.holdSeconds(a), s.holdSeconds(b));
        case CallColumn::AfterCallWork: return cmp(s.afterCallWorkSeconds(a), s.afterCallWorkSeconds(b));
        case CallColumn::HandleTime: return cmp(s.handleSeconds(a), s.handleSeconds(b));
        case CallColumn::Wait: return cmp(s.waitSeconds(a), s.waitSeconds(b));
        case CallColumn::Transfers: return cmp(s.destinationCount(a), s.destinationCount(b));
        case CallColumn::Csat: return cmp(s.csatScore(a), s.csatScore(b));
        case CallColumn::Nps: return cmp(s.npsScore(a), s.npsScore(b));
        case CallColumn::UserId: return s.userId(a).compare(s.userId(b));   // opaque ids: bytewise, like sessionId
        case CallColumn::Count: return cmp(a, b);
        }
        return 0;
    }

    // Stable sort of `rows` (given in arrival order): ties keep arrival order.
    Rows sorted(Rows rows, CallColumn column, Qt::SortOrder order) const
    {
        std::stable_sort(rows.begin(), rows.end(), [&](RowId a, RowId b) {
            const int c = compare(column, a, b);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        return rows;
    }

private:
    template<typename T>
    static int cmp(T a, T b) { return a < b ? -1 : (b < a ? 1 : 0); }
    int text(quint32 a, quint32 b) const { return m_collator.compare(m_store.strings().at(a), m_store.strings().at(b)); }
    int list(std::span<const quint32> a, std::span<const quint32> b) const
    {
        if (const int c = text(a.empty() ? 0 : a.front(), b.empty() ? 0 : b.front()))
            return c;
        return cmp(a.size(), b.size());
    }

    const RecordStore &m_store;
    QCollator m_collator;
};

Rows allRows(const RecordStore &store)
{
    Rows rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), RowId(0));
    return rows;
}

Rows filteredRows(const RecordStore &store, const FilterRule &rule)
{
    const FilterRule::Compiled compiled = rule.compile(store);
    Rows rows;
    for (RowId row : allRows(store)) {
        if (compiled.matches(row))
            rows.push_back(row);
    }
    return rows;
}

QList<testdata::Call> syntheticCalls(int first, int count)
{
    QList<testdata::Call> calls;
    const qint64 base = 1727400000;   // 2024-09-27
    for (int n = first; n < first + count; ++n)
        calls.append(testdata::syntheticCall(n, base + qint64(n) * 97 % 86400 * 3));
    return calls;
}

// Late calls bringing strings the pool has never seen (so ranks must extend),
// including ones that collate between, before and equal to existing strings.
QList<testdata::Call> lateCalls()
{
    QList<testdata::Call> calls = testdata::fixtureCalls();
    const QStringList agents{u"Aaron 10"_s, u"Agent 5 Zoë"_s, u"agent 50 zoë"_s, u"Ångström"_s, u"zed"_s, u"Émile Zola"_s};
    for (int i = 0; i < calls.size(); ++i) {
        testdata::Call &call = calls[i];
        call.sessionId = u"77aa%1"_s.arg(i, 20, 16, QLatin1Char('0'));
        if (!call.conversationId.isEmpty())
            call.conversationId = u"c-late-%1"_s.arg(i);
        call.userId = u"u-late-%1"_s.arg(i);
        if (!call.segments.isEmpty() && !call.segments[0].agent.isEmpty())
            call.segments[0].agent = agents[i % agents.size()];
    }
    calls[3].channel = u"Voice"_s;          // collates equal to "voice"
    calls[4].finalStatus = u"CLOSED 2"_s;
    return calls;
}

} // namespace

class TestRecordView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsInArrivalOrder();
    void sortMatchesReference_data();
    void sortMatchesReference();
    void textSortIsNumericWithAbsentFirst();
    void equalKeysKeepArrivalOrder();
    void radixSortMatchesComparisonSort_data();
    void radixSortMatchesComparisonSort();
    void idSortBeyondSharedPrefixKeepsTies();
    void filterThenSort();
    void filterChangesOnSortedViewEqualFreshView();
    void quickFiltersOverBlocksEqualRowByRow();
    void searchSeesIdBytesOfAppendedRows();
    void viewSearchEqualsRowByRowMatches();
    void shortSearchEqualsNaiveScan();
    void appendRowsEqualsRebuild_data();
    void appendRowsEqualsRebuild();
    void appendRowsFromEmpty();
    void rebuildAfterClearUsesNewStrings();

private:
    RecordStore m_fixture;    // the 11 hand-written calls
    RecordStore m_mixed;      // fixture + 300 synthetic calls
};

void TestRecordView::initTestCase()
{
    // Same collation as the reference, whatever locale the machine has.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(testdata::appendCalls(m_fixture, testdata::fixtureCalls()), 11);
    QCOMPARE(testdata::appendCalls(m_mixed, testdata::fixtureCalls()), 11);
    for (int page = 0; page < 3; ++page)
        QCOMPARE(testdata::appendCalls(m_mixed, syntheticCalls(page * 100, 100)), 100);
    QCOMPARE(m_mixed.size(), 311);
}

void TestRecordView::startsInArrivalOrder()
{
    RecordView view(&m_fixture);
    QCOMPARE(view.sortColumn(), CallColumn::Count);
    QCOMPARE(view.size(), 11);
    QCOMPARE(view.totalRows(), 11);
    QCOMPARE(view.rows(), allRows(m_fixture));
    QCOMPARE(view.positionOf(7), 7);
}

void TestRecordView::sortMatchesReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int c = 0; c <= int(CallColumn::Count); ++c) {
        const QByteArray key = c < int(CallColumn::Count) ? QByteArray(columnInfo(CallColumn(c)).key) : "arrival"_ba;
        QTest::newRow(QByteArray(key + " asc").constData()) << c << int(Qt::AscendingOrder);
        QTest::newRow(QByteArray(key + " desc").constData()) << c << int(Qt::DescendingOrder);
    }
}

void TestRecordView::sortMatchesReference()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const CallColumn col = CallColumn(column);
    const ReferenceOrder reference(m_mixed);

    RecordView view(&m_mixed);
    view.setSort(col, Qt::SortOrder(order));
    QCOMPARE(view.sortColumn(), col);
    QCOMPARE(view.sortOrder(), Qt::SortOrder(order));
    const Rows expected = col == CallColumn::Count ? allRows(m_mixed) : reference.sorted(allRows(m_mixed), col, Qt::SortOrder(order));
    QCOMPARE(view.rows(), expected);

    // lessThan agrees with the reference on neighbours.
    for (int i = 1; i < view.size(); ++i) {
        const RowId a = view.rowAt(i - 1);
        const RowId b = view.rowAt(i);
        const int c = reference.compare(col, a, b);
        QCOMPARE(view.lessThan(col, a, b), c < 0);
        QCOMPARE(view.lessThan(col, b, a), c > 0);
    }

    // Sorting again from another order gives the same result.
    view.setSort(CallColumn::Nps, Qt::DescendingOrder);
    view.setSort(col, Qt::SortOrder(order));
    QCOMPARE(view.rows(), expected);
}

void TestRecordView::textSortIsNumericWithAbsentFirst()
{
    RecordView view(&m_fixture);
    view.setSort(CallColumn::Queues, Qt::AscendingOrder);
    // none (0, 5, 9), Billing (2, 3; then 4 with two queues), Default Queue,
    // Queue 9 before Queue 10 (numeric), Tech Support.
    QCOMPARE(view.rows(), (Rows{0, 5, 9, 2, 3, 4, 1, 7, 6, 8, 10}));
    view.setSort(CallColumn::Queues, Qt::DescendingOrder);
    QCOMPARE(view.rows(), (Rows{10, 6, 8, 7, 1, 4, 2, 3, 0, 5, 9}));

    view.setSort(CallColumn::StartTime, Qt::AscendingOrder);
    QCOMPARE(view.rowAt(0), RowId(9));     // no start time
    QCOMPARE(view.rowAt(1), RowId(2));     // 13:32:46
    view.setSort(CallColumn::StartTime, Qt::DescendingOrder);
    QCOMPARE(view.rowAt(10), RowId(9));

    view.setSort(CallColumn::Csat, Qt::AscendingOrder);   // no score first
    QCOMPARE(view.rows(), (Rows{0, 1, 2, 6, 7, 8, 9, 10, 4, 5, 3}));

    view.setSort(CallColumn::Agents, Qt::AscendingOrder);
    // none (0, 2, 6, 9), Ana Müller (5), Émile Zola (7, 10), John Steve (1; 4 has two), ZOË ÅBERG (3, 8)
    QCOMPARE(view.rows(), (Rows{0, 2, 6, 9, 5, 7, 10, 1, 4, 3, 8}));
}

void TestRecordView::equalKeysKeepArrivalOrder()
{
    RecordStore store;
    QList<testdata::Call> calls(4, testdata::fixtureCalls()[3]);
    const QStringList agents{u"ZOË ÅBERG"_s, u"zoë åberg"_s, u"Zoë Åberg"_s, u"ZOË ÅBERG"_s};
    for (int i = 0; i < calls.size(); ++i) {
        calls[i].sessionId = u"s%1"_s.arg(i);
        calls[i].segments[0].agent = agents[i];
    }
    QCOMPARE(testdata::appendCalls(store, calls), 4);

    RecordView view(&store);
    for (CallColumn column : {CallColumn::Agents, CallColumn::Channel, CallColumn::HandleTime, CallColumn::Nps}) {
        view.setSort(column, Qt::AscendingOrder);
        QCOMPARE(view.rows(), (Rows{0, 1, 2, 3}));
        view.setSort(column, Qt::DescendingOrder);
        QCOMPARE(view.rows(), (Rows{0, 1, 2, 3}));
        QVERIFY(!view.lessThan(column, 0, 1));
        QVERIFY(!view.lessThan(column, 1, 0));
    }
    view.setSort(CallColumn::SessionId, Qt::DescendingOrder);
    QCOMPARE(view.rows(), (Rows{3, 2, 1, 0}));
}

void TestRecordView::radixSortMatchesComparisonSort_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("shuffledRows");
    const char *kinds[] = {"small range", "64-bit spread", "low outlier", "high outlier", "both outliers",
                           "two values", "one value", "already in order", "in order but the last"};
    for (int count : {5, 300, 5000}) {
        for (int kind = 0; kind < 9; ++kind) {
            for (bool shuffled : {false, true}) {
                QTest::addRow("%d %s%s", count, kinds[kind], shuffled ? " shuffled" : "") << count << kind << shuffled;
            }
        }
    }
}

// sortByKeyThenRow (radix passes over the varying bits, re-based keys, or
// nothing for rows already in order) gives exactly the (key, row) order of a
// comparison sort.
void TestRecordView::radixSortMatchesComparisonSort()
{
    QFETCH(int, count);
    QFETCH(int, kind);
    QFETCH(bool, shuffledRows);
    quint64 state = 12345 + quint64(count) * 7 + quint64(kind);
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state ^ (state >> 29);
    };
    Rows rows(static_cast<size_t>(count));
    std::vector<quint64> keys(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        rows[size_t(i)] = RowId(i * 3 + 1);   // ids with gaps, like a filtered view
        const quint64 r = next();
        quint64 key = 0;
        switch (kind) {
        case 0: key = 1000 + r % 50; break;                                        // many ties
        case 1: key = r; break;
        case 2: key = r % 5 == 0 ? 0 : (quint64(1) << 63) + 1700000000 + r % 100000; break;   // kNoTime-like
        case 3: key = r % 5 == 0 ? ~quint64(0) : 17 + r % 1000; break;
        case 4: key = r % 7 == 0 ? 0 : r % 7 == 1 ? ~quint64(0) : (quint64(1) << 40) + r % 3000; break;
        case 5: key = r % 2 ? 5 : (quint64(1) << 62); break;
        case 7: key = 1000 + quint64(i / 3); break;   // ties three by three
        case 8: key = i + 1 == count ? 0 : 1000 + quint64(i / 3); break;
        default: key = 42; break;
        }
        keys[size_t(i)] = key;
    }
    if (shuffledRows) {
        for (size_t i = rows.size(); i > 1; --i) {
            const size_t j = size_t(next() % i);
            std::swap(rows[i - 1], rows[j]);
            std::swap(keys[i - 1], keys[j]);
        }
    }
    std::vector<std::pair<quint64, RowId>> expected;
    for (size_t i = 0; i < rows.size(); ++i)
        expected.emplace_back(keys[i], rows[i]);
    std::sort(expected.begin(), expected.end());

    viewsort::sortByKeyThenRow(rows, keys);
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i], expected[i].second);
        if (i > 0) {   // keys may be re-based, but keep order and equality
            QCOMPARE(keys[i - 1] < keys[i], expected[i - 1].first < expected[i].first);
            QCOMPARE(keys[i - 1] == keys[i], expected[i - 1].first == expected[i].first);
        }
    }
}

// Ids sorted by an 8-byte window after their shared prefix: ids that differ
// only past the window, ids that are prefixes of others, equal ids (ties in
// arrival order), both directions, and from a shuffled order.
void TestRecordView::idSortBeyondSharedPrefixKeepsTies()
{
    RecordStore store;
    QList<testdata::Call> calls;
    const QStringList suffixes{u"b"_s, u"a"_s, u""_s, u"a"_s, u"ab"_s, u"aa"_s, u"b"_s, u"a0"_s};
    for (int i = 0; i < 600; ++i) {
        testdata::Call call = testdata::syntheticCall(i, 1727400000 + i);
        // All share "sess-0000-"; the window then holds 8 of the 10 varying digits.
        call.sessionId = u"sess-0000-%1%2-%3"_s.arg((i * 37) % 50, 10, 10, QLatin1Char('0')).arg(suffixes[i % suffixes.size()]).arg(i);
        call.userId = u"user-%1%2"_s.arg((i * 13) % 7, 8, 10, QLatin1Char('0')).arg(suffixes[i % suffixes.size()]);
        calls.append(call);
    }
    QCOMPARE(testdata::appendCalls(store, calls), 600);
    const ReferenceOrder reference(store);
    RecordView view(&store);
    for (CallColumn column : {CallColumn::SessionId, CallColumn::UserId, CallColumn::ConversationId}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view.setSort(CallColumn::Count, Qt::AscendingOrder);
            view.setSort(column, order);
            QCOMPARE(view.rows(), reference.sorted(allRows(store), column, order));
            view.setSort(CallColumn::HandleTime, Qt::DescendingOrder);   // rows not in id order
            view.setSort(column, order);
            QCOMPARE(view.rows(), reference.sorted(allRows(store), column, order));
        }
    }
}

// A sorted view keeps its full order while filtered (filter changes and
// clearing then need no sort): every step of a session of filter, sort and
// append changes must equal a view built from scratch with the same state.
void TestRecordView::filterChangesOnSortedViewEqualFreshView()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    for (int page = 0; page < 3; ++page)
        QCOMPARE(testdata::appendCalls(store, syntheticCalls(page * 100, 100)), 100);
    RecordView view(&store);
    auto check = [&](const char *step) {
        RecordView fresh(&store);
        fresh.setSort(view.sortColumn(), view.sortOrder());
        fresh.setFilter(view.filter());
        if (view.rows() != fresh.rows())
            QFAIL(step);
    };
    FilterRule voice;
    voice.setAllowed(QuickFilter::Channel, {u"voice"_s});
    FilterRule zoe;
    zoe.setSearchText(u"zoë"_s);
    FilterRule both = voice;
    both.setSearchText(u"zoë"_s);

    view.setSort(CallColumn::Agents, Qt::DescendingOrder);
    view.setFilter(voice);
    check("voice on agents desc");
    view.setFilter(zoe);
    check("zoë, from voice");
    view.setFilter(both);
    check("voice + zoë");
    view.setFilter(FilterRule());
    check("cleared");
    view.setFilter(zoe);
    view.setSort(CallColumn::StartTime, Qt::AscendingOrder);   // sort changed while filtered
    check("zoë, sorted by start");
    view.setFilter(voice);
    check("voice, sorted by start");
    view.setFilter(FilterRule());
    check("cleared after a sort change");
    view.setFilter(both);
    const int oldSize = store.size();
    QCOMPARE(testdata::appendCalls(store, lateCalls()), 11);
    view.appendRows(oldSize);   // appended while filtered
    check("appended while filtered");
    view.setFilter(voice);
    check("voice after the append");
    view.setFilter(FilterRule());
    check("cleared after the append");
    QCOMPARE(view.size(), store.size());
    view.setFilter(zoe);
    check("zoë at the end");
}

// Quick filters alone take a block path (256 rows' ids per call, no branch
// per row); over stretches that start and end inside blocks, in a view
// unsorted and sorted, it must keep exactly the rows matches() keeps.
void TestRecordView::quickFiltersOverBlocksEqualRowByRow()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    QCOMPARE(testdata::appendCalls(store, syntheticCalls(0, 1000)), 1000);
    struct Case { const char *name; QList<std::pair<QuickFilter, QSet<QString>>> allowed; };
    const Case cases[] = {
        {"channel voice", {{QuickFilter::Channel, {u"voice"_s}}}},
        {"channel rtm or whatsapp", {{QuickFilter::Channel, {u"rtm"_s, u"whatsapp"_s}}}},
        {"queue Billing or none", {{QuickFilter::Queue, {u"Billing"_s, QString()}}}},
        {"one agent", {{QuickFilter::Agent, {u"Agent 5 Zoë"_s}}}},
        {"disposition Callback", {{QuickFilter::Disposition, {u"Callback"_s}}}},
        {"status and direction", {{QuickFilter::FinalStatus, {u"CLOSED"_s}}, {QuickFilter::Direction, {u"Outbound"_s}}}},
        {"a value no call has", {{QuickFilter::SmartStatus, {u"NO SUCH STATUS"_s}}}},
    };
    for (const Case &c : cases) {
        FilterRule rule;
        for (const auto &[filter, values] : c.allowed)
            rule.setAllowed(filter, values);
        const FilterRule::Compiled compiled = rule.compile(store);
        for (const auto &[begin, end] : {std::pair<RowId, RowId>(0, RowId(store.size())), {5, 700}, {256, 512}, {300, 301}}) {
            Rows expected;
            for (RowId row = begin; row < end; ++row) {
                if (compiled.matches(row))
                    expected.push_back(row);
            }
            Rows got;
            compiled.appendMatches(begin, end, got);
            if (got != expected)
                QFAIL(qPrintable(u"%1, rows %2-%3: %4 rows, expected %5"_s.arg(QLatin1StringView(c.name)).arg(begin).arg(end)
                                     .arg(got.size()).arg(expected.size())));
        }
        const Rows all = filteredRows(store, rule);
        if (QByteArrayView(c.name) != "a value no call has")
            QVERIFY2(!all.empty() && all.size() < size_t(store.size()), c.name);
        RecordView view(&store);
        view.setFilter(rule);
        QVERIFY2(view.rows() == all, c.name);
        view.setFilter(FilterRule());
        view.setSort(CallColumn::StartTime, Qt::DescendingOrder);
        view.setFilter(rule);   // filters the kept sorted order
        RecordView fresh(&store);
        fresh.setFilter(rule);
        fresh.setSort(CallColumn::StartTime, Qt::DescendingOrder);
        QVERIFY2(view.rows() == fresh.rows(), c.name);
        QCOMPARE(view.rows().size(), all.size());
    }
}

// The view skips the ids for a search with a byte no id has: ids that bring
// new bytes (appended, or after a clear) must still be found, in either case.
void TestRecordView::searchSeesIdBytesOfAppendedRows()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    RecordView view(&store);
    view.setSort(CallColumn::StartTime, Qt::AscendingOrder);
    FilterRule rule;
    rule.setSearchText(u"~qz"_s);
    view.setFilter(rule);
    QCOMPARE(view.size(), 0);

    QList<testdata::Call> late{testdata::fixtureCalls()[3], testdata::fixtureCalls()[5]};
    late[0].sessionId = u"late-~QZ-1"_s;      // capitals only: found by the lower-case search
    late[1].sessionId = u"late-2"_s;
    late[1].userId = u"user~qz"_s;
    int oldSize = store.size();
    QCOMPARE(testdata::appendCalls(store, {late[0]}), 1);
    view.appendRows(oldSize);
    QCOMPARE(view.rows(), (Rows{11}));
    view.setFilter(FilterRule());
    view.setFilter(rule);
    QCOMPARE(view.rows(), (Rows{11}));
    oldSize = store.size();
    QCOMPARE(testdata::appendCalls(store, {late[1]}), 1);
    view.appendRows(oldSize);
    QCOMPARE(view.rows(), (Rows{11, 12}));
    view.setFilter(FilterRule());
    view.setFilter(rule);
    QCOMPARE(view.rows(), (Rows{11, 12}));

    // Cleared and refilled: the bytes of the old ids are forgotten, the new ones known.
    store.clear();
    QList<testdata::Call> fresh{testdata::fixtureCalls()[1]};
    fresh[0].conversationId = u"conv-\u00e9~qz"_s;
    QCOMPARE(testdata::appendCalls(store, fresh), 1);
    view.rebuild();
    QCOMPARE(view.rows(), (Rows{0}));
    rule.setSearchText(u"é~QZ"_s);
    view.setFilter(rule);
    QCOMPARE(view.rows(), (Rows{0}));
    rule.setSearchText(u"late"_s);
    view.setFilter(rule);
    QCOMPARE(view.size(), 0);
}

// The view's search skips rows by the byte pairs of their ids; it must find
// exactly the rows FilterRule::Compiled::matches() finds one by one, for
// pieces of ids of every length, in both cases, on ids with capitals.
void TestRecordView::viewSearchEqualsRowByRowMatches()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    QList<testdata::Call> calls = syntheticCalls(0, 200);
    for (int i = 0; i < calls.size(); i += 3) {
        calls[i].sessionId = calls[i].sessionId.toUpper() + u"-Xy"_s;
        calls[i].userId = u"USER-%1-AbC"_s.arg(i);
    }
    QCOMPARE(testdata::appendCalls(store, calls), 200);
    RecordView view(&store);
    int checked = 0;
    for (RowId row : {RowId(0), RowId(3), RowId(11), RowId(12), RowId(50), RowId(210)}) {
        for (const std::string_view id : {store.sessionId(row), store.conversationId(row), store.userId(row)}) {
            const QString text = QString::fromUtf8(id.data(), qsizetype(id.size()));
            for (qsizetype from = 0; from < text.size(); from += 3) {
                for (qsizetype length : {1, 2, 3, 7, 12}) {
                    if (from + length > text.size())
                        continue;
                    for (const QString &needle : {text.mid(from, length), text.mid(from, length).toUpper(), text.mid(from, length).toLower()}) {
                        FilterRule rule;
                        rule.setSearchText(needle);
                        view.setFilter(rule);
                        const FilterRule::Compiled compiled = rule.compile(store);
                        Rows expected;
                        for (RowId r = 0; r < RowId(store.size()); ++r) {
                            if (compiled.matches(r))
                                expected.push_back(r);
                        }
                        if (view.rows() != expected)
                            QFAIL(qPrintable(u"search \"%1\""_s.arg(needle)));
                        QVERIFY(!expected.empty());
                        ++checked;
                    }
                }
            }
        }
    }
    QVERIFY(checked > 300);
}

// Searches of one, two and three characters against a naive scan written
// from the definition (ASCII case folded "contains" over the ids, Qt's
// case-insensitive "contains" over the other text columns), on random ids:
// one byte and two hex digits are answered from the per-row id summary
// without reading the ids, so that summary must be exact.
void TestRecordView::shortSearchEqualsNaiveScan()
{
    const QString alphabet = u"0123456789abcdefABCDEFxyzXYZ-_.:@~/ é"_s;
    quint64 state = 12345;
    auto next = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    };
    auto randomId = [&](int maxLength) {
        QString id;
        const int length = next(maxLength + 1);
        for (int i = 0; i < length; ++i)
            id += alphabet[next(int(alphabet.size()))];
        return id;
    };
    QList<testdata::Call> calls = syntheticCalls(0, 300);
    for (int i = 0; i < calls.size(); ++i) {
        calls[i].sessionId = u"s%1-"_s.arg(i) + randomId(6);   // unique
        calls[i].conversationId = next(4) ? randomId(5) : QString();
        calls[i].userId = randomId(4);
    }
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, calls), 300);

    auto asciiLower = [](std::string text) {
        for (char &c : text)
            c = (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
        return text;
    };
    auto naive = [&](const QString &needle) {
        const std::string idNeedle = asciiLower(needle.toLower().toStdString());
        Rows rows;
        for (RowId row = 0; row < RowId(store.size()); ++row) {
            bool hit = false;
            for (const std::string_view id : {store.sessionId(row), store.conversationId(row), store.userId(row)})
                hit = hit || asciiLower(std::string(id)).find(idNeedle) != std::string::npos;
            const StringPool &pool = store.strings();
            for (const quint32 text : {store.channel(row), store.finalStatus(row), store.smartStatus(row),
                                       store.reason(row), store.direction(row)})
                hit = hit || pool.at(text).contains(needle, Qt::CaseInsensitive);
            for (const auto span : {store.queues(row), store.agents(row), store.dispositions(row)}) {
                for (const quint32 text : span)
                    hit = hit || pool.at(text).contains(needle, Qt::CaseInsensitive);
            }
            if (hit)
                rows.push_back(row);
        }
        return rows;
    };

    QStringList needles;
    for (const QChar a : alphabet) {
        needles << QString(a);
        for (const QChar b : u"07aFx-~é"_s)
            needles << QString(a) + b;
    }
    for (int i = 0; i < 200; ++i)
        needles << randomId(3) + QString(alphabet[next(int(alphabet.size()))]);
    RecordView view(&store);
    RecordView sorted(&store);
    sorted.setSort(CallColumn::SessionId, Qt::DescendingOrder);
    int nonEmpty = 0;
    for (const QString &needle : std::as_const(needles)) {
        if (needle.trimmed().isEmpty())
            continue;
        FilterRule rule;
        rule.setSearchText(needle);
        view.setFilter(rule);
        const Rows expected = naive(needle);
        if (view.rows() != expected)
            QFAIL(qPrintable(u"search \"%1\": %2 rows, naive %3"_s.arg(needle).arg(view.size()).arg(expected.size())));
        sorted.setFilter(rule);
        Rows sortedRows = sorted.rows();
        std::sort(sortedRows.begin(), sortedRows.end());
        if (sortedRows != expected)
            QFAIL(qPrintable(u"sorted view, search \"%1\""_s.arg(needle)));
        nonEmpty += expected.empty() ? 0 : 1;
    }
    QVERIFY(nonEmpty > 100);
}

void TestRecordView::filterThenSort()
{
    RecordView view(&m_fixture);
    view.setSort(CallColumn::HandleTime, Qt::DescendingOrder);
    FilterRule rule;
    rule.setAllowed(QuickFilter::Channel, {u"voice"_s});
    view.setFilter(rule);
    QVERIFY(view.filter() == rule);
    QCOMPARE(view.rows(), (Rows{10, 4, 3, 5, 7}));
    QCOMPARE(view.size(), 5);
    QCOMPARE(view.totalRows(), 11);
    QCOMPARE(view.positionOf(4), 1);
    QCOMPARE(view.positionOf(0), -1);

    rule.setSearchText(u"zoë"_s);
    view.setFilter(rule);
    QCOMPARE(view.rows(), (Rows{3}));
    view.setFilter(FilterRule());
    QCOMPARE(view.size(), 11);
    QCOMPARE(view.rowAt(0), RowId(10));
}

void TestRecordView::appendRowsEqualsRebuild_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("filtered");
    for (int c = 0; c <= int(CallColumn::Count); ++c) {
        const QByteArray key = c < int(CallColumn::Count) ? QByteArray(columnInfo(CallColumn(c)).key) : "arrival"_ba;
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
            const QByteArray name = key + (order == Qt::AscendingOrder ? " asc" : " desc");
            QTest::newRow(name.constData()) << c << order << false;
            QTest::newRow(QByteArray(name + " filtered").constData()) << c << order << true;
        }
    }
}

void TestRecordView::appendRowsEqualsRebuild()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(bool, filtered);

    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    for (int page = 0; page < 3; ++page)
        QCOMPARE(testdata::appendCalls(store, syntheticCalls(page * 100, 100)), 100);

    FilterRule rule;
    if (filtered) {
        rule.setAllowed(QuickFilter::Channel, {u"voice"_s, u"rtm"_s, u"Voice"_s});
        rule.setSearchText(u"o"_s);
    }
    RecordView view(&store);
    view.setFilter(rule);
    view.setSort(CallColumn(column), Qt::SortOrder(order));

    auto appendAndCheck = [&](const QList<testdata::Call> &calls) {
        const int oldSize = store.size();
        const int oldViewSize = view.size();
        QCOMPARE(testdata::appendCalls(store, calls), int(calls.size()));
        const std::vector<int> positions = view.appendRows(oldSize);

        RecordView fresh(&store);
        fresh.setFilter(rule);
        fresh.setSort(CallColumn(column), Qt::SortOrder(order));
        QCOMPARE(view.rows(), fresh.rows());
        QCOMPARE(view.size(), oldViewSize + int(positions.size()));

        // Exactly the new rows sit at the returned positions, ascending.
        std::vector<int> expected;
        for (int p = 0; p < view.size(); ++p) {
            if (view.rowAt(p) >= RowId(oldSize))
                expected.push_back(p);
        }
        QCOMPARE(positions, expected);
        QVERIFY(std::is_sorted(positions.begin(), positions.end()));
        const Rows newMatching = filteredRows(store, rule);
        QCOMPARE(int(std::count_if(newMatching.begin(), newMatching.end(), [&](RowId r) { return r >= RowId(oldSize); })),
                 int(positions.size()));
    };
    appendAndCheck(lateCalls());                 // a few new strings among many known ones
    if (QTest::currentTestFailed())
        return;
    appendAndCheck(syntheticCalls(300, 100));    // a bigger batch
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(view.appendRows(store.size()), std::vector<int>{});   // nothing new
}

void TestRecordView::appendRowsFromEmpty()
{
    RecordStore store;
    RecordView view(&store);
    view.setSort(CallColumn::Agents, Qt::AscendingOrder);
    QCOMPARE(view.size(), 0);
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    const std::vector<int> positions = view.appendRows(0);
    QCOMPARE(positions, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(view.rows(), (Rows{0, 2, 6, 9, 5, 7, 10, 1, 4, 3, 8}));
}

void TestRecordView::rebuildAfterClearUsesNewStrings()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, syntheticCalls(0, 100)), 100);
    RecordView view(&store);
    view.setSort(CallColumn::Agents, Qt::AscendingOrder);   // ranks built for these strings

    // After clear(), pool ids are reused for different strings.
    store.clear();
    QCOMPARE(testdata::appendCalls(store, lateCalls()), 11);
    view.rebuild();
    const ReferenceOrder reference(store);
    QCOMPARE(view.rows(), reference.sorted(allRows(store), CallColumn::Agents, Qt::AscendingOrder));
    view.setSort(CallColumn::Channel, Qt::DescendingOrder);
    QCOMPARE(view.rows(), reference.sorted(allRows(store), CallColumn::Channel, Qt::DescendingOrder));
}

QTEST_GUILESS_MAIN(TestRecordView)
#include "tst_recordview.moc"
