#pragma once
// Archive semantics every ArchiveBackend keeps (src/core/archive.h), written
// against the interface only so that the SQLite and the PostgreSQL backend run
// the same checks: each function takes a fresh, writable archive.

#include "archive.h"
#include "recordparser.h"
#include "rawcodec.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QTemporaryDir>

#include <QTest>
#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace archivetest {

inline const cs::ArchiveIdentity kIdentity{QStringLiteral("https://cc.example.test"), QStringLiteral("acct-1"),
                                           QStringLiteral("app-1"), QStringLiteral("calldetails")};

// One record's JSON: `extra` is spliced in verbatim (may hold odd whitespace).
inline QByteArray record(const char *sessionId, const char *start, const QByteArray &extra = {})
{
    return QByteArray("{\"sessionId\":\"") + sessionId + "\",\"sessionStartTime\":\"" + start
        + "\",\"sessionEndTime\":\"" + start + "\",\"channel\":\"voice\",\"finalStatus\":\"Completed\"" + extra + "}";
}

inline std::shared_ptr<cs::ParsedPage> page(const QList<QByteArray> &records)
{
    QByteArray body = "{\"numResults\":" + QByteArray::number(records.size()) + ",\"data\":[";
    for (qsizetype i = 0; i < records.size(); ++i)
        body += (i ? "," : "") + records[i];
    body += "]}";
    auto parsed = cs::parsePage(body);
    if (!parsed->ok() || !parsed->issues.empty())
        qFatal("test page does not parse: %s", qPrintable(parsed->error));
    return parsed;
}

struct Read
{
    std::vector<cs::ArchivedCall> calls;
    std::vector<std::string> raw;
    std::vector<int> offsets;
};

inline bool readAll(cs::ArchiveBackend &a, const cs::UtcInterval &interval, Read *out)
{
    QString error;
    const bool ok = a.readCalls(interval, [&](const cs::ArchivedCall &c) { out->calls.push_back(c); return true; }, &error)
        && a.readRawRange(interval, [&](std::string_view raw, int offset) {
               out->raw.emplace_back(raw);
               out->offsets.push_back(offset);
               return true;
           }, &error);
    if (!ok)
        qWarning("read failed: %s", qPrintable(error));
    return ok;
}

// Store, upsert changed, identical is a no-op; a repeat inside one page.
inline void upsert(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    cs::StorePageResult r;
    QVERIFY2(a.storePage(*page({record("s1", "2026-03-01T10:00:00"), record("s2", "2026-03-01T10:00:01"),
                                record("s3", "2026-03-01T10:00:02")}),
                         300, 1000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 3); QCOMPARE(r.changed, 0); QCOMPARE(r.unchanged, 0);

    QVERIFY2(a.storePage(*page({record("s1", "2026-03-01T10:00:00"), record("s2", "2026-03-01T10:00:01")}),
                         300, 2000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 0); QCOMPARE(r.changed, 0); QCOMPARE(r.unchanged, 2);

    const QByteArray revised = record("s2", "2026-03-01T10:00:01", ",\"reason\":\"revised\"");
    QVERIFY2(a.storePage(*page({record("s1", "2026-03-01T10:00:00"), revised, record("s4", "2026-03-01T10:00:03")}),
                         300, 3000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 1); QCOMPARE(r.changed, 1); QCOMPARE(r.unchanged, 1);

    // The same call twice in one page: the later copy wins, as across pages.
    const QByteArray again = record("s5", "2026-03-01T10:00:04", ",\"reason\":\"second\"");
    QVERIFY2(a.storePage(*page({record("s5", "2026-03-01T10:00:04"), again}), 300, 4000, &r, &error), qPrintable(error));
    QCOMPARE(r.added + r.changed + r.unchanged, 2);
    QCOMPARE(r.added, 1);

    qint64 count = 0;
    QVERIFY2(a.countCalls(cs::kWholeTime, &count, &error), qPrintable(error));
    QCOMPARE(count, 5);
    Read read;
    QVERIFY(readAll(a, cs::kWholeTime, &read));
    QCOMPARE(read.calls.size(), size_t(5));
    QCOMPARE(read.raw[1], revised.toStdString());
    QCOMPARE(read.calls[1].fields.reason, std::string("revised"));
    QCOMPARE(read.raw[4], again.toStdString());
}

// Session ids far longer than any real one (4,000 bytes that do not
// compress, differing only in their last byte) are stored, told apart,
// upserted and read back whole, as short ones are. (PostgreSQL's B-tree
// entries hold 2,704 bytes: its uniqueness is on the id's hash.)
inline void longSessionIds(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QByteArray stem;
    quint64 state = 0x9E3779B97F4A7C15ULL;
    while (stem.size() < 3999) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        stem += QByteArray::number(state >> 40, 16);
    }
    stem.truncate(3999);
    const QByteArray first = stem + 'a', second = stem + 'b';
    cs::StorePageResult r;
    QVERIFY2(a.storePage(*page({record(first.constData(), "2026-03-01T10:00:00"),
                                record(second.constData(), "2026-03-01T10:00:01")}), 0, 1000, &r, &error),
             qPrintable(error));
    QCOMPARE(r.added, 2);
    QVERIFY2(a.storePage(*page({record(first.constData(), "2026-03-01T10:00:00"),
                                record(second.constData(), "2026-03-01T10:00:01", ",\"reason\":\"revised\"")}),
                         0, 2000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 0); QCOMPARE(r.changed, 1); QCOMPARE(r.unchanged, 1);
    QCOMPARE(r.records.size(), size_t(2));
    QVERIFY(r.records[0].key != r.records[1].key);
    Read read;
    QVERIFY(readAll(a, cs::kWholeTime, &read));
    QCOMPARE(read.calls.size(), size_t(2));
    QCOMPARE(read.calls[0].fields.sessionId, first.toStdString());
    QCOMPARE(read.calls[1].fields.sessionId, second.toStdString());
    QCOMPARE(read.calls[0].fields.reason, std::string());
    QCOMPARE(read.calls[1].fields.reason, std::string("revised"));
    QCOMPARE(read.calls[1].key, r.records[1].key);
}

// readCallsChangedSince: from a watermark (the highest key and newest
// fetched_at read), only calls added since and calls replaced since (same
// key, newer fetched_at); the watermark's second again; the range holds.
inline void changedSince(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QVERIFY2(a.storePage(*page({record("s1", "2026-03-01T10:00:00"), record("s2", "2026-03-01T10:00:01"),
                                record("s3", "2026-03-01T10:00:02"), record("s9", "2026-03-02T10:00:00")}),
                         0, 1000, nullptr, &error), qPrintable(error));
    struct Row { std::string id; qint64 key; qint64 fetchedAt; std::string reason; };
    auto changed = [&](const cs::UtcInterval &interval, qint64 afterKey, qint64 since) {
        std::vector<Row> rows;
        if (!a.readCallsChangedSince(interval, afterKey, since, [&](cs::ArchivedCall &c, qint64 fetchedAt) {
                rows.push_back({c.fields.sessionId, c.key, fetchedAt, c.fields.reason});
                return true;
            }, &error))
            qWarning("readCallsChangedSince: %s", qPrintable(error));
        return rows;
    };
    const cs::UtcInterval march1{1772323200, 1772409599};   // 2026-03-01 UTC
    // Everything first, as readCalls: start order, the range kept.
    std::vector<Row> all = changed(march1, 0, std::numeric_limits<qint64>::min());
    QCOMPARE(all.size(), size_t(3));
    QCOMPARE(all[0].id, std::string("s1"));
    QCOMPARE(all[2].id, std::string("s3"));
    QCOMPARE(all[0].fetchedAt, 1000);
    QCOMPARE(changed(cs::kWholeTime, 0, std::numeric_limits<qint64>::min()).size(), size_t(4));
    qint64 mark = 0;
    for (const Row &row : changed(cs::kWholeTime, 0, std::numeric_limits<qint64>::min()))
        mark = std::max(mark, row.key);
    // Nothing new after the watermark's second.
    QCOMPARE(changed(march1, mark, 1001).size(), size_t(0));
    // The watermark's second again (a page committed later within it is not missed).
    QCOMPARE(changed(march1, mark, 1000).size(), size_t(3));

    // One call added, one replaced, one identical (no-op): only two read.
    QVERIFY2(a.storePage(*page({record("s1", "2026-03-01T10:00:00"),
                                record("s2", "2026-03-01T10:00:01", ",\"reason\":\"revised\""),
                                record("s4", "2026-03-01T10:00:03")}),
                         0, 2000, nullptr, &error), qPrintable(error));
    std::vector<Row> since = changed(march1, mark, 1001);
    QCOMPARE(since.size(), size_t(2));
    QCOMPARE(since[0].id, std::string("s2"));
    QVERIFY(since[0].key <= mark);            // replaced in place: the same key
    QCOMPARE(since[0].fetchedAt, 2000);
    QCOMPARE(since[0].reason, std::string("revised"));
    QCOMPARE(since[1].id, std::string("s4"));
    QVERIFY(since[1].key > mark);             // added
    // By key alone (a holder whose clock is behind): the added call still shows.
    since = changed(march1, mark, 5000);
    QCOMPARE(since.size(), size_t(1));
    QCOMPARE(since[0].id, std::string("s4"));
}

// readCallsChangedSince after a revised OLD call (its start weeks before the
// newest calls): exactly the revised call and the added ones, once each, in
// start order, however many unchanged calls start between them.
inline void changedSinceOldRevision(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QList<QByteArray> march;
    for (int i = 0; i < 40; ++i)
        march << record(QByteArray("m" + QByteArray::number(i)).constData(),
                        QByteArray("2026-03-" + QByteArray::number(10 + i / 2) + "T10:00:" + QByteArray::number(10 + i % 2)).constData());
    QVERIFY2(a.storePage(*page(QList<QByteArray>{record("old", "2026-01-05T08:00:00")} + march), 0, 1000, nullptr, &error),
             qPrintable(error));
    qint64 mark = 0;
    int everything = 0;
    QVERIFY2(a.readCallsChangedSince(cs::kWholeTime, 0, std::numeric_limits<qint64>::min(), [&](cs::ArchivedCall &c, qint64) {
        mark = std::max(mark, c.key);
        ++everything;
        return true;
    }, &error), qPrintable(error));
    QCOMPARE(everything, 41);

    // The old call revised, two calls added after the newest, one unchanged call sent again.
    cs::StorePageResult r;
    QVERIFY2(a.storePage(*page({record("old", "2026-01-05T08:00:00", ",\"reason\":\"revised\""), march[7],
                                record("new1", "2026-03-31T09:00:00"), record("new2", "2026-03-31T09:00:01")}),
                         0, 2000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 2); QCOMPARE(r.changed, 1); QCOMPARE(r.unchanged, 1);
    struct Row { std::string id; qint64 fetchedAt; std::string reason; };
    auto changed = [&](const cs::UtcInterval &interval) {
        std::vector<Row> rows;
        if (!a.readCallsChangedSince(interval, mark, 1001, [&](cs::ArchivedCall &c, qint64 fetchedAt) {
                rows.push_back({c.fields.sessionId, fetchedAt, c.fields.reason});
                return true;
            }, &error))
            qWarning("readCallsChangedSince: %s", qPrintable(error));
        return rows;
    };
    for (const cs::UtcInterval &interval : {cs::kWholeTime, cs::UtcInterval{1767225600, 1775001599}}) {   // 2026-01-01 .. 03-31
        const std::vector<Row> rows = changed(interval);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].id, std::string("old"));
        QCOMPARE(rows[0].reason, std::string("revised"));
        QCOMPARE(rows[1].id, std::string("new1"));
        QCOMPARE(rows[2].id, std::string("new2"));
        for (const Row &row : rows)
            QCOMPARE(row.fetchedAt, 2000);
    }
    // A range without the old call: the added ones alone.
    const std::vector<Row> inMarch = changed({1772323200, 1775001599});
    QCOMPARE(inMarch.size(), size_t(2));
    QCOMPARE(inMarch[0].id, std::string("new1"));
}

// Coverage: entries of the scope and of "" overlapping the interval.
inline void coverageLedger(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QVERIFY2(a.addCoverage(QString(), {100, 199}, 1000, &error), qPrintable(error));
    QVERIFY2(a.addCoverage(QStringLiteral("queue=Sales"), {150, 299}, 2000, &error), qPrintable(error));
    QVERIFY2(a.addCoverage(QStringLiteral("queue=Support"), {0, 999}, 3000, &error), qPrintable(error));
    QVERIFY2(a.addCoverage(QString(), {500, 599}, 4000, &error), qPrintable(error));

    auto entries = [&](const QString &scope, cs::UtcInterval interval) {
        QList<cs::LedgerEntry> out;
        if (!a.ledger(scope, interval, &out, &error))
            qWarning("ledger: %s", qPrintable(error));
        std::map<qint64, qint64> fetchedByStart;
        for (const auto &e : out)
            fetchedByStart[e.startUtc] = e.fetchedAtUtc;
        return fetchedByStart;
    };
    QCOMPARE(entries(QString(), {0, 1000}), (std::map<qint64, qint64>{{100, 1000}, {500, 4000}}));
    QCOMPARE(entries(QStringLiteral("queue=Sales"), {0, 1000}),
             (std::map<qint64, qint64>{{100, 1000}, {150, 2000}, {500, 4000}}));
    // Overlap, inclusive ends.
    QCOMPARE(entries(QStringLiteral("queue=Sales"), {199, 200}), (std::map<qint64, qint64>{{100, 1000}, {150, 2000}}));
    QCOMPARE(entries(QStringLiteral("queue=Sales"), {300, 499}), (std::map<qint64, qint64>{}));
    QList<cs::LedgerEntry> one;
    QVERIFY(a.ledger(QStringLiteral("queue=Support"), {600, 600}, &one, &error));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].startUtc, 0); QCOMPARE(one[0].endUtc, 999); QCOMPARE(one[0].fetchedAtUtc, 3000);
}

// readCalls: start order, ties by sessionId, typed content, naive times + offset; ranges.
inline void readOrderAndContent(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    const QByteArray rich = record("b-rich", "2026-03-01T10:00:05",
        ",\"conversationId\":\"c-1\",\"userId\":\"u-1\",\"smartStatus\":\"ABANDONED\",\"Reason\":\"Queue:X\","
        "\"Direction\":\"Inbound\",\"botId\":\"st-1\",\"isVoicemail\":\"NO\",\"dispositions\":[\"Callback\",\"Sale\"],"
        "\"destinations\":[{\"destinationType\":\"QueueEntry\",\"queueName\":\"Sales\",\"EnterTime\":\"2026-03-01T10:00:05\","
        "\"respondingAgent\":{\"name\":\"Ann\",\"assignedAt\":\"2026-03-01T10:00:35\",\"interactionDuration\":120,"
        "\"holdDuration\":10,\"afterCallWorkDuration\":30}}],\"csatScore\":4,\"npsScore\":9");
    cs::StorePageResult r;
    // Out of order on purpose; a tie at 10:00:05 is broken by sessionId (byte order: "B" < "a" < "b").
    QVERIFY2(a.storePage(*page({record("z-late", "2026-03-01T11:00:00"), rich, record("a-tie", "2026-03-01T10:00:05"),
                                record("B-tie", "2026-03-01T10:00:05"), record("early", "2026-03-01T09:00:00")}),
                         300, 1000, &r, &error), qPrintable(error));
    // Another page in another offset, stamps in UTC.
    QVERIFY2(a.storePage(*page({record("utc", "2026-03-01T15:00:02.500Z")}), -330, 1000, &r, &error), qPrintable(error));

    Read read;
    QVERIFY(readAll(a, cs::kWholeTime, &read));
    std::vector<std::string> ids;
    for (const auto &c : read.calls)
        ids.push_back(c.fields.sessionId);
    // 10:00:05 at offset 300 is 15:00:05 UTC; the UTC stamp 15:00:02 comes before it.
    // Ties (three calls at 15:00:05) come in an order the backend keeps stable.
    QCOMPARE(ids.size(), size_t(6));
    QCOMPARE(ids[0], std::string("early"));
    QCOMPARE(ids[1], std::string("utc"));
    QCOMPARE(ids[5], std::string("z-late"));
    QCOMPARE((std::set<std::string>{ids[2], ids[3], ids[4]}), (std::set<std::string>{"B-tie", "a-tie", "b-rich"}));
    Read again;
    QVERIFY(readAll(a, cs::kWholeTime, &again));
    for (size_t i = 0; i < ids.size(); ++i) {
        QCOMPARE(again.calls[i].fields.sessionId, ids[i]);
        // readRawRange in the same order as readCalls.
        QVERIFY2(read.raw[i].find("\"sessionId\":\"" + ids[i] + "\"") != std::string::npos, read.raw[i].c_str());
    }
    QCOMPARE(read.offsets, (std::vector<int>{300, -330, 300, 300, 300, 300}));
    QCOMPARE(read.raw.size(), read.calls.size());
    const size_t richAt = size_t(std::find(ids.begin(), ids.end(), std::string("b-rich")) - ids.begin());
    QVERIFY(richAt < ids.size());
    QCOMPARE(read.raw[richAt], rich.toStdString());   // readRawRange in the same order as readCalls

    cs::CallFields expected;
    cs::RecordParser parser;
    QVERIFY(parser.parse(std::string_view(rich.constData(), size_t(rich.size())), expected));
    const cs::ArchivedCall &got = read.calls[richAt];
    QCOMPARE(got.offsetMinutes, 300);
    QCOMPARE(got.fields.startSeconds, expected.startSeconds);   // naive: the wall clock as sent
    QCOMPARE(got.fields.endSeconds, expected.endSeconds);
    QCOMPARE(got.fields.conversationId, expected.conversationId);
    QCOMPARE(got.fields.userId, expected.userId);
    QCOMPARE(got.fields.channel, expected.channel);
    QCOMPARE(got.fields.finalStatus, expected.finalStatus);
    QCOMPARE(got.fields.smartStatus, expected.smartStatus);
    QCOMPARE(got.fields.reason, expected.reason);
    QCOMPARE(got.fields.direction, expected.direction);
    QCOMPARE(got.fields.botId, expected.botId);
    QCOMPARE(got.fields.isVoicemail, expected.isVoicemail);
    QCOMPARE(got.fields.queues, expected.queues);
    QCOMPARE(got.fields.agents, expected.agents);
    QCOMPARE(got.fields.dispositions, expected.dispositions);
    QCOMPARE(got.fields.talkSeconds, expected.talkSeconds);
    QCOMPARE(got.fields.holdSeconds, expected.holdSeconds);
    QCOMPARE(got.fields.afterCallWorkSeconds, expected.afterCallWorkSeconds);
    QCOMPARE(got.fields.waitSeconds, expected.waitSeconds);
    QCOMPARE(got.fields.destinationCount, expected.destinationCount);
    QCOMPARE(got.fields.agentSegmentCount, expected.agentSegmentCount);
    QCOMPARE(got.fields.csatScore, expected.csatScore);
    QCOMPARE(got.fields.npsScore, expected.npsScore);
    QCOMPARE(got.fields.likeDislikeScore, expected.likeDislikeScore);
    QCOMPARE(got.startTimeText(), expected.sessionStartTime);   // a canonical text may be left out and rebuilt
    QCOMPARE(got.endTimeText(), expected.sessionEndTime);
    QVERIFY(got.fields.raw.empty());
    QVERIFY(!expected.queues.empty() && expected.talkSeconds == 120 && expected.csatScore == 4);

    // The UTC-stamped call: naive = utc - offset.
    const cs::ArchivedCall &utc = read.calls[1];
    QCOMPARE(utc.offsetMinutes, -330);
    QCOMPARE(utc.fields.startSeconds + utc.offsetMinutes * 60, qint64(1772377202));   // 2026-03-01T15:00:02Z

    // A sink that returns false stops the read; that is no error.
    int delivered = 0;
    QVERIFY2(a.readCalls(cs::kWholeTime, [&](const cs::ArchivedCall &) { return ++delivered < 2; }, &error), qPrintable(error));
    QCOMPARE(delivered, 2);
    delivered = 0;
    QVERIFY2(a.readRawRange(cs::kWholeTime, [&](std::string_view, int) { return ++delivered < 3; }, &error), qPrintable(error));
    QCOMPARE(delivered, 3);
    qint64 all = 0;
    QVERIFY(a.countCalls(cs::kWholeTime, &all, &error));   // and the archive is usable afterwards
    QCOMPARE(all, 6);

    // A range: starts inside [15:00:03, 15:00:05] UTC, both ends inclusive.
    Read range;
    QVERIFY(readAll(a, {1772377203, 1772377205}, &range));
    QCOMPARE(range.calls.size(), size_t(3));
    qint64 count = 0;
    QVERIFY(a.countCalls({1772377203, 1772377205}, &count, &error));
    QCOMPARE(count, 3);
    QVERIFY(a.countCalls({1772377206, 1772380799}, &count, &error));
    QCOMPARE(count, 0);

    // rawSource reads by key, from another thread too.
    auto source = a.rawSource(&error);
    QVERIFY2(source, qPrintable(error));
    std::string raw;
    QVERIFY(source->readRaw(got.key, &raw));
    QCOMPARE(raw, rich.toStdString());
    QVERIFY(!source->readRaw(-12345, &raw));
}

// The raw JSON comes back byte for byte: odd whitespace, escapes, non-ASCII, \u0000.
inline void rawBytes(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    const QList<QByteArray> records{
        record("raw-1", "2026-03-01T10:00:00", ",\n\t\"note\" :\r\n \"tab\\there \\\\ back\\\\slash \\\"q\\\"\" "),
        record("raw-2", "2026-03-01T10:00:01", ",\"name\":\"Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x93\x9e\",\"esc\":\"\\u00e9\\ud83d\\ude00\""),
        record("raw-3", "2026-03-01T10:00:02", ",\"nul\":\"a\\u0000b\",\"userId\":\"x\\u0000y\""),
        record("raw-4\\\\", "2026-03-01T10:00:03", ",\"queueName\":\"{\\\"a\\\",b}\",\"dispositions\":[\"\\\"quoted\\\"\",\"back\\\\slash\",\"comma,brace}\"]"),
    };
    cs::StorePageResult r;
    QVERIFY2(a.storePage(*page(records), 0, 1000, &r, &error), qPrintable(error));
    QCOMPARE(r.added, 4);
    Read read;
    QVERIFY(readAll(a, cs::kWholeTime, &read));
    QCOMPARE(read.raw.size(), size_t(4));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(read.raw[size_t(i)], records[i].toStdString());
    QCOMPARE(read.calls[3].fields.sessionId, std::string("raw-4\\"));
    QCOMPARE(read.calls[3].fields.dispositions,
             (std::vector<std::string>{"\"quoted\"", "back\\slash", "comma,brace}"}));
    // Storing the same bytes again is a no-op.
    QVERIFY2(a.storePage(*page(records), 0, 2000, &r, &error), qPrintable(error));
    QCOMPARE(r.unchanged, 4);
}

// StorePageResult::records: where each call of a page is stored and whether
// the page wrote it. A store given them (RecordStore::upsertStored, as the
// window does with a fetched page) ends with each call as the archive holds
// it, and reads its JSON from the archive's raw source.
inline void storedKeys(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    const std::shared_ptr<const cs::RawJsonSource> source = a.rawSource(&error);
    QVERIFY2(source, qPrintable(error));
    cs::RecordStore store;
    store.setRawSource(source);
    using Upsert = cs::RecordStore::Upsert;
    std::map<std::string, qint64> keyOf;
    std::vector<Upsert> outcomes;
    // Stores a page, checks its keys against those seen, feeds the store (but not `skip`).
    auto storePage = [&](const std::shared_ptr<cs::ParsedPage> &p, qint64 fetchedAt, const char *skip = "") {
        cs::StorePageResult r;
        outcomes.clear();
        if (!a.storePage(*p, 300, fetchedAt, &r, &error) || r.records.size() != p->records.size())
            return false;
        for (size_t i = 0; i < p->records.size(); ++i) {
            const cs::CallFields &call = p->records[i];
            const cs::StorePageResult::Stored stored = r.records[i];
            if (stored.key < 0 || keyOf.emplace(call.sessionId, stored.key).first->second != stored.key)
                return false;   // every call stored, and always under the same key
            if (call.sessionId != skip)
                outcomes.push_back(store.upsertStored(call, 300, stored.key, stored.written));
        }
        return true;
    };
    const QByteArray six = record("s6", "2026-03-01T10:00:05", ",\"reason\":\"kept\"");
    QVERIFY2(storePage(page({record("s1", "2026-03-01T10:00:00"), record("s2", "2026-03-01T10:00:01"),
                             record("s3", "2026-03-01T10:00:02"), six}), 1000, "s6"), qPrintable(error));
    QCOMPARE(outcomes, (std::vector<Upsert>{Upsert::Added, Upsert::Added, Upsert::Added}));
    QCOMPARE(keyOf.size(), size_t(4));
    QCOMPARE(std::set<qint64>({keyOf["s1"], keyOf["s2"], keyOf["s3"], keyOf["s6"]}).size(), size_t(4));

    // Unchanged, revised and new calls.
    QVERIFY2(storePage(page({record("s1", "2026-03-01T10:00:00"),
                             record("s2", "2026-03-01T10:00:01", ",\"reason\":\"revised\""),
                             record("s4", "2026-03-01T10:00:03")}), 2000), qPrintable(error));
    QCOMPARE(outcomes, (std::vector<Upsert>{Upsert::Unchanged, Upsert::Replaced, Upsert::Added}));

    // Twice in one page: the store ends with the later copy, as the archive
    // does, also when that copy is the one the archive held already (s6).
    QVERIFY2(storePage(page({record("s5", "2026-03-01T10:00:04"),
                             record("s5", "2026-03-01T10:00:04", ",\"reason\":\"second\""),
                             record("s6", "2026-03-01T10:00:05", ",\"reason\":\"dropped\""), six}), 3000),
             qPrintable(error));
    QCOMPARE(keyOf.size(), size_t(6));

    // Each row as the archive holds it: its columns, and its JSON read from disk.
    Read read;
    QVERIFY(readAll(a, cs::kWholeTime, &read));
    QCOMPARE(store.size(), 6);
    QCOMPARE(store.rawBytes(), 0);
    for (size_t i = 0; i < read.calls.size(); ++i) {
        const cs::ArchivedCall &call = read.calls[i];
        const int row = store.find(call.fields.sessionId);
        QVERIFY2(row >= 0, call.fields.sessionId.c_str());
        QCOMPARE(call.key, keyOf[call.fields.sessionId]);
        QCOMPARE(store.archiveKey(cs::RowId(row)), call.key);
        QCOMPARE(store.strings().utf8(store.reason(cs::RowId(row))), std::string_view(call.fields.reason));
        std::string raw;
        QVERIFY(store.readRawJson(cs::RowId(row), &raw));
        QCOMPARE(raw, read.raw[i]);
    }
    QCOMPARE(store.strings().utf8(store.reason(cs::RowId(store.find("s6")))), std::string_view("kept"));

    // Many at once (a save's read), in the order asked, a key asked twice included.
    std::vector<qint64> keys;
    for (const cs::ArchivedCall &call : read.calls)
        keys.push_back(call.key);
    keys.push_back(read.calls.front().key);
    // And a run of consecutive keys (a save's batch), read with its checksums
    // or without (the JSON alone: the caller has them), the same bytes.
    std::vector<qint64> run = keys;
    run.pop_back();
    std::sort(run.begin(), run.end());
    const bool consecutive = run.back() - run.front() == qint64(run.size()) - 1;
    for (const auto &[asked, checksums] : {std::pair{keys, cs::StoredChecksums::Read},
                                           std::pair{run, cs::StoredChecksums::Read},
                                           std::pair{run, cs::StoredChecksums::Skip}}) {
        std::vector<cs::StoredRaw> stored;
        QVERIFY(source->readStored(asked, &stored, checksums));
        QCOMPARE(stored.size(), asked.size());
        for (size_t i = 0; i < asked.size(); ++i) {
            std::string raw;
            QVERIFY(source->readRaw(asked[i], &raw));
            QCOMPARE(stored[i].dictionary, qint64(0));   // below the file's training threshold: text
            QCOMPARE(stored[i].bytes, raw);
            if (checksums == cs::StoredChecksums::Read)
                QCOMPARE(stored[i].hash, cs::rawcodec::rawHash(raw));
        }
    }
    std::vector<cs::StoredRaw> stored;
    for (const cs::StoredChecksums checksums : {cs::StoredChecksums::Read, cs::StoredChecksums::Skip}) {
        QVERIFY(!source->readStored({keys.front(), 1'000'000'000}, &stored, checksums));   // a key not stored
        if (consecutive)   // a run past the last key stored
            QVERIFY(!source->readStored({run.back(), run.back() + 1}, &stored, checksums));
    }
    std::vector<std::string> many;
    source->readRawMany({keys[2], 1'000'000'000, keys[0], keys[2]}, &many);
    QCOMPARE(many.size(), size_t(4));
    QCOMPARE(many[0], read.raw[2]);
    QVERIFY(many[1].empty());   // not stored: empty, the others read all the same
    QCOMPARE(many[2], read.raw[0]);
    QCOMPARE(many[3], read.raw[2]);

    // Saved from such a store, compact and portable: every call's JSON byte for byte.
    QTemporaryDir dir;
    for (const cs::RawCompression compression : {cs::RawCompression::Zstd, cs::RawCompression::Text}) {
        const QString path = dir.filePath(compression == cs::RawCompression::Zstd ? QStringLiteral("c.callscope")
                                                                                 : QStringLiteral("p.callscope"));
        QVERIFY2(cs::saveSnapshot(path, store, {}, &error, {}, compression), qPrintable(error));
        std::unique_ptr<cs::ArchiveBackend> saved = cs::openArchiveFile(path, false, true, &error);
        QVERIFY2(saved, qPrintable(error));
        Read back;
        QVERIFY(readAll(*saved, cs::kWholeTime, &back));
        QCOMPARE(back.raw, read.raw);
    }
}

// The identity is stamped once; another account's calls are refused.
inline void identity(cs::ArchiveBackend &a)
{
    QString error;
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QVERIFY2(a.bindIdentity(kIdentity, &error), qPrintable(error));
    QCOMPARE(a.identity(), kIdentity);
    cs::ArchiveIdentity other = kIdentity;
    other.accountId = QStringLiteral("acct-2");
    QVERIFY(!a.bindIdentity(other, &error));
    QVERIFY2(error.contains(QStringLiteral("acct-2")), qPrintable(error));
}

} // namespace archivetest
