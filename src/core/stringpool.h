#pragma once
// Interned strings for low-cardinality columns (channel, statuses, queues, agents...).
// Id 0 is always the empty string, so "absent" needs no extra flag.

#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>
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
    struct Hash { using is_transparent = void; size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); } };
    std::vector<QString> m_strings;
    std::vector<std::string> m_utf8;
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_index;
};

} // namespace cs
