// Opening a big snapshot in the real main window: time until the first rows
// show, time until every record is loaded, and the longest GUI-thread stall
// meanwhile (with --charts, the charts tab is shown and follows the load).
// Run by hand on a snapshot made by bench_snapshot:
//
//   build/tests/bench_snapshot 1000000 /tmp /tmp/big.callscope
//   build/tests/bench_guiopen /tmp/big.callscope [--charts] [--sorted] [--interact] [--save-as COPY.callscope]
//   CALLSCOPE_TRACE_STALLS=1 also names the slowest events.
// --interact: once loaded, clicks column headers (numbers, times, codes,
// ids, text), types searches key by key into the filter line and picks quick
// filters, each time waiting until the table shows the result: time to the
// result, and the longest GUI-thread stall meanwhile. --sync: sorting and
// filtering on the GUI thread, as before they became jobs.
#include "bulkpages.h"
#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "chartstats.h"
#include "filterbar.h"
#include "freshmemory.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "session.h"
#include "stallmonitor.h"
#include "stalltrace.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScopeBench"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_guiopen FILE.callscope [--charts] [--sorted]\n");
        return 2;
    }
    cs::Session session;
    cs::MainWindow window(&session);
    window.resize(1440, 900);
    window.show();
    QString saveAs;
    bool interact = false;
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--interact") == 0) {
            interact = true;
            continue;
        }
        if (qstrcmp(argv[i], "--sync") == 0) {   // sort and filter on the GUI thread (as before jobs)
            session.callModel()->setViewJobsEnabled(false);
            continue;
        }
        if (qstrcmp(argv[i], "--save-as") == 0 && i + 1 < argc)   // then writes what it opened (current format)
            saveAs = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--charts") == 0)
            window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(1);
        else if (qstrcmp(argv[i], "--sorted") == 0)   // rows then merge into a sorted view
            session.callModel()->sort(int(cs::CallColumn::HandleTime), Qt::DescendingOrder);
    }
    // The window as a user has it before opening a file: shown and painted
    // (its first paint allocates the backing store and waits for the X
    // server, which a loader on every core would starve).
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not exposed\n");
    QTest::qWait(300);

    cs::StallMonitor stalls;
    QObject::connect(&stalls, &cs::StallMonitor::ticked, &app, [&app](qint64 late) { app.noteLateTick(late); });
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    window.openSnapshot(QString::fromLocal8Bit(argv[1]));
    qint64 firstRowsMs = -1;
    while (session.isBusy() || firstRowsMs < 0 || session.callModel()->isRevealing()) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);   // sleeps: a spinning loop would take a core from the loader
        if (firstRowsMs < 0 && session.callModel()->rowCount() > 0)
            firstRowsMs = clock.elapsed();
        if (!session.isBusy() && session.store().size() == 0) {
            auto *messages = window.findChild<cs::MessageBar *>(u"messageBar"_s);
            std::fprintf(stderr, "opening failed: %s\n", messages ? qPrintable(messages->text()) : "");
            return 1;
        }
    }
    const qint64 loadedMs = clock.elapsed();
    // The charts catch up with the last rows.
    auto *panel = window.findChild<cs::ChartsPanel *>(u"chartsPanel"_s);
    while (session.chartFeed()->isWanted() && (session.chartFeed()->hasPendingUpdate() || panel->hasPendingStats()))
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);   // sleeps: a spinning loop would take a core from the loader
    const qint64 chartsMs = clock.elapsed();
    stalls.stop();
    std::printf("first rows shown after %.3f s (goal <= 0.2 s)\n", firstRowsMs / 1000.0);
    std::printf("all %d records loaded, sortable and filterable, after %.3f s (goal <= 1 s)\n", session.store().size(), loadedMs / 1000.0);
    if (session.chartFeed()->isWanted())
        std::printf("charts drawn for all of them after %.3f s\n", chartsMs / 1000.0);
    std::printf("longest GUI-thread stall while loading: %lld ms\n", qlonglong(stalls.maxStallMs()));
    const FreshMemoryCost fresh = freshMemoryCost(session.store().residentBytesExcludingRaw());
    std::printf("anchor: faulting in the store's %.0f MB of fresh memory on one thread: %.3f s in huge pages, %.3f s in 4 KiB pages"
                " (bulk memory taken: %.0f MB huge, %.0f MB plain; %.0f MB free in blocks below 2 MiB)\n",
                double(session.store().residentBytesExcludingRaw()) / 1e6, fresh.hugeSeconds, fresh.plainSeconds,
                double(cs::recordarena::bulkPageTally().hugeBytes) / 1e6, double(cs::recordarena::bulkPageTally().plainBytes) / 1e6,
                freeMbBelowHugePages());
    app.report();
    if (interact) {
        cs::CallTableModel *model = session.callModel();
        auto *table = window.findChild<cs::CallTableView *>(u"callTable"_s);
        auto *filterBar = window.findChild<cs::FilterBar *>(u"filterBar"_s);
        qint64 worstStall = 0;
        app.resetTrace();
        stalls.reset();
        // Runs `act`, then the event loop until the table shows the result.
        auto step = [&](const char *what, const std::function<void()> &act) {
            stalls.reset();
            stalls.start();
            QElapsedTimer shown;
            shown.start();
            act();
            const qint64 acted = shown.elapsed();
            do {
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            } while (model->isViewPending() || model->isRevealing());
            const qint64 ms = shown.elapsed() - acted;
            // A moment more: what follows the result (charts' job) counts too.
            QElapsedTimer after;
            after.start();
            while (after.elapsed() < 150)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            stalls.stop();
            worstStall = std::max(worstStall, stalls.maxStallMs());
            std::printf("%-36s shown %5lld ms later (%4lld ms in the action), %8d rows, longest stall %3lld ms\n", what,
                        qlonglong(ms), qlonglong(acted), model->rowCount(), qlonglong(stalls.maxStallMs()));
        };
        auto click = [&](cs::CallColumn column, Qt::SortOrder order) {
            return [=] { table->sortByColumn(int(column), order); };
        };
        // Types `text` one key every 60 ms (faster than the filter's debounce).
        auto type = [&](const QString &text) {
            return [=] {
                QLineEdit *edit = filterBar->searchEdit();
                edit->clear();
                for (qsizetype i = 1; i <= text.size(); ++i) {
                    edit->setText(text.left(i));
                    QElapsedTimer key;
                    key.start();
                    while (key.elapsed() < 60)
                        QApplication::processEvents(QEventLoop::AllEvents, 5);
                }
                // Past the debounce: the search has been asked for.
                QElapsedTimer debounce;
                debounce.start();
                while (debounce.elapsed() < 350)
                    QApplication::processEvents(QEventLoop::AllEvents, 5);
            };
        };
        table->selectRow(5);
        step("sort by handle time, descending", click(cs::CallColumn::HandleTime, Qt::DescendingOrder));
        step("sort by start time", click(cs::CallColumn::StartTime, Qt::AscendingOrder));
        step("sort by final status (code)", click(cs::CallColumn::FinalStatus, Qt::AscendingOrder));
        step("sort by agents (text)", click(cs::CallColumn::Agents, Qt::AscendingOrder));
        step("sort by sessionId", click(cs::CallColumn::SessionId, Qt::AscendingOrder));
        step("type \"7\" (+ debounce)", type(u"7"_s));
        step("type \"a7\" (+ debounce)", type(u"a7"_s));
        step("type \"zoë\" (+ debounce)", type(u"zoë"_s));
        step("sort by wait, filtered", click(cs::CallColumn::Wait, Qt::AscendingOrder));
        step("clear the search", [&] { filterBar->setSearchText({}); });
        step("quick filter channel = voice", [&] { filterBar->setAllowed(cs::QuickFilter::Channel, {u"voice"_s}); });
        step("clear filters", [&] { filterBar->clearFilters(); });
        std::printf("longest GUI-thread stall while sorting and filtering: %lld ms\n", qlonglong(worstStall));
        // A quick filter's menu counts the values on the GUI thread as it opens.
        for (const QString &search : {QString(), u"7"_s}) {
            filterBar->setSearchText(search);
            while (model->isViewPending() || model->isRevealing())
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            QElapsedTimer counting;
            counting.start();
            const qsizetype values = filterBar->valueCounts(cs::QuickFilter::Agent).size();
            std::printf("agent menu's counts (search \"%s\"): %lld ms on the GUI thread (%lld values)\n",
                        qPrintable(search), qlonglong(counting.elapsed()), qlonglong(values));
        }
        app.report();
    }
    if (!saveAs.isEmpty()) {
        QElapsedTimer saving;
        saving.start();
        if (!session.saveSnapshot(saveAs))
            return 1;
        while (session.isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);   // sleeps: a spinning loop would take a core from the loader
        std::printf("saved as %s in %.1f s\n", qPrintable(saveAs), saving.elapsed() / 1000.0);
    }
    return 0;
}
