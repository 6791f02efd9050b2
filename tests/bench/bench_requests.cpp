// Requests per call: what the guards against silent loss cost. 20,000 calls
// over 19 days, page cap 100, fetched by the real engine at the real budget
// (60 a minute, in compressed time) from the mock, for each way the server
// may count offsets (records; pages capped at 10) and each zone its stamps may
// be in. Prints requests against the ideal ceil(calls / 100). Goal: <= 1.05x.
//
//   build/tests/bench_requests [ZONE]      (default America/New_York)

#include "fetchengine.h"
#include "mockserver.h"
#include "recordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    const char *paging;
    const char *stamps;
    int calls = 0;
    int requests = 0;
    int narrowings = 0;
    int stampProbes = 0;
    bool complete = false;
};

Run fetchOnce(bool pagesMode, bool utcStamps, const QTimeZone &zone)
{
    cs::mock::MockConfig config;
    config.offsetMode = pagesMode ? cs::mock::MockConfig::OffsetMode::Pages : cs::mock::MockConfig::OffsetMode::Records;
    config.maxPagesOffset = 10;
    config.pageCap = 100;
    config.stampZone = utcStamps ? cs::mock::MockConfig::StampZone::Utc : cs::mock::MockConfig::StampZone::RequestOffset;
    const QDateTime from(QDate(2024, 10, 14), QTime(0, 0), zone);   // crosses the 2024 autumn DST changes
    const QDateTime to = from.addDays(19).addSecs(-1);
    cs::mock::DatasetSpec data;
    data.seed = 99;
    data.calls = 20000;
    data.startUtc = from.toSecsSinceEpoch();
    data.endUtc = to.toSecsSinceEpoch();
    cs::mock::MockServer server(config, data);
    server.listen();

    cs::FetchSpec spec;
    spec.host = server.baseUrl();
    spec.accountId = u"demo-account"_s;
    spec.appId = u"st-demo-app"_s;
    spec.zone = zone;
    spec.from = from;
    spec.to = to;
    spec.requestsPerMinute = 60;

    cs::FetchEngine engine;
    engine.setClock(std::make_shared<const cs::FetchClock>(2000));
    cs::RecordStore store;
    cs::FetchOutcome outcome;
    bool done = false;
    QObject::connect(&engine, &cs::FetchEngine::pageReady, &engine,
                     [&store](quint64, std::shared_ptr<cs::ParsedPage> page, int, int offset) { store.append(*page, offset); });
    QObject::connect(&engine, &cs::FetchEngine::finished, &engine, [&](quint64, const cs::FetchOutcome &result) {
        outcome = result;
        done = true;
    });
    engine.start(spec, cs::Credentials::fromToken(server.demoToken()));
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    Run run{pagesMode ? "pages (cap 10)" : "records", utcStamps ? "UTC" : "request offset"};
    run.calls = store.size();
    run.requests = server.requestCount();
    run.narrowings = outcome.narrowings;
    run.stampProbes = outcome.stampProbes;
    run.complete = outcome.status == cs::FetchOutcome::Status::Complete
        && store.size() == int(server.dataset().select(data.startUtc, data.endUtc).size());
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QTimeZone zone(argc > 1 ? QByteArray(argv[1]) : QByteArrayLiteral("America/New_York"));
    std::printf("zone %s; 20,000 calls over 19 days; page cap 100\n", zone.id().constData());
    std::printf("%-16s %-15s %7s %9s %6s %8s %10s %7s %s\n", "offset counts", "stamps", "calls", "requests", "ideal",
                "ratio", "narrowings", "probes", "complete");
    for (bool pages : {false, true}) {
        for (bool utc : {false, true}) {
            const Run run = fetchOnce(pages, utc, zone);
            const int ideal = (run.calls + 99) / 100;
            std::printf("%-16s %-15s %7d %9d %6d %8.3f %10d %7d %s\n", run.paging, run.stamps, run.calls, run.requests,
                        ideal, ideal > 0 ? double(run.requests) / ideal : 0.0, run.narrowings, run.stampProbes,
                        run.complete ? "yes" : "NO");
        }
    }
    return 0;
}
