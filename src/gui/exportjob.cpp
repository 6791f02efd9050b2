#include "exportjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <new>

namespace cs {

namespace {

// lupdate takes the context from the qualified call (ExportJob::tr).
struct ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportJob)
};

// The summaries keep the context they were translated in.
struct ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
};

class ExportCsvJob : public Job
{
public:
    ExportCsvJob(const RecordStore *store, ExportRequest request, std::shared_ptr<ExportSwitch> control)
        : m_store(store), m_request(std::move(request)), m_control(std::move(control))
    {
    }

    void run(const JobTicket &ticket) override
    {
        const QString error = write(ticket);
        if (!error.isEmpty())
            ticket.finish(JobStatus::Failed, error);
        else if (!m_committed)
            ticket.finish(JobStatus::Cancelled);
        else
            ticket.finish(JobStatus::Done);
    }

private:
    // An error message, or "" when the file was committed or the export cancelled.
    QString write(const JobTicket &ticket)
    {
        const QString shownPath = QDir::toNativeSeparators(m_request.path);
        if (!m_control->isWriting())
            return {};
        if (m_request.path.isEmpty())
            return ExportJob::tr("No file name was given for the export.");
        if (!m_store)
            return ExportJob::tr("There are no calls to export.");

        // Rows of a store that changed since they were chosen are skipped, never read out of bounds.
        const RowId size = RowId(m_store->size());
        std::erase_if(m_request.rows, [size](RowId row) { return row >= size; });

        QSaveFile file(m_request.path);   // never falls back to writing the target directly
        if (!file.open(QIODevice::WriteOnly))
            return ExportJob::tr("Cannot create %1: %2").arg(shownPath, file.errorString());

        const qint64 total = qint64(m_request.rows.size());
        const ExportProgress progress = [&](qint64 done) {
            auto event = std::make_shared<FileProgressEvent>();
            event->done = done;
            event->total = total;
            ticket.progress(std::move(event));
            return m_control->isWriting() && !ticket.isCancelled();
        };
        bool written = false;
        try {
            written = m_request.kind == ExportKind::View
                ? writeViewCsv(*m_store, m_request.rows, &file, m_request.options, progress)
                : writeAgentSegmentCsv(*m_store, m_request.rows, &file, m_request.options, progress);
        } catch (const std::bad_alloc &) {
            file.cancelWriting();
            return ExportJob::tr("Not enough memory to export to %1.").arg(shownPath);
        }
        if (ticket.isCancelled())
            m_control->tryCancel();   // the runner stopped the job (its owner is going away)
        if (!m_control->tryCommit()) {
            file.cancelWriting();   // QSaveFile then removes its temporary file
            return {};
        }
        if (written && file.commit()) {
            m_committed = true;
            progress(total);   // "all done"
            return {};
        }
        if (file.error() == QFileDevice::ResourceError)
            return ExportJob::tr("Cannot write %1: the disk is full.").arg(shownPath);
        return ExportJob::tr("Cannot write %1: %2").arg(shownPath, file.errorString());
    }

    const RecordStore *m_store;
    ExportRequest m_request;
    std::shared_ptr<ExportSwitch> m_control;
    bool m_committed = false;
};

} // namespace

bool ExportSwitch::tryCancel()
{
    int expected = Writing;
    return m_phase.compare_exchange_strong(expected, Cancelled) || expected == Cancelled;
}

bool ExportSwitch::tryCommit()
{
    int expected = Writing;
    return m_phase.compare_exchange_strong(expected, Committing);
}

QString exportSummary(ExportKind kind, bool ok, bool cancelled, const QString &error, const QString &path, int calls)
{
    if (cancelled)
        return ExportRunner::tr("Export cancelled; no file was written");
    if (!ok)
        return error;
    // `calls` also picks the translation's plural form.
    const QString count = QLocale().toString(calls);
    const QString shownPath = QDir::toNativeSeparators(path);
    return kind == ExportKind::View
        ? ExportRunner::tr("Exported %1 calls to %2", nullptr, calls).arg(count, shownPath)
        : ExportRunner::tr("Exported the agent segments of %1 calls to %2", nullptr, calls).arg(count, shownPath);
}

std::unique_ptr<Job> makeExportJob(const RecordStore *store, ExportRequest request,
                                   std::shared_ptr<ExportSwitch> control)
{
    return std::make_unique<ExportCsvJob>(store, std::move(request), std::move(control));
}

} // namespace cs
