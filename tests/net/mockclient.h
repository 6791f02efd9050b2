#pragma once
// Shared by the mock server's own tests: a client that talks real HTTP to the
// mock through QNetworkAccessManager, as the product does, and the small
// helpers the tests compare with.

#include "mockserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace mocktest {

using namespace Qt::StringLiterals;
using cs::mock::DatasetSpec;
using cs::mock::MockConfig;
using cs::mock::MockDataset;
using cs::mock::MockServer;

inline qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC().toSecsSinceEpoch();
}

inline DatasetSpec twoWeeks(int calls = 2000, quint64 seed = 7)
{
    DatasetSpec spec;
    spec.seed = seed;
    spec.calls = calls;
    spec.startUtc = utc("2024-09-01T00:00:00Z");
    spec.endUtc = utc("2024-09-15T00:00:00Z") - 1;
    return spec;
}

inline QString wallText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

struct Reply
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return json().value(u"data"_s).toArray(); }
    QString errorMessage() const
    {
        return json().value(u"errors"_s).toArray().at(0).toObject().value(u"msg"_s).toString();
    }
};

// One request to the mock: good defaults that each test bends.
struct Call
{
    QString account = u"demo-account"_s;
    QString endpoint = u"calldetails"_s;
    QString query;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray method = "POST";
};

class Client
{
public:
    // `base` points the client elsewhere (a callscope-mock process) while the
    // server still mints the tokens: both use the same demo credentials.
    explicit Client(MockServer &server, const QUrl &base = {}) : m_server(server), m_base(base) {}

    Call call(const QString &start, const QString &end, int offset = 0, const QJsonObject &extra = {}) const
    {
        Call c;
        c.headers = {{"accountId", "demo-account"},
                     {"iId", "st-demo-app"},
                     {"auth", m_server.demoToken()},
                     {"content-type", "application/json;charset=UTF-8"}};
        QJsonObject body = extra;
        body.insert(u"startDate"_s, start);
        body.insert(u"endDate"_s, end);
        body.insert(u"timeZoneOffset"_s, offset);
        c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return c;
    }

    QNetworkReply *start(const Call &c)
    {
        QUrl url = m_base.isValid() ? m_base : m_server.baseUrl();
        url.setPath(u"/agentassist/api/public/analytics/account/"_s + c.account + u"/v2/"_s + c.endpoint);
        if (!c.query.isEmpty())
            url.setQuery(c.query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (auto it = c.headers.cbegin(); it != c.headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        return m_nam.sendCustomRequest(request, c.method, c.body);
    }

    static Reply finish(QNetworkReply *reply)
    {
        Reply r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(60000);
        }
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Reply send(const Call &c) { return finish(start(c)); }

private:
    MockServer &m_server;
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QStringList sessionIdsOf(const QJsonArray &data)
{
    QStringList ids;
    for (const QJsonValue &v : data)
        ids.append(v.toObject().value(u"sessionId"_s).toString());
    return ids;
}

inline QStringList datasetIds(const MockDataset &dataset, const QList<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids.append(QString::fromLatin1(dataset.sessionId(i)));
    return ids;
}

// Starts callscope-mock (CALLSCOPE_MOCK_BIN) with `args` and returns the base
// URL it prints, or an invalid URL when it does not come up.
inline QUrl startMockProcess(QProcess &process, const QStringList &args, QByteArray *output = nullptr)
{
    process.start(qEnvironmentVariable("CALLSCOPE_MOCK_BIN"), args);
    if (!process.waitForStarted(30000))
        return {};
    QByteArray out;
    const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QRegularExpressionMatch match;
    QDeadlineTimer deadline(30000);
    // "client id" is the last line printed before the server serves.
    while (!(match = listening.match(QString::fromUtf8(out))).hasMatch() || !out.contains("client id")) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    if (output)
        *output = out;
    return QUrl(match.captured(1));
}

} // namespace mocktest
