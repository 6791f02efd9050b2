#pragma once
// Interned strings for low-cardinality columns (channel, statuses, queues, agents...).
// Id 0 is always the empty string, so "absent" needs no extra flag.

#include "recordhash.h"

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StringPool
{
public:
    StringPool();
    quint32 intern(std::string_view utf8);
    quint32 find(std::string_view utf8) const;   // 0 if absent (or empty)
    const QString &at(quint32 id) const { return m_strings[id]; }
    const std::string &utf8(quint32 id) const { return m_utf8[id]; }
    quint32 size() const { return quint32(m_strings.size()); }
    size_t residentBytes() const;
    void clear();

private:
    std::vector<QString> m_strings;
    std::vector<std::string> m_utf8;
    // Open addressing over ids, not an unordered_map<std::string, quint32>:
    // the text is held once per encoding, the index costs 8-16 bytes per string.
    recordhash::IdIndex m_index;
};

} // namespace cs
