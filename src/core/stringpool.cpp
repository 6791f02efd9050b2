#include "stringpool.h"

namespace cs {

StringPool::StringPool()
{
    clear();
}

quint32 StringPool::find(std::string_view utf8) const
{
    if (utf8.empty())
        return 0;
    const qint64 id = m_index.find(recordhash::hashOf(utf8), [&](quint32 candidate) { return m_utf8[candidate] == utf8; });
    return id < 0 ? 0 : quint32(id);
}

quint32 StringPool::intern(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    const quint32 hash = recordhash::hashOf(utf8);
    const qint64 existing = m_index.find(hash, [&](quint32 candidate) { return m_utf8[candidate] == utf8; });
    if (existing >= 0)
        return quint32(existing);

    const auto id = quint32(m_utf8.size());
    m_utf8.emplace_back(utf8);
    QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    if (text.capacity() > text.size())
        text.squeeze();   // fromUtf8 allocates for the worst case of non-ASCII input
    m_strings.push_back(std::move(text));
    m_index.insert(hash, id);
    return id;
}

size_t StringPool::residentBytes() const
{
    // Heap blocks as the containers report them (allocator overhead not counted).
    constexpr size_t kQStringHeader = sizeof(QArrayData);
    size_t bytes = m_strings.capacity() * sizeof(QString) + m_utf8.capacity() * sizeof(std::string)
        + m_index.residentBytes();
    for (const QString &text : m_strings)
        if (text.capacity() > 0)
            bytes += kQStringHeader + size_t(text.capacity() + 1) * sizeof(char16_t);
    const size_t inlineCapacity = std::string().capacity();
    for (const std::string &text : m_utf8)
        if (text.capacity() > inlineCapacity)
            bytes += text.capacity() + 1;
    return bytes;
}

void StringPool::clear()
{
    m_strings.clear();
    m_strings.shrink_to_fit();
    m_utf8.clear();
    m_utf8.shrink_to_fit();
    m_index.clear();
    // Id 0 is the empty string; it is never in the index (intern("") short-cuts).
    m_strings.emplace_back(QLatin1StringView(""));
    m_utf8.emplace_back();
}

} // namespace cs
