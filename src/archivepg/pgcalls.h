#pragma once
// Reading calls out of the PostgreSQL archive in bulk: the statements that
// read a range in readCalls()'s order, binary COPY, and the one decoder of a
// call's row. The reading side of pgarchive.cpp.

#include "archive.h"
#include "pgconn.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace cs::pgcalls {

// What a load reads of a call: its key and the generated column `packed`
// (schema version 2), which holds every typed column in one cell.
inline constexpr const char *kCallColumns = "id, packed";
inline constexpr int kCallColumnCount = 2;

bool isWholeTime(const UtcInterval &interval);

// The WHERE clauses whose statements, one after the other, read the calls
// starting inside `interval` in readCalls()'s order (with kWholeTime first
// those without a start). Each one is an index scan on calls_start: a single
// "ORDER BY start_utc NULLS FIRST" matches no index, and sorting a million
// rows spills to disk (3 s instead of 0.9 s on the server).
std::vector<QByteArray> rangeStretches(const UtcInterval &interval);

// readCalls()'s order in two parts, cut at the start time `cut` (inside the
// interval): part 0 the calls starting before it (with kWholeTime first those
// without a start), part 1 the rest.
struct Parts
{
    std::vector<QByteArray> first, second;
};
Parts splitAt(const UtcInterval &interval, qint64 cut);

// The start time of the middle call of those with a start inside the
// interval, exactly (two index-only scans: 0.1-0.2 s for a million calls);
// no row when no call has one.
QByteArray middleStartQuery(const UtcInterval &interval);

// The median start time and the number of calls of a sample of about 1,000
// of the table's pages (TABLESAMPLE SYSTEM: ~10 ms for a million calls) that
// start inside the interval. Unlike the server's statistics (pg_stats), the
// sample is of what the table holds now, in this snapshot. The cut need only
// be near the middle: it sets how evenly the two parts share the work, not
// what they read.
QByteArray sampledMiddleStartQuery(const UtcInterval &interval);

// Of the same kind of sample: the calls starting inside the interval, and all.
QByteArray sampledShareQuery(const UtcInterval &interval);

// Starts a read: a read-only transaction on one snapshot (`snapshot`, when
// given, is one exported by another connection), planned to stream in start
// order. The planner would take a parallel sequential scan and sort for a
// range of 10-50 % of the table (a third of a million calls: 1.5 s of server
// CPU in three processes, and sort files on disk, against 0.5 s for the index
// scan on calls_start, which also sends its first row at once); the two parts
// of loadArchiveRange() are the parallelism wanted.
bool beginRead(pg::Connection &c, const std::string &snapshot, QString *error);

// Copies `columns` (`count` of them, from `from`) of the calls matching each
// stretch in turn, in start order (ties by id), to `row`, on `c`: in a read of its own
// (beginRead(): one snapshot for all), unless `inTransaction` (the caller's
// then). `row` returning false stops it.
bool copyStretches(pg::Connection &c, const std::vector<QByteArray> &stretches, bool inTransaction,
                   const char *columns, int count, const char *from,
                   const std::function<bool(const pg::CopyRow &)> &row, QString *error);

// The calls of the stretches, in order, to `sink` with their row (see
// copyStretches()): `more` (", a, b", `moreCount` of them) adds columns after
// kCallColumns for the sink to read off the row.
bool readStretches(pg::Connection &c, const std::vector<QByteArray> &stretches, bool inTransaction,
                   const std::function<bool(ArchivedCall &, const pg::CopyRow &)> &sink, QString *error,
                   const char *more = "", int moreCount = 0);

} // namespace cs::pgcalls
