#include "mockjson.h"

#include <cstdio>

namespace cs::mock {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[m_depth - 1])
            m_out.append(',');
        m_first[m_depth - 1] = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth++] = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    --m_depth;
    m_out.append('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    Q_ASSERT(m_depth < kMaxDepth);
    m_first[m_depth++] = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    m_out.append(']');
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    writeEscaped(name);
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(std::string_view value)
{
    separate();
    writeEscaped(value);
    return *this;
}

// Input is UTF-8; only the characters JSON requires are escaped.
void JsonWriter::writeEscaped(std::string_view value)
{
    m_out.append('"');
    for (char c : value) {
        switch (c) {
        case '"': m_out.append("\\\"", 2); break;
        case '\\': m_out.append("\\\\", 2); break;
        case '\n': m_out.append("\\n", 2); break;
        case '\r': m_out.append("\\r", 2); break;
        case '\t': m_out.append("\\t", 2); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                m_out.append(buf, 6);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

JsonWriter &JsonWriter::number(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

namespace {

// Howard Hinnant's days -> civil date: exact, no time zone database, fast.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

} // namespace

QByteArray formatWallClock(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 rest = seconds - days * 86400;
    int y, mo, d;
    civilFromDays(days, &y, &mo, &d);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d,
                                int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QByteArray(buf, n);
}

QByteArray formatIsoUtcMillis(qint64 utcSeconds, int millis)
{
    char buf[8];
    const int n = std::snprintf(buf, sizeof buf, ".%03dZ", millis % 1000);
    return formatWallClock(utcSeconds) + QByteArray(buf, n);
}

} // namespace cs::mock
