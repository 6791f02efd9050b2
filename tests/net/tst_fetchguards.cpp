// The engine against servers too broken for the mock to imitate, through a
// fake transport (GammaRay's pattern): answers are scripted per request, so
// each guard is shown to end a fetch in bounded requests with a clear reason
// instead of looping forever or calling a partial fetch complete.

#include "fetchclock.h"
#include "fetchengine.h"
#include "pagetransport.h"
#include "recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

// Answers every request with `answer(request)`, asynchronously, as HTTP does.
class ScriptedTransport : public PageTransport
{
public:
    using Answer = std::function<PageResponse(const PageRequest &request, int number)>;
    explicit ScriptedTransport(Answer answer) : m_answer(std::move(answer)) {}

    void send(const PageRequest &request, std::function<void(const PageResponse &)> done) override
    {
        const PageResponse response = m_answer(request, ++requests);
        QTimer::singleShot(0, this, [done = std::move(done), response, this] {
            if (!m_aborted)
                done(response);
        });
    }
    void abortAll() override { m_aborted = true; }
    int requests = 0;

private:
    Answer m_answer;
    bool m_aborted = false;
};

PageResponse ok(const QByteArray &body)
{
    PageResponse response;
    response.httpStatus = 200;
    response.body = body;
    return response;
}

FetchSpec oneWeek()
{
    FetchSpec spec;
    spec.host = QUrl(u"http://127.0.0.1:9"_s);
    spec.accountId = u"a"_s;
    spec.appId = u"i"_s;
    spec.zone = QTimeZone::utc();
    spec.from = QDateTime(QDate(2024, 9, 2), QTime(0, 0), QTimeZone::utc());
    spec.to = QDateTime(QDate(2024, 9, 8), QTime(23, 59, 59), QTimeZone::utc());
    spec.retry.initialBackoffMs = 1;
    spec.retry.maxBackoffMs = 2;
    return spec;
}

struct Result
{
    FetchOutcome outcome;
    int requests = 0;
    int rows = 0;
};

Result runAgainst(const ScriptedTransport::Answer &answer, const FetchSpec &spec = oneWeek())
{
    FetchEngine engine;
    engine.setClock(std::make_shared<const FetchClock>(5000));
    auto *transport = new ScriptedTransport(answer);
    engine.setTransport(transport);
    RecordStore store;
    QObject::connect(&engine, &FetchEngine::pageReady, &engine,
                     [&store](quint64, std::shared_ptr<ParsedPage> page, int, int offset) { store.append(*page, offset); });
    QSignalSpy finished(&engine, &FetchEngine::finished);
    engine.start(spec, Credentials::fromToken("eyJhbGciOiJIUzI1NiJ9.e30.x"));
    if (!finished.wait(60000))
        return {};
    return {finished.first().at(1).value<FetchOutcome>(), transport->requests, store.size()};
}

} // namespace

class TestFetchGuards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameUnusableRecordForever();
    void sameCallForEveryRequest();
    void moreCallsInOneSecondThanTheServerPages();
    void emptyPagesWhereCallsWereListed();
};

void TestFetchGuards::sameUnusableRecordForever()
{
    // Ignores offset and dates, and its only record has no sessionId.
    const Result result = runAgainst([](const PageRequest &, int) {
        return ok(R"({"numResults":1,"data":[{"sessionStartTime":"2024-09-03T10:00:00"}]})");
    });
    QCOMPARE(result.outcome.status, FetchOutcome::Status::Failed);
    QVERIFY2(!result.outcome.error.isEmpty(), "a reason");
    QVERIFY2(result.requests <= 150, qPrintable(QString::number(result.requests)));
    QCOMPARE(result.rows, 0);
}

void TestFetchGuards::sameCallForEveryRequest()
{
    // One call, answered for every window and offset.
    const Result result = runAgainst([](const PageRequest &, int) {
        return ok(R"({"numResults":1,"data":[{"sessionId":"S1","sessionStartTime":"2024-09-03T10:00:00"}]})");
    });
    QVERIFY2(result.requests <= 150, qPrintable(QString::number(result.requests)));
    // Whatever it concludes, it ends, and S1 arrived once.
    QCOMPARE(result.rows, 1);
}

void TestFetchGuards::moreCallsInOneSecondThanTheServerPages()
{
    // 30 calls at one second, pages of 10, offsets capped at 1 (pages).
    FetchSpec spec = oneWeek();
    spec.paging = PagingMode::Pages;
    spec.pageLimit = 10;
    spec.maxPagesOffset = 1;
    const Result result = runAgainst(
        [](const PageRequest &request, int) {
            const int offset = QUrlQuery(request.url).queryItemValue(u"offset"_s).toInt();
            QByteArray data = "[";
            for (int i = 0; i < 10; ++i) {
                data += (i ? "," : "") + u"{\"sessionId\":\"S%1\",\"sessionStartTime\":\"2024-09-03T10:00:00\"}"_s
                                            .arg(offset * 10 + i).toUtf8();
            }
            return ok("{\"data\":" + data + "]}");
        },
        spec);
    QCOMPARE(result.outcome.status, FetchOutcome::Status::Failed);
    QVERIFY2(result.outcome.error.contains(u"2024-09-03 10:00"_s), qPrintable(result.outcome.error));
    QVERIFY(result.requests < 40);
}

void TestFetchGuards::emptyPagesWhereCallsWereListed()
{
    // Records offsets; full pages up to offset 20, then empty pages for
    // everything, even where calls were just listed: never "complete".
    FetchSpec spec = oneWeek();
    spec.paging = PagingMode::Records;
    spec.pageLimit = 10;
    const Result result = runAgainst(
        [](const PageRequest &request, int number) {
            const int offset = QUrlQuery(request.url).queryItemValue(u"offset"_s).toInt();
            if (number > 3 || offset >= 20)
                return ok(R"({"data":[]})");
            QByteArray data = "[";
            for (int i = 0; i < 10; ++i) {
                const int n = offset + i;
                data += (i ? "," : "") + u"{\"sessionId\":\"S%1\",\"sessionStartTime\":\"2024-09-08T10:%2:00\"}"_s
                                            .arg(n).arg(59 - n, 2, 10, QChar(u'0')).toUtf8();
            }
            return ok("{\"data\":" + data + "]}");
        },
        spec);
    QCOMPARE(result.outcome.status, FetchOutcome::Status::Failed);
    QVERIFY2(result.outcome.error.contains(u"no calls"_s), qPrintable(result.outcome.error));
    QCOMPARE(result.rows, 20);
}

QTEST_GUILESS_MAIN(TestFetchGuards)
#include "tst_fetchguards.moc"
