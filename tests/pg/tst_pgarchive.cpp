// The PostgreSQL archive backend: the archive semantics every backend keeps
// (archivesemantics.h), then what is PostgreSQL's own: schema versions,
// passwords, a transaction killed half-way, concurrent writers.

#include "../core/archivesemantics.h"
#include "../core/storecolumns.h"
#include "mockserver.h"
#include "pgarchive.h"
#include "pgconn.h"
#include "pgpacked.h"
#include "pgtestserver.h"
#include "recordstore.h"

#include <QTest>
#include <QThread>
#include <QRegularExpression>
#include <QUuid>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace archivetest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kStart = 1'790'000'000;

// Every field of a loaded row, its archive key (what its raw JSON is read
// by) and its id's index entry, as one string to compare.
QString describeRow(const cs::RecordStore &store, cs::RowId row)
{
    return (cs::testing::storeColumns(store, row) << QString::number(store.archiveKey(row))
                                                  << QString::number(store.find(store.sessionId(row))))
        .join(u'\x1f');
}

// What schema version 4 changed, taken back.
constexpr const char *kBackToVersionThree =
    "DROP INDEX calls_load, calls_load_long, calls_start, calls_session; DROP FUNCTION callscope_session_key(text); "
    "ALTER TABLE calls ADD CONSTRAINT calls_session_id_key UNIQUE (session_id); "
    "CREATE INDEX calls_start ON calls (start_utc, session_id COLLATE \"C\"); "
    "DELETE FROM callscope_schema_version WHERE version >= 4";

// A disposition of 2,600 bytes, different for each call.
QByteArray longNote(int call)
{
    QByteArray note;
    while (note.size() < 2600)
        note += "note " + QByteArray::number(call) + '.' + QByteArray::number(note.size()) + ' ';
    return note;
}

// The mock's records in pages of 100: every 997th without a start time
// (those sort first), a tenth sharing their start second with others (ties at
// any cut), every 1013th with a disposition too long for calls_load.
std::vector<std::shared_ptr<cs::ParsedPage>> partedPages(int calls)
{
    const cs::mock::MockDataset data({11, calls, kStart, kStart + 3 * kDay, 0.1});
    std::vector<std::shared_ptr<cs::ParsedPage>> pages;
    for (int first = 0; first < data.size(); first += 100) {
        QByteArray body = "{\"data\":[";
        for (int i = first; i < std::min(data.size(), first + 100); ++i) {
            QByteArray record = data.recordJson(i, 60);
            if (i % 997 == 0)
                record.replace("\"sessionStartTime\"", "\"startedSomewhen\"");
            if (i % 1013 == 7)   // packs longer than calls_load holds (schema version 4)
                record.replace("\"dispositions\":[", QByteArray("\"dispositions\":[\"" + longNote(i) + "\","));
            body += (i > first ? "," : "") + record;
        }
        pages.push_back(cs::parsePage(body + "]}"));
    }
    return pages;
}

// `interval` read by one reader into a store.
bool readOne(cs::ArchiveBackend &a, const cs::UtcInterval &interval, cs::RecordStore *store, QString *error)
{
    return a.readCalls(interval, [&](cs::ArchivedCall &call) { return store->appendArchived(call, true); }, error);
}

// Part 1's store after part 0's, in readCalls()'s order, as loadArchiveRange() joins them.
void joinParts(const cs::ArchiveBackend &a, cs::RecordStore &first, cs::RecordStore &second)
{
    first.appendStore(std::move(second));
    if (a.partsInKeyOrder()) {
        if (std::vector<cs::RowId> order = first.archiveReadOrder(); !order.empty())
            first.reorder(order);
    }
}

// The same read in two parts, each into a store of its own, then joined.
bool readParted(cs::ArchiveBackend &a, const cs::UtcInterval &interval, cs::RecordStore *store, int partSize[2],
                QString *error)
{
    cs::RecordStore second;
    partSize[0] = partSize[1] = 0;
    const bool ok = a.readCallsInParts(interval, [&](int part, cs::ArchivedCall &call) {
        ++partSize[part];
        return (part == 0 ? *store : second).appendArchived(call, true);
    }, error);
    joinParts(a, *store, second);
    return ok;
}

void compareStores(const cs::RecordStore &actual, const cs::RecordStore &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(describeRow(actual, cs::RowId(row)), describeRow(expected, cs::RowId(row)));
}

} // namespace

class TestPgArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cs::ArchiveBackend> openFresh(QString *uri)
    {
        QString error;
        *uri = pgtest::freshDatabase(QStringLiteral("archive"), &error);
        if (uri->isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto a = cs::openArchiveServer(*uri, false, &error);
        if (!a)
            qWarning("open: %s", qPrintable(error));
        return a;
    }

private slots:
    void upsert() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::upsert(*a); }
    void longSessionIds() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::longSessionIds(*a); }
    void coverageLedger() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::coverageLedger(*a); }
    void readOrderAndContent() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::readOrderAndContent(*a); }
    void rawBytes() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::rawBytes(*a); }
    void identity() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::identity(*a); }
    void changedSince() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::changedSince(*a); }
    void changedSinceOldRevision() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::changedSinceOldRevision(*a); }
    void storedKeys() { QString uri; auto a = openFresh(&uri); QVERIFY(a); archivetest::storedKeys(*a); }

    void schemaVersion()
    {
        PG_FRESH_DATABASE(uri, "schema");
        QString error;
        // Read-only on an empty database: nothing to read, and nothing created.
        QVERIFY(!cs::openArchiveServer(uri, true, &error));
        QVERIFY2(error.contains(QStringLiteral("no CallScope archive")), qPrintable(error));
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
        }
        // Opening again migrates nothing; read-only opens now; the identity is there.
        auto again = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->identity(), kIdentity);
        auto ro = cs::openArchiveServer(uri, true, &error);
        QVERIFY2(ro, qPrintable(error));
        QVERIFY(ro->isReadOnly());
        QVERIFY(!ro->storePage(*page({record("x", "2026-03-01T10:00:00")}), 0, 1, nullptr, &error));
        QVERIFY(!ro->addCoverage(QString(), {0, 1}, 1, &error));

        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        QVERIFY(admin->exec("SELECT 1 FROM callscope_schema_version WHERE version = 2", &error));
        // A newer CallScope's archive is refused, not damaged.
        QVERIFY(admin->exec("INSERT INTO callscope_schema_version (version) VALUES (99)", &error));
        QVERIFY(!cs::openArchiveServer(uri, false, &error));
        QVERIFY2(error.contains(QStringLiteral("newer CallScope")), qPrintable(error));
        QVERIFY(!cs::openArchiveServer(uri, true, &error));
    }

    // A version-1 archive (before `packed`) with calls in it: read-only it is
    // refused with what to do; the first writer brings it to version 2, whose
    // generated column then holds every call already stored, read as before.
    void versionOneMigrates()
    {
        PG_FRESH_DATABASE(uri, "v1");
        QString error;
        cs::RecordStore before;
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
            for (const auto &p : partedPages(1500))
                QVERIFY2(a->storePage(*p, 60, kStart, nullptr, &error), qPrintable(error));
            QVERIFY2(readOne(*a, cs::kWholeTime, &before, &error), qPrintable(error));
        }
        QCOMPARE(before.size(), 1500);
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        // What versions 2 to 4 added or changed, taken back again: a version-1
        // archive (dropping `packed` drops version 4's indexes on it).
        QVERIFY2(admin->exec(kBackToVersionThree, &error), qPrintable(error));
        QVERIFY2(admin->exec("ALTER TABLE calls DROP COLUMN packed; DROP FUNCTION callscope_pack_list(text[]); "
                             "DROP FUNCTION callscope_pack_text(text); DROP FUNCTION callscope_pack_number(bigint); "
                             "DROP INDEX calls_fetched; DELETE FROM callscope_schema_version WHERE version >= 2",
                             &error), qPrintable(error));
        QVERIFY(!cs::openArchiveServer(uri, true, &error));
        QVERIFY2(error.contains(QStringLiteral("open it once for writing")), qPrintable(error));
        {
            auto writer = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(writer, qPrintable(error));
        }
        cs::pg::Result versions = admin->query("SELECT string_agg(version::text, ',' ORDER BY version) "
                                               "FROM callscope_schema_version", &error);
        QVERIFY2(versions.ok(), qPrintable(error));
        QCOMPARE(versions.text(0, 0), QStringLiteral("1,2,3,4"));
        auto reader = cs::openArchiveServer(uri, true, &error);
        QVERIFY2(reader, qPrintable(error));
        cs::RecordStore after;
        QVERIFY2(readOne(*reader, cs::kWholeTime, &after, &error), qPrintable(error));
        compareStores(after, before);
    }

    // A version-2 archive (before calls_fetched, calls_load and ties by id):
    // a reader opens it as it is (the indexes only speed up following a fetch,
    // which a reader cannot do, and loading) and reads the calls in the same
    // order as after the migration; the first writer adds the indexes.
    void versionTwoReadableThenMigrates()
    {
        PG_FRESH_DATABASE(uri, "v2");
        QString error;
        cs::RecordStore current;
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
            for (const auto &p : partedPages(300))
                QVERIFY2(a->storePage(*p, 60, kStart, nullptr, &error), qPrintable(error));
            QVERIFY2(readOne(*a, cs::kWholeTime, &current, &error), qPrintable(error));
        }
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        auto indexes = [&] {
            cs::pg::Result r = admin->query("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                            "('calls_fetched', 'calls_load', 'calls_load_long')", &error);
            return r.ok() ? r.int8(0, 0) : -1;
        };
        QCOMPARE(indexes(), 3);
        QVERIFY2(admin->exec(kBackToVersionThree, &error), qPrintable(error));
        QVERIFY2(admin->exec("DROP INDEX calls_fetched; DELETE FROM callscope_schema_version WHERE version >= 3", &error),
                 qPrintable(error));
        {
            auto reader = cs::openArchiveServer(uri, true, &error);
            QVERIFY2(reader, qPrintable(error));
            cs::RecordStore store;
            QVERIFY2(readOne(*reader, cs::kWholeTime, &store, &error), qPrintable(error));
            QCOMPARE(store.size(), 300);
            compareStores(store, current);
        }
        QCOMPARE(indexes(), 0);   // a reader changes nothing
        {
            auto writer = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(writer, qPrintable(error));
        }
        QCOMPARE(indexes(), 3);
    }

    // The packed column as the server makes it, decoded; and anything else
    // (cut short, counts and lengths beyond the text, garbage) refused.
    void packedRowsDecodeAndRefuseDamage()
    {
        PG_FRESH_DATABASE(uri, "packed");
        QString error;
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
        }
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        // Texts with digits, colons, brackets, commas, a lone "-", empty ones and
        // non-ASCII (lengths are bytes); NULLs of each kind; an empty list.
        QVERIFY2(admin->exec("INSERT INTO calls (session_id, conversation_id, user_id, start_utc, end_utc, "
                             "offset_minutes, channel, final_status, reason, queues, agents, dispositions, "
                             "talk_seconds, csat, like_dislike, start_time_text, raw_hash, fetched_at) VALUES "
                             "('s-1', '', NULL, -5, NULL, -330, 'voice', '12:3,[', '-', "
                             "ARRAY['Soporte Español', '2[x', '', '-'], '{}', ARRAY['محمد العلي'], "
                             "42, 0, NULL, '2026-03-01 10:00:00', '\\x00', 1)", &error), qPrintable(error));
        cs::pg::Result r = admin->query("SELECT packed FROM calls", &error);
        QVERIFY2(r.ok() && r.rows() == 1, qPrintable(error));
        const std::string packed(r.bytes(0, 0));
        cs::ArchivedCall call;
        QVERIFY2(cs::pgpacked::decode(packed, call), packed.c_str());
        const cs::CallFields &f = call.fields;
        QCOMPARE(f.sessionId, std::string("s-1"));
        QVERIFY(f.conversationId.empty() && f.userId.empty());
        QCOMPARE(call.offsetMinutes, -330);
        QCOMPARE(f.startSeconds, -5 + 330 * 60);
        QCOMPARE(f.endSeconds, cs::kNoTime);
        QCOMPARE(f.channel, std::string("voice"));
        QCOMPARE(f.finalStatus, std::string("12:3,["));
        QCOMPARE(f.reason, std::string("-"));
        QVERIFY(f.smartStatus.empty() && f.isVoicemail.empty());
        QCOMPARE(f.queues, (std::vector<std::string>{"Soporte Español", "2[x", "", "-"}));
        QVERIFY(f.agents.empty());
        QCOMPARE(f.dispositions, std::vector<std::string>{"محمد العلي"});
        QCOMPARE(f.talkSeconds, 42);
        QCOMPARE(f.csatScore, 0);
        QCOMPARE(f.npsScore, cs::kNoScore);
        QCOMPARE(f.likeDislikeScore, cs::kNoScore);
        QCOMPARE(f.sessionStartTime, std::string("2026-03-01 10:00:00"));
        QVERIFY(f.sessionEndTime.empty());

        for (size_t cut = 0; cut < packed.size(); ++cut)
            QVERIFY2(!cs::pgpacked::decode(std::string_view(packed).substr(0, cut), call), qPrintable(QString::number(cut)));
        QVERIFY(!cs::pgpacked::decode(packed + "x", call));
        for (const char *damaged : {"99999999999:abc", "3:s-1-", "3:s-10:-5,-,0,-------2147483647[", "3:s-1--x,",
                                    "3:s-1---,-,0,-------9[", "3:s-1---,-,0,--------3[", "garbage",
                                    // a number past 64 bits; 20 digits
                                    "3:s-1---,9223372036854775808,", "3:s-1---,12345678901234567890,"})
            QVERIFY2(!cs::pgpacked::decode(damaged, call), damaged);
    }

    // A load's estimate of how many calls to expect: the exact count where
    // the table was never analyzed or the range is too small to sample, and
    // near it otherwise (the table's density times its pages, and a sample's
    // share for a range); a load reports progress up to what it loaded.
    void estimateIsCloseAndExactWhenItCannotGuess()
    {
        PG_FRESH_DATABASE(uri, "estimate");
        const int calls = 21000;
        QString error;
        auto a = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(a && a->bindIdentity(kIdentity, &error), qPrintable(error));
        for (const auto &p : partedPages(calls))
            QVERIFY2(a->storePage(*p, 60, kStart, nullptr, &error), qPrintable(error));
        const cs::UtcInterval wide{kStart + kDay / 2, kStart + 2 * kDay};
        const cs::UtcInterval narrow{kStart + kDay, kStart + kDay + 1800};
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY2(admin, qPrintable(error));
        cs::pg::Result analyzed = admin->query("SELECT reltuples::bigint FROM pg_class WHERE relname = 'calls'", &error);
        QVERIFY2(analyzed.ok() && analyzed.rows() == 1, qPrintable(error));
        if (analyzed.int8(0, 0) < 0) {   // not analyzed yet (autovacuum may have been first)
            for (const cs::UtcInterval &interval : {cs::kWholeTime, wide}) {
                qint64 count = 0, estimate = 0;
                QVERIFY2(a->countCalls(interval, &count, &error) && a->estimateCalls(interval, &estimate, &error),
                         qPrintable(error));
                QCOMPARE(estimate, count);
            }
        }
        QVERIFY2(admin->exec("ANALYZE calls", &error), qPrintable(error));
        for (const cs::UtcInterval &interval : {cs::kWholeTime, wide, narrow}) {
            qint64 count = 0, estimate = 0;
            QVERIFY2(a->countCalls(interval, &count, &error) && a->estimateCalls(interval, &estimate, &error),
                     qPrintable(error));
            QVERIFY(count > 0);
            if (interval.endUtc - interval.startUtc == 1800)
                QCOMPARE(estimate, count);   // too few calls to sample: counted
            else
                QVERIFY2(std::abs(estimate - count) <= count / 10,
                         qPrintable(QStringLiteral("estimate %1, count %2").arg(estimate).arg(count)));
        }
        // Progress ends at what was loaded, whatever the estimate said.
        cs::RecordStore store;
        qint64 lastDone = -1, lastTotal = -1;
        QVERIFY2(cs::loadArchiveRange(*a, cs::kWholeTime, store, [&](qint64 done, qint64 total) {
            if (done > total)
                return false;
            lastDone = done;
            lastTotal = total;
            return true;
        }, &error), qPrintable(error));
        QCOMPARE(store.size(), calls);
        QCOMPARE(lastDone, qint64(calls));
        QCOMPARE(lastTotal, qint64(calls));
    }

    // Two connections each reading a part, on one snapshot, give what one
    // reader gives, row by row: the whole time (with calls without a start),
    // a range, and a narrow range (cut at the exact median, not a sample's).
    void partedReadEqualsOneReader()
    {
        PG_FRESH_DATABASE(uri, "parted");
        const int calls = 21000;   // above loadArchiveRange's threshold for parts
        QString error;
        {
            auto writer = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(writer && writer->bindIdentity(kIdentity, &error), qPrintable(error));
            for (const auto &p : partedPages(calls))
                QVERIFY2(writer->storePage(*p, 60, kStart, nullptr, &error), qPrintable(error));
        }
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY2(admin, qPrintable(error));
        cs::pg::Result longCalls = admin->query("SELECT count(*) FROM calls WHERE octet_length(packed) > 2400", &error);
        QVERIFY2(longCalls.ok(), qPrintable(error));
        QVERIFY(longCalls.int8(0, 0) >= 10);   // (records with dispositions)
        // What the parts read: calls_load (an index-only scan), then calls_load_long.
        QVERIFY2(admin->exec("VACUUM calls", &error), qPrintable(error));
        auto indexScans = [&] {
            cs::pg::Result r = admin->query("SELECT coalesce(sum(idx_scan), -1)::bigint FROM pg_stat_user_indexes "
                                            "WHERE indexrelname IN ('calls_load', 'calls_load_long')", &error);
            return r.ok() ? r.int8(0, 0) : -2;
        };
        const qint64 scansBefore = indexScans();
        QVERIFY(scansBefore >= 0);
        auto a = cs::openArchiveServer(uri, true, &error);
        QVERIFY2(a, qPrintable(error));
        {
            cs::RecordStore single;
            QVERIFY2(readOne(*a, cs::kWholeTime, &single, &error), qPrintable(error));
            QCOMPARE(single.size(), calls);
            QCOMPARE(single.startUtc(cs::RowId(0)), cs::kNoTime);   // calls without a start come first

            cs::RecordStore parted;
            int partSize[2];
            QVERIFY2(readParted(*a, cs::kWholeTime, &parted, partSize, &error), qPrintable(error));
            QCOMPARE(partSize[0] + partSize[1], calls);   // appendStore() would hide a call read twice
            QVERIFY2(partSize[0] > calls / 3 && partSize[1] > calls / 3, "the cut is near the middle");
            compareStores(parted, single);

            cs::RecordStore loaded;   // the window's path: loadInParts
            QVERIFY2(cs::loadArchiveRange(*a, cs::kWholeTime, loaded, {}, &error), qPrintable(error));
            compareStores(loaded, single);
            std::string raw;
            QVERIFY(loaded.readRawJson(cs::RowId(calls - 1), &raw));
            QVERIFY(raw.find(loaded.sessionId(cs::RowId(calls - 1))) != std::string::npos);
            // The long calls are in their places, whole.
            int longLoaded = 0;
            for (int row = 0; row < loaded.size(); ++row) {
                const QString columns = cs::testing::storeColumns(loaded, cs::RowId(row)).join(u'\x1f');
                const QRegularExpressionMatch note = QRegularExpression(u"note (\\d+)\\."_s).match(columns);
                if (note.hasMatch()) {
                    QVERIFY(columns.contains(QString::fromLatin1(longNote(note.captured(1).toInt()))));
                    ++longLoaded;
                }
            }
            QCOMPARE(longLoaded, int(longCalls.int8(0, 0)));
        }

        for (const qint64 length : {kDay + kDay / 2 + 77, qint64(1800)}) {
            const cs::UtcInterval range{kStart + kDay / 2, kStart + kDay / 2 + length};
            cs::RecordStore single, parted;
            QVERIFY2(readOne(*a, range, &single, &error), qPrintable(error));
            QVERIFY(single.size() > 20 && single.size() < calls);
            int partSize[2];
            QVERIFY2(readParted(*a, range, &parted, partSize, &error), qPrintable(error));
            QVERIFY(partSize[0] > single.size() / 3 && partSize[1] > single.size() / 3);
            QCOMPARE(partSize[0] + partSize[1], single.size());
            compareStores(parted, single);
        }
        // Four whole-time reads in parts, each with three stretches on
        // calls_load and two on calls_load_long; the ranges' reads add more.
        // (A connection reports its statistics when it ends, or when idle.)
        a.reset();
        QTRY_VERIFY_WITH_TIMEOUT(indexScans() >= scansBefore + 2 * (3 + 2), 15000);

        // A role with no connection to spare for the second part: one reader
        // loads it all the same.
        const QString role = QStringLiteral("limited_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QVERIFY2(admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN CONNECTION LIMIT 2; "
                                            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role).toUtf8().constData(),
                             &error), qPrintable(error));
        auto limited = cs::openArchiveServer(pgtest::withUser(uri, role), true, &error);
        QVERIFY2(limited, qPrintable(error));
        cs::RecordStore single, loaded;
        QVERIFY2(readOne(*limited, cs::kWholeTime, &single, &error), qPrintable(error));
        auto rawSource = limited->rawSource(&error);   // the second connection of two
        QVERIFY2(rawSource, qPrintable(error));
        int partSize[2];
        error = QStringLiteral("unset");
        QVERIFY(!limited->readCallsInParts(cs::kWholeTime, [&](int part, cs::ArchivedCall &) { ++partSize[part]; return true; },
                                           &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        rawSource.reset();
        // The server counts a closed connection until its backend has exited:
        // the load's own raw source must not race it for the role's last slot.
        const QByteArray roleConnections = QStringLiteral("SELECT count(*)::bigint FROM pg_stat_activity WHERE usename = '%1'")
                                               .arg(role).toUtf8();
        const auto oneLeft = [&] {
            const cs::pg::Result r = admin->query(roleConnections.constData(), &error);
            return r.ok() && r.int8(0, 0) <= 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(oneLeft(), 10000);
        QVERIFY2(cs::loadArchiveRange(*limited, cs::kWholeTime, loaded, {}, &error), qPrintable(error));
        compareStores(loaded, single);
        limited.reset();
        loaded.clear();   // (its raw source holds a connection)
        QVERIFY(admin->exec(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1; DROP ROLE %1").arg(role)
                                .toUtf8().constData(), &error));
    }

    // What is committed while the parts are read is in neither: not in part
    // 0's second statement, which starts after the write, and not in part 1
    // (which checks its snapshot import only where its statement happens to
    // start after the write). A sink that stops ends both parts, no error,
    // and leaves the connection usable.
    void partedReadKeepsOneSnapshotAndStops()
    {
        PG_FRESH_DATABASE(uri, "partsnap");
        QString error;
        auto writer = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(writer && writer->bindIdentity(kIdentity, &error), qPrintable(error));
        for (const auto &p : partedPages(3000))
            QVERIFY2(writer->storePage(*p, 60, kStart, nullptr, &error), qPrintable(error));
        auto a = cs::openArchiveServer(uri, true, &error);
        QVERIFY2(a, qPrintable(error));
        cs::RecordStore before;
        QVERIFY2(readOne(*a, cs::kWholeTime, &before, &error), qPrintable(error));

        // Written while part 0 reads its first call (one without a start): a
        // call starting first, and a new version of the last one (in part 1).
        const std::string last(before.sessionId(cs::RowId(before.size() - 1)));
        bool wrote = false;
        auto writeMeanwhile = [&] {
            if (wrote)
                return;
            wrote = true;
            QString e;
            QVERIFY2(writer->storePage(*page({record("early", "2026-09-01T00:00:00"),
                                               record(last.c_str(), "2026-09-30T00:00:00", ",\"reason\":\"x\"")}),
                                       60, kStart, nullptr, &e), qPrintable(e));
        };
        cs::RecordStore parted, second;
        QVERIFY2(a->readCallsInParts(cs::kWholeTime, [&](int part, cs::ArchivedCall &call) {
            if (part == 0)
                writeMeanwhile();
            return (part == 0 ? parted : second).appendArchived(call, true);
        }, &error), qPrintable(error));
        joinParts(*a, parted, second);
        QVERIFY(wrote);
        compareStores(parted, before);
        // The same for one reader: its two statements share a snapshot too.
        wrote = false;
        QVERIFY2(writer->storePage(*page({record("early", "2026-08-01T00:00:00")}), 60, kStart, nullptr, &error),
                 qPrintable(error));
        cs::RecordStore one, now;
        QVERIFY2(readOne(*a, cs::kWholeTime, &now, &error), qPrintable(error));
        auto writeEarlier = [&] {
            wrote = true;
            QString e;
            QVERIFY2(writer->storePage(*page({record("earlier", "2026-07-01T00:00:00")}), 60, kStart, nullptr, &e),
                     qPrintable(e));
        };
        QVERIFY2(a->readCalls(cs::kWholeTime, [&](cs::ArchivedCall &call) {
            if (call.fields.startSeconds == cs::kNoTime && !wrote)
                writeEarlier();
            return one.appendArchived(call, true);
        }, &error), qPrintable(error));
        QVERIFY(wrote);
        compareStores(one, now);

        // Stopping: after 10 calls of part 0 and at once in part 1.
        int delivered[2] = {0, 0};
        QVERIFY2(a->readCallsInParts(cs::kWholeTime, [&](int part, cs::ArchivedCall &) {
            return ++delivered[part] < (part == 0 ? 10 : 1);
        }, &error), qPrintable(error));
        QCOMPARE(delivered[0], 10);
        QCOMPARE(delivered[1], 1);
        qint64 count = 0;
        QVERIFY2(a->countCalls(cs::kWholeTime, &count, &error), qPrintable(error));
        QCOMPARE(count, qint64(before.size() + 2));
        cs::RecordStore after;
        QVERIFY2(readOne(*a, cs::kWholeTime, &after, &error), qPrintable(error));
        QCOMPARE(after.size(), before.size() + 2);
    }

    // Many instances open a new database at once: one creates the schema.
    void concurrentFirstOpen()
    {
        PG_FRESH_DATABASE(uri, "firstopen");
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> opened{0};
        for (int i = 0; i < 6; ++i) {
            threads.emplace_back(QThread::create([&] {
                QString error;
                auto a = cs::openArchiveServer(uri, false, &error);
                if (a && a->bindIdentity(kIdentity, &error))
                    ++opened;
                else
                    qWarning("%s", qPrintable(error));
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            t->wait();
        QCOMPARE(opened.load(), 6);
    }

    void passwords()
    {
        PG_FRESH_DATABASE(uri, "passwords");
        QString error;
        const QString secret = QStringLiteral("s3cret-Pa55-word");
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral("CREATE ROLE pw_user_%1 LOGIN PASSWORD '%2'")
                                            .arg(QCoreApplication::applicationPid()).arg(secret), &error),
                 qPrintable(error));
        const QString user = QStringLiteral("pw_user_%1").arg(QCoreApplication::applicationPid());
        const QString tcp = pgtest::withUser(pgtest::overTcp(uri), user);

        // A URI holding a password is refused, and the message does not repeat it.
        const QString withPassword = QString(tcp).replace(QStringLiteral("?"), QStringLiteral("?password=") + secret + QStringLiteral("&"));
        QVERIFY(!cs::openArchiveServer(withPassword, true, &error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("holds a password")), qPrintable(error));
        QVERIFY(!cs::openArchiveServer(QStringLiteral("postgresql://") + user + QLatin1Char(':') + secret
                                           + QStringLiteral("@127.0.0.1:1/db"), true, &error));
        QVERIFY2(!error.contains(secret), qPrintable(error));

        // A wrong password: the message names the failure, never the password tried.
        const QString wrong = QStringLiteral("wrong-%1-pw").arg(QCoreApplication::applicationPid());
        QVERIFY(!cs::openArchiveServer(tcp, false, &error, wrong));
        QVERIFY2(!error.contains(wrong), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));

        // The caller's password (a keyring's) and PGPASSWORD both work.
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(user), &error), qPrintable(error));
        auto a = cs::openArchiveServer(tcp, false, &error, secret);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(!a->location().contains(secret));
        // The second connection of a parted read signs in with it too (else
        // it would fall back to one reader, with no error).
        QVERIFY2(a->bindIdentity(kIdentity, &error), qPrintable(error));
        QVERIFY2(a->storePage(*page({record("p1", "2026-03-01T10:00:00"), record("p2", "2026-03-01T11:00:00")}), 0, 1,
                              nullptr, &error), qPrintable(error));
        int partSize[2] = {0, 0};
        QVERIFY2(a->readCallsInParts(cs::kWholeTime, [&](int part, cs::ArchivedCall &) { return ++partSize[part] > 0; },
                                     &error), qPrintable(error));
        QCOMPARE(partSize[0], 1);
        QCOMPARE(partSize[1], 1);
        qputenv("PGPASSWORD", secret.toUtf8());
        auto b = cs::openArchiveServer(tcp, true, &error);
        qunsetenv("PGPASSWORD");
        QVERIFY2(b, qPrintable(error));
        // sslmode in the URI is libpq's: the test server has no TLS, so "require" cannot connect.
        QVERIFY(!cs::openArchiveServer(tcp + QStringLiteral("&sslmode=require"), true, &error, secret));
        QVERIFY2(error.contains(QStringLiteral("SSL")), qPrintable(error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
    }

    // A page is all in or not at all: the writer killed (SIGKILL) half-way
    // through its transaction leaves none of that page's calls.
    void killedTransactionLeavesNoHalfPage()
    {
        PG_FRESH_DATABASE(uri, "killed");
        QString error;
        {
            auto a = cs::openArchiveServer(uri, false, &error);
            QVERIFY2(a, qPrintable(error));
            QVERIFY(a->bindIdentity(kIdentity, &error));
            QVERIFY(a->storePage(*page({record("before", "2026-03-01T09:00:00")}), 0, 1, nullptr, &error));
        }
        // The server stalls on the page's third call, after the first two were written.
        QVERIFY2(pgtest::adminExec(uri, QStringLiteral(R"sql(
            CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.session_id = 'k3' THEN PERFORM pg_sleep(60); END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER stall BEFORE INSERT ON calls FOR EACH ROW EXECUTE FUNCTION stall();
        )sql"), &error), qPrintable(error));

        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            QString e;
            auto a = cs::openArchiveServer(uri, false, &e);
            if (a && a->bindIdentity(kIdentity, &e))
                a->storePage(*page({record("k1", "2026-03-01T10:00:00"), record("k2", "2026-03-01T10:00:01"),
                                    record("k3", "2026-03-01T10:00:02"), record("k4", "2026-03-01T10:00:03")}),
                             0, 2, nullptr, &e);
            _exit(0);
        }
        auto admin = cs::pg::Connection::open({uri, {}}, &error);
        QVERIFY(admin);
        // Wait until the writer sits in the trigger, mid-transaction.
        int backend = 0;
        for (int i = 0; i < 200 && backend == 0; ++i) {
            auto r = admin->execParams("SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep' "
                                       "AND datname = current_database()", {}, false, &error);
            if (r.ok() && r.rows() == 1)
                backend = r.text(0, 0).toInt();
            else
                QThread::msleep(50);
        }
        QVERIFY2(backend != 0, "the writer never reached the stalled row");
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFSIGNALED(status));

        auto countNow = [&] {
            auto r = admin->execParams("SELECT count(*) FROM calls", {}, false, &error);
            return r.ok() ? r.text(0, 0).toInt() : -1;
        };
        QCOMPARE(countNow(), 1);
        // The server notices its client is gone once the statement ends; end it now.
        QVERIFY(admin->execParams("SELECT pg_terminate_backend($1::int)", cs::pg::Params().add(qint64(backend)), false, &error).ok());
        for (int i = 0; i < 100; ++i) {
            auto r = admin->execParams("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int",
                                       cs::pg::Params().add(qint64(backend)), false, &error);
            if (r.ok() && r.text(0, 0) == QLatin1String("0"))
                break;
            QThread::msleep(50);
        }
        QCOMPARE(countNow(), 1);
        QVERIFY(admin->exec("DROP TRIGGER stall ON calls", &error));
        // And the archive goes on: the same page stored whole by the next writer.
        auto a = cs::openArchiveServer(uri, false, &error);
        QVERIFY2(a, qPrintable(error));
        cs::StorePageResult r;
        QVERIFY(a->storePage(*page({record("k1", "2026-03-01T10:00:00"), record("k2", "2026-03-01T10:00:01"),
                                    record("k3", "2026-03-01T10:00:02"), record("k4", "2026-03-01T10:00:03")}),
                             0, 3, &r, &error));
        QCOMPARE(r.added, 4);
        QCOMPARE(countNow(), 5);
    }

    // A failing statement inside the page (here a constraint) rolls the whole page back.
    void failedPageRollsBack()
    {
        QString uri;
        auto a = openFresh(&uri);
        QVERIFY(a);
        QString error;
        QVERIFY(a->bindIdentity(kIdentity, &error));
        QVERIFY(pgtest::adminExec(uri, QStringLiteral("ALTER TABLE calls ADD CONSTRAINT no_bad CHECK (session_id <> 'bad')"), &error));
        QVERIFY(!a->storePage(*page({record("ok1", "2026-03-01T10:00:00"), record("bad", "2026-03-01T10:00:01")}), 0, 1, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("no_bad")), qPrintable(error));
        qint64 count = -1;
        QVERIFY2(a->countCalls(cs::kWholeTime, &count, &error), qPrintable(error));
        QCOMPARE(count, 0);
        QVERIFY(a->storePage(*page({record("ok1", "2026-03-01T10:00:00")}), 0, 1, nullptr, &error));
        QVERIFY(a->countCalls(cs::kWholeTime, &count, &error));
        QCOMPARE(count, 1);
    }

    // Two writers storing overlapping pages at once: every call once.
    void concurrentWriters()
    {
        PG_FRESH_DATABASE(uri, "writers");
        std::atomic<int> failures{0};
        auto work = [&](int seed) {
            QString error;
            auto a = cs::openArchiveServer(uri, false, &error);
            if (!a || !a->bindIdentity(kIdentity, &error)) {
                ++failures;
                return;
            }
            for (int p = 0; p < 20; ++p) {
                QList<QByteArray> recs;
                for (int i = 0; i < 50; ++i) {
                    const int n = (p * 50 + i + seed * 25) % 1000;
                    recs.append(record(QByteArray("w" + QByteArray::number(n)).constData(), "2026-03-01T10:00:00"));
                }
                if (!a->storePage(*page(recs), 0, 1, nullptr, &error)) {
                    qWarning("%s", qPrintable(error));
                    ++failures;
                }
            }
        };
        std::unique_ptr<QThread> t1(QThread::create(work, 0)), t2(QThread::create(work, 1));
        t1->start();
        t2->start();
        t1->wait();
        t2->wait();
        QCOMPARE(failures.load(), 0);
        QString error;
        auto a = cs::openArchiveServer(uri, true, &error);
        qint64 count = 0;
        QVERIFY(a && a->countCalls(cs::kWholeTime, &count, &error));
        QCOMPARE(count, 1000);
    }
};

QTEST_GUILESS_MAIN(TestPgArchive)
#include "tst_pgarchive.moc"
