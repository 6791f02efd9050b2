#pragma once
// The mock Call Details server: a real HTTP server on loopback serving
// deterministic synthetic calls through both endpoints, with switchable
// faults. Used by the tests, by `callscope --demo` and by callscope-mock.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

namespace cs::mock {

struct DatasetSpec
{
    quint64 seed = 42;
    int calls = 1000;
    qint64 startUtc = 0;          // calls' sessionStartTime spread over [startUtc, endUtc]
    qint64 endUtc = 0;
    // Share (0..1) of calls moved onto the start second of another call, in
    // clusters of 2-8 per second: real stores hold many calls per second, and
    // their order within a second is what MockConfig::shuffleSameSecond varies.
    double sameSecondShare = 0;

    // Calls the contact centre wrote late: `lateCalls` more calls with distinct,
    // deterministic sessionIds, starting within [lateFromUtc, lateToUtc] (both 0,
    // or a range outside the data: the whole of [startUtc, endUtc]). They are
    // there from the start; every other call is exactly what the spec without
    // them gives, so a test serves the data once without and once with them.
    int lateCalls = 0;
    qint64 lateFromUtc = 0;
    qint64 lateToUtc = 0;

    // Calls the server revised: every Nth generated call (generation order, so
    // the same calls whatever lateCalls says) is rendered with another
    // finalStatus and, when it has agent segments, one more agent note in each.
    // Its sessionId and start time stay. 0: off.
    int reviseEvery = 0;
};

// The opt-in blocks of a record, named in a request's `selectedFields`
// (FACTS.md "Which opt-in blocks a record carries").
enum class RecordBlock : quint8 {
    Skills = 0x01,
    CustomerInfo = 0x02,
    UserLevelTags = 0x04,
    SessionLevelTags = 0x08,
    CampaignInfo = 0x10,
    SnoozeInfo = 0x20,
};
Q_DECLARE_FLAGS(RecordBlocks, RecordBlock)
Q_DECLARE_OPERATORS_FOR_FLAGS(RecordBlocks)
inline constexpr RecordBlocks kAllRecordBlocks = RecordBlocks(0x3F);

struct MockConfig
{
    // Identity the server checks (headers accountId, iId|IId; path accountId).
    QString accountId = QStringLiteral("demo-account");
    QString appId = QStringLiteral("st-demo-app");
    // JWTs must be HS256 signed with this secret and carry appId == clientId.
    QString clientId = QStringLiteral("cs-demo-client");
    QByteArray clientSecret = QByteArrayLiteral("demo-secret-not-for-production");
    bool requireJti = false;      // reject a token whose jti was seen before

    enum class OffsetMode { Records, Pages };
    OffsetMode offsetMode = OffsetMode::Records;
    int pageCap = 100;            // silently return at most this many per page
    int maxPagesOffset = 10;      // Pages mode: offset above this -> HTTP 400
    int maxWindowDays = 7;        // wider ranges -> HTTP 400

    // Faults, each off at 0. "Every N" counts data requests (1-based: N, 2N, ...).
    int latencyMs = 0;
    int rateLimitPerMinute = 0;   // a real sliding-window limit -> 429 + Retry-After
    int rateLimitEvery = 0;       // a 429 burst: every Nth request gets 429
    int retryAfterSeconds = 1;
    int serverErrorEvery = 0;     // 500/502/503 in turn
    int truncateEvery = 0;        // 200 with a body cut in half
    int resetEvery = 0;           // connection closed without a response
    QUrl redirectTo;              // if set: 307 every request to this base URL (same path)

    // The behaviours FACTS.md leaves open. Each default is one reading of the
    // docs; the others let the client's tests run against every reading.

    // Which zone the zone-less record stamps are in. startDate/endDate are
    // read in the request's timeZoneOffset either way; stamps with Z never move.
    enum class StampZone { RequestOffset, Utc };
    StampZone stampZone = StampZone::RequestOffset;

    // Offset caps. Records mode: offset >= recordsOffsetCap is past the cap
    // (0 = no cap); pages mode: offset > maxPagesOffset. What such a request gets:
    // 400 with an error body, 200 with `data: []`, or 200 with the page of the
    // last allowed offset.
    enum class CapBehaviour { Error, Empty, RepeatLast };
    int recordsOffsetCap = 0;
    CapBehaviour capBehaviour = CapBehaviour::Error;

    // One-off glitches. emptyGlitchEvery counts only data requests with
    // offset > 0 whose page has records: every Nth of them answers `data: []`.
    // htmlEvery counts data requests: every Nth gets a 200 text/html proxy page.
    int emptyGlitchEvery = 0;
    int htmlEvery = 0;

    // Order. Both reshuffle per request (seeded with the request number), so
    // paging through one window may repeat or skip records, as with a store
    // sorted on a non-unique key. They cost O(matches) per request.
    bool shuffleSameSecond = false;      // order within a start second varies
    bool unsortedEveryRequest = false;   // no order at all

    // Calls start at a sub-second instant (stamps still show whole seconds):
    // startDate and endDate mean .000, so a call at 59.5 is not in a window
    // that ends at :59 but is in one that starts at :59.
    bool millisecondStarts = false;

    // Writes while paging: data request N, 2N, ... (counted like the faults)
    // first inserts one new call at the start second of the window it asks
    // for, matching its filters, so every later page of that window shifts by
    // one. A request a fault or validation turns away inserts nothing.
    int insertEvery = 0;

    bool ignoreLimit = false;            // every page has pageCap records, whatever `limit` says
    bool ignoreOffset = false;           // every offset gets the first page (and no cap applies)

    // Send the opt-in blocks whether or not `selectedFields` names them (the
    // behaviour before the mock honoured selectedFields).
    bool alwaysSendBlocks = false;

    // 429 answers say `Retry-After: <IMF-fixdate>` (with a Date header) instead of seconds.
    bool retryAfterAsHttpDate = false;

    // The clock of the rate limiting, in milliseconds (empty: real monotonic
    // time). A test can run it compressed; Retry-After counts seconds of this
    // clock. Set it before the first request. latencyMs and the tokens' expiry
    // stay in real time: the client's own timers and tokens use real time.
    std::function<qint64()> clockMs;

    // If set: one JSON line per data request is appended to this file, flushed
    // as written (a test reads it even after killing the mock): n (the data
    // request's number), endpoint, startDate, endDate, timeZoneOffset (the body's
    // values as sent, null if absent), offset, limit (the query's, null if
    // absent), startUtc/endUtc (how the mock reads the range, ISO with Z, null if
    // unreadable), status (the answer; 0 for a dropped connection) and atMs
    // (UTC milliseconds when it arrived). Set before constructing the server.
    QString requestLogPath;
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;              // with query
    QList<QPair<QByteArray, QByteArray>> headers;   // lower-cased names
    QByteArray body;
    int status = 0;               // what the mock answered
};

// How one record is rendered: what a request asked for and how the server
// writes its stamps. The default is the complete record, every opt-in block
// included, as a request naming them all in selectedFields gets it.
struct RenderOptions
{
    int offsetMinutes = 0;    // the request's timeZoneOffset (JavaScript sign)
    MockConfig::StampZone stampZone = MockConfig::StampZone::RequestOffset;
    RecordBlocks blocks = kAllRecordBlocks;   // the opt-in blocks to include
};

class MockDataset
{
public:
    explicit MockDataset(const DatasetSpec &spec);
    ~MockDataset();
    int size() const;
    // Records whose sessionStartTime lies in [startUtc, endUtc], after the
    // optional filters, in start-time order (ties by sessionId).
    QList<int> select(qint64 startUtc, qint64 endUtc, const QStringList &channels = {},
                      const QStringList &queues = {}, const QString &direction = {}) const;
    // One page of select(): skips `skip` matches and returns at most `limit`.
    // Without filters it costs O(log n + limit), which keeps big fetches fast.
    QList<int> selectPage(qint64 startUtc, qint64 endUtc, const QStringList &channels,
                          const QStringList &queues, const QString &direction,
                          qsizetype skip, qsizetype limit) const;
    QSet<QByteArray> sessionIds(const QList<int> &indices) const;
    QByteArray sessionId(int index) const;
    qint64 startUtc(int index) const;
    // The record's JSON with its times rendered as wall-clock in `offsetMinutes`
    // (JavaScript sign), as the API does for the request's timeZoneOffset, with
    // every opt-in block (what a request naming them all gets; one without
    // selectedFields gets none: pass RenderOptions with no blocks for that).
    QByteArray recordJson(int index, int offsetMinutes) const;
    QByteArray recordJson(int index, const RenderOptions &options) const;

    // The sub-second part of a call's start (0..999), derived from its seed;
    // only MockConfig::millisecondStarts makes the server use it.
    int startMillis(int index) const;
    // select() as the server filters under millisecondStarts: both ends mean
    // .000, so a call in endUtc's second counts only if it starts at .000.
    QList<int> selectMillis(qint64 startUtc, qint64 endUtc, const QStringList &channels = {},
                            const QStringList &queues = {}, const QString &direction = {}) const;

    // Adds one deterministic call starting at `startUtc` that passes the filters
    // (when any call can) and returns its sessionId. Indices taken before are
    // stale afterwards: keep sessionIds instead.
    QByteArray insertCall(qint64 startUtc, const QStringList &channels = {}, const QStringList &queues = {},
                          const QString &direction = {});

    // Whether the call is one of DatasetSpec::lateCalls / rendered revised
    // (DatasetSpec::reviseEvery).
    bool isLate(int index) const;
    bool isRevised(int index) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class MockServer : public QObject
{
    Q_OBJECT
public:
    MockServer(const MockConfig &config, const DatasetSpec &data, QObject *parent = nullptr);
    ~MockServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;                         // http://127.0.0.1:PORT
    void close();

    MockConfig &config();                         // may be changed between requests
    const MockDataset &dataset() const;

    int requestCount() const;                     // data requests received
    // The calls MockConfig::insertEvery added, oldest first.
    QList<QByteArray> insertedSessionIds() const;
    QList<ReceivedRequest> receivedRequests() const;
    void clearLog();

    // Why MockConfig::requestLogPath cannot be written (empty when it can or is unset).
    QString requestLogError() const;

    // A token the server accepts (minted from the config's client id/secret).
    QByteArray demoToken() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs::mock
