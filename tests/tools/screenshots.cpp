// callscope-screenshots DIR: starts the real main window on the demo data and
// saves a PNG of each main view (table, drill-down, charts, connection
// dialog) into DIR. scripts/screenshots.sh runs it under Xvfb; the README
// shows the result.
#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "connectiondialog.h"
#include "exportdialog.h"
#include "chartstats.h"
#include "mainwindow.h"
#include "session.h"
#include "recordstore.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPalette>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void settle(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// A call that went through more than one destination shows the drill-down best.
int richestRow(const cs::Session &session)
{
    const cs::CallTableModel *model = session.callModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (session.store().destinationCount(model->rowIdAt(row)) >= 2)
            return row;
    }
    return 0;
}

// The charts tab, with its statistics computed (they are a job of the session).
bool showCharts(cs::MainWindow &window, cs::Session &session)
{
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(1);
    auto *panel = window.findChild<cs::ChartsPanel *>(u"chartsPanel"_s);
    return waitFor([&] { return !session.chartFeed()->hasPendingUpdate() && !panel->hasPendingStats(); }, 30000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScopeScreenshots"_s);
    QApplication::setApplicationName(u"CallScope"_s);
    QStandardPaths::setTestModeEnabled(true);   // never touch the user's settings
    cs::installTranslations(app);
    QSettings().clear();
    if (argc < 2) {
        std::fprintf(stderr, "usage: callscope-screenshots OUTPUT_DIR [--dark]\n");
        return 2;
    }
    // --dark: a dark Fusion palette, as a dark desktop theme would hand the
    // app, to check that every view (charts included) follows the palette.
    if (argc > 2 && qstrcmp(argv[2], "--dark") == 0) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(u"."_s)) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }

    cs::Session session;
    cs::MainWindow window(&session);
    window.resize(1440, 900);
    window.show();
    window.exploreDemo();
    if (!waitFor([&] { return !session.isFetching() && session.store().size() > 0; }, 120000)) {
        std::fprintf(stderr, "the demo fetch did not finish\n");
        return 1;
    }
    settle(300);
    bool ok = save(&window, dir, u"table.png"_s);

    window.findChild<cs::CallTableView *>(u"callTable"_s)->setCurrentIndex(session.callModel()->index(richestRow(session), 0));
    settle(200);
    for (QTreeView *tree : window.findChildren<QTreeView *>())
        tree->expandAll();
    settle(200);
    ok = save(&window, dir, u"drilldown.png"_s) && ok;

    ok = showCharts(window, session) && ok;
    settle(800);   // chart animations are off, but let layout settle
    ok = save(&window, dir, u"charts.png"_s) && ok;
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(0);

    cs::ExportDialog exportDialog(session.callModel()->rowCount(), 12, session.timeZone(), &window);
    exportDialog.setPath(QDir::home().filePath(u"calls-2026-11-25.csv"_s));
    exportDialog.show();
    settle(300);
    ok = save(&exportDialog, dir, u"export.png"_s) && ok;
    exportDialog.reject();

    // Fetch again (F5): the archive shows the range at once, the server is
    // asked only for what is provisional; the query bar shows the coverage.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh)) {
            action->trigger();
            break;
        }
    }
    waitFor([&] { return !session.isFetching(); }, 120000);
    settle(300);
    ok = save(&window, dir, u"archive.png"_s) && ok;

    // A bad file: the error shows in the window and the calls stay.
    const QString bad = dir.filePath(u"not-a-snapshot.callscope"_s);
    QFile badFile(bad);
    if (badFile.open(QIODevice::WriteOnly))
        badFile.write("this is not a snapshot");
    badFile.close();
    window.openSnapshot(bad);
    waitFor([&] { return !session.isBusy(); }, 30000);
    settle(300);
    ok = save(&window, dir, u"bad-file.png"_s) && ok;
    QFile::remove(bad);

    cs::ProfileStore profiles;
    cs::ConnectionProfile example;
    example.name = u"Production (EU)"_s;
    example.host = QUrl(u"https://platform.kore.ai"_s);
    example.accountId = u"66050d249f946671f64a1234"_s;
    example.appId = u"st-e19dd469-90f5-5655-b0b2-858de9011234"_s;
    example.clientId = u"cs-40189479-21e0-5424-998c-07dce6221234"_s;
    // A team archive on a server: the dialog shows its password row too.
    example.archivePath = u"postgresql://supervisor@db.example.com:5432/callscope?sslmode=verify-full"_s;
    profiles.save(example);
    cs::ConnectionDialog dialog(&profiles, &window);
    dialog.selectProfile(example.name);
    dialog.show();
    settle(400);
    ok = save(&dialog, dir, u"connection.png"_s) && ok;
    dialog.reject();

    // Help: the user guide (F1) and the About box, as the menu opens them.
    QAction *guideAction = nullptr;
    QAction *aboutAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            guideAction = action;
        else if (action->statusTip() == QCoreApplication::translate("cs::MainWindow", "Show the version, license and links of CallScope"))
            aboutAction = action;
    }
    if (!guideAction || !aboutAction) {
        std::fprintf(stderr, "the Help actions are missing\n");
        return 1;
    }
    guideAction->trigger();
    settle(400);
    if (auto *guide = window.findChild<QDialog *>(u"userGuide"_s)) {
        ok = save(guide, dir, u"guide.png"_s) && ok;
        guide->close();
    }
    // The About box is modal: grab it from inside its event loop.
    QTimer::singleShot(400, &window, [&] {
        if (QWidget *about = QApplication::activeModalWidget()) {
            ok = save(about, dir, u"about.png"_s) && ok;
            about->close();
        }
    });
    aboutAction->trigger();
    return ok ? 0 : 1;
}
