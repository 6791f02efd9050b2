// Opening a big snapshot in the real main window: time until the first rows
// show, time until every record is loaded, and the longest GUI-thread stall
// meanwhile (with --charts, the charts tab is shown and follows the load).
// Run by hand on a snapshot made by bench_snapshot:
//
//   build/tests/bench_snapshot 1000000 /tmp /tmp/big.callscope
//   build/tests/bench_guiopen /tmp/big.callscope [--charts] [--sorted] [--save-as COPY.callscope]
//   CALLSCOPE_TRACE_STALLS=1 also names the slowest events.
#include "calltablemodel.h"
#include "chartspanel.h"
#include "chartstats.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "session.h"
#include "stallmonitor.h"
#include "stalltrace.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <cstdio>

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
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--save-as") == 0 && i + 1 < argc)   // then writes what it opened (current format)
            saveAs = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--charts") == 0)
            window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(1);
        else if (qstrcmp(argv[i], "--sorted") == 0)   // rows then merge into a sorted view
            session.callModel()->sort(int(cs::CallColumn::HandleTime), Qt::DescendingOrder);
    }
    QApplication::processEvents();

    cs::StallMonitor stalls;
    QObject::connect(&stalls, &cs::StallMonitor::ticked, &app, [&app](qint64 late) { app.noteLateTick(late); });
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    window.openSnapshot(QString::fromLocal8Bit(argv[1]));
    qint64 firstRowsMs = -1;
    while (session.isBusy() || firstRowsMs < 0) {
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
    std::printf("first rows shown after %.3f s (goal <= 1 s)\n", firstRowsMs / 1000.0);
    std::printf("all %d records loaded after %.3f s (goal <= 3 s)\n", session.store().size(), loadedMs / 1000.0);
    if (session.chartFeed()->isWanted())
        std::printf("charts drawn for all of them after %.3f s\n", chartsMs / 1000.0);
    std::printf("longest GUI-thread stall while loading: %lld ms\n", qlonglong(stalls.maxStallMs()));
    app.report();
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
