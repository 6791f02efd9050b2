#include "profiletester.h"

#include "archive.h"
#include "archivefactory.h"
#include "archivetest.h"
#include "connectiontester.h"
#include "job.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

// Runs the database tests: the application's, not a tester's (a JobRunner
// waits for its workers when destroyed, and connecting may take seconds, so
// closing the dialog would wait for a connection attempt).
JobRunner *testJobs()
{
    static QPointer<JobRunner> runner;
    if (!runner)
        runner = new JobRunner(QCoreApplication::instance());
    return runner;
}

} // namespace

ProfileTester::ProfileTester(QObject *parent)
    : QObject(parent)
    , m_apiTester(new ConnectionTester(this))
{
    m_apiTester->setObjectName(u"connectionTester"_s);
    connect(m_apiTester, &ConnectionTester::finished, this, &ProfileTester::onApiTestFinished);
    connect(testJobs(), &JobRunner::finished, this,
            [this](quint64 generation, JobStatus, const QString &, const JobEventPtr &detail) {
                onArchiveTestFinished(generation, detail.get());
            });
}

ProfileTester::~ProfileTester()
{
    if (m_state.archiveGeneration != 0)
        testJobs()->cancel(m_state.archiveGeneration);
}

void ProfileTester::test(const ConnectionProfile &profile, const std::optional<Credentials> &credentials,
                         const QByteArray &databasePassword)
{
    if (!credentials) {
        Q_EMIT refused(profile.auth == ConnectionProfile::Auth::Token
                           ? tr("Enter the JWT first.")
                           : tr("Enter the Client ID and the Client Secret first."));
        return;
    }
    cancel();
    Q_EMIT started(tr("Testing…"));
    if (profile.keepArchive && isServerArchive(profile.archivePath)) {
        // The team archive too, with the password as typed in the dialog (in memory only).
        const ArchiveIdentity identity = archiveIdentity(applyProfile(profile, FetchSpec()));
        m_state.archiveGeneration = JobRunner::newGeneration();
        testJobs()->start(m_state.archiveGeneration,
                          makeArchiveTestJob(profile.archivePath, QString::fromUtf8(databasePassword), identity));
    }
    m_state.apiRunning = true;
    m_apiTester->test(applyProfile(profile, FetchSpec()), *credentials);
}

void ProfileTester::cancel()
{
    m_apiTester->cancel();
    if (m_state.archiveGeneration != 0)
        testJobs()->cancel(m_state.archiveGeneration);
    m_state = {};
}

void ProfileTester::onApiTestFinished(bool ok, const QString &message)
{
    m_state.apiRunning = false;
    m_state.apiOk = ok;
    m_state.apiMessage = message;
    finishWhenBothEnded();
}

void ProfileTester::onArchiveTestFinished(quint64 generation, const JobEvent *detail)
{
    // The runner is shared, and an abandoned test finishes too: only the current one counts.
    if (generation == 0 || generation != m_state.archiveGeneration)
        return;
    m_state.archiveGeneration = 0;
    const auto *result = dynamic_cast<const ArchiveTestEvent *>(detail);
    m_state.archiveOk = result && result->ok;
    m_state.archiveMessage = result ? result->message : tr("Team archive: it cannot be opened.");
    finishWhenBothEnded();
}

void ProfileTester::finishWhenBothEnded()
{
    if (m_state.apiRunning || m_state.archiveGeneration != 0)
        return;
    const bool ok = m_state.apiOk && m_state.archiveOk;
    Q_EMIT finished(ok, m_state.archiveMessage.isEmpty() ? m_state.apiMessage
                                                         : m_state.apiMessage + u'\n' + m_state.archiveMessage);
}

} // namespace cs
