#include "archive.h"

#include "recordstore.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace cs {

namespace {

struct ArchiveLoadText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveLoadText)
};

// Batches of calls travel from the reading thread to the appending one and
// back empty, so their strings keep their capacity: after the first few
// batches loading allocates nothing per call.
// Below this, one reading thread is fast enough and simpler.
constexpr qint64 kPartedLoadCalls = 20000;

class BatchPipe
{
public:
    using Batch = std::vector<ArchivedCall>;
    static constexpr size_t kBatchSize = 256;
    static constexpr size_t kBatches = 4;

    BatchPipe()
    {
        for (size_t i = 0; i < kBatches; ++i)
            m_empty.emplace_back(std::make_unique<Batch>());
    }
    std::unique_ptr<Batch> takeEmpty()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_empty.empty() || m_stopped; });
        if (m_stopped)
            return {};
        auto batch = std::move(m_empty.front());
        m_empty.pop_front();
        return batch;
    }
    void putFull(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::unique_ptr<Batch> takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_done; });
        if (m_full.empty())
            return {};
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void putEmpty(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_empty.push_back(std::move(batch));
        m_changed.notify_all();
    }
    void finishReading()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_empty;
    std::deque<std::unique_ptr<Batch>> m_full;
    bool m_done = false;
    bool m_stopped = false;
};

// `total` may be an estimate (ArchiveBackend::estimateCalls()): what was done
// is never reported as more than the total.
bool reportProgress(const ArchiveProgress &progress, qint64 done, qint64 total)
{
    return progress(done, std::max(done, total));
}

// Two threads each read half of the range and build a store of their own;
// the second store then moves to the end of the first. Each thread works on
// its own memory (a pipeline passes every call from one core's cache to the
// other's), so on two cores this takes about half of one thread's time.
// Empty when the backend cannot read in parts.
std::optional<bool> loadInParts(ArchiveBackend &archive, const UtcInterval &interval, qint64 total,
                                RecordStore &store, const std::shared_ptr<RawJsonSource> &source,
                                const ArchiveProgress &progress, QString *error)
{
    RecordStore second;
    second.reserve(int(std::min<qint64>(total / 2 + 1, std::numeric_limits<int>::max())));
    second.setRawSource(source);
    std::atomic<qint64> secondDone{0};
    std::atomic<bool> stop{false};
    qint64 firstDone = 0;
    bool cancelled = false;
    QString readError;
    // session_id is UNIQUE in every backend: the stores need no lookups.
    std::optional<RecordStore::BulkAppend> toFirst(store), toSecond(second);
    const bool ok = archive.readCallsInParts(interval, [&](int part, ArchivedCall &call) {
        if (stop.load(std::memory_order_relaxed))
            return false;
        if (part != 0) {
            toSecond->append(call);
            secondDone.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
        toFirst->append(call);
        // Progress from this (the caller's) thread only, as the pipeline does.
        if ((++firstDone % 4096) == 0 && progress
            && !reportProgress(progress, firstDone + secondDone.load(std::memory_order_relaxed), total)) {
            cancelled = true;
            stop.store(true, std::memory_order_relaxed);
            return false;
        }
        return true;
    }, &readError);
    // Each store indexes its own rows, both at once (0.02-0.08 s a million
    // calls one after the other, before the table can show them).
    std::thread indexSecond([&toSecond] { toSecond.reset(); });
    toFirst.reset();
    indexSecond.join();
    if (cancelled) {
        if (error)
            *error = ArchiveLoadText::tr("Loading was cancelled.");
        return false;
    }
    if (!ok && readError.isEmpty())
        return std::nullopt;
    if (!ok) {
        if (error)
            *error = readError;
        return false;
    }
    store.appendStore(std::move(second));
    if (archive.partsInKeyOrder()) {
        if (std::vector<RowId> order = store.archiveReadOrder(); !order.empty())
            store.reorder(order);
    }
    if (progress && !progress(store.size(), store.size())) {
        if (error)
            *error = ArchiveLoadText::tr("Loading was cancelled.");
        return false;
    }
    return true;
}

} // namespace

bool loadArchiveRange(ArchiveBackend &archive, const UtcInterval &interval, RecordStore &store,
                      const ArchiveProgress &progress, QString *error)
{
    qint64 total = 0;   // an estimate: progress never reports more done than it (reportProgress)
    if (!archive.estimateCalls(interval, &total, error))
        return false;
    std::shared_ptr<RawJsonSource> source = archive.rawSource(error);
    if (!source)
        return false;
    store.clear();
    store.reserve(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    store.setRawSource(source);

    if (total >= kPartedLoadCalls) {
        const std::optional<bool> parted = loadInParts(archive, interval, total, store, source, progress, error);
        if (parted)
            return *parted;
        store.clear();   // the backend cannot read in parts: the pipeline below
        store.reserve(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        store.setRawSource(source);
    }

    // The backend reads rows in one thread while this one appends them: on two
    // cores that halves the time to a loaded table.
    BatchPipe pipe;
    bool readOk = true;
    QString readError;
    std::thread reader([&] {
        std::unique_ptr<BatchPipe::Batch> batch = pipe.takeEmpty();
        size_t used = 0;
        readOk = batch && archive.readCalls(interval, [&](ArchivedCall &call) {
            if (used == batch->size())
                batch->emplace_back();
            (*batch)[used++].takeFrom(call);
            if (used == BatchPipe::kBatchSize) {
                batch->resize(used);
                pipe.putFull(std::move(batch));
                batch = pipe.takeEmpty();
                used = 0;
                return batch != nullptr;
            }
            return true;
        }, &readError);
        if (batch && used > 0) {
            batch->resize(used);
            pipe.putFull(std::move(batch));
        }
        pipe.finishReading();
    });

    qint64 done = 0;
    bool cancelled = false;
    std::optional<RecordStore::BulkAppend> toStore(store);   // session_id is UNIQUE in every backend
    while (std::unique_ptr<BatchPipe::Batch> batch = pipe.takeFull()) {
        for (const ArchivedCall &call : *batch)
            toStore->append(call);
        done += qint64(batch->size());
        pipe.putEmpty(std::move(batch));
        if (progress && !reportProgress(progress, done, total)) {
            cancelled = true;
            pipe.stop();
            break;
        }
    }
    reader.join();
    toStore.reset();
    if (cancelled) {
        if (error)
            *error = ArchiveLoadText::tr("Loading was cancelled.");
        return false;
    }
    if (!readOk) {
        if (error)
            *error = readError;
        return false;
    }
    return true;
}

} // namespace cs
