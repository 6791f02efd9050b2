// The export job (run by a JobRunner, as the session runs it): the file equals
// what the synchronous writers produce, cancelling or failing leaves no file
// (nor temporaries), the end comes exactly once, destroying a runner with a
// running job is safe. ExportDialog: request() mirrors the form, OK needs a
// path, choices are remembered. The session's export: one summary.

#include "../core/viewtestdata.h"
#include "calltablemodel.h"
#include "exportdialog.h"
#include "exportjob.h"
#include "job.h"
#include "session.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

constexpr int kTimeoutMs = 120000;     // generous: a loaded 2-core machine
constexpr int kLargeCalls = 50000;
constexpr int kLargeRepeats = 3;       // rows written = 150,000: far longer than a cancel takes to arrive

std::vector<RowId> allRows(const RecordStore &store, int repeats = 1)
{
    std::vector<RowId> rows;
    for (int r = 0; r < repeats; ++r)
        for (int i = 0; i < store.size(); ++i)
            rows.push_back(RowId(i));
    return rows;
}

QByteArray synchronousCsv(const RecordStore &store, const ExportRequest &request)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok = request.kind == ExportKind::View
        ? writeViewCsv(store, request.rows, &buffer, request.options)
        : writeAgentSegmentCsv(store, request.rows, &buffer, request.options);
    return ok ? buffer.data() : QByteArray();
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Outcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString path;
};

Outcome outcomeOf(const QSignalSpy &spy)
{
    const QList<QVariant> args = spy.first();
    return {args[0].toBool(), args[1].toBool(), args[2].toString(), args[3].toString()};
}

} // namespace

// The export job as its caller sees it through the runner: progress and one
// finished(), both for the current generation only.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob()
    {
        connect(&m_runner, &JobRunner::progressed, this, [this](quint64 generation, const JobEventPtr &event) {
            const auto *p = dynamic_cast<const FileProgressEvent *>(event.get());
            if (generation == m_generation && p)
                Q_EMIT progress(p->done, p->total);
        });
        connect(&m_runner, &JobRunner::finished, this,
                [this](quint64 generation, JobStatus status, const QString &error, const JobEventPtr &) {
                    if (generation == m_generation)
                        Q_EMIT finished(status == JobStatus::Done, status == JobStatus::Cancelled, error, m_path);
                });
    }
    void start(const RecordStore *store, const ExportRequest &request)
    {
        m_path = request.path;
        m_control = std::make_shared<ExportSwitch>();
        m_generation = JobRunner::newGeneration();
        m_runner.start(m_generation, makeExportJob(store, request, m_control));
    }
    void cancel()
    {
        if (m_control && m_control->tryCancel())
            m_runner.cancel(m_generation);
    }
    bool isRunning() const { return m_runner.isActive(m_generation); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, bool cancelled, const QString &error, const QString &path);

private:
    JobRunner m_runner;
    quint64 m_generation = 0;
    std::shared_ptr<ExportSwitch> m_control;
    QString m_path;
};

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesWhatTheSynchronousWriterWrites_data();
    void writesWhatTheSynchronousWriterWrites();
    void largeExportReportsProgressAndFinishesOnce();
    void cancelAfterFirstProgressLeavesNoFile();
    void cancelKeepsAnExistingFileUntouched();
    void cancelRightAfterStart();
    void unwritablePathNamesThePath();
    void destroyingARunningJobIsSafe();

    void dialogRequestReflectsTheForm();
    void dialogOkNeedsAPath();
    void dialogRemembersChoices();
    void dialogSeparatorFollowsTheLocale();

    void sessionReportsSuccess();
    void sessionReportsCancel();
    void sessionReportsError();

private:
    ExportRequest request(ExportKind kind, const QString &name, std::vector<RowId> rows) const;
    void expectNoLeftovers() const;   // QSaveFile's temporaries are gone

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;   // fresh for every test
    RecordStore m_small;                    // the hand-written fixture plus some synthetic calls
    RecordStore m_large;
    QTimeZone m_zone{"America/New_York"};
};

void TestExportJob::initTestCase()
{
    // Keep the user's real settings out of the dialog tests.
    QCoreApplication::setOrganizationName(u"CallScopeTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportjob"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    QVERIFY(m_zone.isValid());
    QCOMPARE(testdata::appendCalls(m_small, testdata::fixtureCalls()), 11);
    const qint64 base = QDateTime(QDate(2024, 9, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QList<testdata::Call> calls;
    for (int n = 0; n < 200; ++n)
        calls.append(testdata::syntheticCall(n, base + n * 613));
    QCOMPARE(testdata::appendCalls(m_small, calls), 200);

    for (int first = 0; first < kLargeCalls; first += 5000) {
        calls.clear();
        for (int n = first; n < first + 5000; ++n)
            calls.append(testdata::syntheticCall(n, base + qint64(n) * 53));
        QCOMPARE(testdata::appendCalls(m_large, calls), 5000);
    }
}

void TestExportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportJob::cleanup()
{
    m_dir.reset();
}

ExportRequest TestExportJob::request(ExportKind kind, const QString &name, std::vector<RowId> rows) const
{
    ExportRequest r;
    r.kind = kind;
    r.path = m_dir->filePath(name);
    r.rows = std::move(rows);
    r.options.zone = m_zone;
    r.options.columns = {CallColumn::StartTime, CallColumn::SessionId, CallColumn::Agents, CallColumn::HandleTime,
                         CallColumn::FinalStatus, CallColumn::Csat, CallColumn::EndTime};
    return r;
}

void TestExportJob::expectNoLeftovers() const
{
    const QStringList entries = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(entries.isEmpty(), qPrintable(entries.join(u", ")));
}

void TestExportJob::writesWhatTheSynchronousWriterWrites_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<TimeText>("times");
    QTest::newRow("view") << ExportKind::View << false << TimeText::Zoned;
    QTest::newRow("view, BOM") << ExportKind::View << true << TimeText::Zoned;
    QTest::newRow("view, raw times") << ExportKind::View << false << TimeText::Raw;
    QTest::newRow("segments") << ExportKind::AgentSegments << false << TimeText::Zoned;
    QTest::newRow("segments, BOM, raw") << ExportKind::AgentSegments << true << TimeText::Raw;
}

void TestExportJob::writesWhatTheSynchronousWriterWrites()
{
    QFETCH(ExportKind, kind);
    QFETCH(bool, bom);
    QFETCH(TimeText, times);
    // Reversed, so the file order is the request's, not the store's.
    std::vector<RowId> rows = allRows(m_small);
    std::reverse(rows.begin(), rows.end());
    ExportRequest r = request(kind, u"out.csv"_s, rows);
    r.options.utf8Bom = bom;
    r.options.times = times;
    const QByteArray expected = synchronousCsv(m_small, r);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(expected.startsWith("\xEF\xBB\xBF"), bom);

    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(&m_small, r);
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(!job.isRunning());
    const Outcome outcome = outcomeOf(finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.path, r.path);
    QCOMPARE(fileContents(r.path), expected);
}

void TestExportJob::largeExportReportsProgressAndFinishesOnce()
{
    const ExportRequest r = request(ExportKind::View, u"large.csv"_s, allRows(m_large));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    QSignalSpy progress(&job, &ExportJob::progress);
    job.start(&m_large, r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(outcomeOf(finished).ok);
    QCOMPARE(fileContents(r.path), synchronousCsv(m_large, r));

    QVERIFY(!progress.isEmpty());
    qint64 previous = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QCOMPARE(args[1].toLongLong(), qint64(kLargeCalls));
        QVERIFY(args[0].toLongLong() >= previous);
        previous = args[0].toLongLong();
    }
    QCOMPARE(previous, qint64(kLargeCalls));   // the last one says "all done"

    // Nothing else arrives later (late progress or a second finished()).
    const qsizetype progressCount = progress.size();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), progressCount);
}

void TestExportJob::cancelAfterFirstProgressLeavesNoFile()
{
    const ExportRequest r = request(ExportKind::View, u"cancelled.csv"_s, allRows(m_large, kLargeRepeats));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    int progressSeen = 0;
    connect(&job, &ExportJob::progress, this, [&] {
        if (++progressSeen == 1)
            job.cancel();
    });
    job.start(&m_large, r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(progressSeen >= 1);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok);
    QVERIFY(!QFile::exists(r.path));
    expectNoLeftovers();
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestExportJob::cancelKeepsAnExistingFileUntouched()
{
    const ExportRequest r = request(ExportKind::AgentSegments, u"existing.csv"_s, allRows(m_large, kLargeRepeats));
    {
        QFile old(r.path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\r\n");
    }
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    connect(&job, &ExportJob::progress, this, [&job] { job.cancel(); });
    job.start(&m_large, r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(outcomeOf(finished).cancelled);
    QCOMPARE(fileContents(r.path), QByteArray("old contents\r\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestExportJob::cancelRightAfterStart()
{
    const ExportRequest r = request(ExportKind::View, u"early.csv"_s, allRows(m_large, kLargeRepeats));
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(&m_large, r);
    job.cancel();
    job.cancel();   // harmless twice
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(outcomeOf(finished).cancelled);
    QVERIFY(!QFile::exists(r.path));
    expectNoLeftovers();

    // The job can be reused after finishing.
    const ExportRequest again = request(ExportKind::View, u"again.csv"_s, allRows(m_small));
    job.start(&m_small, again);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(fileContents(again.path), synchronousCsv(m_small, again));
}

void TestExportJob::unwritablePathNamesThePath()
{
    const QString path = m_dir->filePath(u"no-such-directory/out.csv"_s);
    ExportRequest r = request(ExportKind::View, {}, allRows(m_small));
    r.path = path;
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(&m_small, r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    const Outcome outcome = outcomeOf(finished);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.error));
    QVERIFY(!outcome.error.contains(u'\n'));
    QCOMPARE(outcome.path, path);
    QVERIFY(!QFile::exists(path));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestExportJob::destroyingARunningJobIsSafe()
{
    const ExportRequest r = request(ExportKind::View, u"destroyed.csv"_s, allRows(m_large, kLargeRepeats));
    int finishedCount = 0;
    {
        QObject receiver;
        auto *job = new ExportJob;
        connect(job, &ExportJob::finished, &receiver, [&finishedCount] { ++finishedCount; });
        QSignalSpy progress(job, &ExportJob::progress);
        job->start(&m_large, r);
        QVERIFY(progress.wait(kTimeoutMs));   // the worker is surely writing now
        delete job;
    }
    QCoreApplication::processEvents();
    QCOMPARE(finishedCount, 0);
    QVERIFY(!QFile::exists(r.path));
    expectNoLeftovers();
}

void TestExportJob::dialogRequestReflectsTheForm()
{
    QSettings().remove(u"export"_s);
    ExportDialog dialog(1234, 7, m_zone);
    auto *segments = dialog.findChild<QRadioButton *>(u"segmentsRadio"_s);
    auto *raw = dialog.findChild<QRadioButton *>(u"rawRadio"_s);
    auto *bom = dialog.findChild<QCheckBox *>(u"bomCheck"_s);
    auto *view = dialog.findChild<QRadioButton *>(u"viewRadio"_s);
    QVERIFY(segments && raw && bom && view);
    QVERIFY2(view->text().contains(QString(QLocale().toString(1234) + u" rows, 7 columns"_s)), qPrintable(view->text()));
    QVERIFY(dialog.findChild<QRadioButton *>(u"zonedRadio"_s)->text().contains(u"America/New_York"));

    dialog.setPath(m_dir->filePath(u"a.csv"_s));
    ExportRequest r = dialog.request();
    QCOMPARE(r.kind, ExportKind::View);
    QCOMPARE(r.options.times, TimeText::Zoned);
    QCOMPARE(r.options.utf8Bom, false);
    QCOMPARE(r.options.zone, m_zone);
    QCOMPARE(r.path, m_dir->filePath(u"a.csv"_s));

    segments->setChecked(true);
    raw->setChecked(true);
    bom->setChecked(true);
    dialog.setPath(m_dir->filePath(u"b"_s));   // no suffix: .csv is added
    r = dialog.request();
    QCOMPARE(r.kind, ExportKind::AgentSegments);
    QCOMPARE(r.options.times, TimeText::Raw);
    QCOMPARE(r.options.utf8Bom, true);
    QCOMPARE(r.path, m_dir->filePath(u"b.csv"_s));
}

void TestExportJob::dialogOkNeedsAPath()
{
    ExportDialog dialog(10, 3, m_zone);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isDefault());
    QVERIFY(!ok->isEnabled());
    auto *edit = dialog.findChild<QLineEdit *>(u"pathEdit"_s);
    QTest::keyClicks(edit, u"   "_s);
    QVERIFY(!ok->isEnabled());
    edit->setText(m_dir->filePath(u"x.csv"_s));
    QVERIFY(ok->isEnabled());
    edit->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.request().path.isEmpty());
}

void TestExportJob::dialogRemembersChoices()
{
    QSettings().remove(u"export"_s);
    {
        ExportDialog dialog(10, 3, m_zone);
        dialog.findChild<QRadioButton *>(u"segmentsRadio"_s)->setChecked(true);
        dialog.findChild<QRadioButton *>(u"rawRadio"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"bomCheck"_s)->setChecked(true);
        auto *separator = dialog.findChild<QComboBox *>(u"separatorCombo"_s);
        separator->setCurrentIndex(separator->findData(u";"_s));
        dialog.setPath(m_dir->filePath(u"remember.csv"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again(10, 3, m_zone);
    again.setPath(u"typed-name"_s);   // a bare name lands in the last used directory
    const ExportRequest r = again.request();
    QCOMPARE(r.kind, ExportKind::AgentSegments);
    QCOMPARE(r.options.times, TimeText::Raw);
    QVERIFY(r.options.utf8Bom);
    QCOMPARE(r.options.separator, ';');
    QCOMPARE(r.path, m_dir->filePath(u"typed-name.csv"_s));
}

void TestExportJob::dialogSeparatorFollowsTheLocale()
{
    // Until the user picks one: ';' where the decimal mark is a comma, as spreadsheets there expect.
    const QLocale saved;
    for (const auto &[locale, expected] : {std::pair{QLocale::German, ';'}, std::pair{QLocale::French, ';'},
                                           std::pair{QLocale::English, ','}}) {
        QSettings().remove(u"export"_s);
        QLocale::setDefault(QLocale(locale));
        ExportDialog dialog(10, 3, m_zone);
        dialog.setPath(m_dir->filePath(u"x.csv"_s));
        QCOMPARE(dialog.request().options.separator, expected);
    }
    QLocale::setDefault(saved);
}

namespace {

struct SessionOutcome
{
    int calls = 0;
    bool ok = false;
    bool cancelled = false;
    QString message;
};

// Exports `rows` of `store` (which the session takes over) through the session's job.
void exportThroughSession(Session &session, RecordStore &store, const ExportRequest &request,
                          SessionOutcome &outcome)
{
    session.adoptStore(store);
    QObject::connect(&session, &Session::fileJobFinished, &session,
                     [&outcome, &request](Session::FileJob kind, bool ok, bool cancelled, const QString &error,
                                          const QString &path) {
                         QCOMPARE(kind, Session::FileJob::Export);
                         ++outcome.calls;
                         outcome.ok = ok;
                         outcome.cancelled = cancelled;
                         outcome.message = exportSummary(request.kind, ok, cancelled, error, path,
                                                         int(request.rows.size()));
                     });
    QVERIFY(session.exportCsv(request));
    QCOMPARE(session.fileJob(), Session::FileJob::Export);
    QVERIFY(session.isBusy());
}

} // namespace

void TestExportJob::sessionReportsSuccess()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    const ExportRequest r = request(ExportKind::View, u"session.csv"_s, allRows(store));
    const QByteArray expected = synchronousCsv(store, r);
    Session session;
    SessionOutcome outcome;
    exportThroughSession(session, store, r, outcome);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, kTimeoutMs);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.message, u"Exported 11 calls to "_s + QDir::toNativeSeparators(r.path));
    QCOMPARE(fileContents(r.path), expected);
    QVERIFY(!session.isBusy());
    QTest::qWait(100);
    QCOMPARE(outcome.calls, 1);
}

void TestExportJob::sessionReportsCancel()
{
    RecordStore store;
    const qint64 base = QDateTime(QDate(2024, 9, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int first = 0; first < 20000; first += 5000) {
        QList<testdata::Call> calls;
        for (int n = first; n < first + 5000; ++n)
            calls.append(testdata::syntheticCall(n, base + qint64(n) * 53));
        QCOMPARE(testdata::appendCalls(store, calls), 5000);
    }
    const ExportRequest r = request(ExportKind::View, u"session-cancel.csv"_s, allRows(store, 10));
    Session session;
    SessionOutcome outcome;
    exportThroughSession(session, store, r, outcome);
    QSignalSpy progress(&session, &Session::fileProgress);
    QVERIFY(progress.wait(kTimeoutMs));   // the worker is surely writing now
    session.cancelFileJob();
    // Immediate: the session no longer waits for the worker.
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QCOMPARE(outcome.message, u"Export cancelled; no file was written"_s);
    QVERIFY(!session.isBusy());
    // The worker stops soon after and leaves nothing behind.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
                             kTimeoutMs);
    QVERIFY(!QFile::exists(r.path));
    QCOMPARE(outcome.calls, 1);
}

void TestExportJob::sessionReportsError()
{
    RecordStore store;
    QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
    const QString path = m_dir->filePath(u"missing/session.csv"_s);
    ExportRequest r = request(ExportKind::View, {}, allRows(store));
    r.path = path;
    Session session;
    SessionOutcome outcome;
    exportThroughSession(session, store, r, outcome);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, kTimeoutMs);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.message));
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
