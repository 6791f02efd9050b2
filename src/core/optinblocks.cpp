#include "optinblocks.h"

#include <simdjson.h>

namespace cs {

static bool sameKey(std::string_view key, std::string_view wanted)
{
    if (key.size() != wanted.size())
        return false;
    for (size_t i = 0; i < key.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(key[i])) != std::tolower(static_cast<unsigned char>(wanted[i])))
            return false;
    return true;
}

OptInBlockTexts optInBlocks(std::string_view rawJson)
{
    OptInBlockTexts texts;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(rawJson.data(), rawJson.size(), true).get(doc) || !doc.is_object())
        return texts;
    const simdjson::dom::object record = doc.get_object().value_unsafe();
    for (auto [key, value] : record) {
        if (value.is_null())
            continue;
        for (size_t i = 0; i < kOptInBlocks.size(); ++i) {
            if (texts[i].empty() && sameKey(key, kOptInBlocks[i]))
                texts[i] = simdjson::minify(value);
        }
    }
    return texts;
}

QStringList optInBlockColumnNames()
{
    QStringList names;
    for (std::string_view name : kOptInBlocks)
        names.append(QString::fromLatin1(name.data(), qsizetype(name.size())));
    return names;
}

} // namespace cs
