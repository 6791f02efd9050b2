// End-to-end fetches with the real FetchEngine over real HTTP against the
// in-process mock: both offset semantics (records, pages with max offset 10),
// a page cap below the asked limit, Auto detection, a daylight-saving change,
// and the body filters. Every test checks that EXACTLY the calls the mock
// holds for the range and filters end up in the store.
// The fault modes (429, 5xx, truncation, resets, latency, cancel, auth) are
// in tst_fetchfaults.cpp; the harness is fetchharness.h.

#include "fetchharness.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fetchtest;
using cs::PagingMode;
using cs::mock::MockConfig;
using cs::mock::MockServer;

namespace {

int queryValue(const cs::mock::ReceivedRequest &request, const QString &key)
{
    const QByteArray path = request.path;
    const qsizetype question = path.indexOf('?');
    return QUrlQuery(QString::fromUtf8(path.mid(question + 1))).queryItemValue(key).toInt();
}

// Every request the mock answered was a page (no 400 for a too-large offset,
// no 4xx for a malformed request).
bool allAnswered200(const MockServer &server)
{
    for (const auto &request : server.receivedRequests())
        if (request.status != 200)
            return false;
    return !server.receivedRequests().isEmpty();
}

} // namespace

class TestFetchEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsMode();
    void pagesModeSplitsABusyWindow();
    void pageCapBelowLimit_data();
    void pageCapBelowLimit();
    void autoDetection_data();
    void autoDetection();
    void daylightSavingChangeNewYork();
    void filters_data();
    void filters();
    void invalidSpecFinishesFailed();
};

void TestFetchEngine::recordsMode()
{
    // Ten days: two request windows (the API allows seven days each).
    MockConfig config;
    config.offsetMode = MockConfig::OffsetMode::Records;
    MockServer server(config, dataset(1500, "2024-09-01T00:00:00Z", "2024-09-21T23:59:59Z"));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 3, 6), at(2024, 9, 13, 5, 59, 59));
    spec.paging = PagingMode::Records;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QCOMPARE(fetch.outcome->detectedPaging, PagingMode::Records);
    QCOMPARE(fetch.outcome->windows.size(), 2);
    QCOMPARE(fetch.outcome->requests, server.requestCount());
    QVERIFY(allAnswered200(server));
    // With offset counting records and no detection probe, each offset is the
    // sum of what its window already returned: no page overlaps another, so
    // nothing arrives twice (no call of this dataset starts on the windows'
    // shared boundary second).
    QCOMPARE(fetch.records, qint64(fetch.store.size()));
    for (const auto &request : server.receivedRequests())
        QCOMPARE(queryValue(request, u"limit"_s), 100);
}

void TestFetchEngine::pagesModeSplitsABusyWindow()
{
    // offset counts pages and stops at 10: one window yields at most 11
    // pages. With 20 per page that is 220 records, and the range holds more.
    MockConfig config;
    config.offsetMode = MockConfig::OffsetMode::Pages;
    config.maxPagesOffset = 10;
    MockServer server(config, dataset(900, "2024-09-02T00:00:00Z", "2024-09-05T23:59:59Z"));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 4, 23, 59, 59));
    spec.paging = PagingMode::Pages;
    spec.pageLimit = 20;
    spec.maxPagesOffset = 10;
    QVERIFY2(expectedIds(server, spec).size() > 11 * 20 * 2, "the range must need several splits");

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QCOMPARE(fetch.outcome->detectedPaging, PagingMode::Pages);
    // Windows narrowed in time past the server's last page, and said so.
    QVERIFY2(fetch.outcome->narrowings >= 2, qPrintable(fetch.noticesText()));
    QVERIFY2(fetch.anyNoticeContains(u"the last page the server allows"_s), qPrintable(fetch.noticesText()));
    // The engine never asked past the server's maximum offset.
    QVERIFY(allAnswered200(server));
    for (const auto &request : server.receivedRequests())
        QVERIFY(queryValue(request, u"offset"_s) <= 10);
}

void TestFetchEngine::pageCapBelowLimit_data()
{
    QTest::addColumn<PagingMode>("mode");
    QTest::newRow("offset counts records") << PagingMode::Records;
    QTest::newRow("offset counts pages") << PagingMode::Pages;
}

void TestFetchEngine::pageCapBelowLimit()
{
    // The engine asks for 100; the server silently returns at most 30.
    QFETCH(PagingMode, mode);
    MockConfig config;
    config.offsetMode = mockMode(mode);
    config.pageCap = 30;
    MockServer server(config, dataset(700, "2024-09-02T00:00:00Z", "2024-09-04T23:59:59Z", 23));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2, 12), at(2024, 9, 4, 11, 59, 59));
    spec.paging = mode;
    spec.pageLimit = 100;
    QVERIFY(expectedIds(server, spec).size() > 11 * 30);   // pages mode must split too

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QVERIFY(allAnswered200(server));
    if (mode == PagingMode::Pages) {
        // After the first page showed the server's page size, the engine asks
        // for exactly that, so "offset N" means the same records to both sides.
        for (const auto &request : server.receivedRequests())
            if (queryValue(request, u"offset"_s) > 0)
                QCOMPARE(queryValue(request, u"limit"_s), 30);
    }
}

void TestFetchEngine::autoDetection_data()
{
    QTest::addColumn<PagingMode>("serverMode");
    QTest::addColumn<int>("pageCap");
    QTest::newRow("records") << PagingMode::Records << 0;
    QTest::newRow("pages") << PagingMode::Pages << 0;
    QTest::newRow("records, capped at 30") << PagingMode::Records << 30;
    QTest::newRow("pages, capped at 30") << PagingMode::Pages << 30;
}

void TestFetchEngine::autoDetection()
{
    QFETCH(PagingMode, serverMode);
    QFETCH(int, pageCap);
    MockConfig config;
    config.offsetMode = mockMode(serverMode);
    config.pageCap = pageCap;
    // Eight days: two windows, the first busy enough to need more than 11 pages of 50.
    MockServer server(config, dataset(1600, "2024-09-02T00:00:00Z", "2024-09-10T23:59:59Z", 31));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 9, 23, 59, 59));
    spec.paging = PagingMode::Auto;
    spec.pageLimit = 50;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QCOMPARE(fetch.outcome->detectedPaging, serverMode);
    const QString said = serverMode == PagingMode::Records ? u"offset counts records"_s : u"offset counts pages"_s;
    QVERIFY2(fetch.anyNoticeContains(said), qPrintable(fetch.noticesText()));
    QVERIFY(allAnswered200(server));
    // Detected as pages, the busy window had to be narrowed in time.
    if (serverMode == PagingMode::Pages)
        QVERIFY(fetch.outcome->narrowings > 0);
}

void TestFetchEngine::daylightSavingChangeNewYork()
{
    // New York leaves daylight saving on 2024-11-03 at 02:00 EDT (06:00 UTC):
    // the offset is 240 before and 300 after. One request cannot express both,
    // so each window must carry its own exact timeZoneOffset.
    const QTimeZone newYork("America/New_York");
    QVERIFY(newYork.isValid());
    MockConfig config;
    MockServer server(config, dataset(800, "2024-11-01T00:00:00Z", "2024-11-06T23:59:59Z", 47));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 11, 2, 0, 0, 0, newYork), at(2024, 11, 4, 23, 59, 59, newYork),
                                 newYork);
    spec.paging = PagingMode::Records;
    spec.pageLimit = 50;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);

    // Each window lies in one offset period and carries that period's offset.
    QSet<int> offsets;
    for (const cs::WindowStatus &status : fetch.outcome->windows) {
        const cs::RequestWindow &w = status.window;
        const auto jsOffset = [&](qint64 t) {
            return -newYork.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())) / 60;
        };
        QCOMPARE(w.offsetMinutes, jsOffset(w.startUtc));
        QCOMPARE(w.offsetMinutes, jsOffset(std::max(w.startUtc, w.endUtc - 1)));
        offsets.insert(w.offsetMinutes);
    }
    QCOMPARE(offsets, (QSet<int>{240, 300}));

    // What was sent: every request's wall-clock dates, read back with its own
    // offset, fall inside one period of New York time.
    for (const auto &request : server.receivedRequests()) {
        const QJsonObject body = bodyOf(request);
        const int offset = body.value(u"timeZoneOffset"_s).toInt();
        QVERIFY(offset == 240 || offset == 300);
        for (const QString &key : {u"startDate"_s, u"endDate"_s}) {
            QDateTime wall = QDateTime::fromString(body.value(key).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
            QVERIFY(wall.isValid());
            wall.setTimeZone(QTimeZone::utc());
            const qint64 instant = wall.toSecsSinceEpoch() + qint64(offset) * 60;
            // The period's own offset (for the end instant, the second before it).
            const qint64 probe = key == u"endDate"_s && offset == 240 ? instant - 1 : instant;
            QCOMPARE(-newYork.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, QTimeZone::utc())) / 60, offset);
        }
    }
    QVERIFY(fetch.pageOffsets.contains(240) && fetch.pageOffsets.contains(300));

    // The records' zone-less times, read with their request's offset, are the
    // instants the dataset holds.
    const cs::mock::MockDataset &data = server.dataset();
    QHash<QByteArray, qint64> startOf;
    for (int index : data.select(utc("2024-11-01T00:00:00Z"), utc("2024-11-06T23:59:59Z")))
        startOf.insert(data.sessionId(index), data.startUtc(index));
    for (int row = 0; row < fetch.store.size(); ++row) {
        const std::string_view id = fetch.store.sessionId(cs::RowId(row));
        const QByteArray key(id.data(), qsizetype(id.size()));
        QCOMPARE(fetch.store.startUtc(cs::RowId(row)), startOf.value(key));
    }
}

void TestFetchEngine::filters_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("queues");
    QTest::addColumn<QString>("direction");
    const QString billing = u"qu-36b3216f-daee-b975-729f-ae923d5a4fd1"_s;
    const QString support = u"qu-2aabfe22-8f21-9e9c-b0eb-53f16947ccf2"_s;
    QTest::newRow("one channel") << QStringList{u"voice"_s} << QStringList() << QString();
    QTest::newRow("two channels") << QStringList{u"rtm"_s, u"email"_s} << QStringList() << QString();
    QTest::newRow("one queue") << QStringList() << QStringList{billing} << QString();
    QTest::newRow("two queues") << QStringList() << QStringList{billing, support} << QString();
    QTest::newRow("inbound") << QStringList() << QStringList() << u"Inbound"_s;
    QTest::newRow("outbound") << QStringList() << QStringList() << u"Outbound"_s;
    QTest::newRow("all three") << QStringList{u"voice"_s, u"campaign"_s} << QStringList{support} << u"Inbound"_s;
}

void TestFetchEngine::filters()
{
    QFETCH(QStringList, channels);
    QFETCH(QStringList, queues);
    QFETCH(QString, direction);
    MockConfig config;
    config.pageCap = 40;   // several pages even after filtering
    MockServer server(config, dataset(1200, "2024-09-02T00:00:00Z", "2024-09-06T23:59:59Z", 5));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 5, 23, 59, 59));
    spec.paging = PagingMode::Auto;
    spec.channels = channels;
    spec.queues = queues;
    spec.direction = direction;
    cs::FetchSpec unfiltered = spec;
    unfiltered.channels.clear();
    unfiltered.queues.clear();
    unfiltered.direction.clear();
    QVERIFY(expectedIds(server, spec).size() < expectedIds(server, unfiltered).size());

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    // The filters travel in every request body, as the spec names them.
    for (const auto &request : server.receivedRequests()) {
        const QJsonObject body = bodyOf(request);
        QCOMPARE(body.value(u"channels"_s).toVariant().toStringList(), channels);
        QCOMPARE(body.value(u"queues"_s).toVariant().toStringList(), queues);
        QCOMPARE(body.value(u"direction"_s).toString(), direction);
        QCOMPARE(body.contains(u"direction"_s), !direction.isEmpty());
    }
}

void TestFetchEngine::invalidSpecFinishesFailed()
{
    // Nothing is sent for a spec that cannot be right; the reason is given.
    MockServer server(MockConfig(), dataset(10, "2024-09-02T00:00:00Z", "2024-09-03T00:00:00Z"));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 3), at(2024, 9, 2));   // ends before it starts
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    QCOMPARE(fetch.outcome->status, cs::FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"before its start"_s), qPrintable(fetch.outcome->error));

    spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3));
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(QByteArray())));
    QCOMPARE(fetch.outcome->status, cs::FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"No credentials"_s), qPrintable(fetch.outcome->error));
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestFetchEngine)
#include "tst_fetchengine.moc"
