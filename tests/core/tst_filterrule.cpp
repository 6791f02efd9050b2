// FilterRule: search text over every text column, quick filters (single- and
// multi-valued, "(none)"), ranges, and their combination, on a store filled
// through the real parser.

#include "filterrule.h"
#include "viewtestdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

using Rows = QList<int>;

Rows matchingRows(const FilterRule &rule, const RecordStore &store)
{
    const FilterRule::Compiled compiled = rule.compile(store);
    Rows rows;
    for (int row = 0; row < store.size(); ++row) {
        if (compiled.matches(RowId(row)))
            rows.append(row);
    }
    return rows;
}

Rows allRows(const RecordStore &store)
{
    Rows rows;
    for (int row = 0; row < store.size(); ++row)
        rows.append(row);
    return rows;
}

qint64 utcOf(const char *isoWithoutZone)
{
    QDateTime dt = QDateTime::fromString(QString::fromUtf8(isoWithoutZone), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt.toSecsSinceEpoch();
}

} // namespace

class TestFilterRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyRuleMatchesEverything();
    void searchFindsEachTextColumn_data();
    void searchFindsEachTextColumn();
    void searchIgnoresColumnsThatAreNotText();
    void idSearchFoldsAsciiCaseAtEveryPosition();
    void quickFilters_data();
    void quickFilters();
    void rangesAreInclusive();
    void combinedFiltersIntersect();
    void refreshResolvesStringsInternedLater();
    void ruleValueSemantics();

private:
    RecordStore m_store;
};

void TestFilterRule::initTestCase()
{
    QCOMPARE(testdata::appendCalls(m_store, testdata::fixtureCalls()), 11);
    QCOMPARE(m_store.size(), 11);
    QCOMPARE(testdata::sessionIdOf(m_store, 3), u"66f70001dddd000000000003"_s);
}

void TestFilterRule::emptyRuleMatchesEverything()
{
    FilterRule rule;
    QVERIFY(rule.isEmpty());
    QCOMPARE(matchingRows(rule, m_store), allRows(m_store));
    rule.setSearchText(QString());
    rule.setAllowed(QuickFilter::Channel, {});
    QVERIFY(rule.isEmpty());
    QCOMPARE(matchingRows(rule, m_store), allRows(m_store));
}

void TestFilterRule::searchFindsEachTextColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("sessionId") << u"83b9147"_s << Rows{0};
    QTest::newRow("sessionId, other case") << u"66F6B83B"_s << Rows{0};
    QTest::newRow("conversationId") << u"C-92A3CA7"_s << Rows{2};
    QTest::newRow("channel") << u"whats"_s << Rows{6};
    QTest::newRow("finalStatus") << u"transf"_s << Rows{4};
    QTest::newRow("smartStatus") << u"Terminated"_s << Rows{2};
    QTest::newRow("reason") << u"hung UP"_s << Rows{6};
    QTest::newRow("direction") << u"outbound"_s << Rows{1, 5};
    QTest::newRow("queue, second of two") << u"tech supp"_s << Rows{4, 10};
    QTest::newRow("agent, unicode upper") << u"MÜLLER"_s << Rows{4, 5};
    QTest::newRow("agent, unicode lower finds upper") << u"zoë"_s << Rows{3, 8};
    QTest::newRow("agent, accented capital") << u"ÉMILE"_s << Rows{7, 10};
    QTest::newRow("disposition, second of two") << u"callback"_s << Rows{4, 10};
    QTest::newRow("userId") << u"2ee7ff98"_s << Rows{0};
    QTest::newRow("agent and reason") << u"john steve"_s << Rows{1, 4};
    QTest::newRow("no match") << u"no such text"_s << Rows{};
    QTest::newRow("non-ASCII search") << u"ë"_s << Rows{3, 8};
}

void TestFilterRule::searchFindsEachTextColumn()
{
    QFETCH(QString, text);
    QFETCH(Rows, expected);
    FilterRule rule;
    rule.setSearchText(text);
    QVERIFY(!rule.isEmpty());
    QCOMPARE(rule.searchText(), text);
    QCOMPARE(matchingRows(rule, m_store), expected);
}

void TestFilterRule::searchIgnoresColumnsThatAreNotText()
{
    // botId and isVoicemail are stored but are not table text columns.
    FilterRule rule;
    rule.setSearchText(u"st-e19dd469"_s);
    QCOMPARE(matchingRows(rule, m_store), Rows{});
}

// The id columns (not pooled) are searched byte by byte, 16 positions at a
// time, folding ASCII case only: every substring of every id, in either case,
// at the start, the middle and the very end, of ids shorter and longer than
// the vector width and than the scan buffer, must give what a plain
// lower-case substring test gives.
void TestFilterRule::idSearchFoldsAsciiCaseAtEveryPosition()
{
    RecordStore store;
    QList<testdata::Call> calls;
    const QStringList ids{u"A"_s, u"Ab"_s, u"xYz-0123456789abcDEF"_s, u"66F6B83B9147AAAAaaaa0001"_s,
                          u"c-92A3ca7e-0000-4000-8000-00000000ZZZZ"_s, u"u-"_s + QString(600, u'q') + u"End-Of-LONG"_s,
                          u"a.b*c?d[e]"_s, u"Ünïcode-Ä-tail"_s};
    for (int i = 0; i < ids.size(); ++i) {
        testdata::Call call;
        call.sessionId = u"s%1-"_s.arg(i) + ids[i];
        call.conversationId = ids[(i + 3) % ids.size()] + u"~"_s;
        call.userId = ids[(i + 5) % ids.size()];
        calls.append(call);
    }
    QCOMPARE(testdata::appendCalls(store, calls), int(ids.size()));
    auto reference = [&](const QString &needle) {
        const QByteArray lower = needle.toLower().toUtf8();
        auto asciiLower = [](std::string_view v) {
            std::string s(v);
            for (char &c : s)
                c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            return s;
        };
        Rows rows;
        for (int row = 0; row < store.size(); ++row) {
            for (const std::string_view id : {store.sessionId(RowId(row)), store.conversationId(RowId(row)), store.userId(RowId(row))}) {
                if (asciiLower(id).find(lower.toStdString()) != std::string::npos) {
                    rows.append(row);
                    break;
                }
            }
        }
        return rows;
    };
    int checked = 0;
    for (const QString &id : ids) {
        for (qsizetype from = 0; from < id.size(); from += (id.size() > 64 ? 37 : 1)) {
            for (qsizetype length : {1, 2, 3, 15, 16, 17, 40}) {
                if (from + length > id.size())
                    continue;
                for (const QString &needle : {id.mid(from, length), id.mid(from, length).toUpper(), id.mid(from, length).toLower()}) {
                    FilterRule rule;
                    rule.setSearchText(needle);
                    const Rows expected = reference(needle);
                    if (matchingRows(rule, store) != expected)
                        QFAIL(qPrintable(u"search \"%1\""_s.arg(needle)));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 500);
    // ASCII folding only in ids: a non-ASCII capital does not match its small letter there.
    FilterRule rule;
    rule.setSearchText(u"ünïcode-ä"_s);
    QCOMPARE(matchingRows(rule, store), Rows{});
    rule.setSearchText(u"NÏCODE-"_s);   // lower-cased to the id's own "nïcode-"
    QCOMPARE(matchingRows(rule, store), reference(u"NÏCODE-"_s));
    QVERIFY(!matchingRows(rule, store).isEmpty());
}

void TestFilterRule::quickFilters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Rows>("expected");
    auto add = [](const char *name, QuickFilter f, const QStringList &values, const Rows &rows) {
        QTest::newRow(name) << int(f) << values << rows;
    };
    add("channel", QuickFilter::Channel, {u"voice"_s}, {3, 4, 5, 7, 10});
    add("channel, two values", QuickFilter::Channel, {u"voice"_s, u"rtm"_s}, {2, 3, 4, 5, 7, 8, 9, 10});
    add("channel is exact, not a substring", QuickFilter::Channel, {u"voic"_s}, {});
    add("final status", QuickFilter::FinalStatus, {u"TRANSFERRED"_s, u"BotResolved"_s}, {0, 4, 9});
    add("smart status", QuickFilter::SmartStatus, {u"CLOSED AT BOT"_s}, {0, 9});
    add("direction none", QuickFilter::Direction, {QString()}, {0, 9});
    add("queue, any of several", QuickFilter::Queue, {u"Tech Support"_s}, {4, 10});
    add("queue none", QuickFilter::Queue, {QString()}, {0, 5, 9});
    add("queue none or Queue 9", QuickFilter::Queue, {QString(), u"Queue 9"_s}, {0, 5, 7, 9});
    add("agent", QuickFilter::Agent, {u"Ana Müller"_s}, {4, 5});
    add("agent none", QuickFilter::Agent, {QString()}, {0, 2, 6, 9});
    add("agent unicode", QuickFilter::Agent, {u"ZOË ÅBERG"_s, u"Émile Zola"_s}, {3, 7, 8, 10});
    add("agent is case-sensitive (displayed text)", QuickFilter::Agent, {u"zoë åberg"_s}, {});
    add("disposition", QuickFilter::Disposition, {u"Callback"_s}, {4, 10});
    add("disposition none", QuickFilter::Disposition, {QString()}, {0, 5, 9});
    add("unknown value", QuickFilter::Channel, {u"fax"_s}, {});
}

void TestFilterRule::quickFilters()
{
    QFETCH(int, filter);
    QFETCH(QStringList, values);
    QFETCH(Rows, expected);
    const QSet<QString> set(values.begin(), values.end());
    FilterRule rule;
    rule.setAllowed(QuickFilter(filter), set);
    QCOMPARE(rule.allowed(QuickFilter(filter)), set);
    QVERIFY(!rule.isEmpty());
    QCOMPARE(matchingRows(rule, m_store), expected);
}

void TestFilterRule::rangesAreInclusive()
{
    FilterRule rule;
    rule.setStartRange(std::pair{utcOf("2024-09-27T14:05:00"), utcOf("2024-09-27T14:40:00")});
    QCOMPARE(matchingRows(rule, m_store), (Rows{3, 4, 5}));

    // A row without a start time (9) never falls in a start range.
    rule.setStartRange(std::pair{std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max()});
    QCOMPARE(matchingRows(rule, m_store), (Rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 10}));

    rule.setStartRange(std::nullopt);
    rule.setHandleRange(std::pair{90, 360});   // 5 = 90 s, 8 = 200 s, 3 = 360 s
    QCOMPARE(matchingRows(rule, m_store), (Rows{3, 5, 8}));
    rule.setHandleRange(std::pair{0, 0});      // no agent time at all
    QCOMPARE(matchingRows(rule, m_store), (Rows{0, 2, 6, 9}));
    rule.setHandleRange(std::nullopt);
    QVERIFY(rule.isEmpty());
}

void TestFilterRule::combinedFiltersIntersect()
{
    FilterRule rule;
    rule.setAllowed(QuickFilter::Channel, {u"voice"_s});
    rule.setAllowed(QuickFilter::Agent, {u"Ana Müller"_s});
    QCOMPARE(matchingRows(rule, m_store), (Rows{4, 5}));
    rule.setSearchText(u"CALLBACK"_s);
    QCOMPARE(matchingRows(rule, m_store), (Rows{4}));

    FilterRule ranged;
    ranged.setAllowed(QuickFilter::Channel, {u"voice"_s, u"rtm"_s});
    ranged.setStartRange(std::pair{utcOf("2024-09-27T13:00:00"), utcOf("2024-09-27T23:59:59")});
    ranged.setHandleRange(std::pair{100, 100000});
    QCOMPARE(matchingRows(ranged, m_store), (Rows{3, 4, 8}));
    ranged.setSearchText(u"zoë"_s);
    QCOMPARE(matchingRows(ranged, m_store), (Rows{3, 8}));
    ranged.setAllowed(QuickFilter::Disposition, {QString()});
    QCOMPARE(matchingRows(ranged, m_store), (Rows{}));
}

void TestFilterRule::refreshResolvesStringsInternedLater()
{
    RecordStore store;
    QList<testdata::Call> first = testdata::fixtureCalls().mid(0, 4);
    QCOMPARE(testdata::appendCalls(store, first), 4);

    FilterRule rule;
    rule.setSearchText(u"nadia"_s);
    rule.setAllowed(QuickFilter::Queue, {u"Night Shift"_s, u"Billing"_s});
    FilterRule::Compiled compiled = rule.compile(store);
    for (RowId row = 0; row < 4; ++row)
        QVERIFY(!compiled.matches(row));   // Billing rows (2, 3) lack "nadia"

    testdata::Call late = testdata::fixtureCalls()[3];
    late.sessionId = u"66f70001dddd0000000000ff"_s;
    late.segments = {{u"Night Shift"_s, u"Nadia Ørsted"_s, 100, 0, 0}};
    QCOMPARE(testdata::appendCalls(store, {late}), 1);

    // Before refresh() the new strings are unknown: not matched, and no crash.
    QVERIFY(!compiled.matches(4));
    compiled.refresh();
    QVERIFY(compiled.matches(4));
    QCOMPARE(compiled.matches(4), rule.compile(store).matches(4));
    for (RowId row = 0; row < 4; ++row)
        QCOMPARE(compiled.matches(row), rule.compile(store).matches(row));
}

void TestFilterRule::ruleValueSemantics()
{
    FilterRule a;
    FilterRule b;
    QVERIFY(a == b);
    a.setAllowed(QuickFilter::Agent, {u"John Steve"_s});
    QVERIFY(!(a == b));
    b.setAllowed(QuickFilter::Agent, {u"John Steve"_s});
    QVERIFY(a == b);
    a.setSearchText(u"x"_s);
    QVERIFY(!(a == b));
    b.setSearchText(u"x"_s);
    a.setHandleRange(std::pair{1, 2});
    QVERIFY(!(a == b));
    b.setHandleRange(std::pair{1, 2});
    QVERIFY(a == b);
    a.setStartRange(std::pair{qint64(1), qint64(2)});
    QVERIFY(!(a == b));
    a.clear();
    QVERIFY(a.isEmpty());
    QVERIFY(a == FilterRule());
    QVERIFY(a.allowed(QuickFilter::Agent).isEmpty());
}

QTEST_GUILESS_MAIN(TestFilterRule)
#include "tst_filterrule.moc"
