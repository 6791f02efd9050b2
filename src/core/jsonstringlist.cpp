#include "jsonstringlist.h"

#include <cstdio>

namespace cs::jsonstringlist {

void appendQuoted(std::string_view value, std::string *out)
{
    out->push_back('"');
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out->push_back('\\');
            out->push_back(c);
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(byte));
            out->append(escaped);
        } else {
            out->push_back(c);
        }
    }
    out->push_back('"');
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(std::string_view json, size_t at, unsigned *out)
{
    if (at + 4 > json.size())
        return false;
    unsigned value = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int digit = hexValue(json[at + i]);
        if (digit < 0)
            return false;
        value = value * 16 + unsigned(digit);
    }
    *out = value;
    return true;
}

void appendUtf8(unsigned code, std::string *out)
{
    if (code < 0x80) {
        out->push_back(char(code));
    } else if (code < 0x800) {
        out->push_back(char(0xC0 | (code >> 6)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(char(0xE0 | (code >> 12)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (code >> 18)));
        out->push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    }
}

void skipSpace(std::string_view json, size_t &at)
{
    while (at < json.size() && (json[at] == ' ' || json[at] == '\n' || json[at] == '\t' || json[at] == '\r'))
        ++at;
}

} // namespace

namespace {

bool readInto(std::string_view json, std::vector<std::string> *out, size_t *count)
{
    size_t at = 0;
    skipSpace(json, at);
    if (at >= json.size() || json[at++] != '[')
        return false;
    skipSpace(json, at);
    if (at < json.size() && json[at] == ']')
        return true;
    for (;;) {
        skipSpace(json, at);
        if (at >= json.size() || json[at++] != '"')
            return false;
        // Elements are reused, not re-created: loading an archive reads a list
        // per column per call into the same vector, keeping each string's capacity.
        if (*count == out->size())
            out->emplace_back();
        std::string &value = (*out)[(*count)++];
        value.clear();
        for (;;) {
            // The plain run up to the next quote or escape goes in at once.
            size_t run = at;
            while (run < json.size() && json[run] != '"' && json[run] != '\\')
                ++run;
            if (run == json.size())
                return false;
            value.append(json.data() + at, run - at);
            at = run;
            const char c = json[at++];
            if (c == '"')
                break;
            if (at >= json.size())
                return false;
            const char e = json[at++];
            switch (e) {
            case '"': case '\\': case '/': value.push_back(e); break;
            case 'b': value.push_back('\b'); break;
            case 'f': value.push_back('\f'); break;
            case 'n': value.push_back('\n'); break;
            case 'r': value.push_back('\r'); break;
            case 't': value.push_back('\t'); break;
            case 'u': {
                unsigned code = 0;
                if (!readHex4(json, at, &code))
                    return false;
                at += 4;
                if (code >= 0xD800 && code < 0xDC00 && at + 6 <= json.size() && json[at] == '\\' && json[at + 1] == 'u') {
                    unsigned low = 0;
                    if (readHex4(json, at + 2, &low) && low >= 0xDC00 && low < 0xE000) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        at += 6;
                    }
                }
                appendUtf8(code, &value);
                break;
            }
            default:
                return false;
            }
        }
        skipSpace(json, at);
        if (at >= json.size())
            return false;
        if (json[at] == ']')
            return true;
        if (json[at++] != ',')
            return false;
    }
}

} // namespace

bool read(std::string_view json, std::vector<std::string> *out)
{
    size_t count = 0;
    const bool ok = readInto(json, out, &count);
    out->resize(ok ? count : 0);   // a malformed list reads as empty, as before
    return ok;
}

} // namespace cs::jsonstringlist
