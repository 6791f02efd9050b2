#pragma once
// Chunked storage for the record store: bytes and fixed-size rows grow block by
// block, so appending never reallocates (and copies) everything already held,
// and a million records never need one giant contiguous buffer.

#include <QtGlobal>
#include <memory>
#include <string_view>
#include <vector>

namespace cs::recordarena {

// Byte blocks of `blockSize`; an entry never straddles two blocks. An entry
// larger than half a block gets a block of its own, so it neither forces the
// block being filled to be abandoned nor is limited in size.
class ChunkedBytes
{
public:
    struct Location { quint32 block = 0; quint32 offset = 0; };

    explicit ChunkedBytes(size_t blockSize) : m_blockSize(blockSize) {}

    Location append(std::string_view bytes);
    std::string_view view(Location at, size_t length) const
    {
        return {m_blocks[at.block].data.get() + at.offset, length};
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
        std::unique_ptr<char[]> data;
        size_t capacity = 0;
        size_t used = 0;
    };
    size_t m_blockSize;
    std::vector<Block> m_blocks;
    size_t m_filling = size_t(-1);   // index of the shared block being filled
};

// A vector of trivially copyable T in blocks of 2^Shift elements.
template <class T, int Shift>
class ChunkedVector
{
public:
    static constexpr size_t kBlockElements = size_t(1) << Shift;

    size_t size() const { return m_size; }
    T &operator[](size_t i) { return m_blocks[i >> Shift][i & (kBlockElements - 1)]; }
    const T &operator[](size_t i) const { return m_blocks[i >> Shift][i & (kBlockElements - 1)]; }

    T &emplaceBack()
    {
        if (m_size == m_blocks.size() * kBlockElements)
            m_blocks.push_back(std::make_unique<T[]>(kBlockElements));
        T &slot = (*this)[m_size++];
        slot = T{};
        return slot;
    }
    void popBack() { --m_size; }
    void reserve(size_t count)
    {
        m_blocks.reserve((count + kBlockElements - 1) >> Shift);
    }
    void clear()
    {
        m_blocks.clear();
        m_blocks.shrink_to_fit();
        m_size = 0;
    }
    size_t residentBytes() const
    {
        return m_blocks.size() * kBlockElements * sizeof(T) + m_blocks.capacity() * sizeof(std::unique_ptr<T[]>);
    }

private:
    std::vector<std::unique_ptr<T[]>> m_blocks;
    size_t m_size = 0;
};

} // namespace cs::recordarena
