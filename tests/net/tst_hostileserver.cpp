// A hostile server against the transport and the message path (issue 8):
// endless bodies are cut at the response size limit, and error bodies built
// to make the token masking quadratic are masked in linear time.

#include "connectiontester.h"
#include "credentials.h"
#include "hostileserver.h"
#include "pagetransport.h"
#include "responsepolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Sent
{
    std::optional<cs::PageResponse> response;
    qint64 elapsedMs = 0;
};

Sent sendOnce(const QUrl &url, qint64 maxResponseBytes)
{
    cs::NetworkTransport transport;
    cs::PageRequest request;
    request.url = url;
    request.body = "{}";
    request.timeoutMs = 60000;
    request.maxResponseBytes = maxResponseBytes;
    Sent sent;
    QElapsedTimer timer;
    timer.start();
    transport.send(request, [&sent](const cs::PageResponse &response) { sent.response = response; });
    QTest::qWaitFor([&sent] { return sent.response.has_value(); }, 60000);
    sent.elapsedMs = timer.elapsed();
    return sent;
}

// The expression the masking used before, as the oracle for what it masks.
QString maskedByRegex(const QString &text)
{
    static const QRegularExpression jwtShape(u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    return QString(text).replace(jwtShape, u"[redacted]"_s);
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBodyIsCutAtTheLimit_data()
    {
        QTest::addColumn<bool>("announceLength");
        QTest::newRow("Content-Length announced") << true;
        QTest::newRow("no Content-Length") << false;
    }
    // 512 MiB of body took 1.7 GB of memory; now reading stops past the limit.
    void endlessBodyIsCutAtTheLimit()
    {
        QFETCH(bool, announceLength);
        cstest::HostileReply reply;
        reply.head = "{\"numResults\":1,\"data\":[";
        reply.filler = "0,"_ba.repeated(32 * 1024);
        reply.fillerRepeats = 512 * 1024 * 1024 / reply.filler.size();
        reply.tail = "0]}";
        reply.announceLength = announceLength;
        cstest::HostileServer server(reply);
        const Sent sent = sendOnce(server.url(), 4 * 1024 * 1024);
        QVERIFY(sent.response);
        QVERIFY2(sent.elapsedMs < 20000, qPrintable(QString::number(sent.elapsedMs)));
        QCOMPARE(sent.response->exceededLimit, qint64(4 * 1024 * 1024));
        QVERIFY(sent.response->body.isEmpty());
        const cs::ResponseVerdict verdict = cs::classifyResponse(*sent.response, server.url(), 0, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(verdict.kind, cs::ResponseVerdict::Kind::Fatal);
        QVERIFY2(verdict.reason.contains(u"larger than 4 MiB"_s), qPrintable(verdict.reason));
    }

    // Test connection reads one answer too: the same limit applies.
    void testConnectionIsBoundedToo()
    {
        cstest::HostileReply reply;
        reply.head = "{\"data\":[";
        reply.filler = "0,"_ba.repeated(32 * 1024);
        reply.fillerRepeats = 512 * 1024 * 1024 / reply.filler.size();
        reply.tail = "0]}";
        cstest::HostileServer server(reply);
        cs::FetchSpec spec;
        spec.host = server.url();
        spec.accountId = u"a"_s;
        spec.appId = u"i"_s;
        spec.maxResponseBytes = 4 * 1024 * 1024;
        cs::ConnectionTester tester;
        QSignalSpy finished(&tester, &cs::ConnectionTester::finished);
        tester.test(spec, cs::Credentials::fromToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(u"larger than 4 MiB"_s), qPrintable(finished.at(0).at(1).toString()));
    }

    void bodyUnderTheLimitArrivesWhole()
    {
        cstest::HostileReply reply;
        reply.head = R"({"numResults":1,"data":[{"sessionId":"s"}]})";
        cstest::HostileServer server(reply);
        const Sent sent = sendOnce(server.url(), 1024);
        QVERIFY(sent.response);
        QCOMPARE(sent.response->exceededLimit, qint64(0));
        QCOMPARE(sent.response->body, reply.head);
        QCOMPARE(cs::classifyResponse(*sent.response, server.url(), 0, QDateTime::currentMSecsSinceEpoch()).kind, cs::ResponseVerdict::Kind::Page);
    }

    // A page over the element limit is not retried: the same server sends it again.
    void pageOverTheElementLimitIsFatal()
    {
        cs::PageResponse response;
        response.httpStatus = 200;
        response.body = "{\"data\":[" + "0,"_ba.repeated(20000) + "0]}";
        const cs::ResponseVerdict verdict = cs::classifyResponse(response, QUrl(u"http://127.0.0.1"_s), 0, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(verdict.kind, cs::ResponseVerdict::Kind::Fatal);
        QVERIFY2(verdict.reason.contains(u"limit per page"_s), qPrintable(verdict.reason));
    }

    // Found by fuzz_time: a huge Retry-After overflowed the cast to qint64 (undefined behaviour).
    void hugeRetryAfterIsClamped()
    {
        QCOMPARE(cs::retryAfterMs("1e300", 0), qint64(10 * 60 * 1000));
        QCOMPARE(cs::retryAfterMs("-" + "1"_ba.repeated(100), 0), qint64(0));
        QCOMPARE(cs::retryAfterMs("2.5", 0), qint64(2500));
    }

    // 240 KB of "eyJ" ending in ".." took 13 s to mask.
    void maskingIsLinear()
    {
        const QString body = u"eyJ"_s.repeated(80'000) + u".."_s;
        const cs::Credentials credentials = cs::Credentials::fromToken("eyJhbGciOi.payload.signature");
        QElapsedTimer timer;
        timer.start();
        const QString masked = credentials.redacted(body);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(masked, body);   // JWT-shaped nowhere: nothing to mask
        const QString manyDots = u"eyJabcd.efgh"_s.repeated(40'000);
        timer.restart();
        (void)credentials.redacted(manyDots);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void maskingMatchesTheExpression()
    {
        const cs::Credentials none;
        const QString alphabet = u"eyJab._-x. "_s;
        QRandomGenerator random(8);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = int(random.bounded(40));
            for (int k = 0; k < length; ++k)
                text += random.bounded(4) == 0 ? u"eyJ"_s : QString(alphabet[int(random.bounded(alphabet.size()))]);
            QCOMPARE(none.redacted(text), maskedByRegex(text));
        }
        QCOMPARE(none.redacted(u"token eyJhbGci.eyJzdWIi.c2ln and eyJxxxx.yyyy. end"_s),
                 u"token [redacted] and [redacted] end"_s);
    }
};

QTEST_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
