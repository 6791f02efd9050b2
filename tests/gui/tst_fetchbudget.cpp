// The window's own fetch path — the Session's fetch job with the engine in
// its worker thread, pages queued into the store on this thread — at the real
// budget of 60 requests a minute, for several budget-minutes, against a
// server that enforces the same 60 a minute and answers 429 now and then
// (Retry-After in seconds or as an HTTP date). Time is compressed by a clock
// shared with the mock; nothing else is made convenient.

#include "calltablemodel.h"
#include "fetchclock.h"
#include "mockserver.h"
#include "recordstore.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr double kSpeed = 60;   // a budget minute passes in a second

QSet<QByteArray> storeIds(const RecordStore &store)
{
    QSet<QByteArray> ids;
    for (int row = 0; row < store.size(); ++row) {
        const std::string_view id = store.sessionId(RowId(row));
        ids.insert(QByteArray(id.data(), qsizetype(id.size())));
    }
    return ids;
}

int countStatus(const mock::MockServer &server, int status)
{
    int count = 0;
    for (const mock::ReceivedRequest &request : server.receivedRequests())
        count += request.status == status ? 1 : 0;
    return count;
}

} // namespace

class TestFetchBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchesForSeveralBudgetMinutes_data();
    void fetchesForSeveralBudgetMinutes();
};

void TestFetchBudget::fetchesForSeveralBudgetMinutes_data()
{
    QTest::addColumn<int>("burstEvery");
    QTest::addColumn<bool>("httpDate");
    QTest::newRow("budget only") << 0 << false;
    QTest::newRow("429 with Retry-After seconds") << 37 << false;
    QTest::newRow("429 with Retry-After date") << 37 << true;
}

void TestFetchBudget::fetchesForSeveralBudgetMinutes()
{
    QFETCH(int, burstEvery);
    QFETCH(bool, httpDate);
    const auto clock = std::make_shared<const FetchClock>(kSpeed);

    mock::MockConfig config;
    config.clockMs = [clock] { return clock->monotonicMs(); };
    config.rateLimitPerMinute = 60;   // what every real account has
    config.rateLimitEvery = burstEvery;
    config.retryAfterSeconds = 5;
    config.retryAfterAsHttpDate = httpDate;
    mock::DatasetSpec data;
    data.seed = 3;
    data.calls = 20000;
    data.startUtc = QDateTime(QDate(2024, 9, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    data.endUtc = data.startUtc + 10 * 86400;
    mock::MockServer server(config, data);
    QVERIFY(server.listen());

    FetchSpec spec;
    spec.host = server.baseUrl();
    spec.accountId = u"demo-account"_s;
    spec.appId = u"st-demo-app"_s;
    spec.zone = QTimeZone("America/Chicago");
    spec.from = QDateTime(QDate(2024, 9, 2), QTime(0, 0), spec.zone);
    spec.to = QDateTime(QDate(2024, 9, 9), QTime(23, 59, 59), spec.zone);
    spec.requestsPerMinute = 60;
    spec.retry.initialBackoffMs = 200;

    Session session(nullptr, clock);
    QAbstractItemModelTester tester(session.callModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RecordStore &store = session.store();
    QSignalSpy finished(&session, &Session::fetchFinished);
    int longestWait = 0;
    connect(&session, &Session::fetchProgress, this,
            [&longestWait](const FetchProgress &p) { longestWait = std::max(longestWait, p.rateLimitWaitSeconds); });
    const qint64 startedAt = clock->monotonicMs();
    QVERIFY(session.startFetch(spec, Credentials::fromToken(server.demoToken())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const qint64 tookMs = clock->monotonicMs() - startedAt;

    const FetchOutcome outcome = finished.first().first().value<FetchOutcome>();
    QVERIFY2(outcome.status == FetchOutcome::Status::Complete, qPrintable(outcome.error));
    const qint64 from = spec.from.toSecsSinceEpoch(), to = spec.to.toSecsSinceEpoch();
    const QSet<QByteArray> expected = server.dataset().sessionIds(server.dataset().select(from, to));
    QCOMPARE(storeIds(store), expected);
    QCOMPARE(store.size(), int(expected.size()));
    QCOMPARE(session.callModel()->rowCount(), store.size());
    QVERIFY(!session.isPartial());

    // Several minutes of budget, paced: n requests need (n - 60) seconds at least.
    const int requests = server.requestCount();
    QVERIFY2(requests > 150, qPrintable(QString::number(requests)));
    QVERIFY2(tookMs >= qint64(requests - 60) * 1000,
             qPrintable(u"%1 requests in %2 s of the budget's clock"_s.arg(requests).arg(tookMs / 1000)));
    // The client kept to the server's limit by itself: the 429s are the
    // bursts, and at most one more where compressed time magnifies a few
    // milliseconds of loopback jitter at the turn of a minute.
    const int bursts = burstEvery > 0 ? requests / burstEvery : 0;
    QVERIFY2(countStatus(server, 429) <= bursts + 1, qPrintable(u"%1 429s, %2 bursts"_s.arg(countStatus(server, 429)).arg(bursts)));
    if (burstEvery > 0) {
        QVERIFY(countStatus(server, 429) >= 1);
        QVERIFY2(longestWait >= 1, "the wait showed in the progress");
    }
}

QTEST_MAIN(TestFetchBudget)
#include "tst_fetchbudget.moc"
