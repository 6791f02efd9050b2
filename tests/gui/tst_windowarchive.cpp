// The archive in the window, through the window's own path (Session, its
// fetch thread and jobs) at the real budget of 60 requests a minute in
// compressed time, against the in-process mock: a range shows the archived
// calls at once and asks the server only for the gap; Fetch again (F5) asks
// only for what is provisional; a revised call replaces its row in the table
// and in the export; the query bar tells archived, provisional and missing.
//
// The slots share one window and one archive, and build on each other in
// declaration order.

#include "windowtestutil.h"
#include "../net/fetchharness.h"
#include "calltablemodel.h"
#include "connectionprofile.h"
#include "coveragebar.h"
#include "exportjob.h"
#include "fetchclock.h"
#include "fetchprogresswidget.h"
#include "mainwindow.h"
#include "mockserver.h"
#include "querybar.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr int kTimeout = 60000;
const QString kProfile = u"Archived mock"_s;

using windowtest::utc;
using windowtest::wall;

using windowtest::fetchButton;

// [startUtc, endUtc] of a data request, from its body (UTC ranges: offset 0).
std::pair<qint64, qint64> requestedRange(const mock::ReceivedRequest &request)
{
    const QJsonObject body = fetchtest::bodyOf(request);
    // startDate and endDate are wall-clock in the request's offset: 0 in these ranges.
    const auto asUtc = [](const QString &text) {
        QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        t.setTimeZone(QTimeZone::utc());
        return t.toSecsSinceEpoch();
    };
    return {asUtc(body.value(u"startDate"_s).toString()), asUtc(body.value(u"endDate"_s).toString())};
}

QList<mock::ReceivedRequest> dataRequests(const mock::MockServer &server)
{
    QList<mock::ReceivedRequest> requests;
    for (const mock::ReceivedRequest &request : server.receivedRequests()) {
        if (request.method == "POST" && request.status == 200)
            requests.append(request);
    }
    return requests;
}

} // namespace

class TestWindowArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FetchClockPtr m_clock = std::make_shared<const FetchClock>(30);
    mock::DatasetSpec m_data;
    std::unique_ptr<mock::MockServer> m_mock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QueryBar *m_queryBar = nullptr;
    CoverageBar *m_coverageBar = nullptr;

    QSet<QByteArray> serverCalls(qint64 from, qint64 to) const
    {
        return m_mock->dataset().sessionIds(m_mock->dataset().select(from, to));
    }

    // Chooses the range in the query bar (as a user does) and waits for its coverage.
    void chooseRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone = QTimeZone::utc())
    {
        QSignalSpy coverage(m_session.get(), &Session::coverageChanged);
        m_queryBar->setRange(from, to, zone);
        QVERIFY(coverage.wait(kTimeout));
    }

    // Clicks Fetch (F5 triggers the same) and waits for the end.
    void fetchAndWait()
    {
        QSignalSpy finished(m_session.get(), &Session::fetchFinished);
        QPushButton *fetch = fetchButton(m_queryBar);
        QVERIFY(fetch && fetch->isEnabled());
        fetch->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const FetchOutcome outcome = finished.first().first().value<FetchOutcome>();
        QVERIFY2(outcome.status == FetchOutcome::Status::Complete, qPrintable(outcome.error));
        // The bar follows what the fetch added to the archive.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isFetching(), kTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        windowtest::setUpEnvironment(u"tst_windowarchive"_s);
        m_data = fetchtest::dataset(3000, "2024-10-01T00:00:00Z", "2024-10-15T00:00:00Z", 17);
        m_mock = windowtest::startMock(m_clock, m_data);
        QVERIFY(m_mock);

        ProfileStore profiles;
        ConnectionProfile profile;
        profile.name = kProfile;
        profile.host = m_mock->baseUrl();
        profile.accountId = m_mock->config().accountId;
        profile.appId = m_mock->config().appId;
        profile.auth = ConnectionProfile::Auth::Token;
        profile.requestsPerMinute = 60;
        profile.archivePath = m_dir.filePath(u"archive.callscope"_s);
        profiles.save(profile);
        profiles.setLastUsedName(kProfile);

        m_session = std::make_unique<Session>(nullptr, m_clock);
        new QAbstractItemModelTester(m_session->callModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_session.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        m_window->findChild<ProfileStore *>()->writeSecret(kProfile, m_mock->demoToken());
        m_queryBar = m_window->findChild<QueryBar *>(u"queryBar"_s);
        m_coverageBar = m_window->findChild<CoverageBar *>(u"coverageBar"_s);
        QVERIFY(m_queryBar && m_coverageBar);
        QCOMPARE(m_session->archivePath(), profile.archivePath);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_mock.reset();
        QSettings().clear();
    }

    void emptyArchiveShowsTheRangeMissing()
    {
        chooseRange(wall(10, 2), wall(10, 4, 23, 59, 59));
        QVERIFY(m_coverageBar->isVisibleTo(m_window.get()));
        QCOMPARE(m_coverageBar->summaryText(), u"Archive: nothing of this range yet"_s);
        QCOMPARE(m_session->coverage().size(), 1);
        QCOMPARE(m_session->coverage().first().state, CoverageState::Missing);
    }

    void firstFetchFillsTheArchive()
    {
        fetchAndWait();
        const QSet<QByteArray> expected = serverCalls(utc(10, 2), utc(10, 4, 23, 59, 59));
        QVERIFY(expected.size() > 300);
        QCOMPARE(fetchtest::storeIds(m_session->store()), expected);
        QVERIFY(QFile::exists(m_session->archivePath()));
        // The fetched calls' JSON stays in the archive, not in memory; read
        // on demand (drill-down, export, save) it is the server's, byte for byte.
        const RecordStore &store = m_session->store();
        QCOMPARE(store.rawBytes(), 0);
        const mock::MockDataset &data = m_mock->dataset();
        std::map<std::string, int> indexOf;
        for (const int index : data.select(utc(10, 2), utc(10, 4, 23, 59, 59)))
            indexOf[data.sessionId(index).toStdString()] = index;
        std::string raw;
        for (RowId row = 0; row < RowId(store.size()); ++row) {
            QVERIFY(!store.rawInMemory(row));
            QVERIFY(store.readRawJson(row, &raw));
            QCOMPARE(QByteArray::fromStdString(raw), data.recordJson(indexOf.at(std::string(store.sessionId(row))), 0));
        }
        // Fetched long after it ended: archived for good.
        QTRY_COMPARE_WITH_TIMEOUT(m_coverageBar->summaryText(), u"Archive: the whole range is archived"_s, kTimeout);
    }

    void widerRangeShowsArchivedCallsAtOnceAndFetchesOnlyTheGap()
    {
        chooseRange(wall(10, 2), wall(10, 6, 23, 59, 59));
        QCOMPARE(m_coverageBar->summaryText(), u"Archive: 60% archived · 40% missing"_s);

        const QSet<QByteArray> archived = serverCalls(utc(10, 2), utc(10, 4, 23, 59, 59));
        m_mock->clearLog();
        int shownAtOnce = -1;
        int requestsBeforeShown = -1;
        const auto connection = connect(m_session.get(), &Session::archiveShown, this, [&](qint64 calls, int gaps) {
            shownAtOnce = m_session->store().size();
            requestsBeforeShown = int(dataRequests(*m_mock).size());
            QCOMPARE(calls, qint64(archived.size()));
            QCOMPARE(gaps, 1);
        });
        fetchAndWait();
        disconnect(connection);
        // The archived calls were in the table before the server was asked anything.
        QCOMPARE(shownAtOnce, int(archived.size()));
        QCOMPARE(requestsBeforeShown, 0);
        QCOMPARE(m_session->callsFromArchive(), qint64(archived.size()));
        auto *progress = m_window->findChild<FetchProgressWidget *>(u"fetchProgress"_s);
        QVERIFY2(progress->statusText().contains(u"from the archive"_s), qPrintable(progress->statusText()));

        // Only the gap was asked for (and the second it shares with the archived part).
        const QList<mock::ReceivedRequest> requests = dataRequests(*m_mock);
        QVERIFY(!requests.isEmpty());
        for (const mock::ReceivedRequest &request : requests) {
            const auto [start, end] = requestedRange(request);
            QVERIFY2(start >= utc(10, 4, 23, 59, 59) && end <= utc(10, 6, 23, 59, 59),
                     qPrintable(QString::fromUtf8(request.body)));
        }
        QCOMPARE(fetchtest::storeIds(m_session->store()), serverCalls(utc(10, 2), utc(10, 6, 23, 59, 59)));
        QCOMPARE(m_session->callModel()->rowCount(), m_session->store().size());
        QTRY_COMPARE_WITH_TIMEOUT(m_coverageBar->summaryText(), u"Archive: the whole range is archived"_s, kTimeout);
    }

    void refreshAsksOnlyWhatIsProvisional()
    {
        // A second range, fetched in two parts: with a settling time that
        // ends between them, the older part is archived and the newer provisional.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_session->setSettleSeconds(now - utc(10, 9, 12));
        chooseRange(wall(10, 8), wall(10, 8, 23, 59, 59));
        fetchAndWait();
        chooseRange(wall(10, 10), wall(10, 10, 23, 59, 59));
        fetchAndWait();
        chooseRange(wall(10, 8), wall(10, 10, 23, 59, 59));
        const QString summary = m_coverageBar->summaryText();
        QVERIFY2(summary.contains(u"archived"_s) && summary.contains(u"provisional"_s) && summary.contains(u"missing"_s),
                 qPrintable(summary));
        fetchAndWait();   // shows 8 and 10 from the archive, fetches 9 (missing) and 10 (provisional)
        const QSet<QByteArray> expected = serverCalls(utc(10, 8), utc(10, 10, 23, 59, 59));
        QCOMPARE(fetchtest::storeIds(m_session->store()), expected);
        QTRY_VERIFY_WITH_TIMEOUT(!m_coverageBar->summaryText().contains(u"missing"_s), kTimeout);

        // F5: the same range again asks only for the provisional part (the
        // day fetched in the gap fetch is provisional now too: it was one
        // window with the provisional day after it).
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->coverage().isEmpty(), kTimeout);
        qint64 provisionalFrom = 0;
        for (const CoverageSpan &span : m_session->coverage()) {
            QVERIFY(span.state != CoverageState::Missing);
            if (span.state == CoverageState::Provisional && provisionalFrom == 0)
                provisionalFrom = span.startUtc;
            if (span.state == CoverageState::Archived)
                QVERIFY(span.endUtc < utc(10, 9));   // day 8 stays archived
        }
        QVERIFY(provisionalFrom > 0);
        m_mock->clearLog();
        QAction *refresh = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = action;
        }
        QVERIFY(refresh && refresh->isEnabled());
        QSignalSpy finished(m_session.get(), &Session::fetchFinished);
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const QList<mock::ReceivedRequest> requests = dataRequests(*m_mock);
        QVERIFY(!requests.isEmpty());
        for (const mock::ReceivedRequest &request : requests) {
            const auto [start, end] = requestedRange(request);
            // The provisional part, and the second it shares with the archived day.
            QVERIFY2(start >= provisionalFrom - 1 && end <= utc(10, 10, 23, 59, 59),
                     qPrintable(QString::fromUtf8(request.body)));
        }
        QCOMPARE(fetchtest::storeIds(m_session->store()), expected);   // nothing doubled
        QCOMPARE(m_session->callModel()->rowCount(), int(expected.size()));
    }

    void revisedCallReplacesItsRowAndItsExport()
    {
        // New York: the server's stamps are wall-clock in the request's
        // offset. Then the server writes them in UTC instead: every call of
        // the (provisional) range comes back revised, byte for byte another.
        const QTimeZone newYork("America/New_York");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_session->setSettleSeconds(now - utc(10, 1));   // all of October 12-13 stays provisional
        chooseRange(QDateTime(QDate(2024, 10, 12), QTime(0, 0)), QDateTime(QDate(2024, 10, 13), QTime(23, 59, 59)),
                    newYork);
        fetchAndWait();
        const RecordStore &store = m_session->store();
        QVERIFY(store.size() > 100);
        const RowId row = 0;
        const std::string sessionId(store.sessionId(row));
        const std::string before = store.startTimeText(row);
        const int rows = store.size();

        m_mock->config().stampZone = mock::MockConfig::StampZone::Utc;
        fetchAndWait();   // F5: the range is provisional, so all of it is asked again
        m_mock->config().stampZone = mock::MockConfig::StampZone::RequestOffset;
        QCOMPARE(store.size(), rows);                              // replaced, not added
        QCOMPARE(store.find(sessionId), int(row));                 // in place
        const std::string after = store.startTimeText(row);
        QVERIFY2(after != before, after.c_str());
        // The table shows the revised call, and so does the export.
        const int tableRow = m_session->callModel()->rowOf(row);
        QVERIFY(tableRow >= 0);
        QCOMPARE(m_session->callModel()->index(tableRow, int(CallColumn::StartTime)).data(Qt::ToolTipRole).toString(),
                 QString::fromStdString(after));

        ExportRequest request;
        request.path = m_dir.filePath(u"revised.csv"_s);
        request.rows = m_session->callModel()->view().rows();
        request.options.columns = {CallColumn::SessionId, CallColumn::StartTime};
        request.options.times = TimeText::Raw;
        QSignalSpy exported(m_session.get(), &Session::fileJobFinished);
        QVERIFY(m_session->exportCsv(request));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeout);
        QVERIFY(exported.first().at(1).toBool());
        QFile csv(request.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY2(text.contains(QByteArray::fromStdString(sessionId + "," + after)), text.left(400).constData());
        QVERIFY(!text.contains(QByteArray::fromStdString(sessionId + "," + before)));
    }

    void callTheServerRevisedReplacesItsRow()
    {
        // The same server later: every third call rendered with another final status.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_session->setSettleSeconds(now - utc(10, 1));   // October 14 stays provisional
        chooseRange(wall(10, 14), wall(10, 14, 23, 59, 59));
        fetchAndWait();
        const RecordStore &store = m_session->store();
        const int rows = store.size();
        QVERIFY(rows > 100);
        std::map<std::string, QString> statusBefore;
        for (RowId row = 0; row < RowId(rows); ++row)
            statusBefore[std::string(store.sessionId(row))] = store.strings().at(store.finalStatus(row));

        const quint16 port = m_mock->port();
        const mock::MockConfig config = m_mock->config();
        mock::DatasetSpec revised = m_data;
        revised.reviseEvery = 3;
        m_mock.reset();
        m_mock = std::make_unique<mock::MockServer>(config, revised);
        QVERIFY(m_mock->listen(QHostAddress::LocalHost, port));
        QList<std::string> revisedIds;
        const mock::MockDataset &data = m_mock->dataset();
        for (const int index : data.select(utc(10, 14), utc(10, 14, 23, 59, 59))) {
            if (data.isRevised(index))
                revisedIds.append(data.sessionId(index).toStdString());
        }
        QVERIFY(revisedIds.size() > 10);

        // Sorted by final status: the revised rows must move to their new place.
        CallTableModel *model = m_session->callModel();
        model->sort(int(CallColumn::FinalStatus), Qt::AscendingOrder);
        fetchAndWait();   // F5: the provisional day again, revised
        const auto sortedByStatus = [&] {
            for (int r = 1; r < model->rowCount(); ++r) {
                if (QString::compare(model->displayText(model->rowIdAt(r - 1), CallColumn::FinalStatus),
                                     model->displayText(model->rowIdAt(r), CallColumn::FinalStatus),
                                     Qt::CaseInsensitive) > 0)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sortedByStatus(), kTimeout);   // the view rebuilt off the GUI thread
        QCOMPARE(store.size(), rows);   // replaced, never added
        QCOMPARE(m_session->callModel()->rowCount(), rows);
        int changed = 0;
        for (const std::string &id : revisedIds) {
            const int row = store.find(id);
            QVERIFY(row >= 0);
            const QString status = store.strings().at(store.finalStatus(RowId(row)));
            changed += status != statusBefore[id] ? 1 : 0;
            // The table shows the server's new status.
            const int tableRow = m_session->callModel()->rowOf(RowId(row));
            QCOMPARE(m_session->callModel()->index(tableRow, int(CallColumn::FinalStatus)).data().toString(),
                     m_session->callModel()->displayText(RowId(row), CallColumn::FinalStatus));
        }
        QCOMPARE(changed, int(revisedIds.size()));

        // And the export writes it.
        ExportRequest request;
        request.path = m_dir.filePath(u"revised-status.csv"_s);
        request.rows = m_session->callModel()->view().rows();
        request.options.columns = {CallColumn::SessionId, CallColumn::FinalStatus};
        QSignalSpy exported(m_session.get(), &Session::fileJobFinished);
        QVERIFY(m_session->exportCsv(request));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeout);
        QFile csv(request.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        const std::string &one = revisedIds.first();
        const int row = store.find(one);
        const QString now_ = store.strings().at(store.finalStatus(RowId(row)));
        const QByteArray newLine = QByteArray::fromStdString(one + ",") + now_.toUtf8() + QByteArray("\r\n");
        const QByteArray oldLine = QByteArray::fromStdString(one + ",") + statusBefore[one].toUtf8() + QByteArray("\r\n");
        QVERIFY2(text.contains(newLine), text.left(300).constData());
        QVERIFY(!text.contains(oldLine));
    }

    void snapshotOfTheRangeOpensReadOnly()
    {
        const int rows = m_session->store().size();
        const QString path = m_dir.filePath(u"range.callscope"_s);
        QVERIFY(m_session->saveSnapshot(path, nullptr, RawCompression::Zstd));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kTimeout);
        QVERIFY(QFile::exists(path));
        m_window->openSnapshot(path);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->origin() == Session::Origin::Snapshot && !m_session->isBusy(), kTimeout);
        QCOMPARE(m_session->store().size(), rows);
        QVERIFY2(m_window->windowTitle().contains(u"(read-only)"_s), qPrintable(m_window->windowTitle()));
        std::string raw;
        QVERIFY(m_session->store().readRawJson(0, &raw));   // the drill-down reads it from the file
        QVERIFY(raw.find("sessionId") != std::string::npos);
    }
};

QTEST_MAIN(TestWindowArchive)
#include "tst_windowarchive.moc"
