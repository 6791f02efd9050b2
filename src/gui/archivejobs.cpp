#include "archivejobs.h"

#include "archivefactory.h"
#include "exportjob.h"
#include "filejobs.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace cs {

namespace {


std::unique_ptr<ArchiveBackend> openForReading(const ArchiveQuery &query, QString *error)
{
    ArchiveOpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.password = query.password;
    std::unique_ptr<ArchiveBackend> archive = openArchive(query.path, options, error);
    if (!archive && isServerArchive(query.path)) {
        // A database without the archive's tables yet (the team's first
        // fetch): a role that may write creates them; a reader gets the
        // first message.
        QString writeError;
        options.readOnly = false;
        if (openArchive(query.path, options, &writeError))
            archive = openArchive(query.path, {false, true, query.password}, error);
    }
    return archive;
}

// No archive yet (a connection's first fetch into a file): it holds nothing.
bool archiveMissing(const ArchiveQuery &query)
{
    return !isServerArchive(query.path) && !QFileInfo::exists(query.path);
}

bool readCoverage(ArchiveBackend &archive, const ArchiveQuery &query, QList<CoverageSpan> *spans, QString *error)
{
    QList<LedgerEntry> ledger;
    if (!archive.ledger(query.scope, query.range, &ledger, error))
        return false;
    *spans = classifyCoverage(ledger, query.range.startUtc, query.range.endUtc, QDateTime::currentSecsSinceEpoch(),
                              query.settleSeconds);
    return true;
}

class RangeLoadJob : public Job
{
public:
    explicit RangeLoadJob(ArchiveQuery query) : m_query(std::move(query)) {}

    void run(const JobTicket &ticket) override
    {
        QString error;
        auto loaded = std::make_shared<RangeLoadedEvent>();
        loaded->range = m_query.range;
        if (m_query.snapshotInfo) {
            // A file the user chose: it must prove to be a snapshot first
            // (the reader names what is wrong with one that is not).
            SnapshotReader reader;
            if (!reader.open(m_query.path, &error))
                return ticket.finish(JobStatus::Failed, error);
            auto opened = std::make_shared<SnapshotOpenedEvent>();
            opened->info = reader.info();
            opened->records = reader.recordCount();
            ticket.deliver(std::move(opened));
        } else if (archiveMissing(m_query)) {
            // No archive yet (the connection's first fetch): it holds nothing.
            loaded->store = std::make_shared<RecordStore>();
            loaded->spans = classifyCoverage({}, m_query.range.startUtc, m_query.range.endUtc,
                                             QDateTime::currentSecsSinceEpoch(), m_query.settleSeconds);
            return ticket.finish(JobStatus::Done, {}, std::move(loaded));
        }
        std::unique_ptr<ArchiveBackend> archive = openForReading(m_query, &error);
        if (!archive && m_query.snapshotInfo)
            return loadOlderSnapshot(ticket);   // format 1: read as it is, never migrated
        if (!archive)
            return ticket.finish(JobStatus::Failed, error);
        // The coverage first: a page committed while the rows are read is
        // then at worst fetched again, never taken as covered without its rows.
        if (m_query.withLedger && !readCoverage(*archive, m_query, &loaded->spans, &error))
            return ticket.finish(JobStatus::Failed, error);
        if (!deliverFirstRows(*archive, ticket, &error))
            return ticket.finish(JobStatus::Failed, error);

        loaded->store = std::make_shared<RecordStore>();
        const bool ok = loadArchiveRange(*archive, m_query.range, *loaded->store, [&ticket](qint64 done, qint64 total) {
            auto event = std::make_shared<FileProgressEvent>();
            event->done = done;
            event->total = total;
            ticket.progress(std::move(event));
            return !ticket.isCancelled();
        }, &error);
        if (ticket.isCancelled())
            return ticket.finish(JobStatus::Cancelled);
        if (!ok)
            return ticket.finish(JobStatus::Failed, error);
        ticket.finish(JobStatus::Done, {}, std::move(loaded));
    }

private:
    // A snapshot of format 1 (raw JSON only): parsed in this worker; the
    // user's file is only read.
    void loadOlderSnapshot(const JobTicket &ticket)
    {
        QString error;
        SnapshotReader reader;
        if (!reader.open(m_query.path, &error))
            return ticket.finish(JobStatus::Failed, error);
        auto loaded = std::make_shared<RangeLoadedEvent>();
        loaded->range = m_query.range;
        loaded->store = std::make_shared<RecordStore>();
        const qint64 total = reader.recordCount();
        qint64 done = 0;
        bool first = true;
        const bool ok = reader.readBatches(kFirstRows, [&](SnapshotReader::Batch &&batch) {
            if (ticket.isCancelled())
                return false;
            for (size_t i = 0; i < batch.page->records.size() && i < batch.offsetMinutes.size(); ++i)
                loaded->store->append(batch.page->records[i], batch.offsetMinutes[i]);
            if (first) {
                first = false;
                auto rows = std::make_shared<FirstRowsEvent>();
                rows->page = batch.page;
                rows->offsetMinutes = batch.offsetMinutes;
                ticket.deliver(std::move(rows));
            }
            done += qint64(batch.page->records.size());
            auto event = std::make_shared<FileProgressEvent>();
            event->done = done;
            event->total = total;
            ticket.progress(std::move(event));
            return true;
        }, &error);
        if (ticket.isCancelled())
            return ticket.finish(JobStatus::Cancelled);
        if (!ok)
            return ticket.finish(JobStatus::Failed, error);
        ticket.finish(JobStatus::Done, {}, std::move(loaded));
    }

    // The first rows in the order loadArchiveRange() appends them.
    bool deliverFirstRows(ArchiveBackend &archive, const JobTicket &ticket, QString *error)
    {
        auto first = std::make_shared<FirstRowsEvent>();
        first->rawSource = archive.rawSource(error);
        if (!first->rawSource)
            return false;
        first->calls.reserve(kFirstRows);
        if (!archive.readCalls(m_query.range, [&first](const ArchivedCall &call) {
                first->calls.push_back(call);
                return first->calls.size() < size_t(kFirstRows);
            }, error) && first->calls.size() < size_t(kFirstRows)) {
            return false;
        }
        ticket.deliver(std::move(first));
        return true;
    }

    ArchiveQuery m_query;
};

class CoverageJob : public Job
{
public:
    explicit CoverageJob(ArchiveQuery query) : m_query(std::move(query)) {}

    void run(const JobTicket &ticket) override
    {
        QString error;
        auto event = std::make_shared<CoverageEvent>();
        event->range = m_query.range;
        if (isServerArchive(m_query.path)) {
            // A server's coverage is the team's: a failure to read it is said.
            std::unique_ptr<ArchiveBackend> archive = openForReading(m_query, &error);
            if (!archive || !readCoverage(*archive, m_query, &event->spans, &error))
                return ticket.finish(JobStatus::Failed, error);
            return ticket.finish(JobStatus::Done, {}, std::move(event));
        }
        std::unique_ptr<ArchiveBackend> archive =
            QFileInfo::exists(m_query.path) ? openForReading(m_query, &error) : nullptr;
        if (!archive) {
            // No archive yet (or none readable): nothing of the range is held.
            event->spans = classifyCoverage({}, m_query.range.startUtc, m_query.range.endUtc,
                                            QDateTime::currentSecsSinceEpoch(), m_query.settleSeconds);
            return ticket.finish(JobStatus::Done, {}, std::move(event));
        }
        if (!readCoverage(*archive, m_query, &event->spans, &error))
            return ticket.finish(JobStatus::Failed, error);
        ticket.finish(JobStatus::Done, {}, std::move(event));
    }

private:
    ArchiveQuery m_query;
};

class ViewJob : public Job
{
public:
    ViewJob(const RecordStore *store, FilterRule rule, CallColumn column, Qt::SortOrder order)
        : m_store(store), m_rule(std::move(rule)), m_column(column), m_order(order)
    {
    }

    void run(const JobTicket &ticket) override
    {
        auto event = std::make_shared<ViewBuiltEvent>();
        event->view = std::make_shared<RecordView>(m_store);
        event->view->setSort(m_column, m_order);
        if (!(m_rule == FilterRule()))
            event->view->setFilter(m_rule);
        event->copyRows();
        ticket.finish(ticket.isCancelled() ? JobStatus::Cancelled : JobStatus::Done, {}, std::move(event));
    }

private:
    const RecordStore *m_store;
    FilterRule m_rule;
    CallColumn m_column;
    Qt::SortOrder m_order;
};

class ViewChangeJob : public Job
{
public:
    ViewChangeJob(RecordView view, FilterRule rule, CallColumn column, Qt::SortOrder order)
        : m_view(std::make_shared<RecordView>(std::move(view))), m_rule(std::move(rule)), m_column(column), m_order(order)
    {
    }

    void run(const JobTicket &ticket) override
    {
        // A new sort first sorts the rows shown; a new filter then keeps its
        // rows in that order (or filters all and sorts those).
        m_view->setSort(m_column, m_order);
        if (ticket.isCancelled())
            return;
        m_view->setFilter(m_rule);
        if (ticket.isCancelled())
            return;
        auto event = std::make_shared<ViewBuiltEvent>();
        event->view = std::move(m_view);
        event->copyRows();
        ticket.finish(JobStatus::Done, {}, std::move(event));
    }

private:
    std::shared_ptr<RecordView> m_view;
    FilterRule m_rule;
    CallColumn m_column;
    Qt::SortOrder m_order;
};

} // namespace

void ViewBuiltEvent::copyRows()
{
    tableRows = std::make_shared<std::vector<RowId>>(view->rows());
    chartRows = std::make_shared<std::vector<RowId>>(view->rows());
}

std::unique_ptr<Job> makeRangeLoadJob(const ArchiveQuery &query)
{
    return std::make_unique<RangeLoadJob>(query);
}

std::unique_ptr<Job> makeCoverageJob(const ArchiveQuery &query)
{
    return std::make_unique<CoverageJob>(query);
}

std::unique_ptr<Job> makeViewJob(const RecordStore *store, const FilterRule &rule, CallColumn sortColumn,
                                 Qt::SortOrder order)
{
    return std::make_unique<ViewJob>(store, rule, sortColumn, order);
}

} // namespace cs

namespace cs {

std::unique_ptr<Job> makeViewChangeJob(RecordView view, const FilterRule &rule, CallColumn sortColumn,
                                       Qt::SortOrder order)
{
    return std::make_unique<ViewChangeJob>(std::move(view), rule, sortColumn, order);
}

} // namespace cs
