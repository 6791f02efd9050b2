// MainWindow: actions, menus and their enabled state.
#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "fetchcontroller.h"
#include "filterbar.h"
#include "querybar.h"
#include "snapshotjobs.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    a.connection = makeAction(this, tr("&Connection Settings…"), QKeySequence(u"Ctrl+Shift+C"_s));
    a.demo = makeAction(this, tr("Explore &Demo Data"));
    a.open = makeAction(this, tr("&Open Snapshot…"), QKeySequence::Open);
    a.save = makeAction(this, tr("&Save Snapshot…"), QKeySequence::Save);
    a.exportCsv = makeAction(this, tr("&CSV…"), QKeySequence(u"Ctrl+E"_s));
    a.quit = makeAction(this, tr("&Quit"), QKeySequence::Quit);
    a.copy = makeAction(this, tr("&Copy Rows"), QKeySequence::Copy);
    a.find = makeAction(this, tr("&Find…"), QKeySequence::Find);
    a.fetch = makeAction(this, tr("&Fetch"), QKeySequence::Refresh);
    a.cancel = makeAction(this, tr("C&ancel Fetch"), QKeySequence(Qt::Key_Escape));
    a.showCalls = makeAction(this, tr("&Calls"), QKeySequence(u"Ctrl+1"_s));
    a.showCharts = makeAction(this, tr("C&harts"), QKeySequence(u"Ctrl+2"_s));
    a.resetColumns = makeAction(this, tr("&Reset Columns"));
    a.about = makeAction(this, tr("&About CallScope"));
    a.cancel->setShortcutContext(Qt::WindowShortcut);

    a.connection->setStatusTip(tr("Add or edit server connections and test them"));
    a.open->setStatusTip(tr("Open a saved .callscope snapshot to review offline"));
    a.save->setStatusTip(tr("Save the loaded calls as a .callscope snapshot"));
    a.exportCsv->setStatusTip(tr("Export the calls as shown (filtered and sorted) to a CSV file"));

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
    connect(a.cancel, &QAction::triggered, m_fetch, &FetchController::cancel);
    connect(a.showCalls, &QAction::triggered, this, &MainWindow::showCallsTab);
    connect(a.showCharts, &QAction::triggered, this, &MainWindow::showChartsTab);
    connect(a.resetColumns, &QAction::triggered, m_table, &CallTableView::resetColumns);
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CallScope"),
                           tr("<h3>CallScope %1</h3><p>Browse, drill into, chart and export the calls of the "
                              "Kore.ai XO Contact Center Call Details API.</p>")
                               .arg(QStringLiteral(CALLSCOPE_VERSION)));
    });
    // Every action works from anywhere in the window, menus hidden or not.
    addActions({a.connection, a.demo, a.open, a.save, a.exportCsv, a.quit, a.copy, a.find, a.fetch, a.cancel,
                a.showCalls, a.showCharts});
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    a.recent = file->addMenu(tr("Open &Recent"));
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
    help->addAction(a.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recent;
    menu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSnapshot(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    if (!m_actions)
        return;
    Actions &a = *m_actions;
    const bool fetching = m_fetch->isRunning();
    const bool busy = isBusy();
    const bool haveRows = m_store.size() > 0;
    a.fetch->setEnabled(m_profile.has_value() && !busy);
    a.cancel->setEnabled(fetching);
    a.open->setEnabled(!busy);
    a.recent->setEnabled(!busy && !recentFiles().isEmpty());
    a.demo->setEnabled(!busy);
    a.connection->setEnabled(!fetching);
    a.save->setEnabled(haveRows && !busy);
    a.exportCsv->setEnabled(m_model->shownCount() > 0 && !busy);
    a.copy->setEnabled(haveRows);
    m_queryBar->setConnected(m_profile.has_value() && m_fileJobs == 0 && !m_loadJob->isRunning());
    m_queryBar->setFetching(fetching);
}

} // namespace cs
