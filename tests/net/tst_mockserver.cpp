// The mock Call Details server: request checks, paging semantics, faults,
// and the synthetic data's determinism and shapes. Talks real HTTP through
// QNetworkAccessManager, as the client will.

#include "jwt.h"
#include "mockclient.h"

#include <QMessageAuthenticationCode>

using namespace mocktest;

namespace {

// An HS256 token with an arbitrary payload, for the cases mint() cannot make.
QByteArray handMadeToken(const QJsonObject &payload, const QByteArray &secret)
{
    const QByteArray header = cs::jwt::base64Url(R"({"alg":"HS256","typ":"JWT"})"_ba);
    const QByteArray body = cs::jwt::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + body;
    return signingInput + '.'
        + cs::jwt::base64Url(QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

} // namespace

class TestMockServer : public QObject
{
    Q_OBJECT

private slots:
    void validRequestReturnsOrderedPage();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void acceptsBothHeaderAndEndpointSpellings();
    void enforcesUniqueJti();
    void sevenDayRule();
    void recordsOffsetSkipsRecords();
    void pagesOffsetSkipsPages();
    void pageCapIsSilent();
    void pagingCoversWindowInOrder();
    void timesRenderInRequestOffset();
    void filters();
    void unknownPathAndMethod();
    void logsRequestsWithLowerCaseHeaders();
    void servesConcurrentConnections();
    void latencyDelaysResponse();
    void slidingWindowRateLimit();
    void periodicRateLimit();
    void serverErrorsRotate();
    void truncatedBody();
    void connectionReset();
    void redirect();
    void datasetIsDeterministic();
    void datasetRecordsAreValidAndVaried();
    void datasetFollowsBusinessHours();
    void executableServes();
};

void TestMockServer::validRequestReturnsOrderedPage()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
    Client client(server);
    const Reply r = client.send(client.call(u"2024-09-02 00:00:00"_s, u"2024-09-08 00:00:00"_s));
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    const QJsonArray data = r.data();
    QCOMPARE(data.size(), 100);
    QCOMPARE(r.json().value(u"numResults"_s).toInt(), 100);
    QString previousStart;
    QString previousId;
    for (const QJsonValue &v : data) {
        const QString start = v.toObject().value(u"sessionStartTime"_s).toString();
        const QString id = v.toObject().value(u"sessionId"_s).toString();
        QVERIFY2(start > previousStart || (start == previousStart && id > previousId), qPrintable(start + u' ' + id));
        previousStart = start;
        previousId = id;
    }
    QCOMPARE(server.requestCount(), 1);
}

void TestMockServer::rejectsBadRequests_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no accountId header") << u"drop:accountId"_s << 400 << u"accountId"_s;
    QTest::newRow("accountId header != path") << u"header:accountId=other"_s << 400 << u"accountId"_s;
    QTest::newRow("foreign account") << u"account:other"_s << 403 << u"account"_s;
    QTest::newRow("no iId") << u"drop:iId"_s << 400 << u"iId"_s;
    QTest::newRow("wrong iId") << u"header:iId=st-someone-else"_s << 403 << u"iId"_s;
    QTest::newRow("no auth") << u"drop:auth"_s << 401 << u"auth"_s;
    QTest::newRow("garbage auth") << u"header:auth=not.a.jwt"_s << 401 << u"token"_s;
    QTest::newRow("wrong secret") << u"token:wrong-secret"_s << 401 << u"token"_s;
    QTest::newRow("wrong appId claim") << u"token:wrong-client"_s << 401 << u"appId"_s;
    QTest::newRow("misspelled appId claim") << u"token:appid-lowercase"_s << 401 << u"appId"_s;
    QTest::newRow("text content type") << u"header:content-type=text/plain"_s << 400 << u"Content-Type"_s;
    QTest::newRow("body not json") << u"body:{startDate"_s << 400 << u"JSON"_s;
    QTest::newRow("no timeZoneOffset") << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\"}"_s << 400
                                       << u"timeZoneOffset"_s;
    QTest::newRow("string timeZoneOffset")
        << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":\"300\"}"_s << 400
        << u"timeZoneOffset"_s;
    QTest::newRow("bad startDate") << u"body:{\"startDate\":\"02/09/2024\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":0}"_s
                                   << 400 << u"startDate"_s;
    QTest::newRow("bad endDate") << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03T10:00:00\",\"timeZoneOffset\":0}"_s
                                 << 400 << u"endDate"_s;
    QTest::newRow("end before start")
        << u"body:{\"startDate\":\"2024-09-05 00:00:00\",\"endDate\":\"2024-09-03 00:00:00\",\"timeZoneOffset\":0}"_s
        << 400 << u"endDate"_s;
    QTest::newRow("channels not array")
        << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":0,\"channels\":\"voice\"}"_s
        << 400 << u"channels"_s;
    QTest::newRow("bad direction")
        << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":0,\"direction\":\"Sideways\"}"_s
        << 400 << u"direction"_s;
    QTest::newRow("selectedFields not an array")
        << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":0,\"selectedFields\":\"skills\"}"_s
        << 400 << u"selectedFields"_s;
    QTest::newRow("selectedFields not strings")
        << u"body:{\"startDate\":\"2024-09-02\",\"endDate\":\"2024-09-03\",\"timeZoneOffset\":0,\"selectedFields\":[1,2]}"_s
        << 400 << u"selectedFields"_s;
    QTest::newRow("negative offset") << u"query:offset=-1"_s << 400 << u"offset"_s;
    QTest::newRow("zero limit") << u"query:limit=0"_s << 400 << u"limit"_s;
    QTest::newRow("text limit") << u"query:limit=ten"_s << 400 << u"limit"_s;
}

void TestMockServer::rejectsBadRequests()
{
    QFETCH(QString, mutation);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    MockServer server(MockConfig{}, twoWeeks(200));
    QVERIFY(server.listen());
    Client client(server);
    Call c = client.call(u"2024-09-02 00:00:00"_s, u"2024-09-03 00:00:00"_s);
    const QString kind = mutation.section(u':', 0, 0);
    const QString arg = mutation.section(u':', 1);
    if (kind == u"drop"_s) {
        c.headers.remove(arg.toLatin1());
    } else if (kind == u"header"_s) {
        c.headers.insert(arg.section(u'=', 0, 0).toLatin1(), arg.section(u'=', 1).toLatin1());
    } else if (kind == u"account"_s) {
        c.account = arg;
        c.headers.insert("accountId", arg.toLatin1());
    } else if (kind == u"body"_s) {
        c.body = arg.toUtf8();
    } else if (kind == u"query"_s) {
        c.query = arg;
    } else if (arg == u"wrong-secret"_s) {
        c.headers.insert("auth", cs::jwt::mint(u"cs-demo-client"_s, "another-secret", QDateTime::currentSecsSinceEpoch()));
    } else if (arg == u"wrong-client"_s) {
        c.headers.insert("auth", cs::jwt::mint(u"cs-other-client"_s, server.config().clientSecret,
                                               QDateTime::currentSecsSinceEpoch()));
    } else if (arg == u"appid-lowercase"_s) {
        c.headers.insert("auth", handMadeToken({{u"sub"_s, u"x"_s}, {u"appid"_s, u"cs-demo-client"_s}},
                                               server.config().clientSecret));
    }
    const Reply r = client.send(c);
    QVERIFY(r.finished);
    QCOMPARE(r.status, status);
    QVERIFY2(r.errorMessage().contains(messagePart, Qt::CaseInsensitive), qPrintable(QString::fromUtf8(r.body)));
    QVERIFY(!r.body.contains(server.config().clientSecret));
    QCOMPARE(server.receivedRequests().size(), 1);
    QCOMPARE(server.receivedRequests().at(0).status, status);
}

void TestMockServer::acceptsBothHeaderAndEndpointSpellings()
{
    MockServer server(MockConfig{}, twoWeeks(300));
    QVERIFY(server.listen());
    Client client(server);
    for (const QString &endpoint : {u"calldetails"_s, u"callDetails"_s, u"interactionDetails"_s}) {
        Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);   // bare dates, as newer docs send
        c.endpoint = endpoint;
        c.headers.remove("iId");
        c.headers.insert("IId", "st-demo-app");
        const Reply r = client.send(c);
        QCOMPARE(r.status, 200);
        // A bare endDate covers that whole day.
        const QList<int> expected = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-03T23:59:59Z"));
        QCOMPARE(r.data().size(), qMin(100, int(expected.size())));
    }
}

void TestMockServer::enforcesUniqueJti()
{
    MockConfig config;
    config.requireJti = true;
    MockServer server(config, twoWeeks(100));
    QVERIFY(server.listen());
    Client client(server);
    Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    QCOMPARE(client.send(c).status, 200);
    const Reply replay = client.send(c);   // same token again
    QCOMPARE(replay.status, 401);
    QVERIFY(replay.errorMessage().contains(u"jti"_s));
    c.headers.insert("auth", server.demoToken());   // a fresh jti
    QCOMPARE(client.send(c).status, 200);
    c.headers.insert("auth", handMadeToken({{u"sub"_s, u"x"_s}, {u"appId"_s, u"cs-demo-client"_s}},
                                           server.config().clientSecret));
    const Reply noJti = client.send(c);
    QCOMPARE(noJti.status, 401);
    QVERIFY(noJti.errorMessage().contains(u"jti"_s));
}

void TestMockServer::sevenDayRule()
{
    MockServer server(MockConfig{}, twoWeeks(100));
    QVERIFY(server.listen());
    Client client(server);
    const Reply tooWide = client.send(client.call(u"2024-09-01 00:00:00"_s, u"2024-09-08 00:00:01"_s));
    QCOMPARE(tooWide.status, 400);
    QCOMPARE(tooWide.errorMessage(), u"The days' range cannot be more than seven days"_s);
    QCOMPARE(client.send(client.call(u"2024-09-01 00:00:00"_s, u"2024-09-08 00:00:00"_s)).status, 200);
    QCOMPARE(client.send(client.call(u"2024-09-01"_s, u"2024-09-07"_s)).status, 200);
    QCOMPARE(client.send(client.call(u"2024-09-01"_s, u"2024-09-08"_s)).status, 400);
}

void TestMockServer::recordsOffsetSkipsRecords()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-04T00:00:00Z"));
    QVERIFY(all.size() > 60);
    Call c = client.call(u"2024-09-02 00:00:00"_s, u"2024-09-04 00:00:00"_s);
    c.query = u"limit=10&offset=0"_s;
    const Reply first = client.send(c);
    c.query = u"limit=10&offset=10"_s;
    const Reply second = client.send(c);
    c.query = u"limit=10&offset=25"_s;
    const Reply third = client.send(c);
    QCOMPARE(sessionIdsOf(first.data()), datasetIds(server.dataset(), all.mid(0, 10)));
    QCOMPARE(sessionIdsOf(second.data()), datasetIds(server.dataset(), all.mid(10, 10)));
    QCOMPARE(sessionIdsOf(third.data()), datasetIds(server.dataset(), all.mid(25, 10)));
    c.query = u"offset=%1"_s.arg(all.size());
    const Reply past = client.send(c);
    QCOMPARE(past.status, 200);
    QCOMPARE(past.data().size(), 0);
    QCOMPARE(past.json().value(u"numResults"_s).toInt(), 0);
}

void TestMockServer::pagesOffsetSkipsPages()
{
    MockConfig config;
    config.offsetMode = MockConfig::OffsetMode::Pages;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-04T00:00:00Z"));
    QVERIFY(all.size() > 40);
    Call c = client.call(u"2024-09-02 00:00:00"_s, u"2024-09-04 00:00:00"_s);
    c.query = u"limit=10&offset=1"_s;
    QCOMPARE(sessionIdsOf(client.send(c).data()), datasetIds(server.dataset(), all.mid(10, 10)));
    c.query = u"limit=10&offset=3"_s;
    QCOMPARE(sessionIdsOf(client.send(c).data()), datasetIds(server.dataset(), all.mid(30, 10)));
    c.query = u"limit=10&offset=10"_s;
    QCOMPARE(client.send(c).status, 200);
    c.query = u"limit=10&offset=11"_s;
    const Reply beyond = client.send(c);
    QCOMPARE(beyond.status, 400);
    QVERIFY(beyond.errorMessage().contains(u"offset"_s));
}

void TestMockServer::pageCapIsSilent()
{
    MockConfig config;
    config.pageCap = 25;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> all = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-06T00:00:00Z"));
    Call c = client.call(u"2024-09-02 00:00:00"_s, u"2024-09-06 00:00:00"_s);
    c.query = u"limit=100&offset=0"_s;
    const Reply r = client.send(c);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 25);
    QCOMPARE(r.json().value(u"numResults"_s).toInt(), 25);

    // In pages mode a page is the capped size, not the asked-for one.
    server.config().offsetMode = MockConfig::OffsetMode::Pages;
    c.query = u"limit=100&offset=2"_s;
    QCOMPARE(sessionIdsOf(client.send(c).data()), datasetIds(server.dataset(), all.mid(50, 25)));
}

void TestMockServer::pagingCoversWindowInOrder()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QList<int> expected = server.dataset().select(utc("2024-09-03T06:00:00Z"), utc("2024-09-10T06:00:00Z"));
    QVERIFY(expected.size() > 500);
    QStringList got;
    for (int offset = 0;; offset += 100) {
        Call c = client.call(u"2024-09-03 06:00:00"_s, u"2024-09-10 06:00:00"_s);
        c.query = u"limit=100&offset=%1"_s.arg(offset);
        const Reply r = client.send(c);
        QCOMPARE(r.status, 200);
        if (r.data().isEmpty())
            break;
        got += sessionIdsOf(r.data());
    }
    QCOMPARE(got, datasetIds(server.dataset(), expected));
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size());
}

void TestMockServer::timesRenderInRequestOffset()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    // India: timeZoneOffset -330, so 05:30 wall clock is 00:00 UTC.
    const Reply r = client.send(client.call(u"2024-09-02 05:30:00"_s, u"2024-09-03 05:30:00"_s, -330));
    QCOMPARE(r.status, 200);
    const QList<int> expected = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-03T00:00:00Z"));
    QCOMPARE(sessionIdsOf(r.data()), datasetIds(server.dataset(), expected.mid(0, 100)));
    const QJsonObject first = r.data().at(0).toObject();
    QCOMPARE(first.value(u"sessionStartTime"_s).toString(), wallText(server.dataset().startUtc(expected[0]) + 330 * 60));

    // New York in winter: +300 means five hours behind UTC.
    const Reply ny = client.send(client.call(u"2024-09-01 19:00:00"_s, u"2024-09-02 19:00:00"_s, 300));
    QCOMPARE(ny.data().at(0).toObject().value(u"sessionStartTime"_s).toString(),
             wallText(server.dataset().startUtc(expected[0]) - 300 * 60));
}

void TestMockServer::filters()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const QString start = u"2024-09-02 00:00:00"_s;
    const QString end = u"2024-09-08 00:00:00"_s;
    const qint64 from = utc("2024-09-02T00:00:00Z");
    const qint64 to = utc("2024-09-08T00:00:00Z");

    const Reply voice = client.send(client.call(start, end, 0, {{u"channels"_s, QJsonArray{u"voice"_s}}}));
    QCOMPARE(voice.status, 200);
    QVERIFY(!voice.data().isEmpty());
    for (const QJsonValue &v : voice.data())
        QCOMPARE(v.toObject().value(u"channel"_s).toString(), u"voice"_s);
    QCOMPARE(sessionIdsOf(voice.data()),
             datasetIds(server.dataset(), server.dataset().select(from, to, {u"voice"_s}).mid(0, 100)));

    const QString queueId = u"qu-5ec84d8d-bc74-2547-70f5-8904dba41ecc"_s;   // Soporte Español
    const Reply queue = client.send(client.call(start, end, 0, {{u"queues"_s, QJsonArray{queueId}}}));
    QVERIFY(!queue.data().isEmpty());
    for (const QJsonValue &v : queue.data()) {
        bool found = false;
        for (const QJsonValue &d : v.toObject().value(u"destinations"_s).toArray())
            found = found || d.toObject().value(u"queueId"_s).toString() == queueId;
        QVERIFY(found);
    }

    const Reply outbound = client.send(client.call(start, end, 0, {{u"direction"_s, u"Outbound"_s}}));
    QVERIFY(!outbound.data().isEmpty());
    for (const QJsonValue &v : outbound.data())
        QCOMPARE(v.toObject().value(u"Direction"_s).toString(), u"Outbound"_s);

    const Reply both = client.send(client.call(start, end, 0, {{u"direction"_s, u"Both"_s}}));
    QCOMPARE(sessionIdsOf(both.data()), datasetIds(server.dataset(), server.dataset().select(from, to).mid(0, 100)));

    const Reply none = client.send(client.call(start, end, 0, {{u"channels"_s, QJsonArray{u"carrier-pigeon"_s}}}));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.data().size(), 0);
}

void TestMockServer::unknownPathAndMethod()
{
    MockServer server(MockConfig{}, twoWeeks(10));
    QVERIFY(server.listen());
    Client client(server);
    Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    c.endpoint = u"transcripts"_s;
    QCOMPARE(client.send(c).status, 404);
    c.endpoint = u"calldetails"_s;
    c.method = "GET";
    c.body.clear();
    QCOMPARE(client.send(c).status, 405);
    QCOMPARE(server.requestCount(), 1);   // only the GET hit a data path
}

void TestMockServer::logsRequestsWithLowerCaseHeaders()
{
    MockServer server(MockConfig{}, twoWeeks(10));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    QCOMPARE(client.send(c).status, 200);
    const QList<cs::mock::ReceivedRequest> log = server.receivedRequests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].method, "POST"_ba);
    QVERIFY(log[0].path.startsWith("/agentassist/api/public/analytics/account/demo-account/v2/calldetails"));
    QCOMPARE(log[0].body, c.body);
    QCOMPARE(log[0].status, 200);
    QByteArray auth;
    for (const auto &[name, value] : log[0].headers) {
        QCOMPARE(name, name.toLower());
        if (name == "auth")
            auth = value;
    }
    QCOMPARE(auth, c.headers.value("auth"));
    server.clearLog();
    QVERIFY(server.receivedRequests().isEmpty());
}

void TestMockServer::servesConcurrentConnections()
{
    MockConfig config;
    config.latencyMs = 200;   // keeps all requests in flight together
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    QList<std::shared_ptr<Client>> clients;   // separate managers: separate connections
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        clients.append(std::make_shared<Client>(server));
        Call c = clients.last()->call(u"2024-09-02 00:00:00"_s, u"2024-09-08 00:00:00"_s);
        c.query = u"limit=20&offset=%1"_s.arg(i * 20);
        replies.append(clients.last()->start(c));
    }
    QStringList ids;
    for (QNetworkReply *reply : replies) {
        const Reply r = Client::finish(reply);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().size(), 20);
        ids += sessionIdsOf(r.data());
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 160);
    QCOMPARE(server.requestCount(), 8);
}

void TestMockServer::latencyDelaysResponse()
{
    MockConfig config;
    config.latencyMs = 3000;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    QNetworkReply *reply = client.start(client.call(u"2024-09-02"_s, u"2024-09-03"_s));
    // The server has handled the request, but the answer is still being held back.
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedRequests().size(), 1, 30000);
    QVERIFY(!reply->isFinished());
    QCOMPARE(Client::finish(reply).status, 200);
}

void TestMockServer::slidingWindowRateLimit()
{
    MockConfig config;
    config.rateLimitPerMinute = 3;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.send(c).status, 200);
    const Reply limited = client.send(c);
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("retry-after").constData());
    QCOMPARE(limited.errorMessage(),
             u"You've exceeded the per-minute rate limit. Please wait for sometime before retrying."_s);
}

void TestMockServer::periodicRateLimit()
{
    MockConfig config;
    config.rateLimitEvery = 2;
    config.retryAfterSeconds = 7;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    QCOMPARE(client.send(c).status, 200);
    const Reply second = client.send(c);
    QCOMPARE(second.status, 429);
    QCOMPARE(second.header("retry-after"), "7"_ba);
    QCOMPARE(client.send(c).status, 200);
    QCOMPARE(client.send(c).status, 429);
}

void TestMockServer::serverErrorsRotate()
{
    MockConfig config;
    config.serverErrorEvery = 1;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    for (int expected : {500, 502, 503, 500}) {
        const Reply r = client.send(c);
        QCOMPARE(r.status, expected);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());   // html or text, not JSON
    }
    server.config().serverErrorEvery = 0;
    QCOMPARE(client.send(c).status, 200);
}

void TestMockServer::truncatedBody()
{
    MockConfig config;
    config.truncateEvery = 2;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    const Reply whole = client.send(c);
    const Reply cut = client.send(c);
    QCOMPARE(whole.status, 200);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QVERIFY(!whole.data().isEmpty());
    QCOMPARE(cut.body.size(), whole.body.size() / 2);
    QCOMPARE(cut.header("content-length").toLongLong(), cut.body.size());
    QVERIFY(whole.body.startsWith(cut.body));
    QJsonParseError error;
    QJsonDocument::fromJson(cut.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestMockServer::connectionReset()
{
    MockConfig config;
    config.resetEvery = 1;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    const Reply r = client.send(c);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(server.requestCount() >= 1);   // QNAM may retry a dropped request itself
    for (const auto &entry : server.receivedRequests())
        QCOMPARE(entry.status, 0);
    server.config().resetEvery = 0;
    QCOMPARE(client.send(c).status, 200);
}

void TestMockServer::redirect()
{
    MockConfig config;
    config.redirectTo = QUrl(u"http://127.0.0.1:9/base"_s);
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    c.query = u"limit=50&offset=0"_s;
    const Reply r = client.send(c);
    QCOMPARE(r.status, 307);
    QCOMPARE(QString::fromUtf8(r.header("location")),
             u"http://127.0.0.1:9/agentassist/api/public/analytics/account/demo-account/v2/calldetails?limit=50&offset=0"_s);
}

void TestMockServer::datasetIsDeterministic()
{
    const MockDataset a(twoWeeks(500, 99));
    const MockDataset b(twoWeeks(500, 99));
    const MockDataset other(twoWeeks(500, 100));
    QCOMPARE(a.size(), 500);
    QSet<QByteArray> ids;
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.recordJson(i, -330), b.recordJson(i, -330));
        QCOMPARE(a.sessionId(i), b.sessionId(i));
        ids.insert(a.sessionId(i));
    }
    QCOMPARE(ids.size(), 500);
    QVERIFY(a.recordJson(0, 0) != other.recordJson(0, 0));
    // Only the zone-less times change with the offset.
    QCOMPARE(a.recordJson(3, 0).size(), a.recordJson(3, 300).size());
}

void TestMockServer::datasetRecordsAreValidAndVaried()
{
    const MockDataset dataset(twoWeeks(2000, 2024));
    QSet<QString> seen;   // shape tags
    QSet<QString> agents, channels, finalStatuses, queueNames;
    const auto note = [&seen](bool condition, const QString &tag) {
        if (condition)
            seen.insert(tag);
    };
    const QRegularExpression sessionIdPattern(u"^[0-9a-f]{24}$"_s);
    for (int i = 0; i < dataset.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(dataset.recordJson(i, 0), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QVERIFY(sessionIdPattern.match(o.value(u"sessionId"_s).toString()).hasMatch());
        QCOMPARE(o.value(u"sessionStartTime"_s).toString(), wallText(dataset.startUtc(i)));
        channels.insert(o.value(u"channel"_s).toString());
        finalStatuses.insert(o.value(u"finalStatus"_s).toString());

        const bool botOnly = !o.contains(u"conversationId"_s);
        note(botOnly && !o.contains(u"destinations"_s) && !o.contains(u"dispositions"_s), u"bot-only"_s);
        if (!botOnly)
            QVERIFY(o.value(u"conversationId"_s).toString().startsWith(u"c-"_s));
        note(o.contains(u"reason"_s), u"reason"_s);
        note(o.contains(u"Reason"_s), u"Reason"_s);
        note(o.value(u"isVoicemail"_s) == u"YES"_s, u"voicemail YES"_s);
        note(o.value(u"isVoicemail"_s) == u"NO"_s, u"voicemail NO"_s);
        note(o.value(u"metaInfo"_s).isObject(), u"metaInfo"_s);
        note(o.value(u"metaInfo"_s).isNull(), u"null"_s);
        note(o.value(u"disconnectingEvent"_s).isNull(), u"null"_s);
        note(o.value(u"customerinfo"_s).isObject(), u"customerinfo"_s);
        note(o.value(u"campaigninfo"_s).toObject().value(u"attemptedTime"_s).toString().endsWith(u'Z'), u"campaigninfo"_s);
        note(o.value(u"sessionleveltags"_s).toArray().at(0).toObject().contains(u"value"_s), u"sessionleveltags"_s);
        note(o.value(u"userleveltags"_s).isArray(), u"userleveltags"_s);
        note(o.value(u"skills"_s).isArray(), u"skills"_s);
        note(o.value(u"snoozeinfo"_s).toObject().value(u"snoozedUntil"_s).toString().endsWith(u'Z'), u"snoozeinfo"_s);
        note(!o.value(u"dispositions"_s).toArray().isEmpty()
                 && o.value(u"dispositionRemarks"_s).toArray().size() == o.value(u"dispositions"_s).toArray().size(),
             u"dispositions"_s);
        const QString survey = o.value(u"surveyType"_s).toString();
        note(survey == u"csat"_s && o.contains(u"csatScore"_s), u"csat"_s);
        note(survey == u"nps"_s && o.value(u"npsScore"_s).isDouble(), u"nps"_s);
        note(survey == u"likeDislike"_s && o.contains(u"likeDislikeScore"_s), u"likeDislike"_s);
        note(o.value(u"csatScore"_s).isString(), u"number as string"_s);
        note(o.value(u"csatFeedback"_s).isString() && !o.value(u"csatFeedback"_s).toString().isEmpty(), u"csatFeedback"_s);

        const QJsonArray destinations = o.value(u"destinations"_s).toArray();
        note(destinations.size() > 1, u"transfer"_s);
        for (const QJsonValue &dv : destinations) {
            const QJsonObject d = dv.toObject();
            const QString type = d.value(u"destinationType"_s).toString();
            QVERIFY(type == u"QueueEntry"_s || type == u"AgentSegment"_s);
            note(type == u"AgentSegment"_s && !d.contains(u"queueId"_s), u"bare AgentSegment"_s);
            if (type == u"QueueEntry"_s) {
                QVERIFY(d.value(u"queueId"_s).toString().startsWith(u"qu-"_s));
                queueNames.insert(d.value(u"queueName"_s).toString());
                note(d.value(u"queueName"_s).isNull(), u"null"_s);
                note(d.contains(u"EnterTime"_s), u"EnterTime"_s);
            }
            for (const QJsonValue &nv : d.value(u"nonRespondingAgents"_s).toArray()) {
                const QString event = nv.toObject().value(u"nonResponseEvent"_s).toString();
                QVERIFY(event == u"Ignored"_s || event == u"Supervisor Reassigned"_s);
                note(true, u"nonResponding "_s + event);
            }
            const QJsonObject agent = type == u"QueueEntry"_s ? d.value(u"respondingAgent"_s).toObject() : d;
            if (agent.isEmpty())
                continue;
            agents.insert(agent.value(u"name"_s).toString());
            note(agent.contains(u"holdDuration"_s), u"hold"_s);
            note(agent.contains(u"afterCallWorkDuration"_s), u"acw"_s);
            note(!agent.contains(u"afterCallWorkDuration"_s), u"no acw"_s);
            note(agent.value(u"interactionDuration"_s).isString(), u"number as string"_s);
            note(!agent.value(u"ConsultingAgents"_s).toArray().isEmpty()
                     && agent.value(u"ConsultingAgents"_s).toArray().at(0).toObject().contains(u"isMerged"_s),
                 u"ConsultingAgents"_s);
            note(!agent.value(u"JoinedUsers"_s).toArray().isEmpty(), u"JoinedUsers"_s);
            for (const QJsonValue &n : agent.value(u"agentNotes"_s).toArray()) {
                const QString text = n.toString();
                note(text.contains(u'\n') && text.contains(u'"') && text.contains(u','), u"multi-line note"_s);
            }
        }
    }
    const QStringList shapes = {
        u"bot-only"_s, u"reason"_s, u"Reason"_s, u"voicemail YES"_s, u"voicemail NO"_s, u"metaInfo"_s, u"null"_s,
        u"customerinfo"_s, u"campaigninfo"_s, u"sessionleveltags"_s, u"userleveltags"_s, u"skills"_s,
        u"snoozeinfo"_s, u"dispositions"_s, u"csat"_s, u"nps"_s,
        u"likeDislike"_s, u"number as string"_s, u"csatFeedback"_s, u"transfer"_s, u"bare AgentSegment"_s,
        u"EnterTime"_s, u"nonResponding Ignored"_s, u"nonResponding Supervisor Reassigned"_s, u"hold"_s, u"acw"_s,
        u"no acw"_s, u"ConsultingAgents"_s, u"JoinedUsers"_s, u"multi-line note"_s};
    for (const QString &shape : shapes)
        QVERIFY2(seen.contains(shape), qPrintable(u"missing shape: "_s + shape));
    for (const QString &status : {u"CLOSED"_s, u"BotResolved"_s, u"USER ABANDONED"_s, u"AGENT RESOLVED"_s,
                                  u"TRANSFERRED"_s, u"VOICEMAIL"_s})
        QVERIFY2(finalStatuses.contains(status), qPrintable(status));
    QVERIFY(agents.size() >= 20);
    QVERIFY(agents.contains(u"Zoë Ångström"_s) && agents.contains(u"李娜"_s) && agents.contains(u"José Núñez"_s));
    QVERIFY(queueNames.contains(u"Soporte Español"_s) && queueNames.contains(u"Kundenservice Zürich"_s));
    QVERIFY(channels.size() >= 5);
}

void TestMockServer::datasetFollowsBusinessHours()
{
    const MockDataset dataset(twoWeeks(5000, 3));
    QList<int> byHour(24, 0);
    for (int i = 0; i < dataset.size(); ++i)
        ++byHour[int((dataset.startUtc(i) - 5 * 3600) / 3600 % 24)];   // the centre's UTC-5 clock
    QVERIFY2(byHour[10] > 3 * byHour[3], qPrintable(u"%1 vs %2"_s.arg(byHour[10]).arg(byHour[3])));
    QVERIFY(byHour[15] > 3 * byHour[2]);
    // Spread over the whole range.
    QVERIFY(dataset.startUtc(0) < utc("2024-09-01T12:00:00Z"));
    QVERIFY(dataset.startUtc(dataset.size() - 1) > utc("2024-09-14T12:00:00Z"));
}

void TestMockServer::executableServes()
{
    const QString bin = qEnvironmentVariable("CALLSCOPE_MOCK_BIN");
    if (bin.isEmpty())
        QSKIP("CALLSCOPE_MOCK_BIN not set");
    QProcess process;
    QByteArray out;
    const QUrl base = startMockProcess(process, {u"--calls"_s, u"300"_s, u"--from"_s, u"2024-09-01"_s, u"--to"_s,
                                                 u"2024-09-07"_s, u"--seed"_s, u"5"_s}, &out);
    QVERIFY2(base.isValid(), out.constData());
    QVERIFY(!out.contains(MockConfig{}.clientSecret));

    // Same data as an in-process server with the same seed and range.
    DatasetSpec spec;
    spec.seed = 5;
    spec.calls = 300;
    spec.startUtc = utc("2024-09-01T00:00:00Z");
    spec.endUtc = utc("2024-09-07T23:59:59Z");
    MockServer twin(MockConfig{}, spec);
    Client client(twin, base);
    const Reply r = client.send(client.call(u"2024-09-01"_s, u"2024-09-07"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(sessionIdsOf(r.data()), datasetIds(twin.dataset(), twin.dataset().select(spec.startUtc, spec.endUtc).mid(0, 100)));

    process.kill();
    process.waitForFinished(30000);
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
