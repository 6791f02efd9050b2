#pragma once
// Chunked storage for the record store: bytes and fixed-size rows grow block by
// block, so appending never reallocates (and copies) everything already held,
// and a million records never need one giant contiguous buffer.

#include <QtGlobal>
#include <cstddef>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cs::recordarena {

// Zeroed memory for a large array that a bulk load fills at once, in 2 MiB
// aligned huge pages (Linux transparent huge pages, "always" or "madvise")
// or in plain pages where those are cheaper (bulkpages.h): a huge page is one
// fault per 2 MiB instead of 512. Not for arrays that grow on the GUI thread:
// a huge page may have to be compacted first, which can take milliseconds.
class LargeBlock
{
public:
    LargeBlock() = default;
    explicit LargeBlock(size_t bytes);   // empty (data() null) if the memory cannot be had
    ~LargeBlock() { release(); }
    LargeBlock(LargeBlock &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}
    LargeBlock &operator=(LargeBlock &&other) noexcept
    {
        if (this != &other) {
            release();
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
        }
        return *this;
    }
    char *data() const { return m_data; }
    size_t size() const { return m_size; }

    // Below this, a block is allocated as usual: a huge page would mostly be waste.
    static constexpr size_t kMinBytes = size_t(4) << 20;

private:
    void release();
    char *m_data = nullptr;
    size_t m_size = 0;
};

// Memory for a block or an array: a LargeBlock when a bulk load asks for
// one (`large`) and the size is worth it, else from the heap, zeroed or left
// uninitialised (untouched pages of a fresh block then cost no memory).
class Memory
{
public:
    enum class Fill { Uninitialised, Zeroed };   // a LargeBlock is always zeroed

    Memory() = default;
    Memory(size_t bytes, bool large, Fill fill);
    Memory(Memory &&other) noexcept
        : m_large(std::move(other.m_large)), m_heap(std::move(other.m_heap)), m_size(std::exchange(other.m_size, 0)) {}
    Memory &operator=(Memory &&other) noexcept
    {
        m_large = std::move(other.m_large);
        m_heap = std::move(other.m_heap);
        m_size = std::exchange(other.m_size, 0);
        return *this;
    }
    char *data() const { return m_large.data() ? m_large.data() : m_heap.get(); }
    size_t size() const { return m_size; }   // as asked for
    bool isLarge() const { return m_large.data() != nullptr; }

private:
    LargeBlock m_large;
    std::unique_ptr<char[]> m_heap;
    size_t m_size = 0;
};

// A fixed number of zeroed T (trivially copyable): in a LargeBlock when the
// caller is a bulk load (`large`) and it is big enough, else on the heap.
template <class T>
class ZeroedArray
{
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);

public:
    ZeroedArray() = default;
    ZeroedArray(size_t count, bool large) : m_memory(count * sizeof(T), large, Memory::Fill::Zeroed) {}
    size_t size() const { return m_memory.size() / sizeof(T); }
    bool empty() const { return m_memory.size() == 0; }
    T &operator[](size_t i) { return begin()[i]; }
    const T &operator[](size_t i) const { return begin()[i]; }
    T *begin() { return reinterpret_cast<T *>(m_memory.data()); }
    T *end() { return begin() + size(); }
    const T *begin() const { return reinterpret_cast<const T *>(m_memory.data()); }
    const T *end() const { return begin() + size(); }

private:
    Memory m_memory;
};

// Byte blocks of `blockSize`; an entry never straddles two blocks. An entry
// larger than half a block gets a block of its own, so it neither forces the
// block being filled to be abandoned nor is limited in size.
class ChunkedBytes
{
public:
    struct Location { quint32 block = 0; quint32 offset = 0; };

    explicit ChunkedBytes(size_t blockSize) : m_blockSize(blockSize) {}
    // From now on, blocks of at least LargeBlock::kMinBytes are LargeBlocks:
    // a bulk load fills them (RecordStore::reserve), not the GUI thread.
    void useLargeBlocks() { m_large = true; }

    Location append(std::string_view bytes);
    std::string_view view(Location at, size_t length) const
    {
        return {m_blocks[at.block].memory.data() + at.offset, length};
    }
    size_t blockCount() const { return m_blocks.size(); }
    // Moves every block of `other` after ours, without copying a byte, and
    // empties it: its locations stay valid with `block` shifted by the
    // returned count. Filling goes on in our own last block.
    size_t adoptBlocks(ChunkedBytes &&other);
    size_t allocatedBytes() const;   // block capacities
    size_t bookkeepingBytes() const { return m_blocks.capacity() * sizeof(Block); }
    void clear();

private:
    struct Block
    {
        Memory memory;
        size_t used = 0;
    };
    size_t m_blockSize;
    bool m_large = false;
    std::vector<Block> m_blocks;
    size_t m_filling = size_t(-1);   // index of the shared block being filled
};

// A vector of trivially copyable T in blocks of 2^Shift elements. reserve()
// for a bulk load takes the blocks it will need as one LargeBlock.
template <class T, int Shift>
class ChunkedVector
{
public:
    static constexpr size_t kBlockElements = size_t(1) << Shift;
    static constexpr size_t kBlockBytes = kBlockElements * sizeof(T);

    size_t size() const { return m_size; }
    T &operator[](size_t i) { return m_blocks[i >> Shift][i & (kBlockElements - 1)]; }
    const T &operator[](size_t i) const { return m_blocks[i >> Shift][i & (kBlockElements - 1)]; }

    T &emplaceBack()
    {
        if (m_size == m_blocks.size() * kBlockElements)
            addBlock();
        T &slot = (*this)[m_size++];
        slot = T{};
        return slot;
    }
    void popBack() { --m_size; }
    void reserve(size_t count)
    {
        const size_t blocks = (count + kBlockElements - 1) >> Shift;
        m_blocks.reserve(blocks);
        const size_t spare = size_t(m_regionEnd - m_regionNext) / kBlockBytes;
        const size_t needed = blocks > m_blocks.size() ? blocks - m_blocks.size() : 0;
        if (needed <= spare || needed * kBlockBytes < LargeBlock::kMinBytes)
            return;
        // One region for every block still needed: the last region's spare
        // blocks are left untouched, which costs address space, not memory.
        Memory region(needed * kBlockBytes, /*large=*/true, Memory::Fill::Uninitialised);
        if (!region.data())
            return;   // blocks are allocated one by one as they fill
        m_regionNext = region.data();
        m_regionEnd = region.data() + needed * kBlockBytes;
        m_memory.push_back(std::move(region));
    }
    // Appends every element of `other` by taking over its blocks, without
    // copying or touching fresh memory, and empties it; only when ours end
    // on a block boundary (false, nothing done, otherwise).
    bool adoptBlocks(ChunkedVector &&other)
    {
        if (m_size != m_blocks.size() * kBlockElements)
            return false;
        m_blocks.insert(m_blocks.end(), other.m_blocks.begin(), other.m_blocks.end());
        m_memory.reserve(m_memory.size() + other.m_memory.size());
        for (Memory &memory : other.m_memory)
            m_memory.push_back(std::move(memory));
        m_size += other.m_size;
        other.m_blocks.clear();
        other.m_memory.clear();
        other.m_regionNext = other.m_regionEnd = nullptr;
        other.m_size = 0;
        return true;
    }
    void clear()
    {
        m_blocks.clear();
        m_blocks.shrink_to_fit();
        m_memory.clear();
        m_memory.shrink_to_fit();
        m_regionNext = m_regionEnd = nullptr;
        m_size = 0;
    }
    size_t residentBytes() const
    {
        return m_blocks.size() * kBlockBytes + m_blocks.capacity() * sizeof(T *) + m_memory.capacity() * sizeof(Memory);
    }

private:
    void addBlock()
    {
        if (m_regionEnd - m_regionNext >= std::ptrdiff_t(kBlockBytes)) {
            m_blocks.push_back(reinterpret_cast<T *>(m_regionNext));
            m_regionNext += kBlockBytes;
            return;
        }
        // Uninitialised: emplaceBack() sets each element as it comes.
        m_memory.emplace_back(kBlockBytes, /*large=*/false, Memory::Fill::Uninitialised);
        m_blocks.push_back(reinterpret_cast<T *>(m_memory.back().data()));
    }

    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);
    std::vector<T *> m_blocks;
    std::vector<Memory> m_memory;                // blocks allocated alone, and regions reserve() took
    char *m_regionNext = nullptr;                // the next block of the last region
    char *m_regionEnd = nullptr;
    size_t m_size = 0;
};

} // namespace cs::recordarena
