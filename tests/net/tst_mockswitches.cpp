// The mock's content and timing switches, through real HTTP: the zone of the
// zone-less stamps, the opt-in blocks that `selectedFields` names, Retry-After
// as an HTTP date and the injectable clock. And callscope-mock: every switch
// has an option, and each option does what the in-process switch does.

#include "mockclient.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <functional>

using namespace mocktest;
using cs::mock::RecordBlock;
using cs::mock::RenderOptions;

namespace {

const QStringList kBlockKeys = {u"skills"_s, u"customerinfo"_s, u"userleveltags"_s, u"sessionleveltags"_s,
                                u"campaigninfo"_s, u"snoozeinfo"_s};

RenderOptions rendering(int offsetMinutes, cs::mock::RecordBlocks blocks,
                        MockConfig::StampZone zone = MockConfig::StampZone::RequestOffset)
{
    RenderOptions options;
    options.offsetMinutes = offsetMinutes;
    options.blocks = blocks;
    options.stampZone = zone;
    return options;
}

// The page's records must be exactly what the dataset renders with `options`.
void compareRecords(const MockDataset &dataset, const QJsonArray &data, const RenderOptions &options)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < dataset.size(); ++i)
        indexOf.insert(QString::fromLatin1(dataset.sessionId(i)), i);
    QVERIFY(!data.isEmpty());
    for (const QJsonValue &v : data) {
        const QJsonObject got = v.toObject();
        const QString id = got.value(u"sessionId"_s).toString();
        QVERIFY2(indexOf.contains(id), qPrintable(id));
        QCOMPARE(got, QJsonDocument::fromJson(dataset.recordJson(indexOf.value(id), options)).object());
    }
}

QSet<QString> blockKeysIn(const QJsonArray &data)
{
    QSet<QString> keys;
    for (const QJsonValue &v : data)
        for (const QString &key : kBlockKeys)
            if (v.toObject().contains(key))
                keys.insert(key);
    return keys;
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

const QRegularExpression kImfFixdate(u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
                                     "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"_s);

} // namespace

class TestMockSwitches : public QObject
{
    Q_OBJECT

private slots:
    void stampsInUtc();
    void blocksOnlyWhenSelected();
    void alwaysSendBlocks();
    void retryAfterAsHttpDate();
    void injectedClockDrivesRateLimit();
    void lateCalls();
    void lateCallsWithinTheirDays();
    void revisedCalls();
    void revisedCallsServed();
    void requestLog();
    void requestLogUnwritable();
    void executableWritesRequestLog();
    void helpListsEverySwitch();
    void executableHonoursSwitches_data();
    void executableHonoursSwitches();
};

void TestMockSwitches::stampsInUtc()
{
    MockConfig config;
    config.stampZone = MockConfig::StampZone::Utc;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    // India, -330: the window is still read in the request's offset...
    const QJsonObject everything{{u"selectedFields"_s, QJsonArray::fromStringList(kBlockKeys)}};
    const Reply r = client.send(client.call(u"2024-09-02 05:30:00"_s, u"2024-09-03 05:30:00"_s, -330, everything));
    QCOMPARE(r.status, 200);
    const QList<int> expected = server.dataset().select(utc("2024-09-02T00:00:00Z"), utc("2024-09-03T00:00:00Z"));
    QCOMPARE(sessionIdsOf(r.data()), datasetIds(server.dataset(), expected.mid(0, 100)));
    // ...but every zone-less stamp is UTC wall clock: the record is the one an
    // offset-0 request gets, and the Z stamps are the same in both.
    QCOMPARE(r.data().at(0).toObject().value(u"sessionStartTime"_s).toString(), wallText(server.dataset().startUtc(expected[0])));
    compareRecords(server.dataset(), r.data(), rendering(0, cs::mock::kAllRecordBlocks));
    compareRecords(server.dataset(), r.data(), rendering(-330, cs::mock::kAllRecordBlocks, MockConfig::StampZone::Utc));

    // The default renders in the request's offset, so the records differ.
    server.config().stampZone = MockConfig::StampZone::RequestOffset;
    const Reply offset = client.send(client.call(u"2024-09-02 05:30:00"_s, u"2024-09-03 05:30:00"_s, -330, everything));
    compareRecords(server.dataset(), offset.data(), rendering(-330, cs::mock::kAllRecordBlocks));
    QVERIFY(offset.body != r.body);
    bool sawZStamp = false;
    for (qsizetype i = 0; i < r.data().size(); ++i) {
        const QJsonObject utcCampaign = r.data().at(i).toObject().value(u"campaigninfo"_s).toObject();
        if (utcCampaign.isEmpty())
            continue;
        sawZStamp = true;
        QCOMPARE(utcCampaign, offset.data().at(i).toObject().value(u"campaigninfo"_s).toObject());
        QVERIFY(utcCampaign.value(u"attemptedTime"_s).toString().endsWith(u'Z'));
    }
    QVERIFY(sawZStamp);
}

void TestMockSwitches::blocksOnlyWhenSelected()
{
    MockServer server(MockConfig{}, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const auto pages = [&](const QJsonObject &extra) {
        QJsonArray data;
        for (int offset : {0, 100, 200}) {
            Call c = client.call(u"2024-09-02"_s, u"2024-09-04"_s, 0, extra);
            c.query = u"offset=%1"_s.arg(offset);
            const Reply r = client.send(c);
            if (r.status != 200)
                qWarning() << r.body;
            for (const QJsonValue &v : r.data())
                data.append(v);
        }
        return data;
    };

    // Without selectedFields: none of the blocks, though these records have them.
    const QJsonArray plain = pages({});
    QCOMPARE(blockKeysIn(plain), QSet<QString>());
    compareRecords(server.dataset(), plain, rendering(0, {}));

    const QJsonArray some = pages({{u"selectedFields"_s, QJsonArray{u"CustomerInfo"_s, u"CAMPAIGNINFO"_s, u"unknown"_s}}});
    QCOMPARE(blockKeysIn(some), (QSet<QString>{u"customerinfo"_s, u"campaigninfo"_s}));
    compareRecords(server.dataset(), some, rendering(0, RecordBlock::CustomerInfo | RecordBlock::CampaignInfo));

    const QJsonArray all = pages({{u"selectedFields"_s, QJsonArray{u"skills"_s, u"customerinfo"_s, u"UserLevelTags"_s,
                                                                    u"sessionleveltags"_s, u"campaignInfo"_s, u"snoozeinfo"_s}}});
    QCOMPARE(blockKeysIn(all), QSet<QString>(kBlockKeys.cbegin(), kBlockKeys.cend()));
    compareRecords(server.dataset(), all, rendering(0, cs::mock::kAllRecordBlocks));

    // The log keeps what each request asked for.
    const QList<cs::mock::ReceivedRequest> log = server.receivedRequests();
    QCOMPARE(log.size(), 9);
    QVERIFY(!QJsonDocument::fromJson(log[0].body).object().contains(u"selectedFields"_s));
    QCOMPARE(QJsonDocument::fromJson(log[3].body).object().value(u"selectedFields"_s).toArray().at(1).toString(),
             u"CAMPAIGNINFO"_s);
}

void TestMockSwitches::alwaysSendBlocks()
{
    MockConfig config;
    config.alwaysSendBlocks = true;
    MockServer server(config, twoWeeks());
    QVERIFY(server.listen());
    Client client(server);
    const Reply plain = client.send(client.call(u"2024-09-02"_s, u"2024-09-03"_s));
    compareRecords(server.dataset(), plain.data(), rendering(0, cs::mock::kAllRecordBlocks));
    QVERIFY(blockKeysIn(plain.data()).contains(u"customerinfo"_s));
    const Reply some = client.send(client.call(u"2024-09-02"_s, u"2024-09-03"_s, 0,
                                               {{u"selectedFields"_s, QJsonArray{u"skills"_s}}}));
    QCOMPARE(some.body, plain.body);
}

void TestMockSwitches::retryAfterAsHttpDate()
{
    MockConfig config;
    config.rateLimitEvery = 1;
    config.retryAfterSeconds = 7;
    config.retryAfterAsHttpDate = true;
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Reply r = client.send(client.call(u"2024-09-02"_s, u"2024-09-03"_s));
    QCOMPARE(r.status, 429);
    QVERIFY2(kImfFixdate.match(QString::fromLatin1(r.header("retry-after"))).hasMatch(), r.header("retry-after").constData());
    QVERIFY2(kImfFixdate.match(QString::fromLatin1(r.header("date"))).hasMatch(), r.header("date").constData());
    const QDateTime date = parseHttpDate(r.header("date"));
    QCOMPARE(date.secsTo(parseHttpDate(r.header("retry-after"))), 7);
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);   // the mock's clock starts at real time

    server.config().retryAfterAsHttpDate = false;
    QCOMPARE(client.send(client.call(u"2024-09-02"_s, u"2024-09-03"_s)).header("retry-after"), "7"_ba);
}

void TestMockSwitches::injectedClockDrivesRateLimit()
{
    qint64 nowMs = 0;
    MockConfig config;
    config.rateLimitPerMinute = 60;   // the real limit, in compressed time
    config.clockMs = [&nowMs] { return nowMs; };
    MockServer server(config, twoWeeks(50));
    QVERIFY(server.listen());
    Client client(server);
    const Call c = client.call(u"2024-09-02"_s, u"2024-09-03"_s);
    for (int i = 0; i < 60; ++i, nowMs += 100)
        QCOMPARE(client.send(c).status, 200);
    // At 6.0 s of the mock's clock the first request (at 0) leaves the window at 60 s.
    const Reply limited = client.send(c);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), "54"_ba);

    server.config().retryAfterAsHttpDate = true;
    const Reply dated = client.send(c);
    QCOMPARE(dated.status, 429);
    QCOMPARE(parseHttpDate(dated.header("date")).secsTo(parseHttpDate(dated.header("retry-after"))), 54);
    server.config().retryAfterAsHttpDate = false;

    nowMs = 59999;
    QCOMPARE(client.send(c).header("retry-after"), "1"_ba);   // 1 ms, rounded up
    nowMs = 60000;
    QCOMPARE(client.send(c).status, 200);
    QCOMPARE(client.send(c).status, 429);   // the request at 100 ms is still in the window
    nowMs = 60100;
    QCOMPARE(client.send(c).status, 200);
}

namespace {

QHash<QByteArray, int> indexById(const MockDataset &dataset)
{
    QHash<QByteArray, int> out;
    for (int i = 0; i < dataset.size(); ++i)
        out.insert(dataset.sessionId(i), i);
    return out;
}

QList<QJsonObject> readJsonLines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            lines.append(QJsonObject{{u"unreadable"_s, QString::fromUtf8(line)}});
        else
            lines.append(doc.object());
    }
    return lines;
}

} // namespace

// Late calls are there in addition: the other calls are byte for byte those of
// the data set without them, the late ones have sessionIds of their own, lie in
// the data's range, spread over it, and are the same every time.
void TestMockSwitches::lateCalls()
{
    DatasetSpec spec = twoWeeks(1500);
    const MockDataset base(spec);
    spec.lateCalls = 120;
    const MockDataset withLate(spec);
    const MockDataset again(spec);
    QCOMPARE(withLate.size(), base.size() + 120);

    const QHash<QByteArray, int> baseIndex = indexById(base);
    QSet<QByteArray> lateIds;
    QSet<qint64> lateDays;
    for (int i = 0; i < withLate.size(); ++i) {
        const QByteArray id = withLate.sessionId(i);
        QCOMPARE(again.sessionId(i), id);
        QCOMPARE(again.recordJson(i, -330), withLate.recordJson(i, -330));
        if (withLate.isLate(i)) {
            QVERIFY2(!baseIndex.contains(id), id.constData());
            QVERIFY(withLate.startUtc(i) >= spec.startUtc && withLate.startUtc(i) <= spec.endUtc);
            lateIds.insert(id);
            lateDays.insert((withLate.startUtc(i) - spec.startUtc) / 86400);
        } else {
            QVERIFY2(baseIndex.contains(id), id.constData());
            const int j = baseIndex.value(id);
            QVERIFY(!base.isLate(j));
            QCOMPARE(withLate.startUtc(i), base.startUtc(j));
            QCOMPARE(withLate.recordJson(i, 300), base.recordJson(j, 300));
        }
    }
    QCOMPARE(lateIds.size(), 120);   // distinct
    QVERIFY2(lateDays.size() >= 12, "late calls are not spread over the fourteen days");

    // With the other switches: the same late calls whatever the same-second share.
    spec.sameSecondShare = 0.3;
    const MockDataset clustered(spec);
    QSet<QByteArray> clusteredLate;
    for (int i = 0; i < clustered.size(); ++i)
        if (clustered.isLate(i))
            clusteredLate.insert(clustered.sessionId(i));
    QCOMPARE(clusteredLate, lateIds);
}

void TestMockSwitches::lateCallsWithinTheirDays()
{
    DatasetSpec spec = twoWeeks(800);
    spec.lateCalls = 40;
    spec.lateFromUtc = utc("2024-09-05T00:00:00Z");
    spec.lateToUtc = utc("2024-09-06T23:59:59Z");
    const MockDataset data(spec);
    int late = 0;
    for (int i = 0; i < data.size(); ++i) {
        if (!data.isLate(i))
            continue;
        ++late;
        QVERIFY(data.startUtc(i) >= spec.lateFromUtc && data.startUtc(i) <= spec.lateToUtc);
    }
    QCOMPARE(late, 40);

    // A late range outside the data falls back to the data's range.
    spec.lateFromUtc = utc("2025-01-01T00:00:00Z");
    spec.lateToUtc = utc("2025-01-02T00:00:00Z");
    const MockDataset outside(spec);
    for (int i = 0; i < outside.size(); ++i)
        QVERIFY(outside.startUtc(i) >= spec.startUtc && outside.startUtc(i) <= spec.endUtc);
}

// Every Nth generated call is rendered revised: same sessionId and start,
// another finalStatus, one more note in each agent segment. Nothing else changes.
void TestMockSwitches::revisedCalls()
{
    DatasetSpec spec = twoWeeks(1000);
    const MockDataset base(spec);
    spec.reviseEvery = 7;
    const MockDataset revised(spec);
    QCOMPARE(revised.size(), base.size());
    int count = 0, withAgents = 0;
    for (int i = 0; i < revised.size(); ++i) {
        QCOMPARE(revised.sessionId(i), base.sessionId(i));
        QCOMPARE(revised.startUtc(i), base.startUtc(i));
        const QByteArray before = base.recordJson(i, -330);
        const QByteArray after = revised.recordJson(i, -330);
        if (!revised.isRevised(i)) {
            QCOMPARE(after, before);
            continue;
        }
        ++count;
        QVERIFY(after != before);
        const QJsonObject a = QJsonDocument::fromJson(after).object();
        QJsonObject b = QJsonDocument::fromJson(before).object();
        QVERIFY2(!a.isEmpty(), after.constData());
        QCOMPARE(a.value(u"sessionId"_s), b.value(u"sessionId"_s));
        QCOMPARE(a.value(u"sessionStartTime"_s), b.value(u"sessionStartTime"_s));
        QVERIFY(a.value(u"finalStatus"_s).toString() != b.value(u"finalStatus"_s).toString());
        const bool hasAgents = after.contains("\"AgentSegment\"");
        QCOMPARE(after.count("Revised after QA review"), before.count("\"agentNotes\""));
        withAgents += hasAgents ? 1 : 0;
        // Only those fields differ.
        b.insert(u"finalStatus"_s, a.value(u"finalStatus"_s));
        if (!hasAgents)
            QCOMPARE(a, b);
    }
    // Generation order, not start order: 1000 / 7 of them.
    QCOMPARE(count, 1000 / 7);
    QVERIFY(withAgents > 20);

    // Late calls are never revised, and do not move which calls are.
    spec.lateCalls = 50;
    const MockDataset both(spec);
    QSet<QByteArray> revisedIds, revisedIdsWithLate;
    for (int i = 0; i < revised.size(); ++i)
        if (revised.isRevised(i))
            revisedIds.insert(revised.sessionId(i));
    for (int i = 0; i < both.size(); ++i) {
        if (both.isRevised(i))
            revisedIdsWithLate.insert(both.sessionId(i));
        QVERIFY(!(both.isRevised(i) && both.isLate(i)));
    }
    QCOMPARE(revisedIdsWithLate, revisedIds);
}

void TestMockSwitches::revisedCallsServed()
{
    DatasetSpec spec = twoWeeks(600);
    spec.reviseEvery = 2;
    MockServer server(MockConfig{}, spec);
    QVERIFY(server.listen());
    Client client(server);
    const Reply r = client.send(client.call(u"2024-09-02 00:00:00"_s, u"2024-09-05 00:00:00"_s, 0,
                                            {{u"selectedFields"_s, QJsonArray::fromStringList(kBlockKeys)}}));
    QCOMPARE(r.status, 200);
    compareRecords(server.dataset(), r.data(), rendering(0, cs::mock::kAllRecordBlocks));
    QVERIFY(r.body.contains("Revised after QA review"));
}

// One line per data request, whatever the answer, in order; flushed as written.
void TestMockSwitches::requestLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MockConfig config;
    config.requestLogPath = dir.filePath(u"requests.jsonl"_s);
    config.serverErrorEvery = 3;
    config.resetEvery = 4;
    MockServer server(config, twoWeeks(500));
    QVERIFY(server.requestLogError().isEmpty());
    QVERIFY(server.listen());
    Client client(server);

    QList<Call> calls;
    for (int offset : {0, 100, 200, 300, 400}) {
        Call c = client.call(u"2024-09-02 05:30:00"_s, u"2024-09-04 05:29:59"_s, -330);
        c.query = u"limit=100&offset=%1"_s.arg(offset);
        calls.append(c);
    }
    Call bare = client.call(u"2024-09-03"_s, u"2024-09-03"_s, 300);   // no query, bare dates
    calls.append(bare);
    Call broken = client.call(u"x"_s, u"y"_s, 0);
    broken.query = u"offset=abc"_s;
    calls.append(broken);
    Call notData = client.call(u"2024-09-03"_s, u"2024-09-03"_s);
    notData.endpoint = u"agents"_s;                     // 404: not a data request, not logged
    QList<int> statuses;
    for (const Call &c : std::as_const(calls))
        statuses.append(client.send(c).status);
    QCOMPARE(client.send(notData).status, 404);

    // Read while the server still runs: every line is already in the file.
    // (QNetworkAccessManager sends a request again after a reset on a reused
    // connection: the log shows that as two lines, as it should.)
    const QList<QJsonObject> lines = readJsonLines(config.requestLogPath);
    const QList<cs::mock::ReceivedRequest> received = server.receivedRequests();
    QCOMPARE(lines.size(), qsizetype(server.requestCount()));
    QCOMPARE(lines.size(), received.size() - 1);   // the 404 is not a data request
    QVERIFY(lines.size() >= calls.size());
    QHash<QString, QJsonObject> byOffset;   // the last line of each offset
    bool sawReset = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &line = lines[i];
        QCOMPARE(line.value(u"n"_s).toInt(), int(i + 1));
        QCOMPARE(line.value(u"status"_s).toInt(), received[i].status);
        QCOMPARE(line.value(u"endpoint"_s).toString(), u"calldetails"_s);
        QVERIFY(line.value(u"atMs"_s).toDouble() > 1.7e12);
        sawReset = sawReset || line.value(u"status"_s).toInt() == 0;
        byOffset.insert(line.value(u"offset"_s).toVariant().toString(), line);
    }
    QVERIFY(sawReset);
    QVERIFY(QList<int>({500, 502, 503}).contains(lines[2].value(u"status"_s).toInt()));   // error-every-3
    QCOMPARE(statuses[0], 200);
    QCOMPARE(lines[0].value(u"status"_s).toInt(), 200);
    QCOMPARE(lines[0].value(u"startDate"_s).toString(), u"2024-09-02 05:30:00"_s);
    QCOMPARE(lines[0].value(u"endDate"_s).toString(), u"2024-09-04 05:29:59"_s);
    QCOMPARE(lines[0].value(u"timeZoneOffset"_s).toInt(), -330);
    QCOMPARE(lines[0].value(u"startUtc"_s).toString(), u"2024-09-02T00:00:00Z"_s);
    QCOMPARE(lines[0].value(u"endUtc"_s).toString(), u"2024-09-03T23:59:59Z"_s);
    QCOMPARE(lines[0].value(u"limit"_s).toInt(), 100);
    QCOMPARE(lines[0].value(u"offset"_s).toInt(), 0);
    QVERIFY(byOffset.contains(u"400"_s));
    const QJsonObject bareLine = byOffset.value(QString());   // no query: offset and limit null
    QCOMPARE(bareLine.value(u"offset"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(bareLine.value(u"limit"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(bareLine.value(u"timeZoneOffset"_s).toInt(), 300);
    QCOMPARE(bareLine.value(u"startUtc"_s).toString(), u"2024-09-03T05:00:00Z"_s);
    QCOMPARE(bareLine.value(u"endUtc"_s).toString(), u"2024-09-04T04:59:59Z"_s);
    const QJsonObject brokenLine = byOffset.value(u"abc"_s);
    QCOMPARE(brokenLine.value(u"startDate"_s).toString(), u"x"_s);
    QCOMPARE(brokenLine.value(u"startUtc"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(brokenLine.value(u"status"_s).toInt() != 200);

    // A second server appends to the same file.
    {
        MockServer second(config, twoWeeks(500));
        QVERIFY(second.listen());
        Client other(second);
        QCOMPARE(other.send(calls[0]).status, 200);
    }
    QCOMPARE(readJsonLines(config.requestLogPath).size(), lines.size() + 1);
}

void TestMockSwitches::requestLogUnwritable()
{
    MockConfig config;
    config.requestLogPath = u"/nonexistent-dir-callscope/requests.jsonl"_s;
    MockServer server(config, twoWeeks(10));
    QVERIFY(!server.requestLogError().isEmpty());

    if (qEnvironmentVariableIsEmpty("CALLSCOPE_MOCK_BIN"))
        QSKIP("CALLSCOPE_MOCK_BIN not set");
    QProcess process;
    process.start(qEnvironmentVariable("CALLSCOPE_MOCK_BIN"), {u"--request-log"_s, config.requestLogPath});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("request log"));
}

void TestMockSwitches::helpListsEverySwitch()
{
    if (qEnvironmentVariableIsEmpty("CALLSCOPE_MOCK_BIN"))
        QSKIP("CALLSCOPE_MOCK_BIN not set");
    QProcess process;
    process.start(qEnvironmentVariable("CALLSCOPE_MOCK_BIN"), {u"--help"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--stamps <offset|utc>", "--records-offset-cap <N>", "--cap-behaviour <error|empty|repeat>",
                               "--empty-glitch-every <N>", "--html-every <N>", "--shuffle-same-second",
                               "--same-second-share <X>", "--unsorted-every-request", "--millisecond-starts",
                               "--insert-every <N>", "--ignore-limit", "--ignore-offset", "--always-send-blocks",
                               "--retry-after-date", "--late-calls <N>", "--late-from <yyyy-MM-dd>",
                               "--late-to <yyyy-MM-dd>", "--revise-every <N>", "--request-log <FILE>"})
        QVERIFY2(help.contains(QLatin1StringView(option)), option);
}

namespace {

using Setup = std::function<void(MockConfig &, DatasetSpec &)>;

// What a test can compare between two servers: all but the moment it was sent.
struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString retryAfter;   // "<date>" for an HTTP date, else the value
};

Answer answerOf(const Reply &r)
{
    const QString retryAfter = QString::fromLatin1(r.header("retry-after"));
    return {r.status, r.header("content-type"), r.body,
            kImfFixdate.match(retryAfter).hasMatch() ? u"<date>"_s : retryAfter};
}

bool operator==(const Answer &a, const Answer &b)
{
    return a.status == b.status && a.contentType == b.contentType && a.body == b.body && a.retryAfter == b.retryAfter;
}

// "yyyy-MM-dd HH:mm:ss" in India (timeZoneOffset -330) for UTC seconds.
QString indiaText(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds + 330 * 60, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// A sequence that gives every switch a chance to show: several offsets (some
// past a cap of 20 records or 2 pages), a small limit, and the window's tail,
// which ends in the very second a call starts at .500 or later.
QList<Call> probeCalls(Client &client, const MockDataset &dataset)
{
    qint64 end = 0;
    for (int i = 0; i < dataset.size() && end == 0; ++i)
        if (dataset.startUtc(i) > utc("2024-09-04T00:00:00Z") && dataset.startMillis(i) >= 500)
            end = dataset.startUtc(i);
    const qint64 start = end - 2 * 86400;
    const qsizetype total = dataset.select(start, end).size();
    QList<Call> calls;
    for (const QString &query : {u"limit=10&offset=0"_s, u"limit=10&offset=10"_s, u"limit=10&offset=20"_s,
                                 u"limit=10&offset=3"_s, u"limit=10&offset=25"_s, u"limit=10&offset=40"_s,
                                 u"limit=10&offset=%1"_s.arg(total - 5), u"limit=100&offset=0"_s}) {
        Call c = client.call(indiaText(start), indiaText(end), -330);
        c.query = query;
        calls.append(c);
    }
    return calls;
}

DatasetSpec cliData()
{
    DatasetSpec spec;
    spec.seed = 11;
    spec.calls = 1500;
    spec.startUtc = utc("2024-09-01T00:00:00Z");
    spec.endUtc = utc("2024-09-07T23:59:59Z");
    return spec;
}

} // namespace

void TestMockSwitches::executableHonoursSwitches_data()
{
    using Cap = MockConfig::CapBehaviour;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Setup>("setup");        // the same switches, in process
    QTest::addColumn<Setup>("baseline");     // the same without the switch under test
    const Setup none = [](MockConfig &, DatasetSpec &) {};

    QTest::newRow("stamps") << QStringList{u"--stamps"_s, u"utc"_s}
                            << Setup([](MockConfig &c, DatasetSpec &) { c.stampZone = MockConfig::StampZone::Utc; }) << none;
    QTest::newRow("records cap") << QStringList{u"--records-offset-cap"_s, u"20"_s}
                                 << Setup([](MockConfig &c, DatasetSpec &) { c.recordsOffsetCap = 20; }) << none;
    QTest::newRow("cap empty") << QStringList{u"--records-offset-cap"_s, u"20"_s, u"--cap-behaviour"_s, u"empty"_s}
                               << Setup([](MockConfig &c, DatasetSpec &) { c.recordsOffsetCap = 20; c.capBehaviour = Cap::Empty; })
                               << Setup([](MockConfig &c, DatasetSpec &) { c.recordsOffsetCap = 20; });
    QTest::newRow("cap repeat") << QStringList{u"--records-offset-cap"_s, u"20"_s, u"--cap-behaviour"_s, u"repeat"_s}
                                << Setup([](MockConfig &c, DatasetSpec &) { c.recordsOffsetCap = 20; c.capBehaviour = Cap::RepeatLast; })
                                << Setup([](MockConfig &c, DatasetSpec &) { c.recordsOffsetCap = 20; });
    const auto pages = [](MockConfig &c) {
        c.offsetMode = MockConfig::OffsetMode::Pages;
        c.maxPagesOffset = 2;
    };
    QTest::newRow("pages cap repeat")
        << QStringList{u"--offset-mode"_s, u"pages"_s, u"--max-pages-offset"_s, u"2"_s, u"--cap-behaviour"_s, u"repeat"_s}
        << Setup([pages](MockConfig &c, DatasetSpec &) { pages(c); c.capBehaviour = Cap::RepeatLast; })
        << Setup([pages](MockConfig &c, DatasetSpec &) { pages(c); });
    QTest::newRow("empty glitch") << QStringList{u"--empty-glitch-every"_s, u"2"_s}
                                  << Setup([](MockConfig &c, DatasetSpec &) { c.emptyGlitchEvery = 2; }) << none;
    QTest::newRow("html") << QStringList{u"--html-every"_s, u"3"_s}
                          << Setup([](MockConfig &c, DatasetSpec &) { c.htmlEvery = 3; }) << none;
    QTest::newRow("same-second share") << QStringList{u"--same-second-share"_s, u"0.5"_s}
                                       << Setup([](MockConfig &, DatasetSpec &d) { d.sameSecondShare = 0.5; }) << none;
    QTest::newRow("shuffle same second")
        << QStringList{u"--same-second-share"_s, u"0.5"_s, u"--shuffle-same-second"_s}
        << Setup([](MockConfig &c, DatasetSpec &d) { d.sameSecondShare = 0.5; c.shuffleSameSecond = true; })
        << Setup([](MockConfig &, DatasetSpec &d) { d.sameSecondShare = 0.5; });
    QTest::newRow("unsorted") << QStringList{u"--unsorted-every-request"_s}
                              << Setup([](MockConfig &c, DatasetSpec &) { c.unsortedEveryRequest = true; }) << none;
    QTest::newRow("milliseconds") << QStringList{u"--millisecond-starts"_s}
                                  << Setup([](MockConfig &c, DatasetSpec &) { c.millisecondStarts = true; }) << none;
    QTest::newRow("insert") << QStringList{u"--insert-every"_s, u"2"_s}
                            << Setup([](MockConfig &c, DatasetSpec &) { c.insertEvery = 2; }) << none;
    QTest::newRow("ignore limit") << QStringList{u"--ignore-limit"_s}
                                  << Setup([](MockConfig &c, DatasetSpec &) { c.ignoreLimit = true; }) << none;
    QTest::newRow("ignore offset") << QStringList{u"--ignore-offset"_s}
                                   << Setup([](MockConfig &c, DatasetSpec &) { c.ignoreOffset = true; }) << none;
    QTest::newRow("always send blocks") << QStringList{u"--always-send-blocks"_s}
                                        << Setup([](MockConfig &c, DatasetSpec &) { c.alwaysSendBlocks = true; }) << none;
    QTest::newRow("late calls") << QStringList{u"--late-calls"_s, u"60"_s}
                                << Setup([](MockConfig &, DatasetSpec &d) { d.lateCalls = 60; }) << none;
    QTest::newRow("late calls in days")
        << QStringList{u"--late-calls"_s, u"60"_s, u"--late-from"_s, u"2024-09-02"_s, u"--late-to"_s, u"2024-09-03"_s}
        << Setup([](MockConfig &, DatasetSpec &d) {
               d.lateCalls = 60;
               d.lateFromUtc = utc("2024-09-02T00:00:00Z");
               d.lateToUtc = utc("2024-09-03T23:59:59Z");
           })
        << Setup([](MockConfig &, DatasetSpec &d) { d.lateCalls = 60; });
    QTest::newRow("revise") << QStringList{u"--revise-every"_s, u"5"_s}
                            << Setup([](MockConfig &, DatasetSpec &d) { d.reviseEvery = 5; }) << none;
    QTest::newRow("retry-after date")
        << QStringList{u"--rate-limit-every"_s, u"2"_s, u"--retry-after-date"_s}
        << Setup([](MockConfig &c, DatasetSpec &) { c.rateLimitEvery = 2; c.retryAfterAsHttpDate = true; })
        << Setup([](MockConfig &c, DatasetSpec &) { c.rateLimitEvery = 2; });
}

void TestMockSwitches::executableHonoursSwitches()
{
    if (qEnvironmentVariableIsEmpty("CALLSCOPE_MOCK_BIN"))
        QSKIP("CALLSCOPE_MOCK_BIN not set");
    QFETCH(QStringList, args);
    QFETCH(Setup, setup);
    QFETCH(Setup, baseline);

    QProcess process;
    QByteArray out;
    const QUrl base = startMockProcess(process, args + QStringList{u"--calls"_s, u"1500"_s, u"--seed"_s, u"11"_s,
                                                                   u"--from"_s, u"2024-09-01"_s, u"--to"_s, u"2024-09-07"_s},
                                       &out);
    QVERIFY2(base.isValid(), out.constData());

    MockConfig twinConfig, baselineConfig;
    DatasetSpec twinData = cliData(), baselineData = cliData();
    setup(twinConfig, twinData);
    baseline(baselineConfig, baselineData);
    MockServer twin(twinConfig, twinData);
    MockServer reference(baselineConfig, baselineData);
    QVERIFY(twin.listen() && reference.listen());
    Client viaProcess(twin, base), viaTwin(twin), viaReference(reference);

    bool switchShowed = false;
    for (const Call &c : probeCalls(viaTwin, twin.dataset())) {
        const Answer fromProcess = answerOf(viaProcess.send(c));
        const Answer fromTwin = answerOf(viaTwin.send(c));
        QCOMPARE(fromProcess.status, fromTwin.status);
        QCOMPARE(fromProcess.contentType, fromTwin.contentType);
        QCOMPARE(fromProcess.retryAfter, fromTwin.retryAfter);
        QVERIFY2(fromProcess.body == fromTwin.body, qPrintable(c.query));
        switchShowed = switchShowed || !(answerOf(viaReference.send(c)) == fromTwin);
    }
    QVERIFY2(switchShowed, "the probe requests cannot tell this switch from the baseline");
    process.kill();
    process.waitForFinished(30000);
}

// The executable's log survives a SIGKILL: every request answered before it is there.
void TestMockSwitches::executableWritesRequestLog()
{
    if (qEnvironmentVariableIsEmpty("CALLSCOPE_MOCK_BIN"))
        QSKIP("CALLSCOPE_MOCK_BIN not set");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logPath = dir.filePath(u"log.jsonl"_s);
    QProcess process;
    QByteArray out;
    const QUrl base = startMockProcess(process, {u"--calls"_s, u"1500"_s, u"--seed"_s, u"11"_s, u"--from"_s,
                                                 u"2024-09-01"_s, u"--to"_s, u"2024-09-07"_s, u"--request-log"_s,
                                                 logPath, u"--html-every"_s, u"3"_s},
                                       &out);
    QVERIFY2(base.isValid(), out.constData());
    MockServer twin(MockConfig{}, cliData());
    Client client(twin, base);
    const QList<Call> calls = probeCalls(client, twin.dataset());
    QList<int> statuses;
    for (const Call &c : calls)
        statuses.append(client.send(c).status);
    process.kill();
    process.waitForFinished(30000);

    const QList<QJsonObject> lines = readJsonLines(logPath);
    QCOMPARE(lines.size(), calls.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines[i].value(u"status"_s).toInt(), statuses[i]);
        const QUrlQuery query(calls[i].query);
        QCOMPARE(lines[i].value(u"offset"_s).toInteger(), query.queryItemValue(u"offset"_s).toLongLong());
        QCOMPARE(lines[i].value(u"limit"_s).toInteger(), query.queryItemValue(u"limit"_s).toLongLong());
        QCOMPARE(lines[i].value(u"timeZoneOffset"_s).toInt(), -330);
    }
    QCOMPARE(statuses[2], 200);   // the HTML page comes with 200
}

QTEST_GUILESS_MAIN(TestMockSwitches)
#include "tst_mockswitches.moc"
