#pragma once
// The table's filter as a plain core class (qBittorrent's pattern): the GUI's
// search line and quick filters only fill it in; matching happens here.

#include "callcolumns.h"
#include "recordstore.h"

#include <QSet>
#include <QString>
#include <array>
#include <bitset>
#include <optional>

namespace cs {

enum class QuickFilter { FinalStatus, SmartStatus, Channel, Queue, Agent, Direction, Disposition, Count };

class FilterRule
{
public:
    // Case-insensitive substring over the text columns (ids, channel, statuses,
    // reason, direction, queues, agents, dispositions).
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Allowed values (the displayed text; "" stands for "(none)"). An empty set
    // means "no restriction". A multi-valued field matches if any value is allowed.
    void setAllowed(QuickFilter filter, const QSet<QString> &values);
    QSet<QString> allowed(QuickFilter filter) const;

    // Optional start-time range (UTC seconds, inclusive) and handle-time range,
    // used when a chart bar is clicked.
    void setStartRange(std::optional<std::pair<qint64, qint64>> range);
    void setHandleRange(std::optional<std::pair<int, int>> secondsRange);

    bool isEmpty() const;
    void clear();
    bool operator==(const FilterRule &) const;

    // Resolve strings against a store once; then match rows cheaply.
    class Compiled;
    Compiled compile(const RecordStore &store) const;

private:
    QString m_search;
    QSet<QString> m_allowed[int(QuickFilter::Count)];
    std::optional<std::pair<qint64, qint64>> m_startRange;
    std::optional<std::pair<int, int>> m_handleRange;
    friend class Compiled;
};

class FilterRule::Compiled
{
public:
    bool matches(RowId row) const;
    // Every byte that occurs in the id columns (sessionId, conversationId,
    // userId) of some rows: a search with a byte no id has cannot match an id.
    using IdBytes = std::bitset<256>;
    // Per row, a summary of its ids (ASCII case folded), 48 bytes: words 0-3
    // hold every pair of hex digits (0-9a-f) exactly, one bit per pair; word 4
    // the other pairs, hashed; word 5 the bytes, exactly for digits, letters
    // and - _ . : @ (hashed for the rest). A search whose bits are not all in
    // a row's set cannot match that row's ids, which are then not read; a
    // search of one exactly kept byte, or of two hex digits, is answered by
    // the summary alone.
    using IdPairs = std::array<quint64, 6>;
    // Adds the bytes of the ids of rows [begin, end) to `bytes` and appends
    // one IdPairs per row to `pairs`.
    static void addIdBytes(const RecordStore &store, RowId begin, RowId end, IdBytes &bytes, std::vector<IdPairs> &pairs);

    // Appends the rows of [begin, end) that match, ascending: the same rows
    // as matches() gives one by one, faster over many rows. `idBytes` and
    // `idPairs` (indexed by row), if given, must come from addIdBytes() over
    // at least those rows.
    void appendMatches(RowId begin, RowId end, std::vector<RowId> &out, const IdBytes *idBytes = nullptr,
                       const std::vector<IdPairs> *idPairs = nullptr) const;
    // Re-resolve after the store interned new strings (cheap; only new ids).
    void refresh();

private:
    friend class FilterRule;
    const RecordStore *m_store = nullptr;
    FilterRule m_rule;
    std::vector<quint8> m_stringMatchesSearch;            // per StringPool id
    std::vector<quint8> m_allowedIds[int(QuickFilter::Count)];  // per StringPool id
    bool m_anyStringMatchesSearch = false;
    bool m_anyQuickFilter = false;
    bool quickFiltersPass(const RecordStore::TextIds &text) const;
    void appendQuickMatches(RowId begin, RowId end, std::vector<RowId> &out) const;
    enum class Verdict : quint8 { No, Yes, Ids };   // Ids: only the id columns can still match
    Verdict verdictBeforeIds(RowId row) const;

    // The search text for the id columns (ASCII case folded), see foundIn().
    struct IdNeedle
    {
        IdNeedle() = default;
        explicit IdNeedle(const QByteArray &lower);
        bool foundIn(std::string_view haystack) const;
        bool possibleIn(const IdBytes &bytes) const;   // false: no id with these bytes can hold it
        IdPairs pairs{};                               // the needle's byte pairs, as in IdPairs
        bool exact = false;                            // pairs alone decide (no id is read)
        std::string bytes;
        std::string masks;
        bool impossible = false;
    };
    IdNeedle m_idNeedle;
};

} // namespace cs
