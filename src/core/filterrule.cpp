#include "filterrule.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cs {

namespace {

constexpr int kQuickFilterCount = int(QuickFilter::Count);

} // namespace

// sessionId / conversationId / userId are ASCII ids kept outside the
// StringPool, so they cannot use the per-id table: their bytes are compared,
// folding ASCII case only (A-Z match a-z), with the needle already lower-case.
// Byte j of a haystack matches needle byte j when (byte | mask[j]) equals it:
// mask is 0x20 for a lower-case letter (so its upper case matches too) and 0
// otherwise. Candidates are found 16 positions at a time by their first and
// last bytes (SSE2), then checked whole.
namespace {

inline unsigned char foldAscii(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c | 0x20) : c;
}

// The value of a (folded) hex digit, or -1.
inline int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Sets the bit of a pair of folded bytes in an IdPairs set.
inline void addPair(FilterRule::Compiled::IdPairs &set, unsigned char a, unsigned char b)
{
    const int ha = hexValue(a);
    const int hb = hexValue(b);
    if (ha >= 0 && hb >= 0) {
        const unsigned bit = unsigned(ha * 16 + hb);
        set[bit / 64] |= quint64(1) << (bit % 64);
        return;
    }
    set[4] |= quint64(1) << ((((unsigned(a) << 8) | b) * 0x9E3779B1u) >> 26);
}

// The bit of a folded byte in word 5; `exact` tells whether no other byte shares it.
constexpr unsigned kExactByteBits = 41;
inline unsigned byteBit(unsigned char c, bool *exact = nullptr)
{
    unsigned bit = 0;
    if (c >= '0' && c <= '9')
        bit = c - '0';
    else if (c >= 'a' && c <= 'z')
        bit = 10 + unsigned(c - 'a');
    else if (c == '-')
        bit = 36;
    else if (c == '_')
        bit = 37;
    else if (c == '.')
        bit = 38;
    else if (c == ':')
        bit = 39;
    else if (c == '@')
        bit = 40;
    else
        bit = kExactByteBits + c % (64 - kExactByteBits);
    if (exact)
        *exact = bit < kExactByteBits;
    return bit;
}

} // namespace

FilterRule::Compiled::IdNeedle::IdNeedle(const QByteArray &lower)
    : bytes(lower.constData(), size_t(lower.size()))
{
    bool exactBytes = true;
    for (size_t j = 0; j < bytes.size(); ++j) {
        bool exactByte = false;
        pairs[5] |= quint64(1) << byteBit(static_cast<unsigned char>(bytes[j]), &exactByte);
        exactBytes = exactBytes && exactByte;
        if (j + 1 < bytes.size())
            addPair(pairs, static_cast<unsigned char>(bytes[j]), static_cast<unsigned char>(bytes[j + 1]));
    }
    // One byte kept exactly, or two hex digits (kept exactly as a pair).
    exact = (bytes.size() == 1 && exactBytes)
        || (bytes.size() == 2 && hexValue(static_cast<unsigned char>(bytes[0])) >= 0
            && hexValue(static_cast<unsigned char>(bytes[1])) >= 0);
    masks.resize(bytes.size());
    for (size_t j = 0; j < bytes.size(); ++j) {
        const char c = bytes[j];
        masks[j] = (c >= 'a' && c <= 'z') ? char(0x20) : char(0);
        // asciiLower() never yields A-Z: such a needle matches no id at all.
        if (c >= 'A' && c <= 'Z')
            impossible = true;
    }
}

namespace {

bool matchesAt(const char *at, const std::string &needle, const std::string &masks, size_t from, size_t to)
{
    for (size_t j = from; j < to; ++j) {
        if (char(at[j] | masks[j]) != needle[j])
            return false;
    }
    return true;
}

} // namespace

bool FilterRule::Compiled::IdNeedle::foundIn(std::string_view haystack) const
{
    const size_t n = bytes.size();
    if (n == 0)
        return true;
    if (impossible || haystack.size() < n)
        return false;
    const size_t last = haystack.size() - n;   // last start position
#if defined(__SSE2__)
    if (n >= 2 && haystack.size() >= 16) {
        // Candidates by first and last byte, 16 start positions per step; the
        // loads never leave the text (the last step re-reads its final 16 bytes).
        const char *h = haystack.data();
        const __m128i first = _mm_set1_epi8(bytes[0]);
        const __m128i firstMask = _mm_set1_epi8(masks[0]);
        const __m128i lastByte = _mm_set1_epi8(bytes[n - 1]);
        const __m128i lastMask = _mm_set1_epi8(masks[n - 1]);
        auto eq = [](const char *at, __m128i mask, __m128i want) {
            const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(at)), mask);
            return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, want)));
        };
        auto verify = [&](size_t base, unsigned bits) {
            while (bits) {
                if (matchesAt(h + base + size_t(std::countr_zero(bits)), bytes, masks, 1, n - 1))
                    return true;
                bits &= bits - 1;
            }
            return false;
        };
        size_t i = 0;
        for (; i + 15 <= last; i += 16) {   // starts i..i+15; the last byte of i+15 is at most size-1
            if (verify(i, eq(h + i, firstMask, first) & eq(h + i + n - 1, lastMask, lastByte)))
                return true;
        }
        if (i > last)
            return false;
        if (last >= 15) {
            // Starts last-15..last, of which those below i were done.
            const size_t base = last - 15;
            const unsigned bits = eq(h + base, firstMask, first) & eq(h + base + n - 1, lastMask, lastByte);
            return verify(base, bits & (0xFFFFu << (i - base)));
        }
        // Fewer than 16 starts (0..last): first bytes from the text's first 16
        // bytes, last bytes from its final 16 (start s ends at size-16 + s + 15-last).
        const unsigned starts = eq(h, firstMask, first) & (eq(h + haystack.size() - 16, lastMask, lastByte) >> (15 - last));
        return verify(0, starts & ((1u << (last + 1)) - 1));
    }
#endif
    for (size_t i = 0; i <= last; ++i) {
        if (matchesAt(haystack.data() + i, bytes, masks, 0, n))
            return true;
    }
    return false;
}

namespace {

// True if the value list passes the allowed-id table: an empty list is the
// "(none)" value, which the table stores at id 0 (the empty string).
// Per-id table lookup. An id past the table was interned after the last
// refresh(); it is treated as "no" rather than read out of bounds.
bool flagged(const std::vector<quint8> &table, quint32 id)
{
    return id < table.size() && table[id] != 0;
}

bool anyAllowed(std::span<const quint32> ids, const std::vector<quint8> &allowed)
{
    if (ids.empty())
        return flagged(allowed, 0);
    return std::any_of(ids.begin(), ids.end(), [&](quint32 id) { return flagged(allowed, id); });
}

bool anyMatches(std::span<const quint32> ids, const std::vector<quint8> &matches)
{
    return std::any_of(ids.begin(), ids.end(), [&](quint32 id) { return flagged(matches, id); });
}

} // namespace

// --- FilterRule -------------------------------------------------------------

void FilterRule::setSearchText(const QString &text)
{
    m_search = text;
}

void FilterRule::setAllowed(QuickFilter filter, const QSet<QString> &values)
{
    Q_ASSERT(filter != QuickFilter::Count);
    m_allowed[int(filter)] = values;
}

QSet<QString> FilterRule::allowed(QuickFilter filter) const
{
    Q_ASSERT(filter != QuickFilter::Count);
    return m_allowed[int(filter)];
}

void FilterRule::setStartRange(std::optional<std::pair<qint64, qint64>> range)
{
    m_startRange = range;
}

void FilterRule::setHandleRange(std::optional<std::pair<int, int>> secondsRange)
{
    m_handleRange = secondsRange;
}

bool FilterRule::isEmpty() const
{
    if (!m_search.isEmpty() || m_startRange || m_handleRange)
        return false;
    return std::all_of(std::begin(m_allowed), std::end(m_allowed), [](const QSet<QString> &s) { return s.isEmpty(); });
}

void FilterRule::clear()
{
    *this = FilterRule();
}

bool FilterRule::operator==(const FilterRule &other) const
{
    return m_search == other.m_search && m_startRange == other.m_startRange && m_handleRange == other.m_handleRange
        && std::equal(std::begin(m_allowed), std::end(m_allowed), std::begin(other.m_allowed));
}

FilterRule::Compiled FilterRule::compile(const RecordStore &store) const
{
    Compiled compiled;
    compiled.m_store = &store;
    compiled.m_rule = *this;
    compiled.m_idNeedle = Compiled::IdNeedle(m_search.toLower().toUtf8());
    compiled.refresh();
    return compiled;
}

// --- FilterRule::Compiled ---------------------------------------------------

void FilterRule::Compiled::refresh()
{
    if (!m_store)
        return;
    const StringPool &pool = m_store->strings();
    const size_t poolSize = pool.size();

    // A smaller pool means the store was cleared: every id may now name a
    // different string, so resolve everything again.
    const size_t done = m_stringMatchesSearch.size() <= poolSize ? m_stringMatchesSearch.size() : 0;

    // Each distinct string is tested once here; rows then only look up bytes.
    m_stringMatchesSearch.resize(done);
    m_stringMatchesSearch.reserve(poolSize);
    for (size_t id = done; id < poolSize; ++id) {
        const bool hit = !m_rule.m_search.isEmpty() && pool.at(quint32(id)).contains(m_rule.m_search, Qt::CaseInsensitive);
        m_stringMatchesSearch.push_back(hit ? 1 : 0);
    }
    m_anyStringMatchesSearch = std::find(m_stringMatchesSearch.begin(), m_stringMatchesSearch.end(), 1)
        != m_stringMatchesSearch.end();

    for (int f = 0; f < kQuickFilterCount; ++f) {
        const QSet<QString> &values = m_rule.m_allowed[f];
        std::vector<quint8> &table = m_allowedIds[f];
        if (values.isEmpty()) {
            table.clear();   // no restriction: matches() skips this filter
            continue;
        }
        table.resize(done);
        table.reserve(poolSize);
        for (size_t id = done; id < poolSize; ++id)
            table.push_back(values.contains(pool.at(quint32(id))) ? 1 : 0);
    }
    m_anyQuickFilter = std::any_of(std::begin(m_allowedIds), std::end(m_allowedIds), [](const auto &t) { return !t.empty(); });
}

FilterRule::Compiled::Verdict FilterRule::Compiled::verdictBeforeIds(RowId row) const
{
    const RecordStore &store = *m_store;
    const FilterRule &rule = m_rule;

    // Cheapest tests first: integers, then id lookups, then bytes.
    if (rule.m_startRange) {
        const qint64 start = store.startUtc(row);
        if (start == kNoTime || start < rule.m_startRange->first || start > rule.m_startRange->second)
            return Verdict::No;
    }
    if (rule.m_handleRange) {
        const int handle = store.handleSeconds(row);
        if (handle < rule.m_handleRange->first || handle > rule.m_handleRange->second)
            return Verdict::No;
    }

    const bool searchPooled = !rule.m_search.isEmpty() && m_anyStringMatchesSearch;
    if (!m_anyQuickFilter && !searchPooled)
        return rule.m_search.isEmpty() ? Verdict::Yes : Verdict::Ids;
    // One call reads every pooled column of the row.
    const RecordStore::TextIds text = store.textIds(row);
    if (m_anyQuickFilter && !quickFiltersPass(text))
        return Verdict::No;

    if (rule.m_search.isEmpty())
        return Verdict::Yes;
    // Only rows whose pooled strings cannot match are left to the byte search;
    // a search no pooled string contains skips the lookups altogether.
    if (searchPooled) {
        const std::vector<quint8> &hits = m_stringMatchesSearch;
        auto hit = [&](quint32 id) { return flagged(hits, id); };
        if (hit(text.channel) || hit(text.finalStatus) || hit(text.smartStatus) || hit(text.reason)
            || hit(text.direction) || anyMatches(text.queues, hits) || anyMatches(text.agents, hits)
            || anyMatches(text.dispositions, hits))
            return Verdict::Yes;
    }
    return Verdict::Ids;
}

bool FilterRule::Compiled::matches(RowId row) const
{
    if (!m_store)
        return true;   // default-constructed: nothing compiled, nothing excluded
    switch (verdictBeforeIds(row)) {
    case Verdict::No: return false;
    case Verdict::Yes: return true;
    case Verdict::Ids: break;
    }
    const RecordStore &store = *m_store;
    return m_idNeedle.foundIn(store.sessionId(row)) || m_idNeedle.foundIn(store.conversationId(row))
        || m_idNeedle.foundIn(store.userId(row));
}

bool FilterRule::Compiled::IdNeedle::possibleIn(const IdBytes &idBytes) const
{
    if (impossible)
        return false;
    for (size_t j = 0; j < bytes.size(); ++j) {
        const auto b = static_cast<unsigned char>(bytes[j]);
        // A lower-case letter also matches its capital.
        if (!idBytes[b] && !(masks[j] && idBytes[b & 0xDF]))
            return false;
    }
    return true;
}

void FilterRule::Compiled::addIdBytes(const RecordStore &store, RowId begin, RowId end, IdBytes &bytes,
                                      std::vector<IdPairs> &pairs)
{
    bool seen[256] = {};
    pairs.reserve(pairs.size() + (end - begin));
    for (RowId row = begin; row < end; ++row) {
        IdPairs set{};
        for (const std::string_view id : {store.sessionId(row), store.conversationId(row), store.userId(row)}) {
            unsigned char previous = 0;
            for (size_t i = 0; i < id.size(); ++i) {
                const auto c = static_cast<unsigned char>(id[i]);
                seen[c] = true;
                const unsigned char folded = foldAscii(c);
                set[5] |= quint64(1) << byteBit(folded);
                if (i > 0)
                    addPair(set, previous, folded);
                previous = folded;
            }
        }
        pairs.push_back(set);
    }
    for (size_t c = 0; c < 256; ++c) {
        if (seen[c])
            bytes.set(c);
    }
}

void FilterRule::Compiled::appendMatches(RowId begin, RowId end, std::vector<RowId> &out, const IdBytes *idBytes,
                                         const std::vector<IdPairs> *idPairs) const
{
    if (m_store && m_rule.m_search.isEmpty() && m_anyQuickFilter && !m_rule.m_startRange && !m_rule.m_handleRange) {
        appendQuickMatches(begin, end, out);
        return;
    }
    if (!m_store || m_rule.m_search.isEmpty()) {
        for (RowId row = begin; row < end; ++row) {
            if (matches(row))
                out.push_back(row);
        }
        return;
    }
    // The ids live with each record's JSON, hundreds of bytes apart: reading
    // them row by row waits on one cache miss after another. Blocks of rows
    // first collect the ids they need and prefetch them, then compare.
    // A search with a byte that no id of these rows has can only match
    // through the pooled columns: the ids are not read at all.
    if (idBytes && !m_idNeedle.possibleIn(*idBytes)) {
        for (RowId row = begin; row < end; ++row) {
            if (verdictBeforeIds(row) == Verdict::Yes)
                out.push_back(row);
        }
        return;
    }
    // Two blocks in flight: the ids of the next block are prefetched while
    // this one is compared, so each block's ids have had time to arrive.
    constexpr int kBlock = 16;
    const RecordStore &store = *m_store;
    struct Block
    {
        RowId first = 0;
        int count = 0;
        Verdict verdicts[kBlock];
        std::string_view ids[kBlock][3];
    };
    Block blocks[2];
    auto fill = [&](Block &block, RowId first) {
        block.first = first;
        block.count = int(std::min<RowId>(kBlock, end - first));
        for (int i = 0; i < block.count; ++i) {
            const RowId row = first + RowId(i);
            block.verdicts[i] = verdictBeforeIds(row);
            if (block.verdicts[i] != Verdict::Ids)
                continue;
            if (idPairs) {   // a pair of the search that none of the row's ids has: no match there
                const IdPairs &set = (*idPairs)[row];
                const IdPairs &want = m_idNeedle.pairs;
                quint64 missing = 0;
                for (size_t w = 0; w < want.size(); ++w)
                    missing |= want[w] & ~set[w];
                if (missing != 0 || m_idNeedle.exact) {
                    block.verdicts[i] = missing != 0 ? Verdict::No : Verdict::Yes;
                    continue;
                }
            }
            block.ids[i][0] = store.sessionId(row);
            block.ids[i][1] = store.conversationId(row);
            block.ids[i][2] = store.userId(row);
            for (const std::string_view id : block.ids[i]) {
                __builtin_prefetch(id.data());
                __builtin_prefetch(id.data() + id.size());
            }
        }
    };
    if (begin >= end)
        return;
    fill(blocks[0], begin);
    for (int current = 0;; current ^= 1) {
        const Block &block = blocks[current];
        const RowId next = block.first + RowId(block.count);
        if (next < end)
            fill(blocks[current ^ 1], next);
        for (int i = 0; i < block.count; ++i) {
            const Verdict verdict = block.verdicts[i];
            if (verdict == Verdict::Yes
                || (verdict == Verdict::Ids
                    && (m_idNeedle.foundIn(block.ids[i][0]) || m_idNeedle.foundIn(block.ids[i][1])
                        || m_idNeedle.foundIn(block.ids[i][2]))))
                out.push_back(block.first + RowId(i));
        }
        if (next >= end)
            return;
    }
}

void FilterRule::Compiled::appendQuickMatches(RowId begin, RowId end, std::vector<RowId> &out) const
{
    // Quick filters alone (the chips): blocks of rows' pooled ids in one call
    // each, and a row is kept without a branch on whether it passes (about a
    // third of the rows do, in no pattern a branch predictor could learn).
    constexpr RowId kBlock = 256;
    RecordStore::TextIds text[kBlock];
    RowId passing[kBlock];
    for (RowId first = begin, count = 0; first < end; first += count) {
        count = std::min(kBlock, end - first);
        m_store->textIds(first, std::span(text, count));
        size_t kept = 0;
        for (RowId i = 0; i < count; ++i) {
            passing[kept] = first + i;
            kept += quickFiltersPass(text[i]) ? 1 : 0;
        }
        out.insert(out.end(), passing, passing + kept);
    }
}

bool FilterRule::Compiled::quickFiltersPass(const RecordStore::TextIds &text) const
{
    // Only the filters in use read their column.
    auto table = [this](QuickFilter f) -> const std::vector<quint8> & { return m_allowedIds[int(f)]; };
    auto single = [&](QuickFilter f, quint32 id) { return table(f).empty() || flagged(table(f), id); };
    auto multi = [&](QuickFilter f, std::span<const quint32> ids) { return table(f).empty() || anyAllowed(ids, table(f)); };
    return single(QuickFilter::FinalStatus, text.finalStatus) && single(QuickFilter::SmartStatus, text.smartStatus)
        && single(QuickFilter::Channel, text.channel) && single(QuickFilter::Direction, text.direction)
        && multi(QuickFilter::Queue, text.queues) && multi(QuickFilter::Agent, text.agents)
        && multi(QuickFilter::Disposition, text.dispositions);
}

} // namespace cs
