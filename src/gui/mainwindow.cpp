#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "demoserver.h"
#include "drilldownwidget.h"
#include "fetchprogresswidget.h"
#include "filterbar.h"
#include "messagebar.h"
#include "querybar.h"
#include "stallmonitor.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace cs {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session ? session : new Session(this))
    , m_profiles(new ProfileStore(this))
    , m_demo(new DemoServer(this))
    , m_stalls(new StallMonitor(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    buildLayout();
    createActions();
    createMenus();
    connectViews();
    bindSession();
    filterOnChartClicks();
    restoreSettings();
    if (!m_session->profile())
        showWelcome();
    updateTitle();
    updatePlaceholder();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_table = new CallTableView;
    m_table->setObjectName(u"callTable"_s);
    m_table->setCallModel(m_session->callModel());
    m_drillDown = new DrillDownWidget;
    m_drillDown->setObjectName(u"drillDown"_s);
    m_charts = new ChartsPanel;
    m_charts->setObjectName(u"chartsPanel"_s);
    m_filterBar = new FilterBar(&m_session->store());
    m_filterBar->setObjectName(u"filterBar"_s);
    m_queryBar = new QueryBar;
    m_queryBar->setObjectName(u"queryBar"_s);
    m_progress = new FetchProgressWidget;
    m_progress->setObjectName(u"fetchProgress"_s);
    m_messages = new MessageBar;
    m_messages->setObjectName(u"messageBar"_s);

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
    const CallTableModel *model = m_session->callModel();
    const int total = model->totalCount();
    m_countLabel->setText(total == 0 ? tr("No calls loaded")
                                     : tr("%Ln call(s) loaded", nullptr, total) + u" · "_s
                                           + tr("%Ln shown", nullptr, model->shownCount()));
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
    CallTableModel *model = m_session->callModel();
    connect(model, &CallTableModel::countsChanged, this, [this, model] {
        m_filterBar->setCountText(model->countText());
        updateCounts();
        updatePlaceholder();
        updateActions();
    });
    connect(m_filterBar, &FilterBar::filterChanged, model, &CallTableModel::setFilter);
    m_filterBar->setShownRows([model](const FilterRule &rule) -> const std::vector<RowId> * {
        const RecordView &view = model->view();
        return !model->isViewPending() && !model->hasPendingRows() && view.filter() == rule ? &view.rows() : nullptr;
    });
    // A new filter resets the model (at once, or when its job is done), which
    // drops the current row without a signal: select the call again if it is
    // still shown, otherwise clear the drill-down that would go on showing a
    // hidden call.
    connect(model, &CallTableModel::filterAboutToApply, this, [this] { m_callBeforeFilter = m_table->currentCall(); });
    connect(model, &CallTableModel::filterApplied, this, [this] {
        const qint64 current = std::exchange(m_callBeforeFilter, -1);
        if (current >= 0 && m_table->currentCall() != current && !m_table->selectCall(RowId(current)))
            showCurrentCall();
    });
    connect(m_table, &CallTableView::currentCallChanged, this, &MainWindow::showCurrentCall);
    connect(m_queryBar, &QueryBar::zoneChanged, this, &MainWindow::onZoneChanged);
    connect(m_queryBar, &QueryBar::fetchRequested, this, &MainWindow::startFetch);
    connect(m_queryBar, &QueryBar::cancelRequested, m_session, &Session::cancelFetch);
    bindChartFeed(m_session->chartFeed(), m_charts);
}

// The session's news: progress, results, and the state the window shows.
void MainWindow::bindSession()
{
    Session *s = m_session;
    connect(s, &Session::fetchStarted, m_progress, &FetchProgressWidget::fetchStarted);
    connect(s, &Session::fetchProgress, m_progress, &FetchProgressWidget::setProgress);
    connect(s, &Session::fetchNotice, m_progress, &FetchProgressWidget::addNotice);
    connect(s, &Session::fetchFinished, this, &MainWindow::onFetchFinished);
    connect(s, &Session::archiveShown, m_progress, &FetchProgressWidget::setArchived);
    connect(s, &Session::archiveFollowing, m_progress, &FetchProgressWidget::setFollowing);
    connect(s, &Session::coverageChanged, m_queryBar, &QueryBar::setCoverage);
    // The coverage follows the range and zone chosen (and the connection).
    connect(m_queryBar, &QueryBar::queryChanged, this, &MainWindow::requestCoverage);
    connect(s, &Session::fileJobStarted, this, &MainWindow::onFileJobStarted);
    connect(s, &Session::snapshotOpened, this, &MainWindow::onSnapshotOpened);
    connect(s, &Session::fileProgress, this, [this](qint64 done, qint64 total) {
        if (!m_fileProgress)
            return;
        m_fileProgress->setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_fileProgress->setValue(int(std::min<qint64>(done, m_fileProgress->maximum())));
    });
    connect(s, &Session::fileJobFinished, this, &MainWindow::onFileJobFinished);
    connect(s, &Session::storeReplaced, this, &MainWindow::showCurrentCall);
    connect(s, &Session::stateChanged, this, [this] {
        updateTitle();
        updatePlaceholder();
        updateActions();
    });
}

void MainWindow::showCurrentCall()
{
    const qint64 row = m_table->currentCall();
    if (row < 0 || row >= store().size()) {
        m_drillDown->clear();
        return;
    }
    const auto id = RowId(row);
    std::string raw;   // in memory, or read from the archive the row was loaded from
    if (!store().readRawJson(id, &raw))
        raw.clear();
    m_drillDown->showRecord(QByteArray(raw.data(), qsizetype(raw.size())), m_session->timeZone(),
                            store().offsetMinutes(id));
}

void MainWindow::onZoneChanged()
{
    m_session->setTimeZone(m_queryBar->zone());
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

QString MainWindow::connectionName() const
{
    return m_session->profile() ? m_session->profile()->name : QString();
}

void MainWindow::updateTitle()
{
    const Session &s = *m_session;
    const std::optional<ConnectionProfile> &profile = s.profile();
    QString title;
    if (s.origin() == Session::Origin::Snapshot) {
        const SnapshotInfo &info = s.snapshotInfo();
        title = tr("%1 — %2 to %3 (%4)")
                    .arg(QFileInfo(s.snapshotPath()).fileName(), info.rangeFrom, info.rangeTo, info.zoneId);
    } else if (s.origin() == Session::Origin::Fetch) {
        const FetchSpec &spec = s.fetchSpec();
        title = tr("%1 — %2 to %3 (%4)")
                    .arg(connectionName(), spec.from.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         spec.to.toString(u"yyyy-MM-dd HH:mm:ss"_s), QString::fromUtf8(spec.zone.id()));
    } else if (profile) {
        title = connectionName();
    }
    if (s.isPartial())
        title = tr("%1 [partial]").arg(title);
    if (s.origin() == Session::Origin::Snapshot)
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title.isEmpty() ? tr("CallScope") : tr("%1 — CallScope").arg(title));

    if (profile) {
        m_connectionLabel->setText(profile->isDemo
                                       ? tr("Connected to the built-in demo server (%1)").arg(profile->host.toDisplayString())
                                       : tr("Connection: %1 (%2)").arg(profile->name, profile->host.toDisplayString()));
    } else {
        m_connectionLabel->setText(tr("Not connected. Open a snapshot, explore the demo data or set up a connection."));
    }
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (store().size() > 0)
        text = tr("No calls match the current filters.");
    else if (m_session->isFetching() || m_session->fileJob() == Session::FileJob::Open)
        text = tr("Loading calls…");
    else if (m_session->profile())
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
    m_session->cancelFetch();
    saveSettings();
    event->accept();
}

} // namespace cs
