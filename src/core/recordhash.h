#pragma once
// A compact open-addressing index of 32-bit ids keyed by strings that live
// elsewhere (the string pool, the store's arenas). Each slot is one quint64:
// (32-bit hash << 32) | (id + 1); 0 marks an empty slot. Keeping the hash in
// the slot means a probe compares strings only on a full hash match, and
// growing never re-reads the strings.

#include "recordarena.h"

#include <QtGlobal>
#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

namespace cs::recordhash {

namespace detail {
// 64x64 -> 128-bit multiply, folded: the mixing step of the wyhash family.
inline quint64 fold(quint64 a, quint64 b)
{
    const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}
} // namespace detail

// Ids and pooled strings are short (3-40 bytes) and loading a million calls
// hashes a dozen of them per call: eight bytes per multiply, with no call, is
// several times faster there than std::hash's byte-oriented Murmur. Not
// persisted anywhere: only in-memory indexes use it.
inline quint32 hashOf(std::string_view text)
{
    constexpr quint64 k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const char *p = text.data();
    size_t left = text.size();
    quint64 h = k0 ^ (quint64(left) * k1);
    for (; left >= 8; left -= 8, p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = detail::fold(h ^ word, k1);
    }
    quint64 tail = 0;
    if (left > 0)   // an empty view may have a null data()
        std::memcpy(&tail, p, left);
    h = detail::fold(h ^ tail ^ (quint64(left) << 56), k2);
    h = detail::fold(h, k1);
    return quint32(h ^ (h >> 32));
}

class IdIndex
{
public:
    // Returns the id whose key equals the probe (`equal(id)`), or -1.
    template <class Equal>
    qint64 find(quint32 hash, Equal &&equal) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return -1;
            if (quint32(slot >> 32) == hash && equal(quint32(slot) - 1))
                return qint64(quint32(slot) - 1);
        }
    }

    // Inserts `id` unless a key equal to it (`equal(existing)`) is present:
    // returns that existing id, or -1 when `id` went in. One probe sequence
    // where find() then insert() would walk it twice.
    template <class Equal>
    qint64 insertIfAbsent(quint32 hash, quint32 id, Equal &&equal)
    {
        if ((m_count + 1) * 10 > m_slots.size() * 7)
            rehash(m_slots.empty() ? 64 : m_slots.size() * 2);
        const size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        for (; m_slots[i] != 0; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (quint32(slot >> 32) == hash && equal(quint32(slot) - 1))
                return qint64(quint32(slot) - 1);
        }
        m_slots[i] = (quint64(hash) << 32) | (quint64(id) + 1);
        ++m_count;
        return -1;
    }

    // Calls f(hash, id) for every entry, in slot order.
    template <class F>
    void forEach(F &&f) const
    {
        for (const quint64 slot : m_slots)
            if (slot != 0)
                f(quint32(slot >> 32), quint32(slot) - 1);
    }
    size_t size() const { return m_count; }

    // Gives every entry the id newId(id): the ids move, the keys (and so the
    // slots) do not.
    template <class F>
    void renumber(F &&newId)
    {
        for (quint64 &slot : m_slots)
            if (slot != 0)
                slot = (slot & 0xFFFFFFFF00000000ull) | (quint64(newId(quint32(slot) - 1)) + 1);
    }

    // Loads the slot a probe for `hash` starts at, for a probe a little later.
    void prefetch(quint32 hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }

    // Inserts ids firstId, firstId + 1, ... with these hashes; none may be
    // present yet. Placed in the order of their home slots, so the table is
    // written front to back: inserting a million ids one by one into a
    // table of 16 MB costs a cache miss each.
    void insertMany(const std::vector<quint32> &hashes, quint32 firstId)
    {
        if (hashes.empty())
            return;
        reserve(m_count + hashes.size());
        const size_t mask = m_slots.size() - 1;
        const int slotBits = std::countr_zero(m_slots.size());
        const int bucketBits = std::min(slotBits, 12);   // 4096 runs: each a few KB of slots
        const int shift = slotBits - bucketBits;
        std::vector<quint32> start((size_t(1) << bucketBits) + 1, 0);
        for (const quint32 hash : hashes)
            ++start[((hash & mask) >> shift) + 1];
        for (size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        std::vector<quint64> ordered(hashes.size());
        for (size_t k = 0; k < hashes.size(); ++k) {
            const quint32 hash = hashes[k];
            ordered[start[(hash & mask) >> shift]++] = (quint64(hash) << 32) | (quint64(firstId) + k + 1);
        }
        for (const quint64 entry : ordered)
            place(quint32(entry >> 32), quint32(entry) - 1);
        m_count += hashes.size();
    }

    // `id` must not be present yet.
    void insert(quint32 hash, quint32 id)
    {
        if ((m_count + 1) * 10 > m_slots.size() * 7)   // keep the load <= 0.7
            rehash(m_slots.empty() ? 64 : m_slots.size() * 2);
        place(hash, id);
        ++m_count;
    }

    // For a bulk load (off the GUI thread): the table may go in huge pages.
    void reserve(size_t count)
    {
        size_t capacity = 64;
        while (count * 10 > capacity * 7)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity, true);
    }

    void clear()
    {
        m_slots = {};
        m_count = 0;
    }

    size_t residentBytes() const { return m_slots.size() * sizeof(quint64); }

private:
    void place(quint32 hash, quint32 id)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = (quint64(hash) << 32) | (quint64(id) + 1);
    }

    // large: recordarena::ZeroedArray
    void rehash(size_t capacity, bool large = false)
    {
        recordarena::ZeroedArray<quint64> old = std::move(m_slots);
        m_slots = recordarena::ZeroedArray<quint64>(capacity, large);
        for (quint64 slot : old)
            if (slot != 0)
                place(quint32(slot >> 32), quint32(slot) - 1);
    }

    recordarena::ZeroedArray<quint64> m_slots;
    size_t m_count = 0;
};

} // namespace cs::recordhash
