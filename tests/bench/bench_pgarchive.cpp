// Benchmark of the PostgreSQL archive backend, libpq (the backend) against
// Qt's QPSQL driver doing the same work: storing the mock's realistic records
// in pages of 100 (one transaction each), and reading them all back.
//
//   bench_pgarchive fill URI N           store N records (libpq: COPY + one upsert per page)
//   bench_pgarchive qpsql-fill URI N     the same through QPSQL (prepared upsert per row), into table qcalls
//   bench_pgarchive read URI             readCalls over everything (cursor, binary rows)
//   bench_pgarchive qpsql-read URI       the same columns through QPSQL (forward-only)
//   bench_pgarchive raw URI              readRawRange over everything
//   bench_pgarchive load URI [FROM TO]   everything (or the calls starting in [FROM, TO], Unix
//                                        seconds) into a RecordStore as the window loads a range
//                                        (loadArchiveRange: in two parts where the backend can)
//   bench_pgarchive follow URI [read-only]   what a follower reads after each commit of another's
//                                        fetch, when nothing changed (readCallsChangedSince from
//                                        the newest key and fetched_at): the time per read. Opens
//                                        for writing, which migrates the schema first; read-only
//                                        reads an older schema as it is (a version 2's table scan)
//   bench_pgarchive save URI DIR [FROM TO]   everything (or a range) loaded as by `load`, then saved
//                                        as a compact snapshot in DIR (the window's Save)
//   bench_pgarchive segments URI [FROM TO]   everything (or a range) loaded as by `load`, then
//                                        exported one row per agent segment (each call's JSON read
//                                        from the server) into memory
//   bench_pgarchive file-fill PATH N     the same fill into a SQLite archive file (the other backend)
//   bench_pgarchive file-read PATH       readCalls from it; file-raw PATH: readRawRange;
//                                        file-load PATH: into a RecordStore
// Each read runs in a process of its own, so its peak RSS is the read's.
// The URI names a database (postgresql://user@host:port/db or
// postgresql:///db?host=/socket/dir&port=N&user=U); fill wants an empty one.

#include "mockserver.h"
#include "pgarchive.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"
#include "viewcsv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <cstdio>
#include <numeric>
#include <ctime>
#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

const cs::ArchiveIdentity kIdentity{QStringLiteral("https://platform.example"), QStringLiteral("bench"),
                                    QStringLiteral("st-bench"), QStringLiteral("calldetails")};

// The mock's records as pages of 100 in start order; `store` gets each parsed page.
template <class Store>
bool generate(int records, Store &&store)
{
    cs::mock::DatasetSpec spec;
    spec.seed = 42;
    spec.calls = records;
    spec.startUtc = 1772323200;                    // 2026-03-01T00:00:00Z
    spec.endUtc = spec.startUtc + 90 * 86400 - 1;
    const cs::mock::MockDataset data(spec);
    const QList<int> order = data.select(spec.startUtc, spec.endUtc);
    for (qsizetype first = 0; first < order.size(); first += 100) {
        QByteArray body = "{\"numResults\":100,\"data\":[";
        for (qsizetype i = first; i < std::min(first + 100, order.size()); ++i) {
            if (i > first)
                body += ',';
            body += data.recordJson(order[i], 300);
        }
        body += "]}";
        if (!store(cs::parsePage(std::move(body))))
            return false;
    }
    return true;
}

void report(const char *what, qint64 rows, double wall, double cpu, long rssBefore)
{
    std::printf("%-28s %9lld rows %8.2f s  %9.0f rows/s  (cpu %.2f s)  peak RSS %ld MB (+%ld MB)\n", what,
                (long long)rows, wall, rows / wall, cpu, peakRssKb() / 1024, (peakRssKb() - rssBefore) / 1024);
}

QSqlDatabase qpsql(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery q(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
    db.setDatabaseName(url.path().mid(1));
    db.setHostName(q.hasQueryItem(QStringLiteral("host")) ? q.queryItemValue(QStringLiteral("host")) : url.host());
    db.setPort(q.hasQueryItem(QStringLiteral("port")) ? q.queryItemValue(QStringLiteral("port")).toInt() : url.port(5432));
    db.setUserName(q.hasQueryItem(QStringLiteral("user")) ? q.queryItemValue(QStringLiteral("user")) : url.userName());
    if (!db.open())
        std::fprintf(stderr, "QPSQL: %s\n", qPrintable(db.lastError().text()));
    return db;
}

QVariant text(const std::string &s) { return s.empty() ? QVariant() : QVariant(QString::fromStdString(s)); }

QString arrayLiteral(const std::vector<std::string> &values)
{
    QString out = QStringLiteral("{");
    for (size_t i = 0; i < values.size(); ++i) {
        QString v = QString::fromStdString(values[i]);
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + v + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

// A range of the server's archive into `store`, as the window loads it; false (and why, on stderr) on failure.
bool loadFromServer(const QString &uri, const cs::UtcInterval &range, cs::RecordStore &store)
{
    QString error;
    auto a = cs::openArchiveServer(uri, true, &error);
    if (!a || !cs::loadArchiveRange(*a, range, store, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = argc > 2 ? argv[1] : "";
    const QString uri = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const int records = argc > 3 ? QByteArray(argv[3]).toInt() : 100000;
    QString error;
    const long rss0 = peakRssKb();
    QElapsedTimer timer;

    const bool file = mode.startsWith("file-");
    if (mode == "fill" || mode == "file-fill") {
        auto a = file ? cs::openArchiveFile(uri, true, false, &error) : cs::openArchiveServer(uri, false, &error);
        if (!a || !a->bindIdentity(kIdentity, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        double wall = 0, cpu = 0;
        qint64 stored = 0;
        const bool ok = generate(records, [&](std::shared_ptr<cs::ParsedPage> page) {
            const double c0 = cpuSeconds();
            timer.start();
            cs::StorePageResult r;
            const bool ok = a->storePage(*page, 300, 1780000000, &r, &error);
            wall += timer.nsecsElapsed() / 1e9;
            cpu += cpuSeconds() - c0;
            stored += r.added + r.changed + r.unchanged;
            return ok;
        });
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        report(file ? "SQLite storePage" : "libpq storePage", stored, wall, cpu, rss0);
        return 0;
    }
    if (mode == "qpsql-fill") {
        QSqlDatabase db = qpsql(uri);
        QSqlQuery ddl(db);
        ddl.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS qcalls (LIKE calls INCLUDING ALL)"));
        ddl.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS qraw (call_id bigint PRIMARY KEY, raw_json text NOT NULL)"));
        QSqlQuery raw(db);
        raw.prepare(QStringLiteral("INSERT INTO qraw (call_id, raw_json) VALUES (?, ?) "
                                   "ON CONFLICT (call_id) DO UPDATE SET raw_json = EXCLUDED.raw_json"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO qcalls (id, session_id, conversation_id, user_id, start_utc, end_utc, offset_minutes, channel, "
            "final_status, smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, "
            "talk_seconds, hold_seconds, after_call_work_seconds, handle_seconds, wait_seconds, destination_count, "
            "agent_segment_count, csat, nps, like_dislike, start_time_text, end_time_text, raw_hash, fetched_at) "
            "VALUES (nextval('calls_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "sha256(convert_to(?, 'UTF8')), ?) ON CONFLICT (session_id) DO UPDATE SET raw_hash = EXCLUDED.raw_hash "
            "WHERE qcalls.raw_hash <> EXCLUDED.raw_hash RETURNING id"));
        double wall = 0, cpu = 0;
        qint64 stored = 0;
        const bool ok = generate(records, [&](std::shared_ptr<cs::ParsedPage> page) {
            const double c0 = cpuSeconds();
            timer.start();
            db.transaction();
            for (const cs::CallFields &f : page->records) {
                const QString rawText = QString::fromUtf8(f.raw.data(), qsizetype(f.raw.size()));
                const QVariantList values{text(f.sessionId), text(f.conversationId), text(f.userId),
                    f.startSeconds == cs::kNoTime ? QVariant() : QVariant(f.startSeconds + (f.startIsUtc ? 0 : 300 * 60)),
                    f.endSeconds == cs::kNoTime ? QVariant() : QVariant(f.endSeconds + (f.endIsUtc ? 0 : 300 * 60)),
                    300, text(f.channel), text(f.finalStatus), text(f.smartStatus), text(f.reason), text(f.direction),
                    text(f.botId), text(f.isVoicemail), arrayLiteral(f.queues), arrayLiteral(f.agents),
                    arrayLiteral(f.dispositions), f.talkSeconds, f.holdSeconds, f.afterCallWorkSeconds, f.handleSeconds(),
                    f.waitSeconds, f.destinationCount, f.agentSegmentCount,
                    f.csatScore < 0 ? QVariant() : QVariant(f.csatScore), f.npsScore < 0 ? QVariant() : QVariant(f.npsScore),
                    f.likeDislikeScore < 0 ? QVariant() : QVariant(f.likeDislikeScore),
                    text(f.sessionStartTime), text(f.sessionEndTime), rawText, qint64(1780000000)};
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values[i]);
                if (!q.exec()) {
                    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
                    return false;
                }
                if (q.next()) {   // inserted or replaced: its JSON
                    raw.bindValue(0, q.value(0));
                    raw.bindValue(1, QString::fromUtf8(f.raw.data(), qsizetype(f.raw.size())));
                    if (!raw.exec()) {
                        std::fprintf(stderr, "%s\n", qPrintable(raw.lastError().text()));
                        return false;
                    }
                }
                ++stored;
            }
            db.commit();
            wall += timer.nsecsElapsed() / 1e9;
            cpu += cpuSeconds() - c0;
            return true;
        });
        if (!ok)
            return 1;
        report("QPSQL prepared upsert", stored, wall, cpu, rss0);
        return 0;
    }
    if (mode == "read" || mode == "raw" || mode == "file-read" || mode == "file-raw") {
        auto a = file ? cs::openArchiveFile(uri, false, true, &error) : cs::openArchiveServer(uri, true, &error);
        if (!a) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        qint64 rows = 0, bytes = 0;
        const double c0 = cpuSeconds();
        timer.start();
        const bool calls = mode.endsWith("read");
        const bool ok = calls
            ? a->readCalls(cs::kWholeTime, [&](const cs::ArchivedCall &c) { ++rows; bytes += qint64(c.fields.sessionId.size()); return true; }, &error)
            : a->readRawRange(cs::kWholeTime, [&](std::string_view raw, int) { ++rows; bytes += qint64(raw.size()); return true; }, &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        report(calls ? (file ? "SQLite readCalls" : "libpq readCalls") : (file ? "SQLite readRawRange" : "libpq readRawRange"), rows, timer.nsecsElapsed() / 1e9,
               cpuSeconds() - c0, rss0);
        return 0;
    }
    if (mode == "load" || mode == "file-load") {
        // What the window does with a range: open, count, read, build the store.
        const cs::UtcInterval range = argc > 4 ? cs::UtcInterval{QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toLongLong()}
                                               : cs::kWholeTime;
        const double c0 = cpuSeconds();
        timer.start();
        auto a = file ? cs::openArchiveFile(uri, false, true, &error) : cs::openArchiveServer(uri, true, &error);
        cs::RecordStore store;
        if (!a || !cs::loadArchiveRange(*a, range, store, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        report(file ? "SQLite open + load" : "libpq open + load", store.size(), timer.nsecsElapsed() / 1e9,
               cpuSeconds() - c0, rss0);
        return 0;
    }
    if (mode == "save" && argc > 3) {
        const cs::UtcInterval range = argc > 5 ? cs::UtcInterval{QByteArray(argv[4]).toLongLong(), QByteArray(argv[5]).toLongLong()}
                                               : cs::kWholeTime;
        cs::RecordStore store;
        if (!loadFromServer(uri, range, store))
            return 1;
        const QString path = QString::fromLocal8Bit(argv[3]) + QStringLiteral("/bench-pg-save.callscope");
        const double c0 = cpuSeconds();
        timer.start();
        const bool ok = cs::saveSnapshot(path, store, {}, &error, {}, cs::RawCompression::Zstd);
        const double wall = timer.nsecsElapsed() / 1e9;
        const qint64 bytes = QFileInfo(path).size();
        QFile::remove(path);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("save compact of %d calls loaded from the server: %.2f s (cpu %.2f s), %.0f bytes a call\n",
                    store.size(), wall, cpuSeconds() - c0, double(bytes) / std::max(1, store.size()));
        return 0;
    }
    if (mode == "segments") {
        const cs::UtcInterval range = argc > 4 ? cs::UtcInterval{QByteArray(argv[3]).toLongLong(), QByteArray(argv[4]).toLongLong()}
                                               : cs::kWholeTime;
        cs::RecordStore store;
        if (!loadFromServer(uri, range, store))
            return 1;
        std::vector<cs::RowId> rows(size_t(store.size()));
        std::iota(rows.begin(), rows.end(), cs::RowId(0));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const double c0 = cpuSeconds();
        timer.start();
        if (!cs::writeAgentSegmentCsv(store, rows, &out, {}, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("agent segments of %d calls loaded from the server: %.2f s (cpu %.2f s), %lld MB of CSV\n",
                    store.size(), timer.nsecsElapsed() / 1e9, cpuSeconds() - c0, qlonglong(out.size() >> 20));
        return 0;
    }
    if (mode == "follow") {
        auto a = cs::openArchiveServer(uri, argc > 3 && QByteArray(argv[3]) == "read-only", &error);
        qint64 newestKey = 0, newestFetchedAt = 0;
        if (!a || !a->readCalls(cs::kWholeTime, [&](const cs::ArchivedCall &c) {
                newestKey = std::max(newestKey, c.key);
                return true;
            }, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        newestFetchedAt = QDateTime::currentSecsSinceEpoch();   // after every call stored so far
        std::vector<double> ms;
        for (int i = 0; i < 21; ++i) {
            qint64 rows = 0;
            timer.start();
            if (!a->readCallsChangedSince(cs::kWholeTime, newestKey, newestFetchedAt,
                                          [&](cs::ArchivedCall &, qint64) { ++rows; return true; }, &error)
                || rows != 0) {
                std::fprintf(stderr, "follow read failed (%lld rows): %s\n", qlonglong(rows), qPrintable(error));
                return 1;
            }
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("follower's read with nothing new, over %lld keys: median %.2f ms, max %.2f ms (21 reads)\n",
                    qlonglong(newestKey), ms[ms.size() / 2], ms.back());
        return 0;
    }
    if (mode == "qpsql-read") {
        QSqlDatabase db = qpsql(uri);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const double c0 = cpuSeconds();
        timer.start();
        if (!q.exec(QStringLiteral(
                "SELECT id, session_id, conversation_id, user_id, start_utc, end_utc, offset_minutes, channel, final_status, "
                "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, "
                "hold_seconds, after_call_work_seconds, wait_seconds, destination_count, agent_segment_count, csat, nps, "
                "like_dislike, start_time_text, end_time_text FROM calls ORDER BY start_utc NULLS FIRST, id"))) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        qint64 rows = 0, bytes = 0;
        cs::CallFields f;
        while (q.next()) {
            ++rows;
            f.clear();
            f.sessionId = q.value(1).toString().toStdString();
            f.conversationId = q.value(2).toString().toStdString();
            f.userId = q.value(3).toString().toStdString();
            f.startSeconds = q.value(4).toLongLong();
            f.endSeconds = q.value(5).toLongLong();
            for (int i = 7; i <= 13; ++i)
                bytes += q.value(i).toString().toStdString().size();
            for (int i = 14; i <= 16; ++i)
                bytes += q.value(i).toString().size();   // "{a,b}" text: would still need parsing
            for (int i = 17; i <= 25; ++i)
                bytes += q.value(i).toInt();
            f.sessionStartTime = q.value(26).toString().toStdString();
            f.sessionEndTime = q.value(27).toString().toStdString();
            bytes += qint64(f.sessionId.size());
        }
        report("QPSQL forward-only SELECT", rows, timer.nsecsElapsed() / 1e9, cpuSeconds() - c0, rss0);
        return 0;
    }
    std::fprintf(stderr, "usage: bench_pgarchive fill|qpsql-fill|read|qpsql-read|raw|load|follow|save|segments URI [N|DIR], file-fill|file-read|file-raw|file-load PATH [N]\n");
    return 2;
}
