// The real main window on the offscreen platform, against the in-process mock:
// the demo, a saved profile fetching a range across a DST change (rows stream
// in, the final set is exactly the server's), filtering, sorting, the
// drill-down, the charts, cancelling, snapshots and a bad file.
//
// The slots after fetchAcrossDstChange share one window and build on each
// other in declaration order (as a user session would). Waits are generous
// QTRY loops; nothing asserts on timing.

#include "windowtestutil.h"
#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "chartstats.h"
#include "connectionprofile.h"
#include "detailtreemodel.h"
#include "drilldownwidget.h"
#include "fetchclock.h"
#include "fetchprogresswidget.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "mockserver.h"
#include "querybar.h"
#include "session.h"
#include "statuschart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <map>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr int kTimeout = 30000;
const QString kProfile = u"Local mock"_s;
const QTimeZone kNewYork("America/New_York");
// Wall clock in New York; DST ends on 2024-11-03 at 02:00 (EDT -4 -> EST -5).
const QDateTime kFrom(QDate(2024, 11, 2), QTime(0, 0));
const QDateTime kTo(QDate(2024, 11, 5), QTime(0, 0));
const QString kRangeText = u"2024-11-02 00:00:00 to 2024-11-05 00:00:00 (America/New_York)"_s;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QString text(const RecordStore &store, quint32 id)
{
    return store.strings().at(id);
}

QSet<QByteArray> storeIds(const RecordStore &store)
{
    QSet<QByteArray> ids;
    for (RowId row = 0; row < RowId(store.size()); ++row) {
        const std::string_view id = store.sessionId(row);
        ids.insert(QByteArray(id.data(), qsizetype(id.size())));
    }
    return ids;
}

QSet<RowId> shownRows(const CallTableModel *model)
{
    QSet<RowId> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->rowIdAt(row));
    return rows;
}

QAction *actionNamed(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

using windowtest::fetchButton;

// True if some row of `model` (depth-first) shows `label` in its first column.
bool treeHasLabel(const QAbstractItemModel *model, const QString &label, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == label || treeHasLabel(model, label, index))
            return true;
    }
    return false;
}

// The window's widgets, by object name (the window has no accessors).
template<typename T>
T *part(QWidget *window, const char *name)
{
    T *found = window->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

struct Parts
{
    explicit Parts(QWidget *w)
        : filterBar(part<FilterBar>(w, "filterBar"))
        , queryBar(part<QueryBar>(w, "queryBar"))
        , messageBar(part<MessageBar>(w, "messageBar"))
        , progress(part<FetchProgressWidget>(w, "fetchProgress"))
        , table(part<CallTableView>(w, "callTable"))
        , drillDown(part<DrillDownWidget>(w, "drillDown"))
        , charts(part<ChartsPanel>(w, "chartsPanel"))
        , tabs(part<QTabWidget>(w, "mainTabs"))
    {
    }
    FilterBar *filterBar;
    QueryBar *queryBar;
    MessageBar *messageBar;
    FetchProgressWidget *progress;
    CallTableView *table;
    DrillDownWidget *drillDown;
    ChartsPanel *charts;
    QTabWidget *tabs;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FetchClockPtr m_clock = std::make_shared<const FetchClock>(30);
    std::unique_ptr<mock::MockServer> m_mock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QSet<QByteArray> m_expected;      // the mock's calls in [kFrom, kTo] New York time
    int m_completeRows = 0;

    // Clicks Fetch in the query bar and waits for the fetch to end.
    void fetchAndWait(bool *sawRowsWhileRunning = nullptr)
    {
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        QSignalSpy finished(&s, &Session::fetchFinished);
        bool streamed = false;
        // Recorded as rows are announced: deterministic, unlike polling.
        const auto connection = connect(s.callModel(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (s.isFetching() && s.callModel()->rowCount() > 0 && s.store().size() > 0)
                streamed = true;
        });
        QPushButton *fetch = fetchButton(ui.queryBar);
        QVERIFY(fetch);
        QVERIFY(fetch->isEnabled());
        fetch->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        disconnect(connection);
        if (sawRowsWhileRunning)
            *sawRowsWhileRunning = streamed;
    }

    void waitForFileJob()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(kNewYork.isValid());
        // Never touch a real keyring, also when run outside CTest.
        windowtest::setUpEnvironment(u"tst_mainwindow"_s);

        mock::DatasetSpec data;
        data.seed = 5;
        data.calls = 4000;
        data.startUtc = utc("2024-10-29T00:00:00Z");
        data.endUtc = utc("2024-11-08T00:00:00Z");
        m_mock = windowtest::startMock(m_clock, data, 60);
        QVERIFY(m_mock);
        const qint64 from = QDateTime(kFrom.date(), kFrom.time(), kNewYork).toSecsSinceEpoch();
        const qint64 to = QDateTime(kTo.date(), kTo.time(), kNewYork).toSecsSinceEpoch();
        QCOMPARE(to - from, 73 * 3600);   // the range spans the extra hour
        m_expected = m_mock->dataset().sessionIds(m_mock->dataset().select(from, to));
        QVERIFY(m_expected.size() > 500);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();   // stops its fetch thread before the mock goes away
        m_mock.reset();
        QSettings().clear();
    }

    void demoFetchesTheLastSevenDays()
    {
        MainWindow w;
        w.show();
        Session &s = *w.findChild<Session *>(u"session"_s);
        const Parts ui(&w);
        QAbstractItemModelTester tester(s.callModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(ui.messageBar->text().contains(u"Welcome"_s));   // no connection yet
        QCOMPARE(s.callModel()->rowCount(), 0);

        QSignalSpy finished(&s, &Session::fetchFinished);
        w.exploreDemo();
        QVERIFY(s.isFetching());
        QVERIFY(w.windowTitle().contains(u"Demo"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout * 2);
        QCOMPARE(s.lastFetchOutcome().status, FetchOutcome::Status::Complete);
        QVERIFY(s.store().size() > 1000);   // a week of ~800 calls a day
        QCOMPARE(s.callModel()->rowCount(), s.store().size());
        QCOMPARE(ui.filterBar->countText(), s.callModel()->countText());
        QVERIFY(!s.isPartial());
        QVERIFY(!ui.progress->isPartial());
        QVERIFY2(ui.progress->statusText().startsWith(QString::number(s.store().size()) + u' '),
                 qPrintable(ui.progress->statusText()));
        // The last 7 days, and nothing from the 23 days before them.
        const qint64 weekAgo = QDateTime::currentSecsSinceEpoch() - 8 * 24 * 3600;
        for (RowId row = 0; row < RowId(s.store().size()); ++row)
            QVERIFY(s.store().startUtc(row) >= weekAgo);
    }

    void fetchAcrossDstChange()
    {
        // A saved profile (as the connection dialog saves one) that the
        // window picks up at start; its JWT goes into the window's own
        // profile store (session memory: CALLSCOPE_NO_KEYRING=1).
        {
            ProfileStore profiles;
            ConnectionProfile profile;
            profile.name = kProfile;
            profile.host = m_mock->baseUrl();
            profile.accountId = m_mock->config().accountId;
            profile.appId = m_mock->config().appId;
            profile.auth = ConnectionProfile::Auth::Token;
            profile.requestsPerMinute = 60;   // the real budget
            profile.keepArchive = false;      // fetches as such (tst_windowarchive covers the archive)
            profiles.save(profile);
            profiles.setLastUsedName(kProfile);
        }
        // The window's own path at the real budget of 60 requests a minute,
        // in time compressed by a clock the session and the mock share.
        m_session = std::make_unique<Session>(nullptr, m_clock);
        new QAbstractItemModelTester(m_session->callModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_session.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        w.show();
        QVERIFY(w.windowTitle().contains(kProfile));
        auto *profiles = w.findChild<ProfileStore *>();
        QVERIFY(profiles);
        QCOMPARE(profiles->keyringState(), ProfileStore::KeyringState::Unavailable);
        profiles->writeSecret(kProfile, m_mock->demoToken());

        ui.queryBar->setRange(kFrom, kTo, kNewYork);
        QCOMPARE(ui.queryBar->zone(), kNewYork);
        bool streamed = false;
        fetchAndWait(&streamed);
        QVERIFY2(streamed, "rows should be shown while the fetch is still running");
        QVERIFY2(ui.messageBar->text().isEmpty() || ui.messageBar->isHidden(), qPrintable(ui.messageBar->text()));

        // Exactly the server's calls for the range: none missing, none extra.
        QCOMPARE(s.store().size(), int(m_expected.size()));
        QVERIFY(storeIds(s.store()) == m_expected);
        QCOMPARE(s.callModel()->rowCount(), s.store().size());
        QCOMPARE(ui.filterBar->countText(), u"%1 of %1 calls"_s.arg(QLocale().toString(s.store().size())));
        QVERIFY(!s.isPartial());
        QVERIFY(!ui.progress->isPartial());
        QVERIFY2(w.windowTitle().contains(kRangeText), qPrintable(w.windowTitle()));
        QCOMPARE(s.callModel()->timeZone(), kNewYork);

        // Each DST period was asked with its own offset, so the API's wall
        // clock is New York's on both sides, and the table shows just that.
        QSet<int> offsets;
        for (int row = 0; row < s.callModel()->rowCount(); ++row) {
            offsets.insert(s.store().offsetMinutes(s.callModel()->rowIdAt(row)));
            const QModelIndex start = s.callModel()->index(row, int(CallColumn::StartTime));
            QCOMPARE(start.data().toString(), start.data(Qt::ToolTipRole).toString().replace(u'T', u' '));
        }
        QCOMPARE(offsets, (QSet<int>{240, 300}));
        m_completeRows = s.store().size();
    }

    void filterAndSort()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        const RecordStore &store = s.store();
        // The most common status and channel, so the filtered set is sizeable.
        std::map<QString, int> statuses;
        std::map<QString, int> channels;
        for (RowId row = 0; row < RowId(store.size()); ++row) {
            ++statuses[text(store, store.finalStatus(row))];
            ++channels[text(store, store.channel(row))];
        }
        auto top = [](const std::map<QString, int> &counts) {
            return std::max_element(counts.begin(), counts.end(),
                                    [](const auto &a, const auto &b) { return a.second < b.second; })->first;
        };
        const QString status = top(statuses);
        const QString channel = top(channels);

        ui.filterBar->setAllowed(QuickFilter::FinalStatus, {status});
        ui.filterBar->setAllowed(QuickFilter::Channel, {channel});
        QSet<RowId> expected;
        for (RowId row = 0; row < RowId(store.size()); ++row) {
            if (text(store, store.finalStatus(row)) == status && text(store, store.channel(row)) == channel)
                expected.insert(row);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownRows(s.callModel()), expected);
        QCOMPARE(ui.filterBar->countText(),
                 u"%1 of %2 calls"_s.arg(QLocale().toString(expected.size()), QLocale().toString(store.size())));

        // Sorting keeps the set and orders it.
        ui.table->sortByColumn(int(CallColumn::HandleTime), Qt::DescendingOrder);
        QCOMPARE(shownRows(s.callModel()), expected);
        for (int row = 1; row < s.callModel()->rowCount(); ++row) {
            QVERIFY(store.handleSeconds(s.callModel()->rowIdAt(row - 1)) >= store.handleSeconds(s.callModel()->rowIdAt(row)));
        }
        ui.table->sortByColumn(int(CallColumn::StartTime), Qt::AscendingOrder);
        for (int row = 1; row < s.callModel()->rowCount(); ++row)
            QVERIFY(store.startUtc(s.callModel()->rowIdAt(row - 1)) <= store.startUtc(s.callModel()->rowIdAt(row)));

        // Search on top: one call's own session id finds just that call.
        const RowId one = *expected.begin();
        const std::string_view id = store.sessionId(one);
        ui.filterBar->setSearchText(QString::fromUtf8(id.data(), qsizetype(id.size())));
        QCOMPARE(shownRows(s.callModel()), QSet<RowId>{one});
        QCOMPARE(ui.filterBar->countText(), u"1 of %1 calls"_s.arg(QLocale().toString(store.size())));

        ui.filterBar->clearFilters();
        QCOMPARE(s.callModel()->rowCount(), store.size());
    }

    void selectedCallShowsItsAgents()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        const RecordStore &store = s.store();
        QVERIFY(!ui.drillDown->hasRecord());
        RowId call = 0;
        while (call < RowId(store.size()) && store.agents(call).empty())
            ++call;
        QVERIFY(call < RowId(store.size()));
        const QString agent = text(store, store.agents(call).front());

        QVERIFY(ui.table->selectCall(call));
        QCOMPARE(ui.table->currentCall(), qint64(call));
        QVERIFY(ui.drillDown->hasRecord());
        auto *tree = ui.drillDown->findChild<QTreeView *>(u"transfersTree"_s);
        QVERIFY(tree);
        QVERIFY2(treeHasLabel(tree->model(), u"Agent: "_s + agent), qPrintable(agent));

        // A filter that keeps the call keeps it selected and shown...
        ui.filterBar->setAllowed(QuickFilter::Agent, {agent});
        QCOMPARE(ui.table->currentCall(), qint64(call));
        QVERIFY(ui.drillDown->hasRecord());
        QVERIFY(treeHasLabel(tree->model(), u"Agent: "_s + agent));
        // ...one that hides it leaves nothing selected and an empty drill-down.
        ui.filterBar->setSearchText(u"no call has this text"_s);
        QCOMPARE(s.callModel()->rowCount(), 0);
        QCOMPARE(ui.table->currentCall(), qint64(-1));
        QVERIFY(!ui.drillDown->hasRecord());
        ui.filterBar->clearFilters();
    }

    void chartCountsMatchFilteredRows()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        const QString channel = s.callModel()->index(0, int(CallColumn::Channel)).data().toString();
        ui.filterBar->setAllowed(QuickFilter::Channel, {channel});
        QVERIFY(s.callModel()->rowCount() < s.store().size());

        ui.tabs->setCurrentIndex(1);   // the statistics are computed while the charts are shown
        ChartFeed *feed = s.chartFeed();
        QVERIFY(feed->isWanted());
        QTRY_VERIFY_WITH_TIMEOUT(!feed->hasPendingUpdate() && !ui.charts->hasPendingStats(), kTimeout);
        std::map<QString, int> shown;
        for (int row = 0; row < s.callModel()->rowCount(); ++row)
            ++shown[s.callModel()->index(row, int(CallColumn::FinalStatus)).data().toString()];
        const StatusChart *chart = ui.charts->statusChart();
        QCOMPARE(chart->total(), s.callModel()->rowCount());
        int sum = 0;
        for (const StatusChart::Entry &entry : chart->entries()) {
            sum += entry.count;
            if (!entry.other)
                QCOMPARE(entry.count, shown[entry.status]);
        }
        QCOMPARE(sum, s.callModel()->rowCount());
        ui.filterBar->clearFilters();
        ui.tabs->setCurrentIndex(0);
    }

    void snapshotRoundTrip()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        const QString path = m_dir.filePath(u"complete.callscope"_s);
        QVERIFY(s.saveSnapshot(path));
        waitForFileJob();
        QVERIFY2(ui.messageBar->text().contains(u"Saved"_s), qPrintable(ui.messageBar->text()));

        w.openSnapshot(path);
        waitForFileJob();
        QVERIFY2(ui.messageBar->kind() != MessageBar::Kind::Error || ui.messageBar->isHidden(),
                 qPrintable(ui.messageBar->text()));
        QCOMPARE(s.store().size(), m_completeRows);
        QCOMPARE(s.callModel()->rowCount(), m_completeRows);
        QVERIFY(storeIds(s.store()) == m_expected);
        QVERIFY2(w.windowTitle().contains(kRangeText), qPrintable(w.windowTitle()));
        QVERIFY(w.windowTitle().contains(u"complete.callscope"_s));
        QVERIFY(!s.isPartial());
        QCOMPARE(s.callModel()->timeZone(), kNewYork);
        QCOMPARE(ui.queryBar->zone(), kNewYork);   // "Fetch" would ask for the same again
        QCOMPARE(ui.queryBar->from(), QDateTime(kFrom.date(), kFrom.time(), kNewYork));

        // The charts count what the opened file shows (the view built off
        // the GUI thread hands them its rows).
        ui.tabs->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!s.chartFeed()->hasPendingUpdate() && !ui.charts->hasPendingStats(), kTimeout);
        QCOMPARE(ui.charts->statusChart()->total(), m_completeRows);
        ui.tabs->setCurrentIndex(0);
    }

    void cancelKeepsRowsAndShowsPartial()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        m_mock->config().latencyMs = 400;   // slow pages: there is time to cancel
        QSignalSpy finished(&s, &Session::fetchFinished);
        fetchButton(ui.queryBar)->click();
        // The fetch starts once the secret is read; it clears the old rows first.
        QTRY_VERIFY_WITH_TIMEOUT(s.isFetching(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(s.callModel()->rowCount() > 0, kTimeout);
        QVERIFY(s.isFetching());

        QAction *cancel = actionNamed(&w, u"C&ancel Fetch"_s);
        QVERIFY(cancel);
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(s.lastFetchOutcome().status, FetchOutcome::Status::Cancelled);
        QVERIFY(!s.isFetching());
        const int kept = s.store().size();
        QVERIFY(kept > 0);
        QVERIFY(kept < m_completeRows);
        QCOMPARE(s.callModel()->rowCount(), kept);
        QVERIFY(s.isPartial());
        QVERIFY(ui.progress->isPartial());
        QVERIFY2(ui.progress->statusText().startsWith(u"Cancelled"_s), qPrintable(ui.progress->statusText()));
        QVERIFY(w.windowTitle().contains(u"[partial]"_s));
        // Pages still in flight are dropped, not appended to the kept rows.
        QTest::qWait(1500);
        QCOMPARE(s.store().size(), kept);
        QCOMPARE(s.callModel()->rowCount(), kept);
        m_mock->config().latencyMs = 60;

        // A partial snapshot says so when it is opened again.
        const QString path = m_dir.filePath(u"partial.callscope"_s);
        QVERIFY(s.saveSnapshot(path));
        waitForFileJob();
        w.openSnapshot(path);
        waitForFileJob();
        QCOMPARE(s.store().size(), kept);
        QCOMPARE(s.callModel()->rowCount(), kept);
        QVERIFY(s.isPartial());
        QVERIFY(w.windowTitle().contains(u"[partial]"_s));
        QVERIFY(w.windowTitle().contains(kRangeText));
        QCOMPARE(ui.messageBar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(ui.messageBar->text().contains(u"partial"_s), qPrintable(ui.messageBar->text()));
    }

    void badFileKeepsRows()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        Session &s = *m_session;
        const Parts ui(&w);
        const int rows = s.store().size();
        QVERIFY(rows > 0);
        const QString title = w.windowTitle();
        const QString path = m_dir.filePath(u"bad.callscope"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919 + 13) & 0xff));
        file.write(garbage);
        file.close();

        w.openSnapshot(path);
        waitForFileJob();
        QCOMPARE(ui.messageBar->kind(), MessageBar::Kind::Error);
        QVERIFY2(ui.messageBar->text().contains(u"Could not open bad.callscope"_s), qPrintable(ui.messageBar->text()));
        QCOMPARE(s.store().size(), rows);
        QCOMPARE(s.callModel()->rowCount(), rows);
        QCOMPARE(w.windowTitle(), title);

        // A path that is not there at all: an error too, rows untouched.
        w.openSnapshot(m_dir.filePath(u"missing.callscope"_s));
        QCOMPARE(ui.messageBar->kind(), MessageBar::Kind::Error);
        QCOMPARE(s.store().size(), rows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
