#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "demoserver.h"
#include "drilldownwidget.h"
#include "fetchcontroller.h"
#include "fetchprogresswidget.h"
#include "filterbar.h"
#include "messagebar.h"
#include "querybar.h"
#include "snapshotjobs.h"
#include "stallmonitor.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cs {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(new ProfileStore(this))
    , m_demo(new DemoServer(this))
    , m_fetch(new FetchController(&m_store, this))
    , m_saveJob(new SnapshotSaveJob(this))
    , m_loadJob(new SnapshotLoadJob(this))
    , m_stalls(new StallMonitor(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    buildLayout();
    createActions();
    createMenus();
    connectViews();
    filterOnChartClicks();
    restoreSettings();
    if (!m_profile)
        showWelcome();
    updateTitle();
    updatePlaceholder();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_model = new CallTableModel(&m_store, this);
    m_table = new CallTableView;
    m_table->setObjectName(u"callTable"_s);
    m_table->setCallModel(m_model);
    m_drillDown = new DrillDownWidget;
    m_charts = new ChartsPanel;
    m_filterBar = new FilterBar(&m_store);
    m_queryBar = new QueryBar;
    m_progress = new FetchProgressWidget;
    m_messages = new MessageBar;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"callsSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_drillDown);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Calls"));
    m_tabs->addTab(m_charts, tr("C&harts"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildConnectionStrip());
    layout->addWidget(m_queryBar);
    layout->addWidget(m_messages);
    layout->addWidget(m_progress);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // The status bar shows the actions' status tips, and always the counts.
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"statusCounts"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    updateCounts();
}

void MainWindow::updateCounts()
{
    m_countLabel->setText(statusCountText());
}

QString MainWindow::statusCountText() const
{
    const int total = m_model->totalCount();
    if (total == 0)
        return tr("No calls loaded");
    return tr("%Ln call(s) loaded", nullptr, total) + u" · "_s + tr("%Ln shown", nullptr, m_model->shownCount());
}

QWidget *MainWindow::buildConnectionStrip()
{
    auto *strip = new QWidget;
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    m_connectionLabel = new QLabel;
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_connectionButton = new QToolButton;
    m_connectionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(m_connectionLabel, 1);
    row->addWidget(m_connectionButton);
    return strip;
}

void MainWindow::connectViews()
{
    connect(m_model, &CallTableModel::countsChanged, this, [this] {
        m_filterBar->setCountText(m_model->countText());
        updateCounts();
        refreshCharts();
        updatePlaceholder();
        updateActions();
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const FilterRule &rule) {
        // A new filter resets the model, which drops the current row without
        // a signal: select the call again if it is still shown, otherwise
        // clear the drill-down that would go on showing a hidden call.
        const qint64 current = m_table->currentCall();
        m_model->setFilter(rule);
        if (current >= 0 && m_table->currentCall() != current && !m_table->selectCall(RowId(current)))
            showCurrentCall();
        refreshCharts();
    });
    connect(m_table, &CallTableView::currentCallChanged, this, &MainWindow::showCurrentCall);
    connect(m_queryBar, &QueryBar::zoneChanged, this, &MainWindow::onZoneChanged);

    connect(m_queryBar, &QueryBar::fetchRequested, this, &MainWindow::startFetch);
    connect(m_queryBar, &QueryBar::cancelRequested, m_fetch, &FetchController::cancel);
    connect(m_fetch, &FetchController::started, m_progress, &FetchProgressWidget::fetchStarted);
    connect(m_fetch, &FetchController::progress, m_progress, &FetchProgressWidget::setProgress);
    connect(m_fetch, &FetchController::notice, m_progress, &FetchProgressWidget::addNotice);
    connect(m_fetch, &FetchController::rowsArrived, m_model, &CallTableModel::storeGrew);
    connect(m_fetch, &FetchController::finished, this, &MainWindow::onFetchFinished);

    connect(m_loadJob, &SnapshotLoadJob::opened, this, &MainWindow::onSnapshotOpened);
    connect(m_loadJob, &SnapshotLoadJob::batchReady, this,
            [this](const std::shared_ptr<ParsedPage> &page, const std::vector<int> &offsets) {
                for (size_t i = 0; i < page->records.size() && i < offsets.size(); ++i)
                    m_store.append(page->records[i], offsets[i]);
                m_model->storeGrew();
                onSnapshotBatch();
            });
    connect(m_loadJob, &SnapshotLoadJob::finished, this, &MainWindow::onSnapshotLoadFinished);
    connect(m_saveJob, &SnapshotSaveJob::finished, this, &MainWindow::onSnapshotSaved);
}

void MainWindow::refreshCharts()
{
    m_charts->setData(&m_store, m_model->view().rows(), m_model->timeZone());
}

void MainWindow::showCurrentCall()
{
    const qint64 row = m_table->currentCall();
    if (row < 0 || row >= m_store.size()) {
        m_drillDown->clear();
        return;
    }
    const auto id = RowId(row);
    std::string raw;   // in memory, or read from the archive the row was loaded from
    if (!m_store.readRawJson(id, &raw))
        raw.clear();
    m_drillDown->showRecord(QByteArray(raw.data(), qsizetype(raw.size())), m_model->timeZone(),
                            m_store.offsetMinutes(id));
}

void MainWindow::onZoneChanged()
{
    m_model->setTimeZone(m_queryBar->zone());
    refreshCharts();
    showCurrentCall();
}

void MainWindow::showCallsTab()
{
    m_tabs->setCurrentIndex(0);
}

void MainWindow::showChartsTab()
{
    m_tabs->setCurrentIndex(1);
}

bool MainWindow::isBusy() const
{
    return m_fetch->isRunning() || m_fileJobs > 0 || m_loadJob->isRunning();
}

QString MainWindow::connectionName() const
{
    return m_profile ? m_profile->name : QString();
}

void MainWindow::updateTitle()
{
    QString title;
    if (!m_snapshotPath.isEmpty()) {
        const SnapshotInfo &info = m_openedInfo;
        title = tr("%1 — %2 to %3 (%4)")
                    .arg(QFileInfo(m_snapshotPath).fileName(), info.rangeFrom, info.rangeTo, info.zoneId);
    } else if (m_haveFetched) {
        title = tr("%1 — %2 to %3 (%4)")
                    .arg(connectionName(), m_lastSpec.from.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         m_lastSpec.to.toString(u"yyyy-MM-dd HH:mm:ss"_s), QString::fromUtf8(m_lastSpec.zone.id()));
    } else if (m_profile) {
        title = connectionName();
    }
    if (m_partial)
        title = tr("%1 [partial]").arg(title);
    setWindowTitle(title.isEmpty() ? tr("CallScope") : tr("%1 — CallScope").arg(title));

    if (m_profile) {
        m_connectionLabel->setText(m_profile->isDemo
                                       ? tr("Connected to the built-in demo server (%1)").arg(m_profile->host.toDisplayString())
                                       : tr("Connection: %1 (%2)").arg(m_profile->name, m_profile->host.toDisplayString()));
    } else {
        m_connectionLabel->setText(tr("Not connected. Open a snapshot, explore the demo data or set up a connection."));
    }
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_store.size() > 0)
        text = tr("No calls match the current filters.");
    else if (m_fetch->isRunning() || m_loadJob->isRunning())
        text = tr("Loading calls…");
    else if (m_profile)
        text = tr("Choose a range and press Fetch (F5).");
    else
        text = tr("No calls loaded. Explore the demo data, connect to a server, or open a snapshot (Ctrl+O).");
    m_table->setPlaceholderText(text);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: most of the screen, so the table and drill-down both fit.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.85);
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    const QByteArray header = settings.value(u"table/header"_s).toByteArray();
    if (!header.isEmpty())
        m_table->restoreHeaderState(header);
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_s, 0).toInt());
    m_queryBar->restoreState(settings);
    onZoneChanged();

    const QString last = m_profiles->lastUsedName();
    if (const std::optional<ConnectionProfile> profile = m_profiles->profile(last))
        useProfile(*profile);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"table/header"_s, m_table->saveHeaderState());
    settings.setValue(u"window/tab"_s, m_tabs->currentIndex());
    m_queryBar->saveState(settings);
}

void MainWindow::showWelcome()
{
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Welcome to CallScope. No connection is set up yet: explore the built-in demo "
                               "data, or connect to your Kore.ai server."));
    m_messages->addButton(tr("Explore demo data"), [this] { exploreDemo(); });
    m_messages->addButton(tr("Connect…"), [this] { editConnections(); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fetch->isRunning())
        m_fetch->cancel();
    saveSettings();
    event->accept();
}

} // namespace cs
