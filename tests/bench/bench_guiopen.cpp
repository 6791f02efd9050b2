// Opening a big snapshot in the real main window: time until the first rows
// show, time until every record is loaded, and the longest GUI-thread stall
// meanwhile. Run by hand on a snapshot made by bench_snapshot:
//
//   build/tests/bench_snapshot 1000000 /tmp /tmp/big.callscope
//   build/tests/bench_guiopen /tmp/big.callscope
#include "calltablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScopeBench"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_guiopen FILE.callscope\n");
        return 2;
    }
    cs::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();

    cs::StallMonitor stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    window.openSnapshot(QString::fromLocal8Bit(argv[1]));
    qint64 firstRowsMs = -1;
    while (window.isBusy() || firstRowsMs < 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (firstRowsMs < 0 && window.callModel()->rowCount() > 0)
            firstRowsMs = clock.elapsed();
        if (!window.isBusy() && window.store().size() == 0) {
            std::fprintf(stderr, "opening failed: %s\n", qPrintable(window.messageBar()->text()));
            return 1;
        }
    }
    const qint64 loadedMs = clock.elapsed();
    stalls.stop();
    std::printf("first rows shown after %.3f s (goal <= 1 s)\n", firstRowsMs / 1000.0);
    std::printf("all %d records loaded after %.3f s (goal <= 3 s)\n", window.store().size(), loadedMs / 1000.0);
    std::printf("longest GUI-thread stall while loading: %lld ms\n", qlonglong(stalls.maxStallMs()));
    return 0;
}
