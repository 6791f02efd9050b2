#include "exportjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <new>

namespace cs {

namespace {

constexpr qint64 kProgressIntervalMs = 50;   // at most ~20 progress signals a second

enum Phase : int { Writing, CancelRequested, Committing };

} // namespace

struct ExportJob::Shared
{
    // Leaves Writing exactly once: to CancelRequested (cancel(), GUI thread) or
    // to Committing (worker, about to commit). Whichever wins decides whether
    // a file appears, so a cancel that "succeeded" can never leave one behind.
    std::atomic<int> phase{Writing};
};

ExportJob::ExportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportJob::onWorkerFinished);
}

ExportJob::~ExportJob()
{
    if (!m_running)
        return;
    // The worker holds `this` (to post progress) and the caller's store: it
    // must be gone before either is. Nobody is left to hear finished().
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ExportJob::start(const RecordStore *store, ExportRequest request)
{
    if (m_running) {
        qWarning("cs::ExportJob::start: an export is already running; request ignored");
        return;
    }
    m_running = true;
    m_path = request.path;
    m_total = qint64(request.rows.size());
    m_shared = std::make_shared<Shared>();
    m_watcher.setFuture(QtConcurrent::run([this, store, request = std::move(request), shared = m_shared] {
        return run(this, store, request, *shared);
    }));
}

void ExportJob::cancel()
{
    if (!m_shared)
        return;
    int expected = Writing;
    m_shared->phase.compare_exchange_strong(expected, CancelRequested);
}

// Worker thread. Only posts to `job`; the job outlives this call (see the destructor).
ExportJob::Result ExportJob::run(ExportJob *job, const RecordStore *store, const ExportRequest &request,
                                 Shared &shared)
{
    const QString shownPath = QDir::toNativeSeparators(request.path);
    if (shared.phase.load() != Writing)
        return {false, true, {}};
    if (request.path.isEmpty())
        return {false, false, tr("No file name was given for the export.")};
    if (!store)
        return {false, false, tr("There are no calls to export.")};

    QSaveFile file(request.path);   // never falls back to writing the target directly
    if (!file.open(QIODevice::WriteOnly))
        return {false, false, tr("Cannot create %1: %2").arg(shownPath, file.errorString())};

    const qint64 total = qint64(request.rows.size());
    QElapsedTimer sinceReport;
    const ExportProgress progress = [&](qint64 done) {
        if (!sinceReport.isValid() || sinceReport.hasExpired(kProgressIntervalMs)) {
            sinceReport.start();
            QMetaObject::invokeMethod(job, [job, done, total] { Q_EMIT job->progress(done, total); },
                                      Qt::QueuedConnection);
        }
        return shared.phase.load(std::memory_order_relaxed) == Writing;
    };

    bool written = false;
    try {
        written = request.kind == ExportKind::View
            ? writeViewCsv(*store, request.rows, &file, request.options, progress)
            : writeAgentSegmentCsv(*store, request.rows, &file, request.options, progress);
    } catch (const std::bad_alloc &) {
        file.cancelWriting();
        return {false, false, tr("Not enough memory to export to %1.").arg(shownPath)};
    }

    int expected = Writing;
    if (!shared.phase.compare_exchange_strong(expected, Committing)) {
        file.cancelWriting();   // QSaveFile then removes its temporary file
        return {false, true, {}};
    }
    if (written && file.commit())
        return {true, false, {}};
    if (file.error() == QFileDevice::ResourceError)
        return {false, false, tr("Cannot write %1: the disk is full.").arg(shownPath)};
    return {false, false, tr("Cannot write %1: %2").arg(shownPath, file.errorString())};
}

void ExportJob::onWorkerFinished()
{
    const Result result = m_watcher.result();
    const QString path = m_path;    // a slot may start() the next export while we emit
    const qint64 total = m_total;
    m_running = false;
    m_shared.reset();
    if (result.ok)
        Q_EMIT progress(total, total);
    Q_EMIT finished(result.ok, result.cancelled, result.error, path);
}

} // namespace cs
