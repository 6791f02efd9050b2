// The fetch engine against every server behaviour FACTS.md leaves open, at
// the real budget of 60 requests a minute (in compressed time): stamps in UTC
// or in the request's offset, east and west of UTC and across a
// daylight-saving change; offset caps that answer empty, repeat the last page
// or refuse; glitches; calls written while paging; an unstable order within a
// second or no order at all; millisecond filtering; a server that ignores
// `limit` or `offset`. Each must deliver EXACTLY the calls of the range, with
// their true UTC start, or fail loudly.

#include "fetchharness.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace fetchtest;
using cs::FetchOutcome;
using cs::PagingMode;
using cs::mock::MockConfig;
using cs::mock::MockServer;

namespace {

enum class Stamps { Offset, Utc };

void setStamps(MockConfig &config, Stamps stamps)
{
    config.stampZone = stamps == Stamps::Utc ? MockConfig::StampZone::Utc : MockConfig::StampZone::RequestOffset;
}

// Every row's UTC start equals the server's true start of that call.
QString wrongStarts(const MockServer &server, const cs::RecordStore &store)
{
    const cs::mock::MockDataset &data = server.dataset();
    QHash<QByteArray, qint64> truth;
    for (int index : data.select(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()))
        truth.insert(data.sessionId(index), data.startUtc(index));
    int wrong = 0;
    QString example;
    for (int row = 0; row < store.size(); ++row) {
        const std::string_view id = store.sessionId(cs::RowId(row));
        const QByteArray key(id.data(), qsizetype(id.size()));
        if (store.startUtc(cs::RowId(row)) != truth.value(key)) {
            if (wrong++ == 0)
                example = u"%1: %2 instead of %3"_s.arg(QString::fromLatin1(key))
                              .arg(store.startUtc(cs::RowId(row)))
                              .arg(truth.value(key));
        }
    }
    return wrong == 0 ? QString() : u"%1 rows with a wrong UTC start, e.g. %2"_s.arg(wrong).arg(example);
}

int requestsForData(const MockServer &server)
{
    return server.requestCount();
}

} // namespace

class TestFetchFidelity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stampConventions_data();
    void stampConventions();
    void offsetCaps_data();
    void offsetCaps();
    void glitchesAndProxies_data();
    void glitchesAndProxies();
    void callsWrittenWhilePaging();
    void unstableOrderWithinASecond();
    void noOrderAtAll();
    void millisecondFiltering();
    void ignoredLimit();
    void sparseWindowsInPagesMode();
    void ignoredOffset();
    void selectedFieldsAreSent();
    void noSelectedFields();
};

void TestFetchFidelity::stampConventions_data()
{
    QTest::addColumn<Stamps>("stamps");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<PagingMode>("mode");
    QTest::addColumn<QDate>("from");
    struct Zone { const char *name; QDate from; };
    // East of UTC; west of UTC across the March DST change; east across the October one.
    const Zone zones[] = {{"Asia/Kolkata", QDate(2024, 9, 2)},
                          {"America/New_York", QDate(2024, 3, 4)},
                          {"Europe/Berlin", QDate(2024, 10, 21)}};
    for (const Zone &zone : zones) {
        for (Stamps stamps : {Stamps::Offset, Stamps::Utc}) {
            for (PagingMode mode : {PagingMode::Records, PagingMode::Pages}) {
                QTest::addRow("%s %s %s", zone.name, stamps == Stamps::Utc ? "utc" : "offset",
                              mode == PagingMode::Pages ? "pages" : "records")
                    << stamps << QByteArray(zone.name) << mode << zone.from;
            }
        }
    }
}

void TestFetchFidelity::stampConventions()
{
    QFETCH(Stamps, stamps);
    QFETCH(QByteArray, zone);
    QFETCH(PagingMode, mode);
    QFETCH(QDate, from);
    const QTimeZone tz(zone);
    MockConfig config;
    setStamps(config, stamps);
    config.offsetMode = mockMode(mode);
    // Pages capped at 10 of 10 records: every window holds more than the
    // server pages through, so windows narrow by time, which reads stamps.
    config.pageCap = 10;
    config.maxPagesOffset = 10;
    const qint64 start = QDateTime(from, QTime(0, 0), tz).toSecsSinceEpoch() - 86400;
    cs::mock::DatasetSpec data;
    data.seed = 7;
    data.calls = 1400;
    data.startUtc = start;
    data.endUtc = start + 12 * 86400;
    MockServer server(config, data);
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, QDateTime(from, QTime(0, 0), tz), QDateTime(from.addDays(9), QTime(23, 59, 59), tz), tz);
    spec.paging = PagingMode::Auto;
    spec.pageLimit = 10;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    const QString wrong = wrongStarts(server, fetch.store);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(fetch.outcome->stamps, stamps == Stamps::Utc ? cs::StampZone::Utc : cs::StampZone::RequestOffset);
    QCOMPARE(fetch.outcome->detectedPaging, mode);
    if (mode == PagingMode::Pages)
        QVERIFY(fetch.outcome->narrowings > 0);   // the hard path really ran
    // Close to ideal: one request per full page, plus a few per window and detection.
    const int ideal = (int(expectedIds(server, spec).size()) + 9) / 10;
    QVERIFY2(requestsForData(server) <= ideal * 12 / 10 + 20,
             qPrintable(u"%1 requests for an ideal of %2"_s.arg(requestsForData(server)).arg(ideal)));
}

void TestFetchFidelity::offsetCaps_data()
{
    QTest::addColumn<PagingMode>("mode");
    QTest::addColumn<MockConfig::CapBehaviour>("behaviour");
    for (PagingMode mode : {PagingMode::Records, PagingMode::Pages}) {
        const char *name = mode == PagingMode::Pages ? "pages" : "records";
        QTest::addRow("%s empty", name) << mode << MockConfig::CapBehaviour::Empty;
        QTest::addRow("%s repeat", name) << mode << MockConfig::CapBehaviour::RepeatLast;
        QTest::addRow("%s error", name) << mode << MockConfig::CapBehaviour::Error;
    }
}

void TestFetchFidelity::offsetCaps()
{
    QFETCH(PagingMode, mode);
    QFETCH(MockConfig::CapBehaviour, behaviour);
    MockConfig config;
    config.offsetMode = mockMode(mode);
    config.capBehaviour = behaviour;
    config.pageCap = 25;
    config.maxPagesOffset = 3;        // pages: 4 pages of 25 per window
    config.recordsOffsetCap = 100;    // records: the same 100 records
    MockServer server(config, dataset(900, "2024-09-02T00:00:00Z", "2024-09-06T23:59:59Z", 23));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 5, 23, 59, 59));
    spec.pageLimit = 25;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QVERIFY(fetch.outcome->narrowings > 0);
}

void TestFetchFidelity::glitchesAndProxies_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("empty page after a full one") << u"empty"_s;
    QTest::newRow("HTML from a proxy with 200") << u"html"_s;
}

void TestFetchFidelity::glitchesAndProxies()
{
    QFETCH(QString, fault);
    MockConfig config;
    config.pageCap = 30;
    if (fault == u"empty")
        config.emptyGlitchEvery = 4;
    else
        config.htmlEvery = 5;
    MockServer server(config, dataset(600, "2024-09-02T00:00:00Z", "2024-09-04T23:59:59Z", 5));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 30;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
}

void TestFetchFidelity::callsWrittenWhilePaging()
{
    MockConfig config;
    config.pageCap = 30;
    config.insertEvery = 3;
    MockServer server(config, dataset(500, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 31));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 30;
    const QSet<QByteArray> before = expectedIds(server, spec);
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    QVERIFY2(fetch.outcome->status == FetchOutcome::Status::Complete, qPrintable(fetch.outcome->error));
    QVERIFY(!server.insertedSessionIds().isEmpty());
    const QSet<QByteArray> got = storeIds(fetch.store);
    // Every call that existed before is there; nothing outside the server's data is.
    QVERIFY2((before - got).isEmpty(), qPrintable(difference(got, before)));
    QVERIFY((got - expectedIds(server, spec)).isEmpty());
}

void TestFetchFidelity::unstableOrderWithinASecond()
{
    for (PagingMode mode : {PagingMode::Records, PagingMode::Pages}) {
        MockConfig config;
        config.offsetMode = mockMode(mode);
        config.pageCap = 20;
        config.shuffleSameSecond = true;
        cs::mock::DatasetSpec data = dataset(600, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 41);
        data.sameSecondShare = 0.6;
        MockServer server(config, data);
        QVERIFY(server.listen());
        cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
        spec.pageLimit = 20;
        Fetch fetch;
        QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
        VERIFY_EXACT_FETCH(fetch, server, spec);
    }
}

void TestFetchFidelity::noOrderAtAll()
{
    MockConfig config;
    config.pageCap = 50;
    config.unsortedEveryRequest = true;
    MockServer server(config, dataset(400, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 43));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 50;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
}

void TestFetchFidelity::millisecondFiltering()
{
    for (PagingMode mode : {PagingMode::Records, PagingMode::Pages}) {
        MockConfig config;
        config.offsetMode = mockMode(mode);
        config.millisecondStarts = true;
        config.pageCap = 10;
        config.maxPagesOffset = 4;
        config.recordsOffsetCap = 50;
        MockServer server(config, dataset(900, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 47));
        QVERIFY(server.listen());
        cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
        spec.pageLimit = 10;
        Fetch fetch;
        QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
        VERIFY_EXACT_FETCH(fetch, server, spec);
    }
}

void TestFetchFidelity::ignoredLimit()
{
    MockConfig config;
    config.pageCap = 70;
    config.ignoreLimit = true;
    MockServer server(config, dataset(500, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 53));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 30;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
}

// Every window's first page shorter than the limit, on a server whose offset
// counts pages: the mode probe (asked with the first page's size) comes back
// empty. That is the end of the window, not "an empty page after a full one"
// (found by day-long archive windows: each day narrowed until the fetch failed).
void TestFetchFidelity::sparseWindowsInPagesMode()
{
    MockConfig config;
    config.offsetMode = MockConfig::OffsetMode::Pages;
    MockServer server(config, dataset(150, "2024-09-02T00:00:00Z", "2024-09-04T23:59:59Z", 61));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 4, 23, 59, 59));
    spec.maxWindowSeconds = 24 * 3600;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    // Per window one page and at most one probe: nothing narrowed.
    QCOMPARE(fetch.outcome->narrowings, 0);
    QVERIFY2(server.requestCount() <= 6, qPrintable(QString::number(server.requestCount())));
}

void TestFetchFidelity::ignoredOffset()
{
    MockConfig config;
    config.pageCap = 40;
    config.ignoreOffset = true;
    MockServer server(config, dataset(500, "2024-09-02T00:00:00Z", "2024-09-03T23:59:59Z", 59));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 40;
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken()), 120000));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    // Once the server is seen to ignore offsets, each request narrows by time:
    // about one request per page of new calls, not two.
    const int ideal = (int(expectedIds(server, spec).size()) + 39) / 40;
    QVERIFY2(server.requestCount() <= ideal * 3 / 2 + 8,
             qPrintable(u"%1 requests for an ideal of %2"_s.arg(server.requestCount()).arg(ideal)));
}

void TestFetchFidelity::selectedFieldsAreSent()
{
    MockServer server(MockConfig{}, dataset(60, "2024-09-02T00:00:00Z", "2024-09-02T23:59:59Z", 61));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 2, 23, 59, 59));
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    for (const cs::mock::ReceivedRequest &request : server.receivedRequests()) {
        QStringList fields;
        for (const QJsonValue &value : bodyOf(request).value(u"selectedFields"_s).toArray())
            fields.append(value.toString());
        QCOMPARE(fields, cs::allSelectedFields());
    }
    bool anyCustomer = false;
    for (int row = 0; row < fetch.store.size(); ++row)
        anyCustomer = anyCustomer || fetch.store.rawJson(cs::RowId(row)).find("customerinfo") != std::string_view::npos;
    QVERIFY2(anyCustomer, "the blocks asked for arrive");
}

void TestFetchFidelity::noSelectedFields()
{
    MockServer server(MockConfig{}, dataset(60, "2024-09-02T00:00:00Z", "2024-09-02T23:59:59Z", 61));
    QVERIFY(server.listen());
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 2, 23, 59, 59));
    QString unknown;
    QVERIFY(cs::selectedFieldsFromString(u"none"_s, &spec.selectedFields, &unknown));
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    for (const cs::mock::ReceivedRequest &request : server.receivedRequests())
        QVERIFY(!bodyOf(request).contains(u"selectedFields"_s));
    for (int row = 0; row < fetch.store.size(); ++row)
        QVERIFY(fetch.store.rawJson(cs::RowId(row)).find("customerinfo") == std::string_view::npos);
    QVERIFY(!cs::selectedFieldsFromString(u"skills,bogus"_s, &spec.selectedFields, &unknown));
    QCOMPARE(unknown, u"bogus"_s);
}

QTEST_GUILESS_MAIN(TestFetchFidelity)
#include "tst_fetchfidelity.moc"
