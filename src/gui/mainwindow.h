#pragma once
// CallScope's main window: the query bar, the fetch progress, the filter bar,
// and two tabs (the calls table with the drill-down beside it, and the charts).
//
// The window owns no data: it binds its widgets to a cs::Session, which holds
// the calls, the table's model and every running job. Tests and tools drive
// the session and find the widgets by object name.
//
// Its own code is split by concern: layout and settings (mainwindow.cpp),
// actions and menus (mainwindowactions.cpp), connections and fetching
// (mainwindowfetch.cpp), and snapshots and exports (mainwindowfiles.cpp).

#include "callcolumns.h"
#include "connectionprofile.h"
#include "exportjob.h"
#include "session.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace cs {

class CallTableView;
class ChartsPanel;
class Credentials;
class DemoServer;
class DrillDownWidget;
class FetchProgressWidget;
class FilterBar;
class MessageBar;
class ProfileStore;
class QueryBar;
class StallMonitor;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Binds to `session`, which must outlive the window; without one the
    // window makes a session of its own.
    explicit MainWindow(Session *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the bundled mock server, connects to it and fetches the last 7 days.
    void exploreDemo();
    void openSnapshot(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindow.cpp
    void buildLayout();
    QWidget *buildConnectionStrip();
    void connectViews();
    void bindSession();
    void restoreSettings();
    void saveSettings() const;
    void showWelcome();
    void updateTitle();
    void updatePlaceholder();
    void updateCounts();
    void showCurrentCall();
    void onZoneChanged();
    void showCallsTab();
    void showChartsTab();

    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void updateActions();
    void rebuildRecentMenu();

    // mainwindowfetch.cpp
    void editConnections();
    void useProfile(const ConnectionProfile &profile);
    // A team archive's password from the keyring into the session, then `then`.
    void readArchivePassword(std::function<void()> then);
    void startFetch();
    void startFetchWith(const FetchSpec &spec, const Credentials &credentials);
    void requestCoverage();
    void onFetchFinished(const FetchOutcome &outcome);
    void filterOnChartClicks();

    // mainwindowfiles.cpp
    void chooseSnapshotToOpen();
    void chooseSnapshotToSave();
    void onFileJobStarted(Session::FileJob kind, const QString &path);
    void onSnapshotOpened(const SnapshotInfo &info, qint64 records);
    void onFileJobFinished(Session::FileJob kind, bool ok, bool cancelled, const QString &error, const QString &path);
    void onSnapshotLoaded(const QString &path);
    void exportCsv();
    std::vector<CallColumn> visibleColumnsInOrder() const;
    void addRecentFile(const QString &path);
    QStringList recentFiles() const;
    QProgressDialog *createProgressDialog(const QString &label);

    QString connectionName() const;
    const RecordStore &store() const { return m_session->store(); }

    struct Actions;
    std::unique_ptr<Actions> m_actions;

    Session *m_session;
    CallTableView *m_table = nullptr;
    qint64 m_callBeforeFilter = -1;   // the current call while a new filter is applied
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
    StallMonitor *m_stalls = nullptr;
    QPointer<QProgressDialog> m_fileProgress;
    int m_exportCalls = 0;               // the running export's row count, for its summary
    ExportKind m_exportKind = ExportKind::View;
};

} // namespace cs
