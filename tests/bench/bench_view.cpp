// Benchmark of the table's view and the chart statistics on 100,000 records:
// sort, filter, incremental append into a sorted view. Prints milliseconds.
//   bench_view [records]       (default 100000)

#include "../core/viewtestdata.h"
#include "callstats.h"
#include "recordview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr qint64 kBaseUtc = 1727395200;   // 2024-09-27T00:00:00Z

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The best of `repeats` runs: the machine is shared, the minimum is the
// figure least disturbed by other processes.
double bestMs(int repeats, const std::function<void()> &prepare, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        prepare();
        best = std::min(best, timeMs(work));
    }
    return best;
}

void report(const char *what, double ms, int rows = -1)
{
    if (rows >= 0)
        std::printf("%-58s %9.2f ms  (%d rows)\n", what, ms, rows);
    else
        std::printf("%-58s %9.2f ms\n", what, ms);
    std::fflush(stdout);
}

QList<testdata::Call> callsFrom(int first, int count)
{
    QList<testdata::Call> calls;
    calls.reserve(count);
    // About one call every 6 seconds over a week.
    for (int n = first; n < first + count; ++n)
        calls.append(testdata::syntheticCall(n, kBaseUtc + qint64(n) * 6 + (n * 7) % 5));
    return calls;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    std::printf("bench_view: %d records\n", records);

    // Pages are generated first so the store figure is parse + append only.
    std::vector<QByteArray> pages;
    for (int first = 0; first < records; first += 100)
        pages.push_back(testdata::pageJson(callsFrom(first, std::min(100, records - first))));

    RecordStore store;
    report("store: parse + append all pages", timeMs([&] {
        for (const QByteArray &body : pages) {
            const std::shared_ptr<ParsedPage> page = parsePage(body);
            store.append(*page, 0);
        }
    }), store.size());
    if (store.size() != records) {
        std::fprintf(stderr, "expected %d records, store has %d\n", records, store.size());
        return 1;
    }
    std::printf("string pool: %u distinct strings\n", store.strings().size());

    RecordView view(&store);
    const int repeats = 5;
    auto unsorted = [&] { view.setSort(CallColumn::Count, Qt::AscendingOrder); };

    // The first text sort also ranks every pool string once (collation).
    report("setSort channel asc (first text sort: builds ranks)", timeMs([&] { view.setSort(CallColumn::Channel, Qt::AscendingOrder); }), view.size());
    struct SortCase { const char *name; CallColumn column; Qt::SortOrder order; };
    const SortCase sorts[] = {
        {"setSort startTime asc", CallColumn::StartTime, Qt::AscendingOrder},
        {"setSort startTime desc", CallColumn::StartTime, Qt::DescendingOrder},
        {"setSort handleTime desc", CallColumn::HandleTime, Qt::DescendingOrder},
        {"setSort channel asc (ranks ready)", CallColumn::Channel, Qt::AscendingOrder},
        {"setSort finalStatus desc", CallColumn::FinalStatus, Qt::DescendingOrder},
        {"setSort agents asc (multi-valued)", CallColumn::Agents, Qt::AscendingOrder},
        {"setSort queues desc (multi-valued)", CallColumn::Queues, Qt::DescendingOrder},
        {"setSort userId asc (50k distinct ids, bytes)", CallColumn::UserId, Qt::AscendingOrder},
        {"setSort sessionId asc (bytes)", CallColumn::SessionId, Qt::AscendingOrder},
        {"setSort csat desc", CallColumn::Csat, Qt::DescendingOrder},
    };
    for (const SortCase &c : sorts)
        report(c.name, bestMs(repeats, unsorted, [&] { view.setSort(c.column, c.order); }), view.size());

    view.setSort(CallColumn::StartTime, Qt::DescendingOrder);
    struct FilterCase { const char *name; FilterRule rule; };
    std::vector<FilterCase> filters;
    {
        FilterRule r;
        r.setSearchText(u"zoë"_s);
        filters.push_back({"setFilter search \"zoë\" (+ sort startTime)", r});
        r.setSearchText(u"00000000000000001a2"_s);
        filters.push_back({"setFilter search sessionId fragment", r});
        r.setSearchText(u"no such text anywhere"_s);
        filters.push_back({"setFilter search, no match (scans all ids)", r});
        FilterRule q;
        q.setAllowed(QuickFilter::Channel, {u"voice"_s, u"rtm"_s});
        q.setAllowed(QuickFilter::Queue, {u"Billing"_s, QString()});
        filters.push_back({"setFilter quick: 2 channels + queue/none", q});
        q.setSearchText(u"agent 1"_s);
        q.setAllowed(QuickFilter::FinalStatus, {u"CLOSED"_s});
        q.setHandleRange(std::pair{60, 600});
        filters.push_back({"setFilter combined: quick + search + handle range", q});
    }
    for (const FilterCase &f : filters)
        report(f.name, bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(f.rule); }), view.size());
    view.setFilter(FilterRule());
    report("setFilter cleared (+ sort startTime)", timeMs([&] { view.setFilter(FilterRule()); }), view.size());

    // Append 100 new rows (new pages from the fetch) into a sorted 100k view.
    struct AppendCase { const char *name; CallColumn column; Qt::SortOrder order; };
    const AppendCase appends[] = {
        {"appendRows 100 into view sorted by startTime desc", CallColumn::StartTime, Qt::DescendingOrder},
        {"appendRows 100 into view sorted by agents asc", CallColumn::Agents, Qt::AscendingOrder},
        {"appendRows 100 into view sorted by userId asc", CallColumn::UserId, Qt::AscendingOrder},
        {"appendRows 100 into unsorted view", CallColumn::Count, Qt::AscendingOrder},
    };
    int next = records;
    for (const AppendCase &a : appends) {
        view.setSort(a.column, a.order);
        const int oldSize = store.size();
        store.append(*parsePage(testdata::pageJson(callsFrom(next, 100))), 0);
        next += 100;
        std::vector<int> positions;
        const double ms = timeMs([&] { positions = view.appendRows(oldSize); });
        report(a.name, ms, int(positions.size()));
    }
    {
        FilterRule r;
        r.setSearchText(u"zoë"_s);
        view.setFilter(r);
        view.setSort(CallColumn::Agents, Qt::AscendingOrder);
        const int oldSize = store.size();
        store.append(*parsePage(testdata::pageJson(callsFrom(next, 100))), 0);
        next += 100;
        std::vector<int> positions;
        report("appendRows 100 into filtered (search) view, agents asc", timeMs([&] { positions = view.appendRows(oldSize); }),
               int(positions.size()));
        view.setFilter(FilterRule());
    }

    std::vector<RowId> rows(view.rows());
    const QTimeZone newYork("America/New_York");
    report("stats finalStatusCounts", bestMs(repeats, [] {}, [&] { stats::finalStatusCounts(store, rows); }));
    report("stats handleTimeHistogram", bestMs(repeats, [] {}, [&] { stats::handleTimeHistogram(store, rows); }));
    report("stats volumeOverTime hour (New York)", bestMs(repeats, [] {}, [&] { stats::volumeOverTime(store, rows, VolumeBucket::Hour, newYork); }));
    report("stats volumeOverTime day (New York)", bestMs(repeats, [] {}, [&] { stats::volumeOverTime(store, rows, VolumeBucket::Day, newYork); }));
    report("stats averageHandleByAgent", bestMs(repeats, [] {}, [&] { stats::averageHandleByAgent(store, rows); }));
    report("stats averageHandleByQueue", bestMs(repeats, [] {}, [&] { stats::averageHandleByQueue(store, rows); }));
    return 0;
}
