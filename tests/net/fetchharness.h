#pragma once
// Shared by the fetch engine tests: the real FetchEngine (real
// QNetworkAccessManager transport) against the in-process mock on loopback,
// with a RecordStore fed by pageReady exactly as the GUI and CLI feed theirs,
// and the dataset's own answer for "which sessionIds should have arrived".

#include "fetchengine.h"
#include "mockserver.h"
#include "recordstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace fetchtest {

using namespace Qt::StringLiterals;

// The real budget, 60 requests a minute, kept by a clock running 1000 times
// faster than real time: a budget minute passes in 60 ms, so the engine's
// pacing is exercised exactly as users run it, while the tests spend their
// time on the faults only.
inline constexpr int kRequestsPerWindow = 60;
inline constexpr double kClockSpeed = 1000;
// Generous: a loaded 2-core machine may be slow, but a fetch never hangs this long.
inline constexpr int kFetchTimeoutMs = 45000;

inline qint64 utc(const char *isoWithZ)
{
    return QDateTime::fromString(QString::fromLatin1(isoWithZ), Qt::ISODate).toSecsSinceEpoch();
}

inline cs::mock::DatasetSpec dataset(int calls, const char *fromIso, const char *toIso, quint64 seed = 11)
{
    cs::mock::DatasetSpec spec;
    spec.seed = seed;
    spec.calls = calls;
    spec.startUtc = utc(fromIso);
    spec.endUtc = utc(toIso);
    return spec;
}

// A spec for the mock at `server`, wall-clock range [from, to] in `zone`.
inline cs::FetchSpec specFor(const cs::mock::MockServer &server, const QDateTime &from, const QDateTime &to,
                             const QTimeZone &zone = QTimeZone::utc())
{
    cs::FetchSpec spec;
    spec.host = server.baseUrl();
    spec.accountId = u"demo-account"_s;
    spec.appId = u"st-demo-app"_s;
    spec.from = from;
    spec.to = to;
    spec.zone = zone;
    spec.requestsPerMinute = kRequestsPerWindow;
    spec.requestTimeoutMs = 20000;
    // Small backoffs so retries cost milliseconds; enough attempts that a
    // window whose retries keep landing on an "every Nth" fault still gets through.
    spec.retry.initialBackoffMs = 10;
    spec.retry.maxBackoffMs = 80;
    spec.retry.maxAttempts = 12;
    spec.retry.max429Waits = 20;
    return spec;
}

inline QDateTime at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
                    const QTimeZone &zone = QTimeZone::utc())
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), zone);
}

inline cs::mock::MockConfig::OffsetMode mockMode(cs::PagingMode mode)
{
    return mode == cs::PagingMode::Pages ? cs::mock::MockConfig::OffsetMode::Pages
                                         : cs::mock::MockConfig::OffsetMode::Records;
}

// What the server holds for the spec's range and filters.
inline QSet<QByteArray> expectedIds(const cs::mock::MockServer &server, const cs::FetchSpec &spec)
{
    const qint64 start = QDateTime(spec.from.date(), spec.from.time(), spec.zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(spec.to.date(), spec.to.time(), spec.zone).toSecsSinceEpoch();
    const cs::mock::MockDataset &data = server.dataset();
    return data.sessionIds(data.select(start, end, spec.channels, spec.queues, spec.direction));
}

inline QSet<QByteArray> storeIds(const cs::RecordStore &store)
{
    QSet<QByteArray> ids;
    for (int row = 0; row < store.size(); ++row) {
        const std::string_view id = store.sessionId(cs::RowId(row));
        ids.insert(QByteArray(id.data(), qsizetype(id.size())));
    }
    return ids;
}

// "3 missing (e.g. X), 0 unexpected": for a readable failure message.
inline QString difference(const QSet<QByteArray> &got, const QSet<QByteArray> &expected)
{
    const QSet<QByteArray> missing = expected - got;
    const QSet<QByteArray> extra = got - expected;
    return u"%1 received, %2 expected: %3 missing%4, %5 unexpected%6"_s
        .arg(got.size())
        .arg(expected.size())
        .arg(missing.size())
        .arg(missing.isEmpty() ? QString() : u" (e.g. "_s + QString::fromLatin1(*missing.begin()) + u')')
        .arg(extra.size())
        .arg(extra.isEmpty() ? QString() : u" (e.g. "_s + QString::fromLatin1(*extra.begin()) + u')');
}

// The engine plus what a receiver sees of one fetch.
class Fetch
{
public:
    // `clockSpeed` 1: real time (a test that watches a real wait).
    explicit Fetch(double clockSpeed = kClockSpeed)
        : clock(std::make_shared<const cs::FetchClock>(clockSpeed))
    {
        engine.setClock(clock);
        QObject::connect(&engine, &cs::FetchEngine::pageReady, &engine,
                         [this](quint64 generation, std::shared_ptr<cs::ParsedPage> page, int window, int offset) {
                             if (generation != engine.generation() || finished) {
                                 ++stalePages;   // a receiver would drop it; a correct engine never sends it
                                 return;
                             }
                             ++pages;
                             records += qint64(page->records.size());
                             pageOffsets.append(offset);
                             store.append(*page, offset);
                             if (onPage)
                                 onPage(pages, window);
                         });
        QObject::connect(&engine, &cs::FetchEngine::notice, &engine,
                         [this](quint64, const QString &message) { notices.append(message); });
        QObject::connect(&engine, &cs::FetchEngine::progress, &engine,
                         [this](quint64, const cs::FetchProgress &p) { lastProgress = p; });
        QObject::connect(&engine, &cs::FetchEngine::finished, &engine,
                         [this](quint64, const cs::FetchOutcome &result) {
                             ++finishedCount;
                             finished = true;
                             outcome = result;
                         });
    }

    void start(const cs::FetchSpec &spec, const cs::Credentials &credentials)
    {
        // start() would cancel a running fetch itself, but its finished()
        // must be counted before this fetch's `finished` is reset.
        if (engine.isRunning())
            engine.cancel();
        finished = false;
        outcome.reset();
        engine.start(spec, credentials);
    }

    // Starts and waits for finished(); false if it never came.
    bool run(const cs::FetchSpec &spec, const cs::Credentials &credentials, int timeoutMs = kFetchTimeoutMs)
    {
        start(spec, credentials);
        return waitFinished(timeoutMs);
    }

    bool waitFinished(int timeoutMs = kFetchTimeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!finished && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return finished;
    }

    QString noticesText() const { return notices.join(u"\n"_s); }
    bool anyNoticeContains(const QString &text) const
    {
        for (const QString &notice : notices)
            if (notice.contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }

    cs::FetchClockPtr clock;
    cs::FetchEngine engine;
    cs::RecordStore store;
    QStringList notices;
    QList<int> pageOffsets;
    int pages = 0;
    int stalePages = 0;
    qint64 records = 0;
    bool finished = false;
    int finishedCount = 0;
    std::optional<cs::FetchOutcome> outcome;
    cs::FetchProgress lastProgress;
    std::function<void(int pagesSoFar, int window)> onPage;
};

// The mock's log, decoded.
inline QJsonObject bodyOf(const cs::mock::ReceivedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

inline QByteArray headerOf(const cs::mock::ReceivedRequest &request, const QByteArray &lowerName)
{
    for (const auto &[name, value] : request.headers)
        if (name == lowerName)
            return value;
    return {};
}

inline int countStatus(const cs::mock::MockServer &server, int status)
{
    int count = 0;
    for (const cs::mock::ReceivedRequest &request : server.receivedRequests())
        count += request.status == status ? 1 : 0;
    return count;
}

} // namespace fetchtest

// A complete fetch that delivered exactly the expected sessionIds.
#define VERIFY_EXACT_FETCH(fetch, server, spec)                                                                  \
    do {                                                                                                         \
        QVERIFY2((fetch).outcome.has_value(), "no outcome");                                                     \
        QVERIFY2((fetch).outcome->status == cs::FetchOutcome::Status::Complete,                                  \
                 qPrintable(u"not complete: "_s + (fetch).outcome->error + u"\nnotices:\n"_s + (fetch).noticesText())); \
        const QSet<QByteArray> expected_ = fetchtest::expectedIds((server), (spec));                             \
        QVERIFY2(!expected_.isEmpty(), "the test range holds no calls: it would prove nothing");                  \
        const QSet<QByteArray> got_ = fetchtest::storeIds((fetch).store);                                        \
        QVERIFY2(got_ == expected_, qPrintable(fetchtest::difference(got_, expected_)));                          \
        QCOMPARE((fetch).store.size(), int(expected_.size()));                                                   \
        QCOMPARE((fetch).outcome->recordsReceived, (fetch).records);                                              \
        QCOMPARE((fetch).stalePages, 0);                                                                         \
        QCOMPARE((fetch).finishedCount, 1);                                                                      \
        for (const cs::WindowStatus &window_ : (fetch).outcome->windows)                                         \
            QVERIFY(window_.complete);                                                                           \
    } while (false)
