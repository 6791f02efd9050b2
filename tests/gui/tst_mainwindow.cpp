// The real main window on the offscreen platform, against the in-process mock:
// the demo, a saved profile fetching a range across a DST change (rows stream
// in, the final set is exactly the server's), filtering, sorting, the
// drill-down, the charts, cancelling, snapshots and a bad file.
//
// The slots after fetchAcrossDstChange share one window and build on each
// other in declaration order (as a user session would). Waits are generous
// QTRY loops; nothing asserts on timing.

#include "calltablemodel.h"
#include "calltableview.h"
#include "chartspanel.h"
#include "connectionprofile.h"
#include "detailtreemodel.h"
#include "drilldownwidget.h"
#include "fetchcontroller.h"
#include "fetchprogresswidget.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "mockserver.h"
#include "querybar.h"
#include "statuschart.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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

QPushButton *fetchButton(QueryBar *bar)
{
    const auto buttons = bar->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == u"&Fetch"_s)
            return button;
    }
    return nullptr;
}

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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<mock::MockServer> m_mock;
    std::unique_ptr<MainWindow> m_window;
    QSet<QByteArray> m_expected;      // the mock's calls in [kFrom, kTo] New York time
    int m_completeRows = 0;

    // Clicks Fetch in the query bar and waits for the fetch to end.
    void fetchAndWait(bool *sawRowsWhileRunning = nullptr)
    {
        MainWindow &w = *m_window;
        QSignalSpy finished(w.fetchController(), &FetchController::finished);
        bool streamed = false;
        // Recorded as rows are announced: deterministic, unlike polling.
        const auto connection = connect(w.callModel(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (w.fetchController()->isRunning() && w.callModel()->rowCount() > 0 && w.store().size() > 0)
                streamed = true;
        });
        QPushButton *fetch = fetchButton(w.queryBar());
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
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), kTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(kNewYork.isValid());
        // Never touch a real keyring, also when run outside CTest.
        qputenv("CALLSCOPE_NO_KEYRING", "1");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallScopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        mock::MockConfig config;
        config.pageCap = 50;       // many pages: rows visibly stream in
        config.latencyMs = 60;
        mock::DatasetSpec data;
        data.seed = 5;
        data.calls = 4000;
        data.startUtc = utc("2024-10-29T00:00:00Z");
        data.endUtc = utc("2024-11-08T00:00:00Z");
        m_mock = std::make_unique<mock::MockServer>(config, data);
        QVERIFY(m_mock->listen());
        const qint64 from = QDateTime(kFrom.date(), kFrom.time(), kNewYork).toSecsSinceEpoch();
        const qint64 to = QDateTime(kTo.date(), kTo.time(), kNewYork).toSecsSinceEpoch();
        QCOMPARE(to - from, 73 * 3600);   // the range spans the extra hour
        m_expected = m_mock->dataset().sessionIds(m_mock->dataset().select(from, to));
        QVERIFY(m_expected.size() > 500);
    }

    void cleanupTestCase()
    {
        m_window.reset();   // stops its fetch thread before the mock goes away
        m_mock.reset();
        QSettings().clear();
    }

    void demoFetchesTheLastSevenDays()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.messageBar()->text().contains(u"Welcome"_s));   // no connection yet
        QCOMPARE(w.callModel()->rowCount(), 0);

        QSignalSpy finished(w.fetchController(), &FetchController::finished);
        w.exploreDemo();
        QVERIFY(w.fetchController()->isRunning());
        QVERIFY(w.windowTitle().contains(u"Demo"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout * 2);
        QCOMPARE(w.fetchController()->lastOutcome().status, FetchOutcome::Status::Complete);
        QVERIFY(w.store().size() > 1000);   // a week of ~800 calls a day
        QCOMPARE(w.callModel()->rowCount(), w.store().size());
        QCOMPARE(w.filterBar()->countText(), w.callModel()->countText());
        QVERIFY(!w.showsPartialData());
        QVERIFY(!w.fetchProgress()->isPartial());
        QVERIFY2(w.fetchProgress()->statusText().startsWith(QString::number(w.store().size()) + u' '),
                 qPrintable(w.fetchProgress()->statusText()));
        // The last 7 days, and nothing from the 23 days before them.
        const qint64 weekAgo = QDateTime::currentSecsSinceEpoch() - 8 * 24 * 3600;
        for (RowId row = 0; row < RowId(w.store().size()); ++row)
            QVERIFY(w.store().startUtc(row) >= weekAgo);
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
            profiles.save(profile);
            profiles.setLastUsedName(kProfile);
        }
        m_window = std::make_unique<MainWindow>();
        MainWindow &w = *m_window;
        w.show();
        QVERIFY(w.windowTitle().contains(kProfile));
        auto *profiles = w.findChild<ProfileStore *>();
        QVERIFY(profiles);
        QCOMPARE(profiles->keyringState(), ProfileStore::KeyringState::Unavailable);
        profiles->writeSecret(kProfile, m_mock->demoToken());

        w.queryBar()->setRange(kFrom, kTo, kNewYork);
        QCOMPARE(w.queryBar()->zone(), kNewYork);
        bool streamed = false;
        fetchAndWait(&streamed);
        QVERIFY2(streamed, "rows should be shown while the fetch is still running");
        QVERIFY2(w.messageBar()->text().isEmpty() || w.messageBar()->isHidden(), qPrintable(w.messageBar()->text()));

        // Exactly the server's calls for the range: none missing, none extra.
        QCOMPARE(w.store().size(), int(m_expected.size()));
        QVERIFY(storeIds(w.store()) == m_expected);
        QCOMPARE(w.callModel()->rowCount(), w.store().size());
        QCOMPARE(w.filterBar()->countText(), u"%1 of %1 calls"_s.arg(QLocale().toString(w.store().size())));
        QVERIFY(!w.showsPartialData());
        QVERIFY(!w.fetchProgress()->isPartial());
        QVERIFY2(w.windowTitle().contains(kRangeText), qPrintable(w.windowTitle()));
        QCOMPARE(w.callModel()->timeZone(), kNewYork);

        // Each DST period was asked with its own offset, so the API's wall
        // clock is New York's on both sides, and the table shows just that.
        QSet<int> offsets;
        for (int row = 0; row < w.callModel()->rowCount(); ++row) {
            offsets.insert(w.store().offsetMinutes(w.callModel()->rowIdAt(row)));
            const QModelIndex start = w.callModel()->index(row, int(CallColumn::StartTime));
            QCOMPARE(start.data().toString(), start.data(Qt::ToolTipRole).toString().replace(u'T', u' '));
        }
        QCOMPARE(offsets, (QSet<int>{240, 300}));
        m_completeRows = w.store().size();
    }

    void filterAndSort()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        const RecordStore &store = w.store();
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

        w.filterBar()->setAllowed(QuickFilter::FinalStatus, {status});
        w.filterBar()->setAllowed(QuickFilter::Channel, {channel});
        QSet<RowId> expected;
        for (RowId row = 0; row < RowId(store.size()); ++row) {
            if (text(store, store.finalStatus(row)) == status && text(store, store.channel(row)) == channel)
                expected.insert(row);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownRows(w.callModel()), expected);
        QCOMPARE(w.filterBar()->countText(),
                 u"%1 of %2 calls"_s.arg(QLocale().toString(expected.size()), QLocale().toString(store.size())));

        // Sorting keeps the set and orders it.
        w.callTable()->sortByColumn(int(CallColumn::HandleTime), Qt::DescendingOrder);
        QCOMPARE(shownRows(w.callModel()), expected);
        for (int row = 1; row < w.callModel()->rowCount(); ++row) {
            QVERIFY(store.handleSeconds(w.callModel()->rowIdAt(row - 1)) >= store.handleSeconds(w.callModel()->rowIdAt(row)));
        }
        w.callTable()->sortByColumn(int(CallColumn::StartTime), Qt::AscendingOrder);
        for (int row = 1; row < w.callModel()->rowCount(); ++row)
            QVERIFY(store.startUtc(w.callModel()->rowIdAt(row - 1)) <= store.startUtc(w.callModel()->rowIdAt(row)));

        // Search on top: one call's own session id finds just that call.
        const RowId one = *expected.begin();
        const std::string_view id = store.sessionId(one);
        w.filterBar()->setSearchText(QString::fromUtf8(id.data(), qsizetype(id.size())));
        QCOMPARE(shownRows(w.callModel()), QSet<RowId>{one});
        QCOMPARE(w.filterBar()->countText(), u"1 of %1 calls"_s.arg(QLocale().toString(store.size())));

        w.filterBar()->clearFilters();
        QCOMPARE(w.callModel()->rowCount(), store.size());
    }

    void selectedCallShowsItsAgents()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        const RecordStore &store = w.store();
        QVERIFY(!w.drillDown()->hasRecord());
        RowId call = 0;
        while (call < RowId(store.size()) && store.agents(call).empty())
            ++call;
        QVERIFY(call < RowId(store.size()));
        const QString agent = text(store, store.agents(call).front());

        QVERIFY(w.callTable()->selectCall(call));
        QCOMPARE(w.callTable()->currentCall(), qint64(call));
        QVERIFY(w.drillDown()->hasRecord());
        auto *tree = w.drillDown()->findChild<QTreeView *>(u"transfersTree"_s);
        QVERIFY(tree);
        QVERIFY2(treeHasLabel(tree->model(), u"Agent: "_s + agent), qPrintable(agent));

        // A filter that keeps the call keeps it selected and shown...
        w.filterBar()->setAllowed(QuickFilter::Agent, {agent});
        QCOMPARE(w.callTable()->currentCall(), qint64(call));
        QVERIFY(w.drillDown()->hasRecord());
        QVERIFY(treeHasLabel(tree->model(), u"Agent: "_s + agent));
        // ...one that hides it leaves nothing selected and an empty drill-down.
        w.filterBar()->setSearchText(u"no call has this text"_s);
        QCOMPARE(w.callModel()->rowCount(), 0);
        QCOMPARE(w.callTable()->currentCall(), qint64(-1));
        QVERIFY(!w.drillDown()->hasRecord());
        w.filterBar()->clearFilters();
    }

    void chartCountsMatchFilteredRows()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        const QString channel = w.callModel()->index(0, int(CallColumn::Channel)).data().toString();
        w.filterBar()->setAllowed(QuickFilter::Channel, {channel});
        QVERIFY(w.callModel()->rowCount() < w.store().size());

        w.chartsPanel()->updateNow();
        std::map<QString, int> shown;
        for (int row = 0; row < w.callModel()->rowCount(); ++row)
            ++shown[w.callModel()->index(row, int(CallColumn::FinalStatus)).data().toString()];
        const StatusChart *chart = w.chartsPanel()->statusChart();
        QCOMPARE(chart->total(), w.callModel()->rowCount());
        int sum = 0;
        for (const StatusChart::Entry &entry : chart->entries()) {
            sum += entry.count;
            if (!entry.other)
                QCOMPARE(entry.count, shown[entry.status]);
        }
        QCOMPARE(sum, w.callModel()->rowCount());
        w.filterBar()->clearFilters();
    }

    void snapshotRoundTrip()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        const QString path = m_dir.filePath(u"complete.callscope"_s);
        w.saveSnapshotTo(path);
        waitForFileJob();
        QVERIFY2(w.messageBar()->text().contains(u"Saved"_s), qPrintable(w.messageBar()->text()));

        w.openSnapshot(path);
        waitForFileJob();
        QVERIFY2(w.messageBar()->kind() != MessageBar::Kind::Error || w.messageBar()->isHidden(),
                 qPrintable(w.messageBar()->text()));
        QCOMPARE(w.store().size(), m_completeRows);
        QCOMPARE(w.callModel()->rowCount(), m_completeRows);
        QVERIFY(storeIds(w.store()) == m_expected);
        QVERIFY2(w.windowTitle().contains(kRangeText), qPrintable(w.windowTitle()));
        QVERIFY(w.windowTitle().contains(u"complete.callscope"_s));
        QVERIFY(!w.showsPartialData());
        QCOMPARE(w.callModel()->timeZone(), kNewYork);
        QCOMPARE(w.queryBar()->zone(), kNewYork);   // "Fetch" would ask for the same again
        QCOMPARE(w.queryBar()->from(), QDateTime(kFrom.date(), kFrom.time(), kNewYork));
    }

    void cancelKeepsRowsAndShowsPartial()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        m_mock->config().latencyMs = 400;   // slow pages: there is time to cancel
        QSignalSpy finished(w.fetchController(), &FetchController::finished);
        fetchButton(w.queryBar())->click();
        // The fetch starts once the secret is read; it clears the old rows first.
        QTRY_VERIFY_WITH_TIMEOUT(w.fetchController()->isRunning(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(w.callModel()->rowCount() > 0, kTimeout);
        QVERIFY(w.fetchController()->isRunning());

        QAction *cancel = actionNamed(&w, u"C&ancel Fetch"_s);
        QVERIFY(cancel);
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(w.fetchController()->lastOutcome().status, FetchOutcome::Status::Cancelled);
        QVERIFY(!w.fetchController()->isRunning());
        const int kept = w.store().size();
        QVERIFY(kept > 0);
        QVERIFY(kept < m_completeRows);
        QCOMPARE(w.callModel()->rowCount(), kept);
        QVERIFY(w.showsPartialData());
        QVERIFY(w.fetchProgress()->isPartial());
        QVERIFY2(w.fetchProgress()->statusText().startsWith(u"Cancelled"_s), qPrintable(w.fetchProgress()->statusText()));
        QVERIFY(w.windowTitle().contains(u"[partial]"_s));
        // Pages still in flight are dropped, not appended to the kept rows.
        QTest::qWait(1500);
        QCOMPARE(w.store().size(), kept);
        QCOMPARE(w.callModel()->rowCount(), kept);
        m_mock->config().latencyMs = 60;

        // A partial snapshot says so when it is opened again.
        const QString path = m_dir.filePath(u"partial.callscope"_s);
        w.saveSnapshotTo(path);
        waitForFileJob();
        w.openSnapshot(path);
        waitForFileJob();
        QCOMPARE(w.store().size(), kept);
        QCOMPARE(w.callModel()->rowCount(), kept);
        QVERIFY(w.showsPartialData());
        QVERIFY(w.windowTitle().contains(u"[partial]"_s));
        QVERIFY(w.windowTitle().contains(kRangeText));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(w.messageBar()->text().contains(u"partial"_s), qPrintable(w.messageBar()->text()));
    }

    void badFileKeepsRows()
    {
        QVERIFY(m_window);
        MainWindow &w = *m_window;
        const int rows = w.store().size();
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
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(w.messageBar()->text().contains(u"Could not open bad.callscope"_s), qPrintable(w.messageBar()->text()));
        QCOMPARE(w.store().size(), rows);
        QCOMPARE(w.callModel()->rowCount(), rows);
        QCOMPARE(w.windowTitle(), title);

        // A path that is not there at all: an error too, rows untouched.
        w.openSnapshot(m_dir.filePath(u"missing.callscope"_s));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(w.store().size(), rows);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
