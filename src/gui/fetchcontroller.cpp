#include "fetchcontroller.h"

namespace cs {

FetchController::FetchController(RecordStore *store, QObject *parent, FetchClockPtr clock)
    : QObject(parent), m_store(store), m_engine(new FetchEngine)
{
    if (clock)
        m_engine->setClock(std::move(clock));
    m_thread.setObjectName(QStringLiteral("fetch"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    // Context `this` lives in the GUI thread: every one of these is queued.
    connect(m_engine, &FetchEngine::started, this, &FetchController::onStarted);
    connect(m_engine, &FetchEngine::pageReady, this, &FetchController::onPage);
    connect(m_engine, &FetchEngine::progress, this, &FetchController::onProgress);
    connect(m_engine, &FetchEngine::notice, this, &FetchController::onNotice);
    connect(m_engine, &FetchEngine::finished, this, &FetchController::onFinished);
    m_thread.start();
}

FetchController::~FetchController()
{
    if (m_running)
        QMetaObject::invokeMethod(m_engine, &FetchEngine::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FetchController::start(const FetchSpec &spec, const Credentials &credentials)
{
    m_running = true;
    m_current = 0;
    m_cancelled = 0;
    ++m_pendingStarts;
    m_lastProgress = {};
    m_lastOutcome = {};
    FetchEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, spec, credentials] { engine->start(spec, credentials); }, Qt::QueuedConnection);
}

void FetchController::cancel()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_engine, &FetchEngine::cancel, Qt::QueuedConnection);
    // Do not wait for the engine (it may be mid-request or waiting out a rate
    // limit): the user asked to stop, so stop now and ignore what follows.
    FetchOutcome outcome;
    outcome.status = FetchOutcome::Status::Cancelled;
    outcome.requests = m_lastProgress.requests;
    outcome.recordsReceived = m_lastProgress.recordsReceived;
    m_cancelled = m_current;
    finish(outcome);
}

bool FetchController::isPartial() const
{
    return !m_running && m_lastOutcome.status != FetchOutcome::Status::Complete;
}

void FetchController::onStarted(quint64 generation, int windowsTotal)
{
    m_highestSeen = std::max(m_highestSeen, generation);
    if (m_pendingStarts > 0)
        --m_pendingStarts;
    // Only the answer to the latest start() counts.
    if (m_pendingStarts == 0 && m_running) {
        m_current = generation;
        Q_EMIT started(windowsTotal);
    }
}

void FetchController::onPage(quint64 generation, const std::shared_ptr<ParsedPage> &page, int, int offsetMinutes)
{
    if (generation != m_current || !m_running || !page)
        return;
    const RecordStore::AppendResult result = m_store->append(*page, offsetMinutes);
    if (result.added > 0)
        Q_EMIT rowsArrived(result.added);
}

void FetchController::onProgress(quint64 generation, const FetchProgress &progress)
{
    if (generation != m_current || !m_running)
        return;
    m_lastProgress = progress;
    Q_EMIT this->progress(progress);
}

void FetchController::onNotice(quint64 generation, const QString &message)
{
    if (generation != m_current || !m_running)
        return;
    Q_EMIT notice(message);
}

void FetchController::onFinished(quint64 generation, const FetchOutcome &outcome)
{
    // The engine's own account of a fetch we cancelled: it knows which
    // windows were complete, which a partial snapshot must record.
    if (generation != 0 && generation == m_cancelled) {
        m_cancelled = 0;
        m_lastOutcome.windows = outcome.windows;
        m_lastOutcome.detectedPaging = outcome.detectedPaging;
        m_lastOutcome.stamps = outcome.stamps;
        return;
    }
    if (generation == m_current && m_running) {
        finish(outcome);
        return;
    }
    // A start the engine refused at once (invalid spec) finishes without
    // having started: it still answers one start() call.
    if (generation > m_highestSeen) {
        m_highestSeen = generation;
        if (m_pendingStarts > 0 && --m_pendingStarts == 0 && m_running)
            finish(outcome);
    }
}

void FetchController::finish(const FetchOutcome &outcome)
{
    m_running = false;
    m_current = 0;
    m_lastOutcome = outcome;
    Q_EMIT finished(outcome);
}

} // namespace cs
