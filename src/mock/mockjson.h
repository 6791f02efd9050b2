#pragma once
// A minimal streaming JSON writer. The mock renders every record on demand;
// writing bytes directly keeps the vendor's key order (QJsonObject would sort
// keys) and is fast enough to serve a million records.

#include <QByteArray>
#include <QStringBuilder>
#include <QtGlobal>
#include <string_view>

namespace cs::mock {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    JsonWriter &string(std::string_view value);
    JsonWriter &number(qint64 value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    JsonWriter &raw(const QByteArray &json);   // an already rendered value

    // Shorthands for "key": value.
    JsonWriter &field(std::string_view name, std::string_view value) { return key(name).string(value); }
    JsonWriter &field(std::string_view name, const char *value) { return key(name).string(value); }
    JsonWriter &field(std::string_view name, const QByteArray &value)
    {
        return key(name).string(std::string_view(value.constData(), size_t(value.size())));
    }
    JsonWriter &field(std::string_view name, qint64 value) { return key(name).number(value); }
    JsonWriter &field(std::string_view name, int value) { return key(name).number(value); }
    JsonWriter &field(std::string_view name, bool value) { return key(name).boolean(value); }

private:
    void separate();
    void writeEscaped(std::string_view value);

    QByteArray &m_out;
    static constexpr int kMaxDepth = 32;
    bool m_first[kMaxDepth] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

// "2024-09-27T13:50:51" for a count of seconds (already shifted to wall clock).
QByteArray formatWallClock(qint64 seconds);
// "2024-09-27T13:50:51.807Z" for UTC seconds + milliseconds.
QByteArray formatIsoUtcMillis(qint64 utcSeconds, int millis);

} // namespace cs::mock
