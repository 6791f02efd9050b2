#pragma once
// Page and record parsing with simdjson (the ingest hot path).
//
// A page is the API's response body: {"numResults": N, "data": [ {...}, ... ]}.
// Page-level damage (not JSON, truncated, no "data" array) makes the whole page
// invalid: the fetch engine retries it. A single record that cannot be used
// (not an object, no sessionId, a field of an impossible type) is reported with
// its position and skipped; the rest of the page is kept.

#include "callfields.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <memory>
#include <vector>

namespace cs {

// The API sends at most 100 records a page; a page whose "data" holds more
// elements than this is refused whole (docs/limits.md), so a body of millions
// of tiny elements cannot become millions of records or notices.
inline constexpr int kMaxElementsPerPage = 10000;

struct ParseIssue
{
    int index = -1;      // position in data[] (0-based)
    QString message;     // e.g. "data[5]: record is not an object" (not translated: log text)
};

struct ParsedPage
{
    QByteArray body;                  // owns the bytes that CallFields::raw views
    std::vector<CallFields> records;  // usable records, in page order
    std::vector<ParseIssue> issues;   // skipped records
    qint64 numResults = -1;           // as sent; not a reliable total (FACTS.md)
    QString error;                    // non-empty: the page as a whole is invalid
    bool overLimit = false;           // invalid because it broke a limit: asking again cannot help

    bool ok() const { return error.isEmpty(); }
};

// Parses a whole page. Never throws; page-level problems land in `error`.
std::shared_ptr<ParsedPage> parsePage(QByteArray body);

// Parses one record's JSON (e.g. raw_json read back from a snapshot) into
// `out`; `out.raw` views `json`. Returns false with `error` set when unusable.
class RecordParser
{
public:
    RecordParser();
    ~RecordParser();
    RecordParser(const RecordParser &) = delete;
    RecordParser &operator=(const RecordParser &) = delete;

    bool parse(std::string_view json, CallFields &out, QString *error = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Parses "2024-09-27T13:50:51", "2024-09-27 13:50:51", "2023/01/10 2:25:54",
// "2026-02-16T14:06:41.807Z" and "...+05:30". Returns kNoTime if unparseable.
// `isUtc` is set when the text carries a zone (then the result is true UTC,
// otherwise naive wall-clock seconds).
qint64 parseApiTime(std::string_view text, bool *isUtc = nullptr);

} // namespace cs

Q_DECLARE_METATYPE(std::shared_ptr<cs::ParsedPage>)
