// Credentials never leak: not into log output (Qt's own included, every
// category switched on), not into FetchOutcome::error or notices even when a
// server echoes them back, not to another origin after a redirect, not over
// plain http:// to a non-loopback host, and not into CSV or snapshot files.

#include "callcsv.h"
#include "connectiontester.h"
#include "fetchharness.h"
#include "fetchsnapshot.h"
#include "snapshot.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fetchtest;
using cs::FetchOutcome;
using cs::PagingMode;
using cs::mock::MockConfig;
using cs::mock::MockServer;

namespace {

Q_LOGGING_CATEGORY(lcProbe, "qt.network.probe")

// Distinctive, so a substring search cannot match by accident.
const QByteArray kSecret = "Hygiene-Secret-7f3a9c1e-DO-NOT-PRINT";
const QString kClientId = u"cs-hygiene-client"_s;

// Captures every message Qt would print while it is alive, with every
// logging category (debug included) switched on.
class CapturedOutput
{
public:
    CapturedOutput()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&CapturedOutput::handler);
        QLoggingCategory::setFilterRules(u"*=true"_s);
    }
    ~CapturedOutput()
    {
        QLoggingCategory::setFilterRules(u"*.debug=false\nqt.qpa.*=false"_s);
        qInstallMessageHandler(m_previous);
    }
    QByteArray all() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines.join('\n');
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_lines.append(QByteArray(context.category ? context.category : "") + ": " + message.toUtf8());
    }
    static inline QMutex s_mutex;
    static inline QByteArrayList s_lines;
    QtMessageHandler m_previous = nullptr;
};

// A server that misbehaves on purpose: every request is answered with
// `status` and a body that repeats the auth header and the client secret,
// as a careless gateway's error page might.
class EchoServer : public QObject
{
public:
    explicit EchoServer(int status) : m_status(status)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QByteArrayList echoedTokens;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        QByteArray auth;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "auth")
                auth = line.mid(colon + 1).trimmed();
            else if (name == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        buffer.clear();
        echoedTokens.append(auth);
        const QByteArray body = "{\"message\":\"Rejected token " + auth + " (client secret " + kSecret + ")\"}";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Echo\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status;
};

MockConfig hygieneConfig()
{
    MockConfig config;
    config.clientId = kClientId;
    config.clientSecret = kSecret;
    return config;
}

cs::mock::DatasetSpec smallDay()
{
    return dataset(300, "2024-09-02T00:00:00Z", "2024-09-02T23:59:59Z", 3);
}

cs::FetchSpec smallSpec(const QUrl &host)
{
    cs::FetchSpec spec;
    spec.host = host;
    spec.accountId = u"demo-account"_s;
    spec.appId = u"st-demo-app"_s;
    spec.from = at(2024, 9, 2, 8);
    spec.to = at(2024, 9, 2, 16);
    spec.paging = PagingMode::Records;
    spec.pageLimit = 25;
    spec.requestsPerMinute = kRequestsPerWindow;
    spec.retry.initialBackoffMs = 5;
    spec.retry.maxBackoffMs = 20;
    spec.retry.maxAttempts = 3;
    return spec;
}

// Neither the token nor the secret, nor the start of any JWT, in `text`.
bool clean(const QByteArray &text, const QByteArray &token, const QByteArray &secret = kSecret)
{
    return (secret.isEmpty() || !text.contains(secret)) && (token.isEmpty() || !text.contains(token))
        && !text.contains("eyJhbGci");
}
bool clean(const QString &text, const QByteArray &token, const QByteArray &secret = kSecret)
{
    return clean(text.toUtf8(), token, secret);
}

} // namespace

class TestCredentialHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void captureWorks();
    void successfulFetchesLogNothingSecret();
    void echoedCredentialsAreRedacted_data();
    void echoedCredentialsAreRedacted();
    void connectionTestRedactsEchoedToken();
    void authIsNotSentToAnotherOrigin_data();
    void authIsNotSentToAnotherOrigin();
    void sameOriginRedirectKeepsAuthButIsBounded();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void engineRefusesInsecureHostWithoutSending();
    void csvAndSnapshotHoldNoCredential();
};

void TestCredentialHygiene::captureWorks()
{
    // The handler really sees Qt's output, debug categories included, so the
    // checks below are not vacuous.
    CapturedOutput output;
    qWarning("probe-warning");
    qCDebug(lcProbe, "probe-debug");
    QVERIFY(output.all().contains("probe-warning"));
    QVERIFY(output.all().contains("probe-debug"));
}

void TestCredentialHygiene::successfulFetchesLogNothingSecret()
{
    MockConfig config = hygieneConfig();
    config.requireJti = true;
    config.serverErrorEvery = 4;   // retries and notices too
    MockServer server(config, smallDay());
    QVERIFY(server.listen());
    const QByteArray token = server.demoToken();

    CapturedOutput output;
    Fetch minted;
    QVERIFY(minted.run(smallSpec(server.baseUrl()), cs::Credentials::fromClient(kClientId, kSecret)));
    QCOMPARE(minted.outcome->status, FetchOutcome::Status::Complete);
    QVERIFY(!minted.notices.isEmpty());
    server.config().requireJti = false;   // a fixed token may be sent again
    Fetch fixed;
    QVERIFY(fixed.run(smallSpec(server.baseUrl()), cs::Credentials::fromToken(token)));
    QCOMPARE(fixed.outcome->status, FetchOutcome::Status::Complete);

    QVERIFY2(clean(output.all(), token), output.all().left(2000).constData());
    for (const QString &notice : minted.notices + fixed.notices)
        QVERIFY2(clean(notice, token), qPrintable(notice));
    // Every token that went out, none of them printed.
    for (const auto &request : server.receivedRequests())
        QVERIFY(!output.all().contains(headerOf(request, "auth")));
}

void TestCredentialHygiene::echoedCredentialsAreRedacted_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("mint");
    QTest::newRow("401, fixed token") << 401 << false;
    QTest::newRow("401, minted tokens") << 401 << true;
    QTest::newRow("403, fixed token") << 403 << false;
    QTest::newRow("500, fixed token (retried, then failed)") << 500 << false;
    QTest::newRow("500, minted tokens") << 500 << true;
    QTest::newRow("400, fixed token (fatal)") << 400 << false;
}

void TestCredentialHygiene::echoedCredentialsAreRedacted()
{
    QFETCH(int, status);
    QFETCH(bool, mint);
    EchoServer server(status);
    QVERIFY(server.listen());
    // A real-looking JWT, so that the JWT-shaped redaction is not what saves a fixed token.
    const QByteArray token = MockServer(hygieneConfig(), smallDay()).demoToken();
    const cs::Credentials credentials = mint ? cs::Credentials::fromClient(kClientId, kSecret)
                                             : cs::Credentials::fromToken(token);

    CapturedOutput output;
    Fetch fetch;
    QVERIFY(fetch.run(smallSpec(server.url()), credentials));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY(!server.echoedTokens.isEmpty());
    // The server did echo the credential, and the user still sees its message.
    QVERIFY2(fetch.outcome->error.contains(u"Rejected token"_s), qPrintable(fetch.outcome->error));
    QVERIFY2(fetch.outcome->error.contains(u"[redacted]"_s), qPrintable(fetch.outcome->error));
    // The secret can only be masked by an engine that has it (minting).
    const QByteArray secret = mint ? kSecret : QByteArray();
    for (const QByteArray &sent : std::as_const(server.echoedTokens)) {
        QVERIFY(!sent.isEmpty());
        QVERIFY2(clean(fetch.outcome->error, sent, secret), qPrintable(fetch.outcome->error));
        for (const QString &notice : std::as_const(fetch.notices))
            QVERIFY2(clean(notice, sent, secret), qPrintable(notice));
        QVERIFY(clean(output.all(), sent));
    }
    // And the snapshot of this failed fetch keeps the (redacted) reason only.
    const cs::SnapshotInfo info = cs::snapshotInfoFor(smallSpec(server.url()), *fetch.outcome);
    QVERIFY(info.partial);
    QVERIFY(clean(info.partialReason, token, secret));
}

// "Test connection" shows the server's words too: the same echo must not
// leak the token there (it was cut to an excerpt before being masked).
void TestCredentialHygiene::connectionTestRedactsEchoedToken()
{
    EchoServer server(401);
    QVERIFY(server.listen());
    const QByteArray token = MockServer(hygieneConfig(), smallDay()).demoToken();
    cs::ConnectionTester tester;
    QSignalSpy finished(&tester, &cs::ConnectionTester::finished);
    tester.test(smallSpec(server.url()), cs::Credentials::fromToken(token));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(message.contains(u"401"_s) && message.contains(u"Rejected token"_s), qPrintable(message));
    QVERIFY(!server.echoedTokens.isEmpty());
    // Not the token, nor any 12-character piece of it (an excerpt's cut end).
    for (qsizetype i = 0; i + 12 <= token.size(); i += 6)
        QVERIFY2(!message.contains(QString::fromLatin1(token.mid(i, 12))), qPrintable(message));
}

void TestCredentialHygiene::authIsNotSentToAnotherOrigin_data()
{
    QTest::addColumn<QString>("otherHost");
    QTest::addColumn<bool>("otherPort");
    QTest::addColumn<QString>("userInfo");
    QTest::newRow("127.0.0.2, same port") << u"127.0.0.2"_s << false << QString();
    QTest::newRow("same host, another port") << u"127.0.0.1"_s << true << QString();
    QTest::newRow("target carries a password") << u"127.0.0.2"_s << false << u"leak:Pa55w0rd-in-url"_s;
}

void TestCredentialHygiene::authIsNotSentToAnotherOrigin()
{
    QFETCH(QString, otherHost);
    QFETCH(bool, otherPort);
    QFETCH(QString, userInfo);
    // The second mock accepts anything the first would: a leaked token would work there.
    MockServer other(hygieneConfig(), smallDay());
    QVERIFY2(other.listen(QHostAddress(otherHost)), "cannot listen there (is loopback not all of 127/8?)");
    MockServer first(hygieneConfig(), smallDay());
    QVERIFY(first.listen(QHostAddress::LocalHost, otherPort ? 0 : other.port()));
    QVERIFY(first.baseUrl() != other.baseUrl());
    QUrl target = other.baseUrl();
    target.setUserInfo(userInfo);
    first.config().redirectTo = target;

    CapturedOutput output;
    Fetch fetch;
    QVERIFY(fetch.run(smallSpec(first.baseUrl()), cs::Credentials::fromClient(kClientId, kSecret)));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"another host"_s), qPrintable(fetch.outcome->error));
    QVERIFY(countStatus(first, 307) >= 1);
    // Nothing with an auth header reached the other origin (in fact nothing at all).
    for (const auto &request : other.receivedRequests())
        QVERIFY2(headerOf(request, "auth").isEmpty(), request.path.constData());
    QCOMPARE(other.requestCount(), 0);
    if (!userInfo.isEmpty()) {
        QVERIFY(!fetch.outcome->error.contains(u"Pa55w0rd"_s));
        QVERIFY(!output.all().contains("Pa55w0rd"));
    }
    QVERIFY(clean(output.all(), {}));
}

void TestCredentialHygiene::sameOriginRedirectKeepsAuthButIsBounded()
{
    // A redirect to the same origin is followed with the credential, but a
    // redirect loop ends after a few hops instead of running forever.
    MockServer server(hygieneConfig(), smallDay());
    QVERIFY(server.listen());
    server.config().redirectTo = server.baseUrl();
    Fetch fetch;
    QVERIFY(fetch.run(smallSpec(server.baseUrl()), cs::Credentials::fromClient(kClientId, kSecret)));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY2(fetch.outcome->error.contains(u"redirected more than"_s), qPrintable(fetch.outcome->error));
    QCOMPARE(server.requestCount(), 4);   // the request and three redirects followed
    for (const auto &request : server.receivedRequests())
        QVERIFY(!headerOf(request, "auth").isEmpty());
}

void TestCredentialHygiene::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://platform.kore.ai"_s << false << true;
    QTest::newRow("http, remote") << u"http://platform.kore.ai"_s << false << false;
    QTest::newRow("http, remote, allowed") << u"http://platform.kore.ai"_s << true << true;
    QTest::newRow("http, remote IP") << u"http://192.168.1.20:8080"_s << false << false;
    QTest::newRow("http, looks local but is not") << u"http://localhost.example.com"_s << false << false;
    QTest::newRow("http, 127.0.0.1.nip.io") << u"http://127.0.0.1.nip.io"_s << false << false;
    QTest::newRow("http, 127.0.0.1") << u"http://127.0.0.1:8080"_s << false << true;
    QTest::newRow("http, 127.0.0.2") << u"http://127.0.0.2"_s << false << true;
    QTest::newRow("http, localhost") << u"http://LOCALHOST:9"_s << false << true;
    QTest::newRow("http, ::1") << u"http://[::1]:8080"_s << false << true;
}

void TestCredentialHygiene::plainHttpOnlyToLoopback()
{
    QFETCH(QString, host);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, valid);
    cs::FetchSpec spec = smallSpec(QUrl(host));
    spec.allowInsecureHttp = allowInsecure;
    const QString reason = spec.validate();
    QVERIFY2(reason.isEmpty() == valid, qPrintable(reason));
    if (!valid)
        QVERIFY2(reason.contains(u"http://"_s), qPrintable(reason));
}

void TestCredentialHygiene::engineRefusesInsecureHostWithoutSending()
{
    // The refusal happens before any connection: no token crosses the network.
    Fetch fetch;
    QVERIFY(fetch.run(smallSpec(QUrl(u"http://platform.kore.ai"_s)), cs::Credentials::fromClient(kClientId, kSecret)));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Failed);
    QVERIFY(fetch.outcome->error.contains(u"http://"_s));
    QCOMPARE(fetch.outcome->requests, 0);
}

void TestCredentialHygiene::csvAndSnapshotHoldNoCredential()
{
    MockServer server(hygieneConfig(), smallDay());
    QVERIFY(server.listen());
    const QByteArray token = server.demoToken();
    // A host URL with user info: used for the fetch, never written down.
    QUrl host = server.baseUrl();
    host.setUserInfo(u"someone:"_s + QString::fromLatin1(kSecret));
    const cs::FetchSpec spec = smallSpec(host);
    Fetch fetch;
    QVERIFY(fetch.run(spec, cs::Credentials::fromToken(token)));
    QCOMPARE(fetch.outcome->status, FetchOutcome::Status::Complete);
    QVERIFY(fetch.store.size() > 0);

    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(cs::writeStandardCsv(fetch.store, cs::rowsInStartOrder(fetch.store), &csv));
    const std::string_view firstId = fetch.store.sessionId(0);
    QVERIFY(csv.data().contains(QByteArrayView(firstId.data(), qsizetype(firstId.size()))));   // the CSV is real
    QVERIFY(clean(csv.data(), token));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hygiene.callscope"_s);
    const cs::SnapshotInfo info = cs::snapshotInfoFor(spec, *fetch.outcome);
    QVERIFY(!info.host.contains(QString::fromLatin1(kSecret)));
    QString error;
    QVERIFY2(cs::saveSnapshot(path, fetch.store, info, &error), qPrintable(error));
    // Every file the save left behind, byte for byte (SQLite stores text as is).
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(files.contains(u"hygiene.callscope"_s));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(clean(bytes, token), qPrintable(name));
        QVERIFY(!bytes.contains("someone:"));
    }
    cs::SnapshotReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.info().host, server.baseUrl().toString());
    QCOMPARE(reader.recordCount(), qint64(fetch.store.size()));
}

QTEST_GUILESS_MAIN(TestCredentialHygiene)
#include "tst_credentialhygiene.moc"
