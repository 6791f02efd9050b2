// The mock's paging switches, through real HTTP: offset caps and what a capped
// request gets, one-off glitches (an empty page, an HTML proxy page), ignored
// limit/offset, calls inserted while a window is paged, the order within a
// second or overall, and millisecond filtering.

#include "mockclient.h"

using namespace mocktest;

namespace {

// The window most tests page through: two days, about 280 calls of twoWeeks().
const QString kFrom = u"2024-09-02 00:00:00"_s;
const QString kTo = u"2024-09-04 00:00:00"_s;

QList<int> windowCalls(const MockDataset &dataset)
{
    return dataset.select(utc("2024-09-02T00:00:00Z"), utc("2024-09-04T00:00:00Z"));
}

// "yyyy-MM-dd HH:mm:ss" for UTC seconds, as a request with timeZoneOffset 0 sends it.
QString requestText(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

Reply fetch(Client &client, const QString &from, const QString &to, const QString &query)
{
    Call c = client.call(from, to);
    c.query = query;
    return client.send(c);
}

QList<qint64> startsOf(const MockDataset &dataset, const QStringList &ids)
{
    QHash<QString, qint64> startOf;
    for (int i = 0; i < dataset.size(); ++i)
        startOf.insert(QString::fromLatin1(dataset.sessionId(i)), dataset.startUtc(i));
    QList<qint64> starts;
    for (const QString &id : ids)
        starts.append(startOf.value(id, -1));
    return starts;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

class TestMockPaging : public QObject
{
    Q_OBJECT

private slots:
    void offsetCaps_data();
    void offsetCaps();
    void emptyGlitchIsOneOff();
    void htmlProxyPage();
    void ignoreLimit();
    void ignoreOffset();
    void insertShiftsLaterPages();
    void insertMatchesFilters();
    void sameSecondShareMakesClusters();
    void shuffleSameSecondKeepsSecondsOrder();
    void unsortedEveryRequest();
    void millisecondFiltering();
};

void TestMockPaging::offsetCaps_data()
{
    using Cap = MockConfig::CapBehaviour;
    QTest::addColumn<bool>("pages");
    QTest::addColumn<int>("cap");          // recordsOffsetCap, or maxPagesOffset in pages mode
    QTest::addColumn<Cap>("behaviour");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("servedAs");     // the offset whose page comes back; -1: an empty page

    QTest::newRow("records, below the cap") << false << 30 << Cap::Error << 29 << 200 << 29;
    QTest::newRow("records, error at the cap") << false << 30 << Cap::Error << 30 << 400 << -1;
    QTest::newRow("records, empty at the cap") << false << 30 << Cap::Empty << 30 << 200 << -1;
    QTest::newRow("records, empty far past") << false << 30 << Cap::Empty << 150 << 200 << -1;
    QTest::newRow("records, repeat at the cap") << false << 30 << Cap::RepeatLast << 30 << 200 << 29;
    QTest::newRow("records, repeat far past") << false << 30 << Cap::RepeatLast << 77 << 200 << 29;
    QTest::newRow("records, no cap") << false << 0 << Cap::Empty << 150 << 200 << 150;
    QTest::newRow("pages, at the cap") << true << 3 << Cap::Error << 3 << 200 << 3;
    QTest::newRow("pages, error past") << true << 3 << Cap::Error << 4 << 400 << -1;
    QTest::newRow("pages, empty past") << true << 3 << Cap::Empty << 4 << 200 << -1;
    QTest::newRow("pages, repeat past") << true << 3 << Cap::RepeatLast << 9 << 200 << 3;
}

void TestMockPaging::offsetCaps()
{
    QFETCH(bool, pages);
    QFETCH(int, cap);
    QFETCH(MockConfig::CapBehaviour, behaviour);
    QFETCH(int, offset);
    QFETCH(int, status);
    QFETCH(int, servedAs);

    MockConfig config;
    config.offsetMode = pages ? MockConfig::OffsetMode::Pages : MockConfig::OffsetMode::Records;
    (pages ? config.maxPagesOffset : config.recordsOffsetCap) = cap;
    config.capBehaviour = behaviour;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = windowCalls(server.dataset());
    QVERIFY(all.size() > 200);

    const Reply r = fetch(client, kFrom, kTo, u"limit=10&offset=%1"_s.arg(offset));
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY2(r.errorMessage().contains(u"offset"_s), r.body.constData());
        return;
    }
    const int skip = servedAs < 0 ? 0 : (pages ? servedAs * 10 : servedAs);
    const QStringList expected = servedAs < 0 ? QStringList() : datasetIds(server.dataset(), all.mid(skip, 10));
    QCOMPARE(sessionIdsOf(r.data()), expected);
    QCOMPARE(r.json().value(u"numResults"_s).toInt(), int(expected.size()));
}

void TestMockPaging::emptyGlitchIsOneOff()
{
    MockConfig config;
    config.emptyGlitchEvery = 2;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = windowCalls(server.dataset());
    const auto page = [&](int offset) { return fetch(client, kFrom, kTo, u"limit=10&offset=%1"_s.arg(offset)); };
    const auto expected = [&](int offset) { return datasetIds(server.dataset(), all.mid(offset, 10)); };

    QCOMPARE(sessionIdsOf(page(0).data()), expected(0));      // offset 0: never counted
    QCOMPARE(sessionIdsOf(page(10).data()), expected(10));    // 1st counted
    const Reply glitch = page(20);                             // 2nd counted: empty
    QCOMPARE(glitch.status, 200);
    QCOMPARE(glitch.data().size(), 0);
    QCOMPARE(glitch.json().value(u"numResults"_s).toInt(), 0);
    QCOMPARE(sessionIdsOf(page(20).data()), expected(20));    // 3rd: the same page is back
    QCOMPARE(page(int(all.size())).data().size(), 0);         // past the end: not counted
    QCOMPARE(page(30).data().size(), 0);                       // 4th: empty again
    QCOMPARE(sessionIdsOf(page(30).data()), expected(30));
}

void TestMockPaging::htmlProxyPage()
{
    MockConfig config;
    config.htmlEvery = 2;
    MockServer server(config, twoWeeks(300));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(kFrom, kTo);
    const Reply first = client.send(c);
    const Reply html = client.send(c);
    const Reply third = client.send(c);
    QCOMPARE(first.status, 200);
    QVERIFY(!first.data().isEmpty());
    QCOMPARE(html.status, 200);
    QCOMPARE(html.header("content-type"), "text/html"_ba);
    QVERIFY(html.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(QJsonDocument::fromJson(html.body).isNull());
    QCOMPARE(third.body, first.body);

    // The log keeps every request with its body, the glitched one too.
    const QList<cs::mock::ReceivedRequest> log = server.receivedRequests();
    QCOMPARE(log.size(), 3);
    for (const cs::mock::ReceivedRequest &entry : log) {
        QCOMPARE(entry.body, c.body);
        QCOMPARE(entry.status, 200);
    }
}

void TestMockPaging::ignoreLimit()
{
    MockConfig config;
    config.ignoreLimit = true;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = windowCalls(server.dataset());
    QCOMPARE(sessionIdsOf(fetch(client, kFrom, kTo, u"limit=10"_s).data()), datasetIds(server.dataset(), all.mid(0, 100)));

    server.config().pageCap = 25;
    QCOMPARE(sessionIdsOf(fetch(client, kFrom, kTo, u"limit=10&offset=5"_s).data()),
             datasetIds(server.dataset(), all.mid(5, 25)));
    // In pages mode a page is the cap's size, not the asked-for one.
    server.config().offsetMode = MockConfig::OffsetMode::Pages;
    QCOMPARE(sessionIdsOf(fetch(client, kFrom, kTo, u"limit=10&offset=2"_s).data()),
             datasetIds(server.dataset(), all.mid(50, 25)));
}

void TestMockPaging::ignoreOffset()
{
    MockConfig config;
    config.ignoreOffset = true;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QStringList first = datasetIds(server.dataset(), windowCalls(server.dataset()).mid(0, 10));
    for (int offset : {0, 10, 250, 5000})
        QCOMPARE(sessionIdsOf(fetch(client, kFrom, kTo, u"limit=10&offset=%1"_s.arg(offset)).data()), first);
    // A server that ignores offset has no cap on it either.
    server.config().offsetMode = MockConfig::OffsetMode::Pages;
    const Reply pastCap = fetch(client, kFrom, kTo, u"limit=10&offset=50"_s);
    QCOMPARE(pastCap.status, 200);
    QCOMPARE(sessionIdsOf(pastCap.data()), first);
}

void TestMockPaging::insertShiftsLaterPages()
{
    MockConfig config;
    config.insertEvery = 2;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QStringList before = datasetIds(server.dataset(), windowCalls(server.dataset()));

    const Reply first = fetch(client, kFrom, kTo, u"limit=100&offset=0"_s);
    QCOMPARE(sessionIdsOf(first.data()), before.mid(0, 100));
    QVERIFY(server.insertedSessionIds().isEmpty());

    // The 2nd request inserts a call at the window's start before it is answered.
    const Reply second = fetch(client, kFrom, kTo, u"limit=100&offset=100"_s);
    QCOMPARE(server.insertedSessionIds().size(), 1);
    const QString inserted = QString::fromLatin1(server.insertedSessionIds().first());
    QVERIFY(!before.contains(inserted));
    QCOMPARE(server.dataset().size(), 2001);
    QCOMPARE(sessionIdsOf(second.data()), before.mid(99, 100));   // shifted by one: repeats the last of page 1

    // The dataset answers with the new call in place.
    const QList<int> after = windowCalls(server.dataset());
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(QString::fromLatin1(server.dataset().sessionId(after.first())), inserted);
    QCOMPARE(server.dataset().startUtc(after.first()), utc("2024-09-02T00:00:00Z"));
    QCOMPARE(sessionIdsOf(fetch(client, kFrom, kTo, u"limit=100&offset=0"_s).data()).first(), inserted);
    QCOMPARE(server.insertedSessionIds().size(), 1);   // the 3rd request inserted nothing
}

void TestMockPaging::insertMatchesFilters()
{
    MockConfig config;
    config.insertEvery = 1;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    for (const QString &channel : {u"email"_s, u"sms"_s}) {
        Call c = client.call(kFrom, kTo, 0, {{u"channels"_s, QJsonArray{channel}}});
        const Reply r = client.send(c);
        QCOMPARE(r.status, 200);
        const QJsonObject top = r.data().at(0).toObject();
        QCOMPARE(top.value(u"sessionId"_s).toString(), QString::fromLatin1(server.insertedSessionIds().last()));
        QCOMPARE(top.value(u"channel"_s).toString(), channel);
    }
    QCOMPARE(server.insertedSessionIds().size(), 2);
    QVERIFY(server.insertedSessionIds().first() != server.insertedSessionIds().last());
}

void TestMockPaging::sameSecondShareMakesClusters()
{
    DatasetSpec spec = twoWeeks();
    const MockDataset plain(spec);
    spec.sameSecondShare = 0.5;
    const MockDataset clustered(spec);
    QCOMPARE(clustered.size(), plain.size());

    const auto clusterSizes = [](const MockDataset &d) {
        QMap<qint64, int> perSecond;
        for (int i = 0; i < d.size(); ++i)
            ++perSecond[d.startUtc(i)];
        QList<int> sizes;
        for (int n : perSecond)
            if (n > 1)
                sizes.append(n);
        return sizes;
    };
    const QList<int> sizes = clusterSizes(clustered);
    int callsInClusters = 0;
    for (int n : sizes) {
        QVERIFY2(n >= 2 && n <= 8, qPrintable(QString::number(n)));
        callsInClusters += n;
    }
    // Half the calls moved, plus the calls they joined.
    QVERIFY2(callsInClusters > 1000 && callsInClusters < 1600, qPrintable(QString::number(callsInClusters)));
    QVERIFY(*std::max_element(sizes.cbegin(), sizes.cend()) >= 6);
    QVERIFY(clusterSizes(plain).size() < 10);

    // A moved call still renders its own (new) start.
    for (int i = 0; i < clustered.size(); i += 97) {
        const QJsonObject o = QJsonDocument::fromJson(clustered.recordJson(i, 0)).object();
        QCOMPARE(o.value(u"sessionStartTime"_s).toString(), wallText(clustered.startUtc(i)));
    }
}

void TestMockPaging::shuffleSameSecondKeepsSecondsOrder()
{
    DatasetSpec spec = twoWeeks();
    spec.sameSecondShare = 0.5;
    MockServer server(MockConfig{}, spec);
    QVERIFY(server.listen());
    Client client(server);
    // Six hours: the whole result fits in one page.
    const QString from = u"2024-09-03 14:00:00"_s, to = u"2024-09-03 20:00:00"_s;
    const QStringList expected = datasetIds(server.dataset(),
                                            server.dataset().select(utc("2024-09-03T14:00:00Z"), utc("2024-09-03T20:00:00Z")));
    QVERIFY2(expected.size() > 30 && expected.size() <= 100, qPrintable(QString::number(expected.size())));

    // Off: every request gets the same order.
    QCOMPARE(sessionIdsOf(fetch(client, from, to, {}).data()), expected);
    QCOMPARE(sessionIdsOf(fetch(client, from, to, {}).data()), expected);

    server.config().shuffleSameSecond = true;
    const QStringList a = sessionIdsOf(fetch(client, from, to, {}).data());
    const QStringList b = sessionIdsOf(fetch(client, from, to, {}).data());
    QCOMPARE(sorted(a), sorted(expected));
    QCOMPARE(sorted(b), sorted(expected));
    QVERIFY(a != b);
    QVERIFY(a != expected);
    // The seconds stay in order: only ties move.
    const QList<qint64> expectedStarts = startsOf(server.dataset(), expected);
    QCOMPARE(startsOf(server.dataset(), a), expectedStarts);
    QCOMPARE(startsOf(server.dataset(), b), expectedStarts);
}

void TestMockPaging::unsortedEveryRequest()
{
    MockConfig config;
    config.unsortedEveryRequest = true;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QString from = u"2024-09-03 14:00:00"_s, to = u"2024-09-03 20:00:00"_s;
    const QStringList expected = datasetIds(server.dataset(),
                                            server.dataset().select(utc("2024-09-03T14:00:00Z"), utc("2024-09-03T20:00:00Z")));
    QVERIFY(expected.size() > 30 && expected.size() <= 100);
    const QStringList a = sessionIdsOf(fetch(client, from, to, {}).data());
    const QStringList b = sessionIdsOf(fetch(client, from, to, {}).data());
    QCOMPARE(sorted(a), sorted(expected));
    QCOMPARE(sorted(b), sorted(expected));
    QVERIFY(a != b);
    const QList<qint64> starts = startsOf(server.dataset(), a);
    QVERIFY(!std::is_sorted(starts.cbegin(), starts.cend()));
}

void TestMockPaging::millisecondFiltering()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const MockDataset &dataset = server.dataset();
    // Calls alone in their second, one for each kind of sub-second start.
    QMap<int, int> byMillis;   // startMillis -> index
    for (int i = 1; i + 1 < dataset.size(); ++i) {
        const int ms = dataset.startMillis(i);
        const bool alone = dataset.startUtc(i - 1) != dataset.startUtc(i) && dataset.startUtc(i + 1) != dataset.startUtc(i);
        if (alone && (ms == 0 || ms == 500 || ms == 999) && !byMillis.contains(ms))
            byMillis.insert(ms, i);
    }
    QCOMPARE(byMillis.keys(), (QList<int>{0, 500, 999}));

    const auto idsIn = [&](qint64 from, qint64 to) {
        return sessionIdsOf(fetch(client, requestText(from), requestText(to), {}).data());
    };
    for (auto it = byMillis.cbegin(); it != byMillis.cend(); ++it) {
        const int index = it.value();
        const qint64 second = dataset.startUtc(index);
        const QString id = QString::fromLatin1(dataset.sessionId(index));

        server.config().millisecondStarts = false;
        QVERIFY(idsIn(second - 1800, second).contains(id));

        server.config().millisecondStarts = true;
        const QStringList ending = idsIn(second - 1800, second);
        QCOMPARE(ending.contains(id), it.key() == 0);   // endDate means .000
        QCOMPARE(ending, datasetIds(dataset, dataset.selectMillis(second - 1800, second)));
        const Reply starting = fetch(client, requestText(second), requestText(second + 1800), {});
        QCOMPARE(sessionIdsOf(starting.data()).first(), id);   // startDate .000 is before any start in that second
        // The stamp still shows the whole second.
        QCOMPARE(starting.data().at(0).toObject().value(u"sessionStartTime"_s).toString(), wallText(second));
    }
}

QTEST_GUILESS_MAIN(TestMockPaging)
#include "tst_mockpaging.moc"
