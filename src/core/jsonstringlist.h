#pragma once
// Multi-valued columns (queues, agents, dispositions) are stored as JSON
// arrays of strings, which sqlite3's json_each() and pandas read directly.
// These two functions write and read exactly that form, without a JSON library
// on the hot path of loading a million calls.

#include <string>
#include <string_view>
#include <vector>

namespace cs::jsonstringlist {

template <class Strings>
void write(const Strings &values, std::string *out);
void appendQuoted(std::string_view value, std::string *out);
// False on anything but an array of strings (the caller treats it as empty).
bool read(std::string_view json, std::vector<std::string> *out);

template <class Strings>
void write(const Strings &values, std::string *out)
{
    out->assign(1, '[');
    bool first = true;
    for (const auto &value : values) {
        if (!first)
            out->push_back(',');
        first = false;
        appendQuoted(value, out);
    }
    out->push_back(']');
}

} // namespace cs::jsonstringlist
