#pragma once
// Calendar arithmetic for API timestamps without QDateTime (the ingest hot path):
// days-from-civil conversions and the canonical "yyyy-MM-ddTHH:mm:ss" form that
// the store rebuilds instead of keeping the text of every timestamp.

#include <QtGlobal>
#include <string>
#include <string_view>

namespace cs::recordtime {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);
void civilFromDays(qint64 days, qint64 &year, unsigned &month, unsigned &day);

// How a timestamp's text can be rebuilt from its seconds.
enum class TextForm : quint8 {
    Absent = 0,        // no text (field missing, null or "")
    CanonicalT = 1,    // exactly "yyyy-MM-ddTHH:mm:ss"
    CanonicalSpace = 2,// exactly "yyyy-MM-dd HH:mm:ss"
    Other = 3,         // anything else: keep reading it from the raw JSON
};

// Classifies `text`; a canonical form is only reported when `naiveSeconds`
// (its parsed, zone-less value) rebuilds it byte for byte.
TextForm classifyText(std::string_view text, qint64 naiveSeconds, bool isUtc);

inline constexpr size_t kCanonicalLength = 19;   // "yyyy-MM-ddTHH:mm:ss"

// "yyyy-MM-dd<separator>HH:mm:ss" of naive seconds; empty / false outside years 0..9999.
std::string formatNaive(qint64 naiveSeconds, char separator);
bool formatNaiveInto(qint64 naiveSeconds, char separator, char *text /* kCanonicalLength chars */);

} // namespace cs::recordtime
