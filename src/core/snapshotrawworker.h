#pragma once
// The raw JSON of a snapshot being saved, made ready off the writer's thread:
// compressing is most of a compact save's CPU time, so workers compress (or
// read and copy) batches of rows, and the writer's thread only inserts them.
// Internal to snapshotwriter.cpp.

#include "archive.h"
#include "recordstore.h"
#include "rawcodec.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace cs {

// How each raw record goes into the snapshot. Rows loaded from an archive that
// hands out its stored bytes are copied as they are (with the dictionaries
// they name); every other row is compressed with `dictionary` in blocks of up
// to kRawBlockRows rows (raw_blocks), or kept as text.
struct RawPlan
{
    bool compress = false;
    bool copyStored = false;
    QByteArray dictionary;        // for the rows this writer compresses
    qint64 dictionaryId = 0;
    std::vector<std::pair<qint64, QByteArray>> sourceDictionaries;   // of the archive's stored rows
    // Every calls row is written before the JSON is in (with checksums taken
    // without it), so that the indexes are built while workers still compress.
    bool callsFirst = false;
    bool copies(qint64 dictionary) const;
};

// A raw_blocks row: the JSON of rows first .. first + sizes / 4 - 1 as one frame.
struct RawBlock
{
    RowId first = 0;
    std::string sizes;   // little-endian uint32 per row; 0: the row is in raw_records
    std::string frame;
    qint64 dictionary = 0;
};

// Raw records of a range of rows, made ready by a worker thread.
struct RawBatch
{
    RowId first = 0;
    int count = 0;
    std::vector<qint64> hashes;
    std::vector<std::string> owned;          // copied or read bytes of rows not in blocks (capacity kept)
    std::vector<std::string_view> bytes;     // of rows not in blocks: into `owned` or the store's raw JSON
    std::vector<qint64> dictionaries;        // 0: text
    std::vector<char> inBlock;               // compressed into one of `blocks`: no raw_records row
    std::vector<RawBlock> blocks;            // the first blockCount (capacity kept: no page faults)
    size_t blockCount = 0;
    std::vector<qint64> keys;                // of the archived rows, in order
    bool ok = true;
};

// How many workers may fill a batch at once, granted in batch order. While
// the writer's thread inserts every calls row first, the workers leave it a
// core: it goes first, as the indexes wait for it, and the JSON is not needed
// yet. Unlike a lower priority for the workers, this holds when other programs
// load the cores too: then a worker at nice +10 got a tenth of a core
// (bench_archive --save-memory with two busy loops: 16 s against 5.5 s).
//
// Batches enter in order, 0, 1, 2, ...: every batch must come through once,
// so that the writer, which takes them in that order, never waits for one
// held back while later ones are compressed.
class WorkerGate
{
public:
    explicit WorkerGate(int limit) : m_limit(limit) {}
    void setLimit(int limit);
    // Waits until the worker about to fill `batch` may; false once stopped.
    bool enter(int batch);
    void leave();
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_next = 0;   // the batch to enter next
    int m_limit;
    int m_running = 0;
    bool m_stopped = false;
};

// One worker and its bounded queues: it prepares batches first, first + step,
// ... in order; the writer takes them in the same order.
class RawWorker
{
public:
    static constexpr int kBatchRows = 1000;
    // Batches per worker: bounded memory. Writing the calls rows first, the
    // writer builds the indexes while workers go on compressing: a batch
    // holds only its blocks then, ~0.3 MB a thousand calls.
    static constexpr int kInFlight = 3;
    static constexpr int kInFlightCallsFirst = 48;

    // `gate`: when set, the worker fills each batch within it.
    RawWorker(const RecordStore &store, const RawPlan &plan, int firstBatch, int step, WorkerGate *gate);
    ~RawWorker();
    RawWorker(const RawWorker &) = delete;
    RawWorker &operator=(const RawWorker &) = delete;
    void stop();
    // The next batch, waiting for it unless `wait` is false (then null when it is not ready).
    std::unique_ptr<RawBatch> takeFull(bool wait = true);
    void putFree(std::unique_ptr<RawBatch> batch);

private:
    void run();
    void fill(RawBatch &batch, RowId first, int count, rawcodec::Compressor *compressor);
    bool copyBlock(RawBatch &batch);
    bool compressBlocks(RawBatch &batch, rawcodec::Compressor &compressor);
    rawcodec::Decompressor *decompressorFor(qint64 id);

    std::vector<char> m_buffer;
    std::string m_join;
    std::vector<std::string> m_owned;   // read bytes (capacity kept: no page faults per batch)
    std::vector<StoredRaw> m_stored;
    StoredBlock m_copied;
    std::map<qint64, std::unique_ptr<rawcodec::Decompressor>> m_decompressors;
    const RecordStore &m_store;
    const RawPlan &m_plan;
    const int m_firstBatch;
    const int m_step;
    WorkerGate *const m_gate;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RawBatch>> m_free, m_full;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace cs
