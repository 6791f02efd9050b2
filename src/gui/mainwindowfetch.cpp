// MainWindow: choosing a connection, fetching, and filtering on chart clicks.
#include "mainwindow.h"

#include "calltablemodel.h"
#include "chartspanel.h"
#include "connectiondialog.h"
#include "demoserver.h"
#include "drilldownwidget.h"
#include "durationformat.h"
#include "fetchprogresswidget.h"
#include "filterbar.h"
#include "handletimechart.h"
#include "messagebar.h"
#include "querybar.h"
#include "stallmonitor.h"

#include "archivefactory.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cs {

void MainWindow::editConnections()
{
    if (m_session->isFetching())
        return;
    ConnectionDialog dialog(m_profiles, this);
    if (m_session->profile() && !m_session->profile()->isDemo)
        dialog.selectProfile(m_session->profile()->name);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile chosen = dialog.profile();
    if (chosen.name.isEmpty())
        return;
    m_profiles->setLastUsedName(chosen.name);
    useProfile(chosen);
    m_messages->dismiss();
}

void MainWindow::useProfile(const ConnectionProfile &profile)
{
    m_queryBar->setBaseSpec(applyProfile(profile, FetchSpec()));
    m_session->setArchivePassword({});
    m_session->setProfile(profile);   // the title and actions follow its stateChanged()
    if (profile.isDemo || !isServerArchive(m_session->archivePath())) {
        requestCoverage();
        return;
    }
    // A team archive: its password from the keyring first (asynchronously).
    readArchivePassword([this] { requestCoverage(); });
}

void MainWindow::readArchivePassword(std::function<void()> then)
{
    const QString name = m_session->profile() ? m_session->profile()->name : QString();
    m_profiles->readDatabasePassword(name, [this, name, then](bool ok, QByteArray password, const QString &error) {
        if (!m_session->profile() || m_session->profile()->name != name)
            return;
        if (!ok) {
            m_messages->showMessage(MessageBar::Kind::Error, error);
            return;
        }
        m_session->setArchivePassword(QString::fromUtf8(password));
        password.fill('\0');
        then();
    });
}

void MainWindow::requestCoverage()
{
    if (const std::optional<ConnectionProfile> &profile = m_session->profile())
        m_session->requestCoverage(m_queryBar->applyTo(applyProfile(*profile, FetchSpec())));
}

void MainWindow::exploreDemo()
{
    if (m_session->isBusy())
        return;
    QString error;
    if (!m_demo->start(&error)) {
        m_messages->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_messages->dismiss();
    useProfile(m_demo->profile());
    m_queryBar->applyPreset(QueryBar::Preset::Last7Days);
    startFetch();
}

void MainWindow::startFetch()
{
    const std::optional<ConnectionProfile> &profile = m_session->profile();
    if (!profile || m_session->isBusy())
        return;
    const FetchSpec spec = m_queryBar->applyTo(applyProfile(*profile, FetchSpec()));
    if (const QString problem = spec.validate(); !problem.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, problem);
        return;
    }
    if (profile->isDemo) {
        startFetchWith(spec, m_demo->credentials());
        return;
    }
    // The secret comes from the keyring asynchronously; the profile may have
    // changed by the time it arrives, so check it is still the one in use.
    const QString name = profile->name;
    m_profiles->credentialsFor(name, [this, spec, name](std::optional<Credentials> credentials, const QString &error) {
        if (!m_session->profile() || m_session->profile()->name != name)
            return;
        if (!credentials) {
            m_messages->showMessage(MessageBar::Kind::Error, error);
            m_messages->addButton(tr("Connection Settings…"), [this] { editConnections(); });
            return;
        }
        if (!isServerArchive(m_session->archivePath())) {
            startFetchWith(spec, *credentials);
            return;
        }
        readArchivePassword([this, spec, credentials = *credentials] { startFetchWith(spec, credentials); });
    });
}

void MainWindow::startFetchWith(const FetchSpec &spec, const Credentials &credentials)
{
    QString error;
    if (!m_session->startFetch(spec, credentials, &error)) {
        m_messages->showMessage(MessageBar::Kind::Warning, error);
        return;
    }
    m_messages->dismiss();
    m_progress->clear();
    m_stalls->reset();
    m_stalls->start();
}

void MainWindow::onFetchFinished(const FetchOutcome &outcome)
{
    m_stalls->stop();
    const int rows = store().size();
    m_progress->fetchFinished(outcome, rows);
    if (outcome.status == FetchOutcome::Status::Failed) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                rows > 0
                                    ? tr("The fetch stopped: %1 The %n call(s) loaded so far are kept; the view is partial.",
                                         nullptr, rows).arg(outcome.error)
                                    : tr("The fetch failed: %1").arg(outcome.error));
        m_messages->addButton(tr("Retry"), [this] { startFetch(); });
    }
    if (StallMonitor::measuringRequested())
        qInfo("callscope: longest GUI-thread stall during the fetch: %lld ms", qlonglong(m_stalls->maxStallMs()));
}

void MainWindow::filterOnChartClicks()
{
    connect(m_charts, &ChartsPanel::finalStatusClicked, this, [this](const QString &status) {
        m_filterBar->setAllowed(QuickFilter::FinalStatus, {status});
        showCallsTab();
    });
    connect(m_charts, &ChartsPanel::agentClicked, this, [this](const QString &agent) {
        m_filterBar->setAllowed(QuickFilter::Agent, {agent});
        showCallsTab();
    });
    connect(m_charts, &ChartsPanel::queueClicked, this, [this](const QString &queue) {
        m_filterBar->setAllowed(QuickFilter::Queue, {queue});
        showCallsTab();
    });
    connect(m_charts, &ChartsPanel::handleRangeClicked, this, [this](int from, int to) {
        const QString text = to == HandleTimeChart::kOpenEnd
            ? tr("Handle time %1 or more").arg(formatDuration(from))
            : tr("Handle time %1 – %2").arg(formatDuration(from), formatDuration(to));
        m_filterBar->setHandleRange(from, to, text);
        showCallsTab();
    });
    connect(m_charts, &ChartsPanel::volumeBucketClicked, this, [this](qint64 start, qint64 end, const QString &status) {
        const QTimeZone zone = m_session->timeZone();
        const QString from = QDateTime::fromSecsSinceEpoch(start, zone).toString(u"yyyy-MM-dd HH:mm"_s);
        const QString to = QDateTime::fromSecsSinceEpoch(end, zone).toString(u"yyyy-MM-dd HH:mm"_s);
        // The bucket is half-open; the filter's range is inclusive.
        m_filterBar->setStartRange(start, end - 1, tr("Started %1 – %2").arg(from, to));
        m_filterBar->setAllowed(QuickFilter::FinalStatus, {status});
        showCallsTab();
    });
}

} // namespace cs
