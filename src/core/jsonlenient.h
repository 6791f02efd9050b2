#pragma once
// Forgiving reads of one record's JSON for the drill-down. The API is not
// consistent (FACTS.md): keys change case (EnterTime / enterTime), numbers
// arrive as strings, lists arrive as single objects, anything may be null.
// These helpers turn all of that into "present with a value" or "absent".

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <string_view>

namespace cs::lenient {

// Parses one record; false with a user-facing *error unless it is a JSON object.
bool parseRecord(std::string_view raw, QJsonObject *out, QString *error);

// The value under `key`: an exact match first, else the first key that
// matches ignoring case. Undefined when absent.
QJsonValue field(const QJsonObject &object, QStringView key);
// The record's own spelling of `key` (for labels), or `key` itself if absent.
QString actualKey(const QJsonObject &object, QStringView key);

// Neither absent nor null.
bool isPresent(const QJsonValue &value);

// Display text of a scalar: strings as-is, integral numbers without ".0",
// booleans as true/false; arrays joined with ", "; objects as compact JSON;
// absent/null as an empty string.
QString text(const QJsonValue &value);

// A whole number from a number or a numeric string ("34", " 34.0 ").
std::optional<qint64> integer(const QJsonValue &value);

// true / "true" / "yes" / non-zero number.
bool truthy(const QJsonValue &value);

// The objects of an array (other elements skipped), or a lone object as a
// list of one: either shape has been seen for agent lists.
QList<QJsonObject> objects(const QJsonValue &value);

// The non-empty texts of an array, or of a single scalar.
QStringList strings(const QJsonValue &value);

} // namespace cs::lenient
