#include "snapshotjobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace cs {

namespace {
// Progress reports are throttled: a queued call per row would swamp the GUI.
constexpr qint64 kProgressIntervalMs = 50;

// lupdate takes the context from the qualified call (SnapshotJobs::tr), which a
// free tr() helper would not give it.
struct SnapshotJobs
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotJobs)
};
} // namespace

// --- saving ------------------------------------------------------------------

SnapshotSaveJob::SnapshotSaveJob(QObject *parent) : QObject(parent) {}

SnapshotSaveJob::~SnapshotSaveJob()
{
    stopWorker();
}

void SnapshotSaveJob::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

void SnapshotSaveJob::start(const RecordStore *store, const SnapshotInfo &info, const QString &path)
{
    stopWorker();
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_future = QtConcurrent::run([this, store, info, path, generation, cancelFlag] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto onProgress = [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= kProgressIntervalMs) {
                sinceReport.restart();
                QMetaObject::invokeMethod(this, [this, generation, done, total] {
                    if (generation == m_generation && m_running)
                        Q_EMIT progress(done, total);
                }, Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        };
        QString error;
        const bool ok = saveSnapshot(path, *store, info, &error, onProgress);
        const bool cancelled = !ok && cancelFlag->load();
        QMetaObject::invokeMethod(this, [this, generation, ok, cancelled, error, path] {
            if (generation != m_generation || !m_running)
                return;
            m_running = false;
            Q_EMIT finished(ok, cancelled, cancelled ? QString() : error, path);
        }, Qt::QueuedConnection);
    });
}

void SnapshotSaveJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

// --- opening -----------------------------------------------------------------

SnapshotLoadJob::SnapshotLoadJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SnapshotInfo>();
}

SnapshotLoadJob::~SnapshotLoadJob()
{
    stopWorker();
}

void SnapshotLoadJob::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

void SnapshotLoadJob::start(const QString &path)
{
    stopWorker();
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_future = QtConcurrent::run([this, path, generation, cancelFlag] {
        const auto current = [this, generation] { return generation == m_generation && m_running; };
        SnapshotReader reader;
        QString error;
        bool ok = reader.open(path, &error);
        if (ok) {
            const SnapshotInfo info = reader.info();
            const qint64 count = reader.recordCount();
            QMetaObject::invokeMethod(this, [this, current, info, count] {
                if (current())
                    Q_EMIT opened(info, count);
            }, Qt::QueuedConnection);
            ok = reader.readBatches(kBatchSize, [&](SnapshotReader::Batch &&batch) {
                if (cancelFlag->load())
                    return false;
                QMetaObject::invokeMethod(this, [this, current, page = batch.page,
                                                 offsets = std::move(batch.offsetMinutes)] {
                    if (current())
                        Q_EMIT batchReady(page, offsets);
                }, Qt::QueuedConnection);
                return true;
            }, &error);
        }
        const bool cancelled = cancelFlag->load();
        if (!ok && error.isEmpty() && !cancelled)
            error = SnapshotJobs::tr("The snapshot could not be read.");
        QMetaObject::invokeMethod(this, [this, current, ok, cancelled, error] {
            if (!current())
                return;
            m_running = false;
            Q_EMIT finished(ok && !cancelled, cancelled, cancelled ? QString() : error);
        }, Qt::QueuedConnection);
    });
}

void SnapshotLoadJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cs
