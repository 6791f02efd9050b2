#include "snapshotrawworker.h"
#include "snapshotschema.h"

#include <QtEndian>

#include <algorithm>

namespace cs {

bool RawPlan::copies(qint64 dictionary) const
{
    return compress && std::any_of(sourceDictionaries.begin(), sourceDictionaries.end(),
                                   [&](const auto &entry) { return entry.first == dictionary; });
}

void WorkerGate::setLimit(int limit)
{
    std::lock_guard lock(m_mutex);
    m_limit = limit;
    m_changed.notify_all();
}

bool WorkerGate::enter(int batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || (m_running < m_limit && batch == m_next); });
    if (m_stopped)
        return false;
    ++m_next;
    ++m_running;
    m_changed.notify_all();   // the next batch's worker may enter too, under a wider limit
    return true;
}

void WorkerGate::leave()
{
    std::lock_guard lock(m_mutex);
    --m_running;
    m_changed.notify_all();
}

void WorkerGate::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

RawWorker::RawWorker(const RecordStore &store, const RawPlan &plan, int firstBatch, int step, WorkerGate *gate)
    : m_store(store), m_plan(plan), m_firstBatch(firstBatch), m_step(step), m_gate(gate)
{
    for (int i = 0; i < (plan.callsFirst ? kInFlightCallsFirst : kInFlight); ++i)
        m_free.push_back(std::make_unique<RawBatch>());
    m_thread = std::thread([this] { run(); });
}

RawWorker::~RawWorker()
{
    stop();
    m_thread.join();
}

void RawWorker::stop()
{
    if (m_gate)
        m_gate->stop();   // every worker stops with the write
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

std::unique_ptr<RawBatch> RawWorker::takeFull(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_changed.wait(lock, [&] { return !m_full.empty() || m_stopped; });
    if (m_full.empty())
        return {};
    auto batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
}

void RawWorker::putFree(std::unique_ptr<RawBatch> batch)
{
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(batch));
    m_changed.notify_all();
}

void RawWorker::run()
{
    // Level 1: on a thousand calls' JSON it is both faster and smaller
    // than level 3 on each call alone (docs/snapshot-format.md, format 4).
    std::unique_ptr<rawcodec::Compressor> compressor;
    if (m_plan.compress && !m_plan.dictionary.isEmpty())
        compressor = std::make_unique<rawcodec::Compressor>(m_plan.dictionary, 1);
    const int total = m_store.size();
    const qint64 stride = qint64(m_step) * kBatchRows;
    for (qint64 first = qint64(m_firstBatch) * kBatchRows; first < total; first += stride) {
        std::unique_ptr<RawBatch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_free.empty() || m_stopped; });
            if (m_stopped)
                return;
            batch = std::move(m_free.front());
            m_free.pop_front();
        }
        if (m_gate && !m_gate->enter(int(first / kBatchRows)))
            return;
        fill(*batch, RowId(first), int(std::min<qint64>(kBatchRows, total - first)), compressor.get());
        if (m_gate)
            m_gate->leave();
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

void RawWorker::fill(RawBatch &batch, RowId first, int count, rawcodec::Compressor *compressor)
{
    batch.first = first;
    batch.count = count;
    batch.hashes.resize(size_t(count));
    m_owned.resize(size_t(count));
    batch.bytes.resize(size_t(count));
    batch.dictionaries.resize(size_t(count));
    batch.inBlock.assign(size_t(count), 0);
    batch.blockCount = 0;
    batch.keys.clear();
    if (m_plan.copyStored) {
        for (int i = 0; i < count; ++i)
            if (const qint64 key = m_store.archiveKey(first + RowId(i)); key >= 0)
                batch.keys.push_back(key);
    }
    if (copyBlock(batch))
        return;
    // Writing the calls rows first, the writer has every checksum (from the
    // source) and compares the batch's with them: the JSON is read alone.
    const StoredChecksums checksums = m_plan.callsFirst ? StoredChecksums::Skip : StoredChecksums::Read;
    batch.ok = batch.keys.empty() || m_store.rawSource()->readStored(batch.keys, &m_stored, checksums);
    size_t nextStored = 0;
    for (int i = 0; i < count && batch.ok; ++i) {
        const RowId row = first + RowId(i);
        std::string &owned = m_owned[size_t(i)];
        std::string_view raw;
        bool checkHash = false;
        if (m_store.rawInMemory(row)) {
            batch.hashes[size_t(i)] = m_store.rawHash(row);   // taken as it arrived
            batch.bytes[size_t(i)] = m_store.rawJson(row);    // no copy
            batch.dictionaries[size_t(i)] = 0;
            batch.inBlock[size_t(i)] = compressor != nullptr;
            continue;
        }
        if (m_plan.copyStored) {
            StoredRaw &stored = m_stored[nextStored++];
            batch.hashes[size_t(i)] = stored.hash;
            if (m_plan.copies(stored.dictionary)) {   // copied as stored: checked when it is read
                owned.swap(stored.bytes);
                batch.bytes[size_t(i)] = owned;
                batch.dictionaries[size_t(i)] = stored.dictionary;
                continue;
            }
            if (stored.dictionary > 0) {
                rawcodec::Decompressor *decompressor = decompressorFor(stored.dictionary);
                batch.ok = decompressor && decompressor->decompress(stored.bytes, &owned, snapshotschema::kMaxRawBytes);
            } else {
                owned.swap(stored.bytes);
            }
            raw = owned;
            // SQLite keeps no checksums: a damaged call is not saved as good.
            checkHash = checksums == StoredChecksums::Read;
        } else {
            batch.ok = m_store.readRawJson(row, &owned);
            raw = owned;
        }
        const qint64 hash = rawcodec::rawHash(raw);
        if (checkHash && hash != batch.hashes[size_t(i)])
            batch.ok = false;
        batch.hashes[size_t(i)] = hash;
        batch.bytes[size_t(i)] = raw;
        batch.dictionaries[size_t(i)] = 0;
        batch.inBlock[size_t(i)] = compressor != nullptr;
    }
    if (compressor && batch.ok)
        batch.ok = compressBlocks(batch, *compressor);
    // The writer reads the bytes of rows not in blocks only: those of a
    // batch all in blocks stay here, and the batch holds just its blocks.
    bool blocksOnly = true;
    for (int i = 0; i < count; ++i) {
        if (batch.inBlock[size_t(i)])
            batch.bytes[size_t(i)] = {};
        else
            blocksOnly = false;
    }
    if (!blocksOnly)
        batch.owned.swap(m_owned);
}

// A batch that is exactly one block of a compact snapshot the calls were
// loaded from (the same calls in the same order, none replaced since) is
// copied as stored, as an archive's frames are: nothing to decompress,
// check or compress again.
bool RawWorker::copyBlock(RawBatch &batch)
{
    const std::vector<qint64> &keys = batch.keys;
    if (!m_plan.compress || keys.size() != size_t(batch.count) || keys.back() - keys.front() != batch.count - 1
        || !std::is_sorted(keys.begin(), keys.end())
        || !m_store.rawSource()->readStoredBlock(keys.front(), batch.count, &m_copied)
        || !m_plan.copies(m_copied.dictionary))
        return false;
    for (int i = 0; i < batch.count; ++i) {
        batch.hashes[size_t(i)] = m_copied.hashes[size_t(i)];
        batch.bytes[size_t(i)] = {};
        batch.inBlock[size_t(i)] = 1;
    }
    if (batch.blocks.empty())
        batch.blocks.emplace_back();
    RawBlock &block = batch.blocks[0];
    batch.blockCount = 1;
    block.first = batch.first;
    block.sizes.swap(m_copied.sizes);
    block.frame.swap(m_copied.frame);
    block.dictionary = m_copied.dictionary;
    return true;
}

// The batch's rows to compress, in frames of consecutive rows; a frame
// ends early at kRawBlockBytes, so that a reader's block stays small.
bool RawWorker::compressBlocks(RawBatch &batch, rawcodec::Compressor &compressor)
{
    int begin = 0;
    while (begin < batch.count) {
        while (begin < batch.count && !batch.inBlock[size_t(begin)])
            ++begin;
        if (begin == batch.count)
            break;
        if (batch.blockCount == batch.blocks.size())
            batch.blocks.emplace_back();
        RawBlock &block = batch.blocks[batch.blockCount++];
        block.first = batch.first + RowId(begin);
        block.sizes.clear();
        m_join.clear();
        int end = begin;
        for (; end < batch.count && end - begin < snapshotschema::kRawBlockRows; ++end) {
            const bool in = batch.inBlock[size_t(end)];
            const std::string_view raw = batch.bytes[size_t(end)];
            if (in && !m_join.empty() && m_join.size() + raw.size() > snapshotschema::kRawBlockBytes)
                break;
            char size[4];
            qToLittleEndian<quint32>(in ? quint32(raw.size()) : 0u, size);
            block.sizes.append(size, 4);
            if (in)
                m_join.append(raw);
        }
        m_buffer.resize(std::max(m_buffer.size(), rawcodec::Compressor::compressBound(m_join.size())));
        const size_t size = compressor.compress(m_join, m_buffer.data(), m_buffer.size());
        if (size == 0)
            return false;
        block.frame.assign(m_buffer.data(), size);
        block.dictionary = m_plan.dictionaryId;
        begin = end;
    }
    return true;
}

rawcodec::Decompressor *RawWorker::decompressorFor(qint64 id)
{
    auto it = m_decompressors.find(id);
    if (it == m_decompressors.end()) {
        for (const auto &[dictionaryId, dictionary] : m_plan.sourceDictionaries)
            if (dictionaryId == id)
                it = m_decompressors.emplace(id, std::make_unique<rawcodec::Decompressor>(dictionary)).first;
    }
    return it == m_decompressors.end() ? nullptr : it->second.get();
}

} // namespace cs
