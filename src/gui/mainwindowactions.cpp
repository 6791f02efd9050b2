// MainWindow: actions, menus and their enabled state.
#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "filterbar.h"
#include "icons.h"
#include "querybar.h"
#include "userguide.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut = {},
                    const QString &iconName = {})
{
    auto *action = new QAction(text, parent);
    if (!iconName.isEmpty())
        action->setIcon(themeIcon(iconName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    a.connection = makeAction(this, tr("&Connection Settings…"), QKeySequence(u"Ctrl+Shift+C"_s), u"network-server"_s);
    a.demo = makeAction(this, tr("Explore &Demo Data"));
    a.open = makeAction(this, tr("&Open Snapshot…"), QKeySequence::Open, u"document-open"_s);
    a.save = makeAction(this, tr("&Save Snapshot…"), QKeySequence::Save, u"document-save"_s);
    a.exportCsv = makeAction(this, tr("&CSV…"), QKeySequence(u"Ctrl+E"_s), u"document-export"_s);
    a.quit = makeAction(this, tr("&Quit"), QKeySequence::Quit, u"application-exit"_s);
    a.copy = makeAction(this, tr("&Copy Rows"), QKeySequence::Copy, u"edit-copy"_s);
    a.find = makeAction(this, tr("&Find…"), QKeySequence::Find, u"edit-find"_s);
    a.fetch = makeAction(this, tr("&Fetch"), QKeySequence::Refresh, u"view-refresh"_s);
    a.cancel = makeAction(this, tr("C&ancel Fetch"), QKeySequence(Qt::Key_Escape), u"process-stop"_s);
    a.showCalls = makeAction(this, tr("&Calls"), QKeySequence(u"Ctrl+1"_s));
    a.showCharts = makeAction(this, tr("C&harts"), QKeySequence(u"Ctrl+2"_s));
    a.resetColumns = makeAction(this, tr("&Reset Columns"));
    a.userGuide = makeAction(this, tr("CallScope &User Guide"), QKeySequence::HelpContents, u"help-contents"_s);
    a.about = makeAction(this, tr("&About CallScope"), {}, u"help-about"_s);
    a.clearRecent = makeAction(this, tr("&Clear List"), {}, u"edit-clear"_s);
    a.cancel->setShortcutContext(Qt::WindowShortcut);

    a.connection->setStatusTip(tr("Add or edit server connections and test them"));
    a.open->setStatusTip(tr("Open a saved .callscope snapshot to review offline"));
    a.save->setStatusTip(tr("Save the loaded calls as a .callscope snapshot"));
    a.exportCsv->setStatusTip(tr("Export the calls as shown (filtered and sorted) to a CSV file"));
    a.demo->setStatusTip(tr("Start the built-in demo server and fetch its last 7 days of calls"));
    a.quit->setStatusTip(tr("Quit CallScope"));
    a.copy->setStatusTip(tr("Copy the selected rows as tab-separated text"));
    a.find->setStatusTip(tr("Search the text columns of the calls"));
    a.fetch->setStatusTip(tr("Fetch the chosen range from the server"));
    a.cancel->setStatusTip(tr("Stop fetching and keep the calls received so far"));
    a.showCalls->setStatusTip(tr("Show the calls table and the drill-down"));
    a.showCharts->setStatusTip(tr("Show the charts of the calls that match the filters"));
    a.resetColumns->setStatusTip(tr("Show the default columns in their default order"));
    a.userGuide->setStatusTip(tr("Open the CallScope user guide"));
    a.about->setStatusTip(tr("Show the version, license and links of CallScope"));
    a.clearRecent->setStatusTip(tr("Forget the recently opened snapshots"));

    connect(a.connection, &QAction::triggered, this, &MainWindow::editConnections);
    connect(m_connectionButton, &QToolButton::clicked, this, &MainWindow::editConnections);
    m_connectionButton->setText(tr("Connection…"));
    connect(a.demo, &QAction::triggered, this, &MainWindow::exploreDemo);
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseSnapshotToOpen);
    connect(a.save, &QAction::triggered, this, &MainWindow::chooseSnapshotToSave);
    connect(a.exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copy, &QAction::triggered, m_table, &CallTableView::copySelection);
    connect(a.find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(a.fetch, &QAction::triggered, this, &MainWindow::startFetch);
    connect(a.cancel, &QAction::triggered, m_session, &Session::cancelFetch);
    connect(a.showCalls, &QAction::triggered, this, &MainWindow::showCallsTab);
    connect(a.showCharts, &QAction::triggered, this, &MainWindow::showChartsTab);
    connect(a.resetColumns, &QAction::triggered, m_table, &CallTableView::resetColumns);
    connect(a.userGuide, &QAction::triggered, this, [this] { showUserGuide(this); });
    connect(a.about, &QAction::triggered, this, [this] { showAboutDialog(this); });
    connect(a.clearRecent, &QAction::triggered, this, [this] {
        QSettings().remove(u"files/recent"_s);
        rebuildRecentMenu();
        updateActions();
    });
    // Every action works from anywhere in the window, menus hidden or not.
    addActions({a.connection, a.demo, a.open, a.save, a.exportCsv, a.quit, a.copy, a.find, a.fetch, a.cancel,
                a.showCalls, a.showCharts, a.userGuide});
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    a.recent = file->addMenu(tr("Open &Recent"));
    a.recent->setIcon(themeIcon(u"document-open-recent"_s));
    connect(a.recent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(a.save);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(a.exportCsv);
    file->addSeparator();
    file->addAction(a.connection);
    file->addAction(a.demo);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.copy);
    edit->addAction(a.find);
    edit->addAction(m_filterBar->clearAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.showCalls);
    view->addAction(a.showCharts);
    view->addSeparator();
    view->addMenu(m_table->createColumnsMenu(this))->setText(tr("C&olumns"));
    view->addAction(a.resetColumns);

    QMenu *fetch = menuBar()->addMenu(tr("F&etch"));
    fetch->addAction(a.fetch);
    fetch->addAction(a.cancel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.userGuide);
    help->addSeparator();
    help->addAction(a.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setStatusTip(tr("Show the version of Qt CallScope runs on"));
    rebuildRecentMenu();

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);   // for saveState()
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar->addActions({a.open, a.save, a.exportCsv});
    toolBar->addSeparator();
    toolBar->addActions({a.fetch, a.cancel, a.connection});
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recent;
    menu->clear();
    const QStringList files = recentFiles();   // without the files that are gone
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSnapshot(path); });
    }
    menu->addSeparator();
    menu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    if (!m_actions)
        return;
    Actions &a = *m_actions;
    const Session &s = *m_session;
    const bool fetching = s.isFetching();
    const bool busy = s.isBusy();
    const bool haveRows = store().size() > 0;
    const bool connected = s.profile().has_value();
    a.fetch->setEnabled(connected && !busy);
    a.cancel->setEnabled(fetching);
    a.open->setEnabled(!busy);
    a.recent->setEnabled(!busy && !recentFiles().isEmpty());
    a.demo->setEnabled(!busy);
    a.connection->setEnabled(!fetching);
    a.save->setEnabled(haveRows && !busy);
    a.exportCsv->setEnabled(s.callModel()->shownCount() > 0 && !busy);
    a.copy->setEnabled(haveRows);
    m_queryBar->setConnected(connected && s.fileJob() == Session::FileJob::None);
    m_queryBar->setFetching(fetching);
}

} // namespace cs
