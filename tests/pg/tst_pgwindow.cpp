// The window with a team archive on PostgreSQL, through the window's own path
// (MainWindow, Session, its fetch thread and jobs) at the real budget of 60
// requests a minute in compressed time, against the in-process mock; the
// profiles' archives are URIs of the roles of docs/team-archive-roles.sql
// over loopback TCP, their passwords in the (session-memory) keyring:
// - a window fetches a range into the server archive; a second window on
//   the same account shows it from the server without a request;
// - while another instance holds the account's lease, the window does not
//   fetch: it says who does, shows the calls the holder commits, and takes
//   over when the holder's heartbeat stops, fetching only what is missing;
// - the reader role browses, and its fetch is refused with a message;
// - no database password reaches the settings file.
//
// The slots build on each other in declaration order.

#include "../gui/windowtestutil.h"
#include "../net/fetchharness.h"
#include "archivefactory.h"
#include "archivelease.h"
#include "connectiondialog.h"
#include "connectionprofile.h"
#include "fetchclock.h"
#include "fetchprogresswidget.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "mockserver.h"
#include "pgtestserver.h"
#include "querybar.h"
#include "session.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr int kTimeout = 60000;
const QString kWriterProfile = u"Team writer"_s;
const QString kReaderProfile = u"Team reader"_s;

using windowtest::utc;
using windowtest::wall;

using windowtest::fetchButton;

int dataRequestCount(const mock::MockServer &server)
{
    int n = 0;
    for (const mock::ReceivedRequest &request : server.receivedRequests())
        n += request.method == "POST" && request.status == 200 ? 1 : 0;
    return n;
}

// One window on one profile (its own Session and ProfileStore).
struct Window
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    QueryBar *queryBar = nullptr;
    FetchProgressWidget *progress = nullptr;
    MessageBar *messages = nullptr;
};

} // namespace

class TestPgWindow : public QObject
{
    Q_OBJECT

    QString m_admin;
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_db = u"cs_window_"_s + m_suffix;
    QString m_writer = u"cs_wwriter_"_s + m_suffix;
    QString m_reader = u"cs_wreader_"_s + m_suffix;
    const QString m_writerPassword = u"writer-Secret-"_s + m_suffix;
    const QString m_readerPassword = u"reader-Secret-"_s + m_suffix;

    FetchClockPtr m_clock = std::make_shared<const FetchClock>(30);
    std::unique_ptr<mock::MockServer> m_mock;
    std::vector<std::unique_ptr<Window>> m_windows;

    QString uriFor(const QString &user) const
    {
        return pgtest::withUser(pgtest::overTcp(pgtest::withDatabase(m_admin, m_db)), user);
    }

    ArchiveIdentity identity() const
    {
        const QUrl host = m_mock->baseUrl().adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                                     | QUrl::RemoveFragment);
        return {host.toString(), m_mock->config().accountId, m_mock->config().appId, endpointPath(Endpoint::CallDetails)};
    }

    QSet<QByteArray> serverCalls(qint64 from, qint64 to) const
    {
        return m_mock->dataset().sessionIds(m_mock->dataset().select(from, to));
    }

    // A new window whose profile is `profile`, its secrets in its keyring.
    Window *openWindow(const QString &profile, const QString &databasePassword)
    {
        ProfileStore().setLastUsedName(profile);
        auto w = std::make_unique<Window>();
        w->session = std::make_unique<Session>(nullptr, m_clock);
        w->window = std::make_unique<MainWindow>(w->session.get());
        w->window->show();
        auto *store = w->window->findChild<ProfileStore *>();
        store->writeSecret(profile, m_mock->demoToken());
        store->writeDatabasePassword(profile, databasePassword.toUtf8());
        w->queryBar = w->window->findChild<QueryBar *>(u"queryBar"_s);
        w->progress = w->window->findChild<FetchProgressWidget *>(u"fetchProgress"_s);
        w->messages = w->window->findChild<MessageBar *>(u"messageBar"_s);
        if (!w->queryBar || !w->progress || !w->messages)
            return nullptr;
        m_windows.push_back(std::move(w));
        return m_windows.back().get();
    }

    // Chooses the range and clicks Fetch (the database password is read from
    // the keyring on the way); returns the outcome.
    FetchOutcome fetch(Window *w, const QDateTime &from, const QDateTime &to)
    {
        w->queryBar->setRange(from, to, QTimeZone::utc());
        QSignalSpy finished(w->session.get(), &Session::fetchFinished);
        QPushButton *button = fetchButton(w->queryBar);
        if (!button || !button->isEnabled())
            return {};
        button->click();
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, kTimeout * 2))
            return {};
        return finished.first().first().value<FetchOutcome>();
    }

    std::shared_ptr<ParsedPage> pageOf(const QList<int> &indices) const
    {
        QByteArray body = "{\"numResults\":" + QByteArray::number(indices.size()) + ",\"data\":[";
        for (int i = 0; i < indices.size(); ++i)
            body += (i ? "," : "") + m_mock->dataset().recordJson(indices[i], 0);
        body += "]}";
        return parsePage(body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_admin = pgtest::adminUri(&error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");   // only the keyring's password counts here
        const QString psql = QStandardPaths::findExecutable(u"psql"_s);
        QVERIFY2(!psql.isEmpty(), "psql is not installed (Debian package postgresql-client)");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(psql, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-v"_s, u"db="_s + m_db,
                       u"-v"_s, u"writer="_s + m_writer, u"-v"_s, u"reader="_s + m_reader,
                       u"-f"_s, qEnvironmentVariable("CALLSCOPE_SOURCE_DIR") + u"/docs/team-archive-roles.sql"_s,
                       u"-d"_s, m_admin});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QVERIFY2(pgtest::adminExec(m_admin, u"ALTER ROLE %1 PASSWORD '%2'; ALTER ROLE %3 PASSWORD '%4'"_s
                                                .arg(m_writer, m_writerPassword, m_reader, m_readerPassword), &error),
                 qPrintable(error));

        windowtest::setUpEnvironment(u"tst_pgwindow"_s);
        m_mock = windowtest::startMock(m_clock,
                                       fetchtest::dataset(3000, "2024-10-01T00:00:00Z", "2024-10-15T00:00:00Z", 17));
        QVERIFY(m_mock);

        ProfileStore profiles;
        for (const auto &[name, user] : {std::pair{kWriterProfile, m_writer}, std::pair{kReaderProfile, m_reader}}) {
            ConnectionProfile profile;
            profile.name = name;
            profile.host = m_mock->baseUrl();
            profile.accountId = m_mock->config().accountId;
            profile.appId = m_mock->config().appId;
            profile.auth = ConnectionProfile::Auth::Token;
            profile.requestsPerMinute = 60;
            profile.archivePath = uriFor(user);
            profiles.save(profile);
        }
    }

    void cleanupTestCase()
    {
        m_windows.clear();
        m_mock.reset();
        QSettings().clear();
    }

    // (a) A fetch into the server archive; another window shows it from there.
    void windowFetchesIntoTheServerArchive()
    {
        Window *w = openWindow(kWriterProfile, m_writerPassword);
        QVERIFY(w);
        QVERIFY(isServerArchive(w->session->archivePath()));
        const FetchOutcome outcome = fetch(w, wall(10, 2), wall(10, 4, 23, 59, 59));
        QVERIFY2(outcome.status == FetchOutcome::Status::Complete, qPrintable(outcome.error));
        const QSet<QByteArray> expected = serverCalls(utc(10, 2), utc(10, 4, 23, 59, 59));
        QVERIFY(expected.size() > 300);
        QCOMPARE(fetchtest::storeIds(w->session->store()), expected);
        QVERIFY(outcome.requests > 0);

        // In the server: counted through a connection of the test's own.
        QString error;
        auto archive = openArchive(uriFor(m_writer), {false, true, m_writerPassword}, &error);
        QVERIFY2(archive, qPrintable(error));
        qint64 count = 0;
        QVERIFY2(archive->countCalls({utc(10, 2), utc(10, 4, 23, 59, 59)}, &count, &error), qPrintable(error));
        QCOMPARE(count, qint64(expected.size()));

        // A second window on the same account: every call from the server, no request.
        const int requestsBefore = dataRequestCount(*m_mock);
        Window *second = openWindow(kWriterProfile, m_writerPassword);
        QVERIFY(second);
        const FetchOutcome again = fetch(second, wall(10, 2), wall(10, 4, 23, 59, 59));
        QVERIFY2(again.status == FetchOutcome::Status::Complete, qPrintable(again.error));
        QCOMPARE(fetchtest::storeIds(second->session->store()), expected);
        QCOMPARE(dataRequestCount(*m_mock), requestsBefore);
        QCOMPARE(second->session->callsFromArchive(), qint64(expected.size()));
        // A call's raw JSON is read from the server on demand.
        std::string raw;
        QVERIFY(second->session->store().readRawJson(RowId(0), &raw));
        QVERIFY(raw.find("sessionId") != std::string::npos);
    }

    // (b) Another instance holds the lease: the window follows, then takes over.
    void windowFollowsTheHolderAndTakesOver()
    {
        QString error;
        auto holder = ArchiveLease::open(uriFor(m_writer), identity(), u"Test holder"_s, &error, m_writerPassword);
        QVERIFY2(holder, qPrintable(error));
        QVERIFY2(holder->tryAcquire(&error), qPrintable(error));
        holder->setProgress(u"windows 1/3"_s);
        QVERIFY(holder->heartbeat(&error));
        auto holderArchive = openArchive(uriFor(m_writer), {false, false, m_writerPassword}, &error);
        QVERIFY2(holderArchive && holderArchive->bindIdentity(identity(), &error), qPrintable(error));

        Window *w = m_windows.front().get();
        const int requestsBefore = dataRequestCount(*m_mock);
        w->queryBar->setRange(wall(10, 6), wall(10, 8, 23, 59, 59), QTimeZone::utc());
        QSignalSpy finished(w->session.get(), &Session::fetchFinished);
        QSignalSpy started(w->session.get(), &Session::fetchStarted);
        fetchButton(w->queryBar)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->session->isFollowing(), kTimeout);
        QCOMPARE(w->session->followedHolder(), u"Test holder"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w->progress->statusText().contains(
                                     u"Test holder is fetching this account; new calls appear as they are committed"_s),
                                 kTimeout);
        QVERIFY(w->session->isFetching());
        QCOMPARE(w->session->store().size(), 0);

        // The holder commits the calls of October 6 in two pages: they appear.
        const QList<int> day6 = m_mock->dataset().select(utc(10, 6), utc(10, 6, 23, 59, 59));
        QVERIFY(day6.size() > 100);
        QVERIFY2(holderArchive->storePage(*pageOf(day6.mid(0, 60)), 0, QDateTime::currentSecsSinceEpoch(), nullptr, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w->session->store().size(), 60, kTimeout);
        QVERIFY2(holderArchive->storePage(*pageOf(day6.mid(60)), 0, QDateTime::currentSecsSinceEpoch(), nullptr, &error),
                 qPrintable(error));
        QVERIFY(holderArchive->addCoverage(QString(), {utc(10, 6), utc(10, 6, 23, 59, 59)},
                                           QDateTime::currentSecsSinceEpoch(), &error));
        QTRY_COMPARE_WITH_TIMEOUT(fetchtest::storeIds(w->session->store()),
                                  serverCalls(utc(10, 6), utc(10, 6, 23, 59, 59)), kTimeout);
        QVERIFY(w->session->isFollowing());
        QCOMPARE(dataRequestCount(*m_mock), requestsBefore);   // nothing asked while the holder fetches
        QCOMPARE(started.size(), 0);

        // The holder hangs: its heartbeat stops. Within kDeadAfterSeconds (and a
        // retry) the window takes over and fetches what the ledger misses.
        holder->stopHeartbeatForTest();
        QTRY_VERIFY_WITH_TIMEOUT(!w->session->isFollowing(), (ArchiveLease::kDeadAfterSeconds + 15) * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout * 2);
        const FetchOutcome outcome = finished.first().first().value<FetchOutcome>();
        QVERIFY2(outcome.status == FetchOutcome::Status::Complete, qPrintable(outcome.error));
        QCOMPARE(started.size(), 1);
        QCOMPARE(fetchtest::storeIds(w->session->store()), serverCalls(utc(10, 6), utc(10, 8, 23, 59, 59)));
        // Only October 7 and 8 were asked for: the holder's day came from the ledger.
        const QList<mock::ReceivedRequest> requests = m_mock->receivedRequests();
        int asked = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].method != "POST" || requests[i].status != 200)
                continue;
            if (++asked <= requestsBefore)
                continue;
            const QJsonObject body = fetchtest::bodyOf(requests[i]);
            // (a window starts at the second the ledger's coverage ends)
            QVERIFY2(body.value(u"startDate"_s).toString() >= u"2024-10-06 23:59:59"_s,
                     qPrintable(body.value(u"startDate"_s).toString()));
        }
        QVERIFY(asked > requestsBefore);
        // The window's lease is released at the end: another instance may fetch.
        auto next = ArchiveLease::open(uriFor(m_writer), identity(), u"Next"_s, &error, m_writerPassword);
        QVERIFY2(next && next->tryAcquire(&error), qPrintable(error));
        next->release();
        holderArchive.reset();
        holder.reset();
    }

    // (b2) Following reads only what the holder committed since the last read
    // (not the whole range again), and a call the holder replaced replaces
    // its row instead of being added twice.
    void followingReadsOnlyWhatIsNew()
    {
        QString error;
        auto holder = ArchiveLease::open(uriFor(m_writer), identity(), u"Second holder"_s, &error, m_writerPassword);
        QVERIFY2(holder && holder->tryAcquire(&error), qPrintable(error));
        auto holderArchive = openArchive(uriFor(m_writer), {false, false, m_writerPassword}, &error);
        QVERIFY2(holderArchive && holderArchive->bindIdentity(identity(), &error), qPrintable(error));

        // October 6 and 7 are in the archive (b); October 5 is not, so the window follows.
        Window *w = m_windows.front().get();
        const QSet<QByteArray> held = serverCalls(utc(10, 6), utc(10, 7, 23, 59, 59));
        QVERIFY(held.size() > 300);
        w->queryBar->setRange(wall(10, 5), wall(10, 7, 23, 59, 59), QTimeZone::utc());
        QSignalSpy finished(w->session.get(), &Session::fetchFinished);
        fetchButton(w->queryBar)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->session->isFollowing(), kTimeout);
        // The first read: every call of the range.
        QTRY_VERIFY_WITH_TIMEOUT(w->session->followedRowsRead() >= held.size(), kTimeout);
        QCOMPARE(w->session->store().size(), int(held.size()));

        // The holder commits October 5 in pages, each a second later than the last
        // (its clock: far ahead of the pages of (b)).
        const QList<int> day5 = m_mock->dataset().select(utc(10, 5), utc(10, 5, 23, 59, 59));
        QVERIFY(day5.size() > 100);
        const qint64 at = QDateTime::currentSecsSinceEpoch() + 100000;
        qint64 before = w->session->followedRowsRead();
        QVERIFY2(holderArchive->storePage(*pageOf(day5.mid(0, 30)), 0, at, nullptr, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w->session->store().size(), int(held.size()) + 30, kTimeout);
        before = w->session->followedRowsRead();
        QVERIFY2(holderArchive->storePage(*pageOf(day5.mid(30, 30)), 0, at + 1, nullptr, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w->session->store().size(), int(held.size()) + 60, kTimeout);
        // Read: the new page and the previous page's second again, not the range.
        qint64 read = w->session->followedRowsRead() - before;
        QVERIFY2(read >= 30 && read <= 60, qPrintable(QString::number(read)));

        // A revised call of October 6 (the server changed it) and ten new ones.
        const QList<int> day6 = m_mock->dataset().select(utc(10, 6), utc(10, 6, 23, 59, 59));
        QByteArray revisedJson = m_mock->dataset().recordJson(day6.first(), 0);
        QVERIFY(revisedJson.contains("\"finalStatus\":\""));
        revisedJson.replace("\"finalStatus\":\"", "\"finalStatus\":\"Revised ");
        QByteArray body = "{\"numResults\":11,\"data\":[" + revisedJson;
        for (int i : day5.mid(60, 10))
            body += "," + m_mock->dataset().recordJson(i, 0);
        body += "]}";
        const std::shared_ptr<ParsedPage> revisedPage = parsePage(body);
        QVERIFY(revisedPage->ok());
        const std::string revisedId(revisedPage->records.front().sessionId);
        before = w->session->followedRowsRead();
        StorePageResult stored;
        QVERIFY2(holderArchive->storePage(*revisedPage, 0, at + 2, &stored, &error), qPrintable(error));
        QCOMPARE(stored.changed, 1);
        QCOMPARE(stored.added, 10);
        QTRY_COMPARE_WITH_TIMEOUT(w->session->store().size(), int(held.size()) + 70, kTimeout);
        // The table shows the revised call (its columns, not only its JSON in the archive).
        const RecordStore &store = w->session->store();
        QTRY_VERIFY_WITH_TIMEOUT(store.strings().at(store.finalStatus(RowId(store.find(revisedId)))).startsWith(u"Revised "_s),
                                 kTimeout);
        read = w->session->followedRowsRead() - before;
        QVERIFY2(read >= 11 && read <= 41, qPrintable(QString::number(read)));
        // Replaced in place: one row for the call, the table's size unchanged by it.
        int rows = 0;
        for (int row = 0; row < w->session->store().size(); ++row)
            rows += w->session->store().sessionId(RowId(row)) == revisedId ? 1 : 0;
        QCOMPARE(rows, 1);
        QVERIFY(w->session->isFollowing());

        // Cancel stops following; nothing of October 5 was asked of the server.
        w->session->cancelFetch();
        QTRY_VERIFY_WITH_TIMEOUT(!w->session->isFetching(), kTimeout);
        holder->release();
        holderArchive.reset();
        holder.reset();
    }

    // (c) The reader role browses; its fetch is refused with a message.
    void readerBrowsesAndCannotFetch()
    {
        Window *w = openWindow(kReaderProfile, m_readerPassword);
        QVERIFY(w);
        const int requestsBefore = dataRequestCount(*m_mock);
        const FetchOutcome browsed = fetch(w, wall(10, 2), wall(10, 4, 23, 59, 59));
        QVERIFY2(browsed.status == FetchOutcome::Status::Complete, qPrintable(browsed.error));
        QCOMPARE(fetchtest::storeIds(w->session->store()), serverCalls(utc(10, 2), utc(10, 4, 23, 59, 59)));
        QCOMPARE(dataRequestCount(*m_mock), requestsBefore);

        // A range the archive does not hold: what it holds is shown, the fetch is refused.
        const FetchOutcome refused = fetch(w, wall(10, 8), wall(10, 10, 23, 59, 59));
        QCOMPARE(refused.status, FetchOutcome::Status::Failed);
        QVERIFY2(refused.error.contains(u"may only read the team archive"_s), qPrintable(refused.error));
        QVERIFY2(!refused.error.contains(m_readerPassword), qPrintable(refused.error));
        QVERIFY2(w->messages->text().contains(u"may only read the team archive"_s), qPrintable(w->messages->text()));
        QCOMPARE(fetchtest::storeIds(w->session->store()), serverCalls(utc(10, 8), utc(10, 8, 23, 59, 59)));
        QCOMPARE(dataRequestCount(*m_mock), requestsBefore);
    }

    // (d) No database password in the settings file, whatever was typed.
    void noPasswordInTheSettings()
    {
        // Typed into the URI in the connection dialog: it moves to the password field.
        ProfileStore *store = m_windows.front()->window->findChild<ProfileStore *>();
        // This window's keyring (session memory in tests) gets the reader's secrets too.
        store->writeSecret(kReaderProfile, m_mock->demoToken());
        store->writeDatabasePassword(kReaderProfile, m_readerPassword.toUtf8());
        {
            ConnectionDialog dialog(store);
            dialog.selectProfile(kWriterProfile);
            auto *archiveEdit = dialog.findChild<QLineEdit *>(u"archiveEdit"_s);
            auto *passwordEdit = dialog.findChild<QLineEdit *>(u"databasePasswordEdit"_s);
            QVERIFY(archiveEdit && passwordEdit);
            QTRY_COMPARE(passwordEdit->text(), m_writerPassword);   // read from the keyring
            QVERIFY(passwordEdit->isVisibleTo(&dialog));
            const QString typed = uriFor(m_writer).replace(u"postgresql://"_s, u"postgresql://%1:Typed-Pw-1@"_s.arg(m_writer));
            archiveEdit->setText(typed);
            Q_EMIT archiveEdit->editingFinished();
            QCOMPARE(passwordEdit->text(), u"Typed-Pw-1"_s);
            QVERIFY(!archiveEdit->text().contains(u"Typed-Pw-1"_s));
            // Back to the real password, then OK.
            passwordEdit->setText(m_writerPassword);
            archiveEdit->setText(uriFor(m_writer));
            dialog.accept();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // A profile saved with a password in its URI keeps only the URI without it.
        ConnectionProfile bad = *store->profile(kReaderProfile);
        bad.name = u"Typed"_s;
        bad.archivePath = uriFor(m_reader) + u"&password=Query-Pw-2"_s;
        bad.archivePath.replace(u"postgresql://"_s, u"postgresql://x:Userinfo-Pw-3@"_s);
        store->save(bad);
        QVERIFY(!store->profile(u"Typed"_s)->archivePath.contains(u"Pw-"_s));
        QVERIFY(isServerArchive(store->profile(u"Typed"_s)->archivePath));
        store->remove(u"Typed"_s);

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(m_writer.toUtf8()));   // the URIs are there
        for (const QString &secret : {m_writerPassword, m_readerPassword, u"Typed-Pw-1"_s, u"Query-Pw-2"_s,
                                      u"Userinfo-Pw-3"_s})
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    }

    // (e) "Test connection" tests the team archive too (in a job worker), with
    // the password of the dialog's field: each cause is named, the password never.
    void testConnectionTestsTheDatabase()
    {
        ProfileStore *store = m_windows.front()->window->findChild<ProfileStore *>();
        ConnectionDialog dialog(store);
        dialog.show();
        dialog.selectProfile(kWriterProfile);
        auto *archiveEdit = dialog.findChild<QLineEdit *>(u"archiveEdit"_s);
        auto *passwordEdit = dialog.findChild<QLineEdit *>(u"databasePasswordEdit"_s);
        auto *testButton = dialog.findChild<QPushButton *>(u"testButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"testResultLabel"_s);
        QVERIFY(archiveEdit && passwordEdit && testButton && result);
        QTRY_COMPARE(passwordEdit->text(), m_writerPassword);   // read from the keyring
        auto test = [&] {
            result->clear();
            testButton->click();
            return QTest::qWaitFor([&] { return testButton->isEnabled() && !result->text().isEmpty()
                                                && result->text() != u"Testing…"_s; },
                                   kTimeout);
        };
        auto says = [&](const QString &text) {
            return result->text().contains(text) && !result->text().contains(m_writerPassword)
                && !result->text().contains(u"Wrong-Pw-5"_s);
        };

        // The writer: the API and the archive answer.
        QVERIFY(test());
        QVERIFY2(says(u"Team archive: connected; fetches are kept in it."_s), qPrintable(result->text()));
        QVERIFY2(result->text().startsWith(u"Connected"_s), qPrintable(result->text()));   // the API's verdict first

        // A wrong password: refused, and said so.
        passwordEdit->setText(u"Wrong-Pw-5"_s);
        QVERIFY(test());
        QVERIFY2(says(u"Team archive: the server refused the user name or the password."_s), qPrintable(result->text()));
        passwordEdit->setText(m_writerPassword);

        // Nobody listens there.
        archiveEdit->setText(u"postgresql://%1@127.0.0.1:1/%2"_s.arg(m_writer, m_db));
        QVERIFY(test());
        QVERIFY2(says(u"Team archive: the database server cannot be reached."_s), qPrintable(result->text()));

        // An archive of a newer CallScope.
        QString error;
        const QString newer = pgtest::freshDatabase(u"cs_newer"_s, &error);
        QVERIFY2(!newer.isEmpty(), qPrintable(error));
        QVERIFY2(openArchive(newer, {false, false, QString()}, &error), qPrintable(error));
        QVERIFY2(pgtest::adminExec(newer, u"INSERT INTO callscope_schema_version (version) VALUES (99)"_s, &error),
                 qPrintable(error));
        archiveEdit->setText(newer);
        QVERIFY(test());
        QVERIFY2(says(u"Team archive: it was made by a newer version of CallScope."_s), qPrintable(result->text()));

        // The reader role: it may only read.
        dialog.selectProfile(kReaderProfile);
        QTRY_COMPARE(passwordEdit->text(), m_readerPassword);
        QVERIFY(test());
        QVERIFY2(says(u"the database role may only read it"_s), qPrintable(result->text()));
        QVERIFY(!result->text().contains(m_readerPassword));
        dialog.reject();
    }
};

QTEST_MAIN(TestPgWindow)
#include "tst_pgwindow.moc"
