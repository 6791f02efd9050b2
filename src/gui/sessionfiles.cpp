// Session: opening and saving snapshots, exporting CSV.
#include "session.h"

#include "calltablemodel.h"
#include "chartstats.h"
#include "exportjob.h"
#include "filejobs.h"
#include "job.h"
#include "storeguard.h"

#include <QFileInfo>
#include <limits>

namespace cs {

bool Session::refuseWhileBusy(QString *error) const
{
    if (!isBusy())
        return false;
    if (error)
        *error = tr("Cannot start now: cancel or wait for the running fetch or file operation first.");
    return true;
}

quint64 Session::beginFileJob(FileJob kind, const QString &path)
{
    m_file = {};
    m_file.generation = JobRunner::newGeneration();
    m_file.kind = kind;
    m_file.path = path;
    Q_EMIT fileJobStarted(kind, path);
    Q_EMIT stateChanged();
    return m_file.generation;
}

void Session::endFileJob(bool ok, bool cancelled, const QString &error)
{
    const FileJob kind = m_file.kind;
    const QString path = m_file.path;
    m_file = {};
    Q_EMIT fileJobFinished(kind, ok, cancelled, error, path);
    Q_EMIT stateChanged();
}

// --- opening ---------------------------------------------------------------------

bool Session::openSnapshot(const QString &path, QString *error)
{
    if (refuseWhileBusy(error))
        return false;
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("%1 does not exist or is not a file.").arg(path);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const quint64 generation = beginFileJob(FileJob::Open, absolute);
    // Keep what is shown aside: if the file turns out to be bad, it comes back.
    m_guard->change([this] {
        m_charts->invalidate();
        m_previous.clear();
        m_previous.swap(m_store);
        m_model->resetFromStore();
        Q_EMIT storeReplaced();
    });
    m_runner->start(generation, makeSnapshotLoadJob(absolute));
    return true;
}

void Session::onFileEvent(quint64 generation, const JobEvent &event)
{
    if (const auto *batch = dynamic_cast<const SnapshotBatchEvent *>(&event)) {
        m_guard->change([this, generation, page = batch->page, offsets = batch->offsetMinutes] {
            if (generation != m_file.generation)
                return;
            for (size_t i = 0; i < page->records.size() && i < offsets.size(); ++i)
                m_store.append(page->records[i], offsets[i]);
            m_model->storeGrew();
        });
    } else if (const auto *opened = dynamic_cast<const SnapshotOpenedEvent *>(&event)) {
        m_file.opened = opened->info;
        const QTimeZone zone(opened->info.zoneId.toUtf8());
        if (zone.isValid())
            setTimeZone(zone);
        // The count is the file's word: reserve no more than its size can hold
        // at a realistic 512 bytes a record (the store grows past that if needed).
        const qint64 plausible = std::min(opened->records, QFileInfo(m_file.path).size() / 512);
        m_guard->change([this, generation, plausible] {
            if (generation == m_file.generation)
                m_store.reserve(int(std::min<qint64>(plausible, std::numeric_limits<int>::max())));
        });
        Q_EMIT snapshotOpened(opened->info, opened->records);
    }
}

void Session::finishOpen(bool ok)
{
    if (!ok) {
        // Put back what was shown before: nothing already loaded is lost.
        m_charts->invalidate();
        m_store.swap(m_previous);
        m_previous.clear();
        m_model->resetFromStore();
        Q_EMIT storeReplaced();
        return;
    }
    m_previous.clear();
    m_model->flushPendingRows();
    m_origin = Origin::Snapshot;
    m_snapshotPath = m_file.path;
    m_snapshotInfo = m_file.opened;
    m_partial = m_snapshotInfo.partial;
}

// --- saving and exporting --------------------------------------------------------

bool Session::saveSnapshot(const QString &path, QString *error)
{
    if (refuseWhileBusy(error))
        return false;
    if (m_store.size() == 0) {
        if (error)
            *error = tr("There are no calls to save.");
        return false;
    }
    const quint64 generation = beginFileJob(FileJob::Save, path);
    const SnapshotInfo info = currentSnapshotInfo();
    // After any change still waiting; the worker then reads a store that holds still.
    m_guard->change([this, generation, info, path] {
        if (generation != m_file.generation)
            return;   // cancelled before it could start
        m_guard->lease(generation);
        m_runner->start(generation, makeSnapshotSaveJob(&m_store, info, path));
    });
    return true;
}

bool Session::exportCsv(ExportRequest request, QString *error)
{
    if (refuseWhileBusy(error))
        return false;
    const quint64 generation = beginFileJob(FileJob::Export, request.path);
    m_file.exportSwitch = std::make_shared<ExportSwitch>();
    m_guard->change([this, generation, control = m_file.exportSwitch, request = std::move(request)]() mutable {
        if (generation != m_file.generation)
            return;   // cancelled before it could start
        m_guard->lease(generation);
        m_runner->start(generation, makeExportJob(&m_store, std::move(request), control));
    });
    return true;
}

void Session::cancelFileJob()
{
    if (fileJob() == FileJob::None)
        return;
    // An export that is already committing its file finishes: it is not cancelled.
    if (m_file.exportSwitch && !m_file.exportSwitch->tryCancel())
        return;
    const FileJob kind = m_file.kind;
    m_runner->cancel(m_file.generation);
    endFileJob(false, true, {});
    if (kind == FileJob::Open) {
        // Batches still waiting are dropped (their generation is gone).
        m_guard->change([this] { finishOpen(false); });
    }
}

void Session::onFileFinished(quint64 generation, JobStatus status, const QString &error)
{
    const bool ok = status == JobStatus::Done;
    const bool cancelled = status == JobStatus::Cancelled;
    if (m_file.kind != FileJob::Open) {
        endFileJob(ok, cancelled, cancelled ? QString() : error);
        return;
    }
    // After every batch before it.
    m_guard->change([this, generation, ok, cancelled, error] {
        if (generation != m_file.generation)
            return;
        finishOpen(ok);
        endFileJob(ok, cancelled, cancelled ? QString() : error);
    });
}

} // namespace cs
