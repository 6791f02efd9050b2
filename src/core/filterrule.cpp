#include "filterrule.h"

#include <algorithm>
#include <cstring>

namespace cs {

namespace {

constexpr int kQuickFilterCount = int(QuickFilter::Count);

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// sessionId / conversationId are ASCII ids kept in the store's arena, not in
// the StringPool, so they cannot use the per-id table: compare bytes, folding
// ASCII case only. `needleLower` is already lower-case.
bool containsAsciiCaseInsensitive(std::string_view haystack, const QByteArray &needleLower)
{
    const size_t n = size_t(needleLower.size());
    if (n == 0)
        return true;
    if (haystack.size() < n)
        return false;
    const char *needle = needleLower.constData();
    const char first = needle[0];
    for (size_t i = 0; i + n <= haystack.size(); ++i) {
        if (asciiLower(haystack[i]) != first)
            continue;
        size_t j = 1;
        while (j < n && asciiLower(haystack[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

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
    compiled.m_searchUtf8Lower = m_search.toLower().toUtf8();
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
}

bool FilterRule::Compiled::matches(RowId row) const
{
    if (!m_store)
        return true;   // default-constructed: nothing compiled, nothing excluded
    const RecordStore &store = *m_store;
    const FilterRule &rule = m_rule;

    // Cheapest tests first: integers, then id lookups, then bytes.
    if (rule.m_startRange) {
        const qint64 start = store.startUtc(row);
        if (start == kNoTime || start < rule.m_startRange->first || start > rule.m_startRange->second)
            return false;
    }
    if (rule.m_handleRange) {
        const int handle = store.handleSeconds(row);
        if (handle < rule.m_handleRange->first || handle > rule.m_handleRange->second)
            return false;
    }

    auto single = [&](QuickFilter f, quint32 id) {
        const std::vector<quint8> &table = m_allowedIds[int(f)];
        return table.empty() || flagged(table, id);
    };
    auto multi = [&](QuickFilter f, std::span<const quint32> ids) {
        const std::vector<quint8> &table = m_allowedIds[int(f)];
        return table.empty() || anyAllowed(ids, table);
    };
    if (!single(QuickFilter::FinalStatus, store.finalStatus(row)) || !single(QuickFilter::SmartStatus, store.smartStatus(row))
        || !single(QuickFilter::Channel, store.channel(row)) || !single(QuickFilter::Direction, store.direction(row))
        || !multi(QuickFilter::Queue, store.queues(row)) || !multi(QuickFilter::Agent, store.agents(row))
        || !multi(QuickFilter::Disposition, store.dispositions(row)))
        return false;

    if (rule.m_search.isEmpty())
        return true;
    const std::vector<quint8> &hits = m_stringMatchesSearch;
    auto hit = [&](quint32 id) { return flagged(hits, id); };
    if (hit(store.channel(row)) || hit(store.finalStatus(row)) || hit(store.smartStatus(row)) || hit(store.reason(row))
        || hit(store.direction(row)) || anyMatches(store.queues(row), hits)
        || anyMatches(store.agents(row), hits) || anyMatches(store.dispositions(row), hits))
        return true;
    return containsAsciiCaseInsensitive(store.sessionId(row), m_searchUtf8Lower)
        || containsAsciiCaseInsensitive(store.conversationId(row), m_searchUtf8Lower)
        || containsAsciiCaseInsensitive(store.userId(row), m_searchUtf8Lower);
}

} // namespace cs
