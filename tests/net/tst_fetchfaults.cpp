// The fetch engine against a misbehaving server (the mock's fault switches),
// over real HTTP on loopback: 429 bursts with Retry-After, a real sliding
// rate limit, 5xx, truncated bodies, connection resets, latency and time-outs,
// each with both offset semantics; cancellation; and authentication (fail
// fast on 401/403, minted tokens with jti, one re-mint after a 401).
// Recoverable faults must still deliver EXACTLY the calls of the range.

#include "fetchharness.h"
#include "jwt.h"

using namespace Qt::StringLiterals;
using namespace fetchtest;
using cs::FetchOutcome;
using cs::PagingMode;
using cs::mock::MockConfig;
using cs::mock::MockServer;

namespace {

enum class Fault { RateLimitBurst, ServerErrors, Truncation, Resets, Latency, Everything };

cs::mock::DatasetSpec twoBusyDays()
{
    return dataset(700, "2024-09-02T00:00:00Z", "2024-09-04T23:59:59Z", 19);
}

cs::FetchSpec twoDaySpec(const MockServer &server)
{
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2), at(2024, 9, 3, 23, 59, 59));
    spec.pageLimit = 40;
    return spec;
}

// The range holds one window and a few pages only: auth tests count requests.
cs::FetchSpec oneWindowSpec(const MockServer &server)
{
    cs::FetchSpec spec = specFor(server, at(2024, 9, 2, 9), at(2024, 9, 2, 17));
    spec.paging = PagingMode::Records;
    spec.maxConcurrentWindows = 1;
    spec.pageLimit = 30;
    return spec;
}

bool isSubset(const QSet<QByteArray> &part, const QSet<QByteArray> &whole)
{
    return (part - whole).isEmpty();
}

} // namespace

class TestFetchFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoversFrom_data();
    void recoversFrom();
    void resetsReachTheEngine();
    void slidingRateLimitPausesEveryone();
    void timeoutsGiveUpWithAReason();
    void cancelMidFetch();
    void restartAfterCancel();
    void authRejectedFailsFast_data();
    void authRejectedFailsFast();
    void tokenReuseUnderRequiredJtiFailsFast();
    void mintsAFreshTokenPerRequest();
    void remintsOnceAfter401();
    void secondRejectionAfterRemintFails();
};

void TestFetchFaults::recoversFrom_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<PagingMode>("mode");
    const QList<QPair<const char *, Fault>> faults{
        {"429 burst", Fault::RateLimitBurst}, {"5xx", Fault::ServerErrors}, {"truncated", Fault::Truncation},
        {"reset", Fault::Resets},             {"latency", Fault::Latency},  {"all at once", Fault::Everything}};
    for (const auto &[name, fault] : faults) {
        QTest::addRow("%s, offset counts records", name) << fault << PagingMode::Records;
        QTest::addRow("%s, offset counts pages", name) << fault << PagingMode::Pages;
    }
}

void TestFetchFaults::recoversFrom()
{
    QFETCH(Fault, fault);
    QFETCH(PagingMode, mode);
    MockConfig config;
    config.offsetMode = mockMode(mode);
    config.retryAfterSeconds = 1;   // the mock's minimum; each 429 costs a second
    switch (fault) {
    case Fault::RateLimitBurst: config.rateLimitEvery = 6; break;
    case Fault::ServerErrors: config.serverErrorEvery = 3; break;
    case Fault::Truncation: config.truncateEvery = 3; break;
    case Fault::Resets: config.resetEvery = 3; break;
    case Fault::Latency: config.latencyMs = 60; break;
    case Fault::Everything:
        config.rateLimitEvery = 13;
        config.serverErrorEvery = 7;
        config.truncateEvery = 6;
        config.resetEvery = 11;
        config.latencyMs = 15;
        config.pageCap = 30;
        break;
    }
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = twoDaySpec(server);
    // Auto under faults too: the detection probe may itself be hit.
    spec.paging = fault == Fault::Everything ? PagingMode::Auto : mode;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QCOMPARE(fetch.outcome->detectedPaging, mode);

    // The fault really happened, and was reported as a notice, not an error.
    const int failed5xx = countStatus(server, 500) + countStatus(server, 502) + countStatus(server, 503);
    switch (fault) {
    case Fault::RateLimitBurst:
        QVERIFY(countStatus(server, 429) >= 1);
        QVERIFY2(fetch.anyNoticeContains(u"HTTP 429"_s), qPrintable(fetch.noticesText()));
        // Every request counts against the account's budget, refused or not.
        QCOMPARE(fetch.outcome->requests, server.requestCount());
        break;
    case Fault::ServerErrors:
        QVERIFY2(countStatus(server, 500) >= 1 && countStatus(server, 502) >= 1 && countStatus(server, 503) >= 1,
                 "expected all three 5xx flavours (plain text and two HTML pages)");
        QVERIFY(fetch.anyNoticeContains(u"retrying in"_s));
        QVERIFY(fetch.anyNoticeContains(u"HTTP 502"_s));
        break;
    case Fault::Truncation:
        QVERIFY(fetch.anyNoticeContains(u"unreadable response"_s));
        break;
    case Fault::Resets:
        // The mock logs a dropped connection as 0. QNetworkAccessManager
        // itself re-sends a request whose kept-alive connection was reset, so
        // the engine may never see these (resetsReachTheEngine covers that it
        // retries when it does).
        QVERIFY(countStatus(server, 0) >= 1);
        break;
    case Fault::Latency:
        QVERIFY(fetch.notices.filter(u"retrying"_s).isEmpty());   // slow is not broken
        break;
    case Fault::Everything:
        QVERIFY(countStatus(server, 429) >= 1);
        QVERIFY(failed5xx >= 1);
        QVERIFY(countStatus(server, 0) >= 1);
        QVERIFY(fetch.anyNoticeContains(u"unreadable response"_s));
        break;
    }
    QVERIFY(fetch.outcome->error.isEmpty());
}

void TestFetchFaults::resetsReachTheEngine()
{
    // Every connection is dropped without an answer until the engine has
    // reported a retry: then the reset reached the engine (not only
    // QNetworkAccessManager's own re-send), and its retry must still
    // complete the range exactly.
    MockConfig config;
    config.resetEvery = 1;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = twoDaySpec(server);
    spec.paging = PagingMode::Records;
    Fetch fetch;
    QObject::connect(&fetch.engine, &cs::FetchEngine::notice, &fetch.engine, [&server](quint64, const QString &text) {
        if (text.contains(u"retrying in"_s))
            server.config().resetEvery = 0;
    });
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QVERIFY(countStatus(server, 0) >= 1);
    QVERIFY2(fetch.anyNoticeContains(u"retrying in"_s), qPrintable(fetch.noticesText()));
}

void TestFetchFaults::slidingRateLimitPausesEveryone()
{
    // The server admits 3 requests per sliding minute, then answers 429 with
    // the Retry-After that frees a slot (about a minute). The engine must
    // wait that out, not hammer the server, and show the wait. We do not
    // sit through the minute: the test cancels during the wait.
    MockConfig config;
    config.rateLimitPerMinute = 3;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = oneWindowSpec(server);
    spec.pageLimit = 10;   // the window needs many more than 3 requests
    spec.maxConcurrentWindows = 4;

    Fetch fetch(1.0);   // the server's minute is a real one: so is the engine's
    fetch.start(spec, cs::Credentials::fromToken(server.demoToken()));
    QTRY_COMPARE_WITH_TIMEOUT(countStatus(server, 429), 1, kFetchTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(fetch.lastProgress.rateLimitWaitSeconds > 30, 10000);
    QVERIFY2(fetch.anyNoticeContains(u"HTTP 429"_s), qPrintable(fetch.noticesText()));

    // Nothing more is sent while the server's wait lasts (its Retry-After is ~60 s).
    const int sent = server.requestCount();
    QTest::qWait(1500);
    QCOMPARE(server.requestCount(), sent);
    QCOMPARE(countStatus(server, 429), 1);
    QCOMPARE(fetch.pages, 3);
    QVERIFY(!fetch.finished);

    fetch.engine.cancel();
    QVERIFY(fetch.finished);
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Cancelled);
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), sent);
    QCOMPARE(fetch.finishedCount, 1);
    QVERIFY(isSubset(storeIds(fetch.store), expectedIds(server, spec)));
    QCOMPARE(fetch.store.size(), 30);
}

void TestFetchFaults::timeoutsGiveUpWithAReason()
{
    // Every answer takes longer than the request time-out: after the allowed
    // attempts the fetch fails, saying where and why.
    MockConfig config;
    config.latencyMs = 3000;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = oneWindowSpec(server);
    spec.requestTimeoutMs = 200;
    spec.retry.maxAttempts = 2;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"no answer in time"_s), qPrintable(fetch.outcome->error));
    QVERIFY2(fetch.outcome->error.contains(u"after 2 attempts"_s), qPrintable(fetch.outcome->error));
    QVERIFY(fetch.outcome->error.contains(u"window 1"_s));
    QCOMPARE(fetch.pages, 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 10000);
}

void TestFetchFaults::cancelMidFetch()
{
    MockConfig config;
    config.latencyMs = 20;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = twoDaySpec(server);
    spec.paging = PagingMode::Records;

    Fetch fetch;
    // Cancel from inside the receiver of the third page, as the GUI's stop button may.
    fetch.onPage = [&fetch](int pages, int) {
        if (pages == 3)
            fetch.engine.cancel();
    };
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Cancelled);
    QVERIFY(fetch.outcome->error.isEmpty());
    QVERIFY(!fetch.engine.isRunning());

    // Nothing arrives after the cancel: no page, no second finished, and
    // after the aborted requests drain, no new request reaches the server.
    QTest::qWait(300);
    const int sent = server.requestCount();
    QTest::qWait(500);
    QCOMPARE(fetch.pages, 3);
    QCOMPARE(fetch.stalePages, 0);
    QCOMPARE(fetch.finishedCount, 1);
    QCOMPARE(server.requestCount(), sent);
    const QSet<QByteArray> expected = expectedIds(server, spec);
    QVERIFY(fetch.store.size() < expected.size());
    QVERIFY(isSubset(storeIds(fetch.store), expected));
    bool anyIncomplete = false;
    for (const cs::WindowStatus &window : fetch.outcome->windows)
        anyIncomplete = anyIncomplete || !window.complete;
    QVERIFY(anyIncomplete);
}

void TestFetchFaults::restartAfterCancel()
{
    // A new start() cancels the running fetch; only the new generation's
    // pages are delivered and its result is exact.
    MockConfig config;
    config.latencyMs = 20;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec first = twoDaySpec(server);
    first.paging = PagingMode::Records;
    Fetch fetch;
    fetch.start(first, cs::Credentials::fromToken(server.demoToken()));
    QTRY_VERIFY_WITH_TIMEOUT(fetch.pages >= 1, kFetchTimeoutMs);
    const quint64 firstGeneration = fetch.engine.generation();

    fetch.store.clear();
    fetch.records = 0;
    cs::FetchSpec second = specFor(server, at(2024, 9, 3, 8), at(2024, 9, 3, 20));
    second.pageLimit = 25;
    fetch.start(second, cs::Credentials::fromToken(server.demoToken()));
    QCOMPARE(fetch.engine.generation(), firstGeneration + 1);
    QCOMPARE(fetch.finishedCount, 1);   // the first fetch ended (cancelled) at once
    QVERIFY(fetch.waitFinished());
    fetch.finishedCount = 1;            // count only the second fetch below
    VERIFY_EXACT_FETCH(fetch, server, second);
}

void TestFetchFaults::authRejectedFailsFast_data()
{
    QTest::addColumn<QByteArray>("token");   // empty: the server's valid demo token
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverSays");
    const QByteArray forged = cs::jwt::mint(u"cs-demo-client"_s, "not-the-secret", QDateTime::currentSecsSinceEpoch());
    QTest::newRow("401 wrong signature") << forged << u"demo-account"_s << u"st-demo-app"_s << 401
                                         << u"Invalid token"_s;
    QTest::newRow("401 not a JWT") << "not-a-jwt"_ba << u"demo-account"_s << u"st-demo-app"_s << 401
                                   << u"Invalid token"_s;
    QTest::newRow("403 another account") << QByteArray() << u"someone-else"_s << u"st-demo-app"_s << 403
                                         << u"not authorized"_s;
    QTest::newRow("403 another app") << QByteArray() << u"demo-account"_s << u"st-other-app"_s << 403
                                     << u"does not belong"_s;
}

void TestFetchFaults::authRejectedFailsFast()
{
    // A rejected token is not retried (it cannot get better), and the
    // message says what the server said.
    QFETCH(QByteArray, token);
    QFETCH(QString, accountId);
    QFETCH(QString, appId);
    QFETCH(int, status);
    QFETCH(QString, serverSays);
    MockServer server(MockConfig(), twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = oneWindowSpec(server);
    spec.accountId = accountId;
    spec.appId = appId;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(token.isEmpty() ? server.demoToken() : token)));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    const QString error = fetch.outcome->error;
    QVERIFY2(error.contains(u"rejected the credentials (HTTP %1)"_s.arg(status)), qPrintable(error));
    QVERIFY2(error.contains(serverSays, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(countStatus(server, status), 1);
    QCOMPARE(fetch.pages, 0);
}

void TestFetchFaults::tokenReuseUnderRequiredJtiFailsFast()
{
    // An app enforcing jti accepts a fixed token once; a token cannot be
    // re-minted, so the second request's 401 ends the fetch.
    MockConfig config;
    config.requireJti = true;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    const cs::FetchSpec spec = oneWindowSpec(server);
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(server.demoToken())));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"HTTP 401"_s), qPrintable(fetch.outcome->error));
    QVERIFY2(fetch.outcome->error.contains(u"jti"_s), qPrintable(fetch.outcome->error));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(fetch.pages, 1);
}

void TestFetchFaults::mintsAFreshTokenPerRequest()
{
    MockConfig config;
    config.requireJti = true;   // every request needs a token never seen before
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    cs::FetchSpec spec = twoDaySpec(server);
    spec.paging = PagingMode::Auto;

    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromClient(config.clientId, config.clientSecret)));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    QVERIFY(server.requestCount() > 5);
    QSet<QByteArray> tokens;
    for (const auto &request : server.receivedRequests()) {
        const QByteArray token = headerOf(request, "auth");
        const cs::jwt::Verified verified = cs::jwt::verify(token, config.clientSecret,
                                                           QDateTime::currentSecsSinceEpoch());
        QVERIFY2(verified.ok, qPrintable(verified.error));
        QCOMPARE(verified.payload.value(u"appId"_s).toString(), config.clientId);
        tokens.insert(token);
    }
    QCOMPARE(tokens.size(), server.requestCount());
}

void TestFetchFaults::remintsOnceAfter401()
{
    // The server refuses the first token (as after a clock skew or a jti
    // race); the engine mints a new one and retries that request once.
    MockConfig config;
    config.requireJti = true;
    const QByteArray secret = config.clientSecret;
    config.clientSecret = "rotated-while-we-were-not-looking";
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    const cs::FetchSpec spec = oneWindowSpec(server);

    Fetch fetch;
    // The notice of the re-mint comes before the retry is sent: the server
    // accepts the key again from then on.
    QObject::connect(&fetch.engine, &cs::FetchEngine::notice, &fetch.engine, [&server, secret](quint64, const QString &text) {
        if (text.contains(u"retrying once with a new one"_s))
            server.config().clientSecret = secret;
    });
    QVERIFY(fetch.run(spec, cs::Credentials::fromClient(config.clientId, secret)));
    VERIFY_EXACT_FETCH(fetch, server, spec);
    const auto log = server.receivedRequests();
    QCOMPARE(log.first().status, 401);
    QCOMPARE(countStatus(server, 401), 1);
    QCOMPARE(log.at(1).path, log.at(0).path);                           // the same page again
    QVERIFY(headerOf(log.at(1), "auth") != headerOf(log.at(0), "auth"));   // with a new token
    QVERIFY(fetch.anyNoticeContains(u"HTTP 401"_s));
}

void TestFetchFaults::secondRejectionAfterRemintFails()
{
    // Minting again does not help when the secret is wrong: exactly one
    // retry, then a clear failure.
    MockConfig config;
    MockServer server(config, twoBusyDays());
    QVERIFY(server.listen());
    const cs::FetchSpec spec = oneWindowSpec(server);
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromClient(config.clientId, "a-wrong-secret")));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"rejected the credentials (HTTP 401)"_s), qPrintable(fetch.outcome->error));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(countStatus(server, 401), 2);
    QCOMPARE(fetch.pages, 0);
}

QTEST_GUILESS_MAIN(TestFetchFaults)
#include "tst_fetchfaults.moc"
