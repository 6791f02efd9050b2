#include "recordarena.h"

#include "bulkpages.h"

#include <cstdlib>
#include <cstring>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace cs::recordarena {

namespace {
constexpr size_t kHugePage = size_t(2) << 20;
}

LargeBlock::LargeBlock(size_t bytes)
{
    if (bytes == 0)
        return;
#ifdef __linux__
    // Mapped with a huge page of slack, then trimmed to a 2 MiB aligned start:
    // only whole aligned 2 MiB ranges can be huge pages.
    const size_t size = (bytes + kHugePage - 1) & ~(kHugePage - 1);
    void *mapped = ::mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return;
    char *start = static_cast<char *>(mapped);
    char *aligned = reinterpret_cast<char *>((reinterpret_cast<quintptr>(start) + kHugePage - 1) & ~quintptr(kHugePage - 1));
    if (aligned > start)
        ::munmap(start, size_t(aligned - start));
    if (char *end = start + size + kHugePage; end > aligned + size)
        ::munmap(aligned + size, size_t(end - (aligned + size)));
    // A hint: without THP, plain pages; with THP "always", plain ones when asked.
    const PageKind kind = bulkPageKind(size);
    ::madvise(aligned, size, kind == PageKind::Huge ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
    countBulkPages(kind, size);
    m_data = aligned;
    m_size = size;
#else
    m_data = static_cast<char *>(std::calloc(bytes, 1));
    m_size = m_data ? bytes : 0;
#endif
}

void LargeBlock::release()
{
    if (!m_data)
        return;
#ifdef __linux__
    ::munmap(m_data, m_size);
#else
    std::free(m_data);
#endif
    m_data = nullptr;
    m_size = 0;
}

Memory::Memory(size_t bytes, bool large, Fill fill)
{
    if (bytes == 0)
        return;
    if (large && bytes >= LargeBlock::kMinBytes)
        m_large = LargeBlock(bytes);
    if (!m_large.data())
        m_heap = fill == Fill::Zeroed ? std::make_unique<char[]>(bytes) : std::make_unique_for_overwrite<char[]>(bytes);
    m_size = bytes;
}

ChunkedBytes::Location ChunkedBytes::append(std::string_view bytes)
{
    const auto newBlock = [this](size_t capacity) {
        m_blocks.push_back({Memory(capacity, m_large, Memory::Fill::Uninitialised), 0});
        return m_blocks.size() - 1;
    };

    size_t block;
    if (bytes.size() > m_blockSize / 2) {
        block = newBlock(bytes.size());
    } else {
        if (m_filling == size_t(-1) || m_blocks[m_filling].memory.size() - m_blocks[m_filling].used < bytes.size())
            m_filling = newBlock(m_blockSize);
        block = m_filling;
    }
    Block &target = m_blocks[block];
    const Location at{quint32(block), quint32(target.used)};
    if (!bytes.empty())
        std::memcpy(target.memory.data() + target.used, bytes.data(), bytes.size());
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
        bytes += block.memory.size();
    return bytes;
}

void ChunkedBytes::clear()
{
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_filling = size_t(-1);
}

} // namespace cs::recordarena
