#pragma once
// Writing rows of the `conversations` table (format 2), shared by the archive
// (rows from fetched pages) and standalone snapshots (rows from the store).

#include "callfields.h"
#include "rawcodec.h"
#include "recordstore.h"
#include "sqlitehandle.h"

#include <map>
#include <memory>
#include <optional>

namespace cs {

// How raw JSON goes into a row: as text, or zstd-compressed against a dictionary.
class RawEncoder
{
public:
    RawEncoder() = default;   // text
    RawEncoder(const QByteArray &dictionary, qint64 dictionaryId);
    bool compresses() const { return m_compressor != nullptr; }
    // Binds raw_json (?2), raw_zstd (?3) and raw_dictionary (?4) of kInsertRaw.
    bool bind(sqlite::Statement &insert, std::string_view raw);

private:
    std::unique_ptr<rawcodec::Compressor> m_compressor;
    qint64 m_dictionaryId = 0;
    std::string m_buffer;
};

// Reads raw JSON back from a row's raw_json, or raw_zstd + raw_dictionary
// (dictionaries are read from the file once and kept).
class RawColumnReader
{
public:
    bool read(sqlite::Database &db, std::string_view text, bool textNull, std::string_view zstd, qint64 dictionary,
              std::string *out);

private:
    std::map<qint64, std::unique_ptr<rawcodec::Decompressor>> m_decompressors;
};

class ConversationRowWriter
{
public:
    // INSERT OR REPLACE: a row with an existing `row` key is replaced.
    explicit ConversationRowWriter(sqlite::Database &db);
    bool isValid() const { return m_insert.isValid() && m_insertRaw.isValid(); }
    // row < 0: a new row key.
    bool write(qint64 row, const CallFields &call, int offsetMinutes, qint64 fetchedAtUtc, RawEncoder &raw);
    bool write(qint64 row, const RecordStore &store, RowId storeRow, qint64 fetchedAtUtc, RawEncoder &raw);

private:
    bool finish(sqlite::Database &db, qint64 row, std::string_view raw, RawEncoder &encoder);
    sqlite::Database &m_db;
    sqlite::Statement m_insert;
    sqlite::Statement m_insertRaw;
    std::string m_queues, m_agents, m_dispositions, m_startText, m_endText, m_raw;
};

} // namespace cs
