#pragma once
// Per-column sort keys for RecordView: every column maps a row to either an
// unsigned integer or a byte string whose natural order is the column's order,
// so a sort is a plain key comparison (ties: row id = arrival order).

#include "callcolumns.h"
#include "recordstore.h"

#include <string_view>
#include <vector>

namespace cs::viewsort {

// sessionId / conversationId / userId: opaque ids held as bytes, compared bytewise.
bool isByteColumn(CallColumn column);
// Text columns held as StringPool ids: ordered by collation rank.
bool isRankedColumn(CallColumn column);

std::string_view byteKey(const RecordStore &store, CallColumn column, RowId row);

// Ascending integer key. Absent values (kNoTime, kNoScore, -1 duration, no
// text) sort first. Ranked columns need `rank` to cover the row's ids.
// Multi-valued columns: first value's rank, then the number of values.
quint64 integerKey(const RecordStore &store, const std::vector<quint32> &rank, CallColumn column, RowId row);

// Ranked columns only, without ranks: the same order as integerKey gives,
// computed with the collator (slow; for one-off comparisons).
int compareByCollator(const RecordStore &store, CallColumn column, RowId a, RowId b);

// Sorts `rows` by (keys[i], row id) ascending, keys[i] belonging to rows[i];
// `keys` is permuted along (and may be re-based: order and equality are kept,
// values are not). Row ids must be distinct. An LSD radix sort over the bits
// that vary, so a million rows take a few passes over flat arrays.
void sortByKeyThenRow(std::vector<RowId> &rows, std::vector<quint64> &keys);

// Byte columns: the bytes of the id at `offset..offset+8` as a big-endian
// integer (missing bytes are 0), so that integer order is byte order of that
// window; strings equal in it need a full comparison.
quint64 bytePrefixKey(std::string_view bytes, size_t offset);

} // namespace cs::viewsort
