#pragma once
// Reading calls out of a .callscope file (formats 2 and 3) and bringing a
// format-2 file to format 3: the reading side of the SQLite archive.

#include "archive.h"
#include "sqlitehandle.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace cs::archivecalls {

// The table that holds the typed columns: `calls` (format 3) or `conversations` (2).
const char *callsTable(int format);

// SELECT of every column streamCalls() reads, followed by `where` (which may
// name ?1 and ?2), from the format's table. `more` (", a, b") adds columns
// after those, from kFirstMoreColumn on, for a sink to read off the statement.
QByteArray selectSql(int format, const char *where, const char *more = "");
inline constexpr int kFirstMoreColumn = 28;

// Reads a format-3 file's labels. Call it in the same read transaction as
// the calls it serves. False with *detail on a damaged or hostile table.
bool readLabels(sqlite::Database &db, LabelTable *out, QString *detail);

// Why streamCalls() refused a row of the file.
enum class CallDamage { None, UnknownLabel, KeyOutOfRange };

// Steps a statement made from selectSql() and hands each row to the sink.
// labels: null for format 2 (the columns are texts). False on an SQLite error
// or, with *damage set, on a row naming a label the table does not have or
// keyed outside [0, kArchiveKeyLimit).
// idsOnly: with labels, the calls carry label ids without the texts.
bool streamCalls(sqlite::Statement &s, const std::shared_ptr<const LabelTable> &labels, const std::function<bool(ArchivedCall &)> &sink,
                 CallDamage *damage, bool idsOnly = false);

// Brings a format-2 file to format 3, in one transaction (nothing changes on
// failure; *detail says why). The caller holds the file open for writing.
bool migrateFormat2(sqlite::Database &db, QString *detail);

} // namespace cs::archivecalls
