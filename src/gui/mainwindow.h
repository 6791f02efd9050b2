#pragma once
// CallScope's main window: the query bar, the fetch progress, the filter bar,
// and two tabs (the calls table with the drill-down beside it, and the charts),
// over one record store.
//
// The window only wires the pieces together; each piece lives in its own file.
// Its own code is split by concern: layout and settings (mainwindow.cpp),
// actions and menus (mainwindowactions.cpp), connections and fetching
// (mainwindowfetch.cpp), and snapshots and exports (mainwindowfiles.cpp).

#include "callcolumns.h"
#include "connectionprofile.h"
#include "fetchspec.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <optional>

class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace cs {

class CallTableModel;
class CallTableView;
class ChartsPanel;
class Credentials;
class DemoServer;
class DrillDownWidget;
class FetchController;
class FetchProgressWidget;
class FilterBar;
class MessageBar;
class ProfileStore;
class QueryBar;
class SnapshotLoadJob;
class SnapshotSaveJob;
class StallMonitor;
struct FetchOutcome;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the bundled mock server, connects to it and fetches the last 7 days.
    void exploreDemo();
    void openSnapshot(const QString &path);

    // For tests and the screenshot script.
    const RecordStore &store() const { return m_store; }
    CallTableModel *callModel() const { return m_model; }
    CallTableView *callTable() const { return m_table; }
    DrillDownWidget *drillDown() const { return m_drillDown; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    FilterBar *filterBar() const { return m_filterBar; }
    QueryBar *queryBar() const { return m_queryBar; }
    FetchProgressWidget *fetchProgress() const { return m_progress; }
    MessageBar *messageBar() const { return m_messages; }
    FetchController *fetchController() const { return m_fetch; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusCountText() const;
    bool isBusyWithFile() const { return m_fileJobs > 0; }
    // A fetch, load, save or export is running: the store must not change.
    bool isBusy() const;
    bool showsPartialData() const { return m_partial; }
    QString connectionName() const;
    void showCallsTab();
    void showChartsTab();
    void saveSnapshotTo(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindow.cpp
    void buildLayout();
    QWidget *buildConnectionStrip();
    void connectViews();
    void restoreSettings();
    void saveSettings() const;
    void showWelcome();
    void updateTitle();
    void updatePlaceholder();
    void updateCounts();
    void refreshCharts();
    void showCurrentCall();
    void onZoneChanged();

    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void updateActions();
    void rebuildRecentMenu();

    // mainwindowfetch.cpp
    void editConnections();
    void useProfile(const ConnectionProfile &profile);
    void startFetch();
    void startFetchWith(const FetchSpec &spec, const Credentials &credentials);
    void onFetchFinished(const FetchOutcome &outcome);
    void filterOnChartClicks();

    // mainwindowfiles.cpp
    void chooseSnapshotToOpen();
    void chooseSnapshotToSave();
    void onSnapshotOpened(const SnapshotInfo &info, qint64 records);
    void onSnapshotBatch();
    void onSnapshotLoadFinished(bool ok, bool cancelled, const QString &error);
    void onSnapshotSaved(bool ok, bool cancelled, const QString &error, const QString &path);
    void exportCsv();
    std::vector<CallColumn> visibleColumnsInOrder() const;
    SnapshotInfo currentSnapshotInfo() const;
    void addRecentFile(const QString &path);
    QStringList recentFiles() const;
    void beginFileJob();
    void endFileJob();
    QProgressDialog *createProgressDialog(const QString &label);

    struct Actions;
    std::unique_ptr<Actions> m_actions;

    RecordStore m_store;
    RecordStore m_previous;          // what was shown while a snapshot loads
    CallTableModel *m_model = nullptr;
    CallTableView *m_table = nullptr;
    DrillDownWidget *m_drillDown = nullptr;
    ChartsPanel *m_charts = nullptr;
    FilterBar *m_filterBar = nullptr;
    QueryBar *m_queryBar = nullptr;
    FetchProgressWidget *m_progress = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QToolButton *m_connectionButton = nullptr;
    QLabel *m_countLabel = nullptr;      // status bar: loaded and shown calls

    ProfileStore *m_profiles = nullptr;
    DemoServer *m_demo = nullptr;
    FetchController *m_fetch = nullptr;
    SnapshotSaveJob *m_saveJob = nullptr;
    SnapshotLoadJob *m_loadJob = nullptr;
    StallMonitor *m_stalls = nullptr;
    QPointer<QProgressDialog> m_fileProgress;

    std::optional<ConnectionProfile> m_profile;   // the connection in use
    FetchSpec m_lastSpec;            // what the current data was fetched with
    bool m_haveFetched = false;
    SnapshotInfo m_openedInfo;       // the snapshot the current data came from
    QString m_snapshotPath;          // "" unless the data came from a snapshot
    QString m_loadingPath;           // the snapshot being opened
    qint64 m_expectedRecords = 0;    // while a snapshot loads
    bool m_partial = false;
    int m_fileJobs = 0;              // saves, loads and exports in progress
};

} // namespace cs
