#include "filejobs.h"

#include <QCoreApplication>

namespace cs {

namespace {

void reportProgress(const JobTicket &ticket, qint64 done, qint64 total)
{
    auto event = std::make_shared<FileProgressEvent>();
    event->done = done;
    event->total = total;
    ticket.progress(std::move(event));
}

class SnapshotSaveJob : public Job
{
public:
    SnapshotSaveJob(const RecordStore *store, SnapshotInfo info, QString path, RawCompression compression)
        : m_store(store), m_info(std::move(info)), m_path(std::move(path)), m_compression(compression)
    {
    }

    void run(const JobTicket &ticket) override
    {
        QString error;
        const bool ok = saveSnapshot(m_path, *m_store, m_info, &error, [&ticket](qint64 done, qint64 total) {
            reportProgress(ticket, done, total);
            return !ticket.isCancelled();
        }, m_compression);
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
    RawCompression m_compression;
};

} // namespace

std::unique_ptr<Job> makeSnapshotSaveJob(const RecordStore *store, const SnapshotInfo &info, const QString &path,
                                         RawCompression compression)
{
    return std::make_unique<SnapshotSaveJob>(store, info, path, compression);
}

} // namespace cs
