// Session: opening and saving snapshots, exporting CSV.
#include "session.h"

#include "archivejobs.h"
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
    // Read as the archive it is: typed columns only, the raw JSON stays in
    // the file until a drill-down or an export asks for it.
    ArchiveQuery query;
    query.path = absolute;
    query.range = kWholeTime;
    query.withLedger = false;
    query.snapshotInfo = true;
    m_runner->start(generation, makeRangeLoadJob(query));
    return true;
}

void Session::onFileEvent(quint64 generation, const JobEvent &event)
{
    if (const auto *first = dynamic_cast<const FirstRowsEvent *>(&event)) {
        // The first rows at once; the whole file follows in one store.
        m_guard->change([this, generation, rows = *first] {
            if (generation == m_file.generation)
                showFirstRows(rows);
        });
    } else if (const auto *opened = dynamic_cast<const SnapshotOpenedEvent *>(&event)) {
        m_file.opened = opened->info;
        const QTimeZone zone(opened->info.zoneId.toUtf8());
        if (zone.isValid())
            setTimeZone(zone);
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
    m_origin = Origin::Snapshot;
    m_fetch.upsert = false;
    m_snapshotPath = m_file.path;
    m_snapshotInfo = m_file.opened;
    m_partial = m_snapshotInfo.partial;
}

// --- saving and exporting --------------------------------------------------------

bool Session::saveSnapshot(const QString &path, QString *error, RawCompression compression)
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
    m_guard->change([this, generation, info, path, compression] {
        if (generation != m_file.generation)
            return;   // cancelled before it could start
        m_guard->lease(generation);
        m_runner->start(generation, makeSnapshotSaveJob(&m_store, info, path, compression));
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

void Session::onFileFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail)
{
    const bool ok = status == JobStatus::Done;
    const bool cancelled = status == JobStatus::Cancelled;
    if (m_file.kind != FileJob::Open) {
        endFileJob(ok, cancelled, cancelled ? QString() : error);
        return;
    }
    if (const auto *built = dynamic_cast<const ViewBuiltEvent *>(detail)) {
        adoptBuiltView(*built);
        finishOpen(true);
        endFileJob(true, false, {});
        return;
    }
    const auto *loaded = dynamic_cast<const RangeLoadedEvent *>(detail);
    // After every batch before it.
    m_guard->change([this, generation, ok, cancelled, error, store = loaded ? loaded->store : nullptr] {
        if (generation != m_file.generation)
            return;
        if (!ok || !store) {
            finishOpen(false);
            endFileJob(false, cancelled, cancelled ? QString() : error);
            return;
        }
        // The whole file, loaded in the worker: swapped in, and its view
        // built off this thread too.
        m_charts->invalidate();
        m_store.swap(*store);
        m_file.generation = JobRunner::newGeneration();
        m_guard->lease(m_file.generation);
        m_model->holdViewUntilAdopted();
        m_runner->start(m_file.generation, makeViewJob(&m_store, m_model->filter(), m_model->wantedSortColumn(), m_model->wantedSortOrder()));
    });
}

} // namespace cs
