// Benchmark of the ingest path and of paging efficiency, run by hand:
//   bench_ingest [records]        (default 200000)
//
// (a) ingest rate: parsePage + RecordStore::append over realistic 100-record
//     pages (rendered by the mock exactly as it serves them), one core.
//     Goal >= 500,000 records/s.
// (b) resident bytes per record besides the raw JSON, at `records` records
//     (RecordStore::residentBytesExcludingRaw() / size()). Goal <= 300.
// (c) records per request: FetchEngine against the in-process mock holding
//     10,000 calls over 20 days with a page cap of 50, once with `offset`
//     counting records and once counting pages (Auto paging, as a user runs it).
// Each figure is one line starting with "RESULT".

#include "fetchengine.h"
#include "mockserver.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr int kPageSize = 100;
constexpr int kOffsetMinutes = 300;   // pages as a New York (winter) user would fetch them

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// One page body as the mock serves it: {"numResults":N,"data":[...]}.
QByteArray renderPage(const mock::MockDataset &data, int first, int count)
{
    QByteArray body;
    body.reserve(64 + count * 2600);
    body += "{\"numResults\":" + QByteArray::number(count) + ",\"data\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += data.recordJson(i, kOffsetMinutes);
    }
    body += "]}";
    return body;
}

void result(const char *what, double value, const char *unit, const char *goal = nullptr)
{
    std::printf("RESULT %-62s %14.1f %s%s%s\n", what, value, unit, goal ? "   " : "", goal ? goal : "");
    std::fflush(stdout);
}

// (a) Best of `repeats` passes over `pages` into a fresh store each time: the
// machine is shared, the fastest pass is the one least disturbed.
double ingestRecordsPerSecond(const std::vector<QByteArray> &pages, int repeats, int *recordsOut)
{
    double bestSeconds = 1e300;
    for (int r = 0; r < repeats; ++r) {
        RecordStore store;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &body : pages)
            store.append(*parsePage(body), kOffsetMinutes);
        bestSeconds = std::min(bestSeconds, double(timer.nsecsElapsed()) / 1e9);
        *recordsOut = store.size();
    }
    return double(*recordsOut) / bestSeconds;
}

struct PagingFigures
{
    FetchOutcome outcome;
    int unique = 0;
    double seconds = 0;
};

// (c) One fetch of the whole dataset range with the real engine over loopback.
PagingFigures fetchAll(mock::MockConfig::OffsetMode mode)
{
    mock::MockConfig config;
    config.offsetMode = mode;
    config.pageCap = 50;
    mock::DatasetSpec dataSpec;
    dataSpec.seed = 2024;
    dataSpec.calls = 10000;
    dataSpec.startUtc = utc("2024-09-01T00:00:00Z");
    dataSpec.endUtc = utc("2024-09-20T23:59:59Z");   // 20 days
    mock::MockServer server(config, dataSpec);
    if (!server.listen())
        qFatal("cannot listen on loopback");

    FetchSpec spec;
    spec.host = server.baseUrl();
    spec.accountId = config.accountId;
    spec.appId = config.appId;
    spec.from = QDateTime(QDate(2024, 9, 1), QTime(0, 0), QTimeZone::utc());
    spec.to = QDateTime(QDate(2024, 9, 20), QTime(23, 59, 59), QTimeZone::utc());
    spec.paging = PagingMode::Auto;
    spec.pageLimit = 100;                 // the documented maximum; the server gives 50
    spec.requestsPerMinute = 1000000;     // requests are counted, not paced, here
    spec.retry.initialBackoffMs = 10;

    FetchEngine engine;
    engine.setRateWindowMs(1000);
    RecordStore store;
    PagingFigures figures;
    QEventLoop loop;
    QObject::connect(&engine, &FetchEngine::pageReady, &engine,
                     [&store](quint64, std::shared_ptr<ParsedPage> page, int, int offset) { store.append(*page, offset); });
    QObject::connect(&engine, &FetchEngine::finished, &engine, [&](quint64, const FetchOutcome &outcome) {
        figures.outcome = outcome;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.start(spec, Credentials::fromClient(config.clientId, config.clientSecret));
    loop.exec();
    figures.seconds = double(timer.elapsed()) / 1000.0;
    figures.unique = store.size();

    const int expected = int(server.dataset().select(utc("2024-09-01T00:00:00Z"), utc("2024-09-20T23:59:59Z")).size());
    if (figures.outcome.status != FetchOutcome::Status::Complete || figures.unique != expected) {
        std::fprintf(stderr, "fetch incomplete: %s; %d unique of %d\n", qPrintable(figures.outcome.error),
                     figures.unique, expected);
        std::exit(1);
    }
    return figures;
}

void reportPaging(const char *name, const PagingFigures &f)
{
    const double requests = std::max(1, f.outcome.requests);
    std::printf("paging, offset counts %s: detected %s, %d requests, %lld records received, %d unique, "
                "%lld windows in the final plan, %.1f s\n",
                name, qPrintable(pagingModeName(f.outcome.detectedPaging)), f.outcome.requests,
                f.outcome.recordsReceived, f.unique, qlonglong(f.outcome.windows.size()), f.seconds);
    char line[128];
    std::snprintf(line, sizeof line, "(c) records received per request, offset counts %s", name);
    result(line, double(f.outcome.recordsReceived) / requests, "records/request");
    std::snprintf(line, sizeof line, "(c) unique records per request, offset counts %s", name);
    result(line, double(f.unique) / requests, "records/request", "(page cap 50: at most 50)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::max(kPageSize, QByteArray(argv[1]).toInt()) : 200000;
    std::printf("bench_ingest: %d records in pages of %d (mock dataset)\n", records, kPageSize);

    mock::DatasetSpec dataSpec;
    dataSpec.seed = 7;
    dataSpec.calls = records;
    dataSpec.startUtc = utc("2024-09-01T00:00:00Z");
    dataSpec.endUtc = utc("2024-10-31T23:59:59Z");
    const mock::MockDataset data(dataSpec);

    // (a) A pool of 20,000 records (200 pages) rendered up front, so the
    // timing is parse + append only.
    const int poolRecords = std::min(records, 20000);
    std::vector<QByteArray> pool;
    qint64 poolBytes = 0;
    for (int first = 0; first < poolRecords; first += kPageSize) {
        pool.push_back(renderPage(data, first, std::min(kPageSize, poolRecords - first)));
        poolBytes += pool.back().size();
    }
    int ingested = 0;
    const double rate = ingestRecordsPerSecond(pool, 7, &ingested);
    std::printf("average record: %.0f bytes of JSON\n", double(poolBytes) / poolRecords);
    result("(a) ingest parsePage + append, best of 7 passes over 20k records", rate, "records/s",
           "(goal >= 500000)");
    result("(a) ingest throughput, same passes", rate * double(poolBytes) / poolRecords / 1e6, "MB/s of JSON");
    pool.clear();

    // (b) The whole dataset into one store, page by page (each page rendered,
    // parsed, appended and dropped); ingest is timed as well, store growth included.
    RecordStore store;
    double ingestSeconds = 0;
    for (int first = 0; first < records; first += kPageSize) {
        const QByteArray body = renderPage(data, first, std::min(kPageSize, records - first));
        QElapsedTimer timer;
        timer.start();
        store.append(*parsePage(body), kOffsetMinutes);
        ingestSeconds += double(timer.nsecsElapsed()) / 1e9;
    }
    if (store.size() != records) {
        std::fprintf(stderr, "expected %d records, store has %d\n", records, store.size());
        return 1;
    }
    char line[128];
    std::snprintf(line, sizeof line, "(a) ingest sustained over %d records into one store", records);
    result(line, double(records) / ingestSeconds, "records/s");
    std::printf("store: %d rows, %.1f MB raw JSON, %.1f MB besides raw, %u distinct strings\n", store.size(),
                double(store.rawBytes()) / 1e6, double(store.residentBytesExcludingRaw()) / 1e6,
                store.strings().size());
    std::snprintf(line, sizeof line, "(b) resident bytes per record besides raw JSON, %d records", records);
    result(line, double(store.residentBytesExcludingRaw()) / store.size(), "bytes/record", "(goal <= 300)");
    store.clear();

    // (c) Requests are the scarce resource (60 a minute): what each one brings.
    reportPaging("records", fetchAll(mock::MockConfig::OffsetMode::Records));
    reportPaging("pages", fetchAll(mock::MockConfig::OffsetMode::Pages));
    return 0;
}
