// How responsive the main window stays while a big fetch streams in: the
// longest time the GUI thread's event loop was busy (StallMonitor: a 10 ms
// timer noting how late each tick arrives), with the table sorted and the
// charts tab shown; and, since the demo keeps the real budget of 60 requests
// a minute in real time, the fetch's wall time against the least the budget
// allows. Run by hand; prints one line per figure.
//
//   CALLSCOPE_DEMO_CALLS=51500 build/tests/bench_guistall --charts
//   (about 12,000 calls in the demo's last 7 days: two to three real minutes)
//   CALLSCOPE_TRACE_STALLS=1 also names the slowest events.
#include "calltablemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "stallmonitor.h"
#include "stalltrace.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScopeBench"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    cs::Session session;
    cs::MainWindow window(&session);
    window.resize(1440, 900);
    window.show();
    cs::StallMonitor stalls;
    QObject::connect(&stalls, &cs::StallMonitor::ticked, &app, [&app](qint64 late) { app.noteLateTick(late); });
    QElapsedTimer clock;
    clock.start();
    // The fetch's own time starts with its first request, after the demo
    // server has generated its data set.
    QElapsedTimer fetchClock;
    QObject::connect(&session, &cs::Session::fetchStarted, &app, [&fetchClock] { fetchClock.start(); });
    window.exploreDemo();
    // Measured from here: starting the demo server (generating its data set)
    // blocks once and is not part of fetching.
    stalls.start();
    if (argc > 1 && qstrcmp(argv[1], "--charts") == 0)
        window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(1);
    while (session.isFetching() || session.store().size() == 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (clock.elapsed() > 600000) {
            std::fprintf(stderr, "the fetch did not finish in 10 minutes\n");
            return 1;
        }
    }
    session.callModel()->flushPendingRows();
    QApplication::processEvents();
    stalls.stop();
    const double seconds = fetchClock.elapsed() / 1000.0;
    const int requests = session.lastFetchOutcome().requests;
    std::printf("calls loaded: %d in %.1f s of fetching (%.1f s with the demo server's start)\n", session.store().size(),
                seconds, clock.elapsed() / 1000.0);
    // At most 60 in any sliding minute: request k > 60 goes a minute after
    // request k - 60, so n requests need floor((n - 1) / 60) minutes at least.
    const double slidingMinimum = std::max(0, (requests - 1) / 60) * 60.0;
    std::printf("requests: %d; wall time %.1f s; the budget's least: %.0f s (sliding minute), %d s (requests / 60 a minute)\n",
                requests, seconds, slidingMinimum, requests);
    std::printf("longest GUI-thread stall while fetching: %lld ms\n", qlonglong(stalls.maxStallMs()));
    app.report();
    // Fetched into the archive, calls keep their JSON there (read on demand), not in memory.
    int onDisk = 0;
    for (cs::RowId row = 0; row < cs::RowId(session.store().size()); ++row)
        onDisk += session.store().rawInMemory(row) ? 0 : 1;
    std::printf("raw JSON held in memory: %.1f MB; calls whose JSON stays in the archive: %d of %d\n",
                double(session.store().rawBytes()) / 1e6, onDisk, session.store().size());

    // Sorting and filtering the loaded rows: the stall a click causes.
    QElapsedTimer sort;
    sort.start();
    session.callModel()->sort(int(cs::CallColumn::Channel), Qt::DescendingOrder);
    std::printf("sort %d rows by channel: %lld ms\n", session.callModel()->rowCount(), qlonglong(sort.elapsed()));
    return 0;
}
