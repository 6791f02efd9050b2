#include "filejobs.h"

#include <QCoreApplication>

namespace cs {

namespace {

// lupdate takes the context from the qualified call (SnapshotJobs::tr).
struct SnapshotJobs
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotJobs)
};

void reportProgress(const JobTicket &ticket, qint64 done, qint64 total)
{
    auto event = std::make_shared<FileProgressEvent>();
    event->done = done;
    event->total = total;
    ticket.progress(std::move(event));
}

class SnapshotLoadJob : public Job
{
public:
    explicit SnapshotLoadJob(QString path) : m_path(std::move(path)) {}

    void run(const JobTicket &ticket) override
    {
        SnapshotReader reader;
        QString error;
        bool ok = reader.open(m_path, &error);
        if (ok) {
            auto opened = std::make_shared<SnapshotOpenedEvent>();
            opened->info = reader.info();
            opened->records = reader.recordCount();
            const qint64 total = opened->records;
            ticket.deliver(std::move(opened));
            qint64 done = 0;
            ok = reader.readBatches(kSnapshotBatchSize, [&](SnapshotReader::Batch &&batch) {
                if (ticket.isCancelled())
                    return false;
                done += qint64(batch.page->records.size());
                auto event = std::make_shared<SnapshotBatchEvent>();
                event->page = std::move(batch.page);
                event->offsetMinutes = std::move(batch.offsetMinutes);
                ticket.deliver(std::move(event));
                reportProgress(ticket, done, total);
                return true;
            }, &error);
        }
        if (ticket.isCancelled())
            ticket.finish(JobStatus::Cancelled);
        else if (!ok)
            ticket.finish(JobStatus::Failed, error.isEmpty() ? SnapshotJobs::tr("The snapshot could not be read.") : error);
        else
            ticket.finish(JobStatus::Done);
    }

private:
    QString m_path;
};

class SnapshotSaveJob : public Job
{
public:
    SnapshotSaveJob(const RecordStore *store, SnapshotInfo info, QString path)
        : m_store(store), m_info(std::move(info)), m_path(std::move(path))
    {
    }

    void run(const JobTicket &ticket) override
    {
        QString error;
        const bool ok = saveSnapshot(m_path, *m_store, m_info, &error, [&ticket](qint64 done, qint64 total) {
            reportProgress(ticket, done, total);
            return !ticket.isCancelled();
        });
        if (ok)
            ticket.finish(JobStatus::Done);
        else if (ticket.isCancelled())
            ticket.finish(JobStatus::Cancelled);
        else
            ticket.finish(JobStatus::Failed, error);
    }

private:
    const RecordStore *m_store;
    SnapshotInfo m_info;
    QString m_path;
};

} // namespace

std::unique_ptr<Job> makeSnapshotLoadJob(const QString &path)
{
    return std::make_unique<SnapshotLoadJob>(path);
}

std::unique_ptr<Job> makeSnapshotSaveJob(const RecordStore *store, const SnapshotInfo &info, const QString &path)
{
    return std::make_unique<SnapshotSaveJob>(store, info, path);
}

} // namespace cs
