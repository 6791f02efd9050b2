#include "recordarena.h"

#include <cstring>

namespace cs::recordarena {

ChunkedBytes::Location ChunkedBytes::append(std::string_view bytes)
{
    const auto newBlock = [this](size_t capacity) {
        // Uninitialised on purpose: untouched pages of a fresh block cost no memory.
        m_blocks.push_back({std::make_unique_for_overwrite<char[]>(capacity), capacity, 0});
        return m_blocks.size() - 1;
    };

    size_t block;
    if (bytes.size() > m_blockSize / 2) {
        block = newBlock(bytes.size());
    } else {
        if (m_filling == size_t(-1) || m_blocks[m_filling].capacity - m_blocks[m_filling].used < bytes.size())
            m_filling = newBlock(m_blockSize);
        block = m_filling;
    }
    Block &target = m_blocks[block];
    const Location at{quint32(block), quint32(target.used)};
    if (!bytes.empty())
        std::memcpy(target.data.get() + target.used, bytes.data(), bytes.size());
    target.used += bytes.size();
    return at;
}

size_t ChunkedBytes::adoptBlocks(ChunkedBytes &&other)
{
    const size_t shift = m_blocks.size();
    m_blocks.reserve(m_blocks.size() + other.m_blocks.size());
    for (Block &block : other.m_blocks)
        m_blocks.push_back(std::move(block));
    other.clear();
    return shift;
}

size_t ChunkedBytes::allocatedBytes() const
{
    size_t bytes = 0;
    for (const Block &block : m_blocks)
        bytes += block.capacity;
    return bytes;
}

void ChunkedBytes::clear()
{
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_filling = size_t(-1);
}

} // namespace cs::recordarena
