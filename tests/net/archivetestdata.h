#pragma once
// What the archive and snapshot tests share: the mock's realistic records as
// pages, files opened and counted, and a store described column by column.
#include "../core/storecolumns.h"
#include "archivefile.h"
#include "mockserver.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QFile>
#include <QStringList>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace cs::testing {

using namespace Qt::StringLiterals;

inline constexpr qint64 kDay = 24 * 3600;
inline constexpr qint64 kStart = 1'790'000'000;

// Pages of the mock's realistic records, as the API renders them for `offsetMinutes`.
inline std::vector<std::shared_ptr<ParsedPage>> pagesOf(const mock::MockDataset &data, int offsetMinutes, int perPage = 100,
                                                        const std::function<QByteArray(int, QByteArray)> &edit = {})
{
    std::vector<std::shared_ptr<ParsedPage>> pages;
    for (int first = 0; first < data.size(); first += perPage) {
        QByteArray body = "{\"data\":[";
        for (int i = first; i < std::min(data.size(), first + perPage); ++i) {
            if (i > first)
                body += ',';
            const QByteArray record = data.recordJson(i, offsetMinutes);
            body += edit ? edit(i, record) : record;
        }
        pages.push_back(parsePage(body + "]}"));
    }
    return pages;
}

inline std::unique_ptr<ArchiveFile> openFile(const QString &path, bool readOnly = false)
{
    auto archive = std::make_unique<ArchiveFile>();
    QString error;
    if (!archive->open(path, true, readOnly, &error))
        qWarning("%s", qPrintable(error));
    return archive;
}

inline qint64 sqlCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// Runs `sql` on the file at `path`, writable; false when it fails.
inline bool executeSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Every column the table, filters, statistics and CSV read, and the raw JSON, for one row.
inline QString describeRow(const RecordStore &store, RowId row)
{
    std::string raw;
    store.readRawJson(row, &raw);
    return (cs::testing::storeColumns(store, row) << QString::fromStdString(raw)).join(u'\x1f');
}

inline QStringList describeStore(const RecordStore &store)
{
    QStringList rows;
    for (int row = 0; row < store.size(); ++row)
        rows << describeRow(store, RowId(row));
    rows.sort();
    return rows;
}

} // namespace cs::testing
