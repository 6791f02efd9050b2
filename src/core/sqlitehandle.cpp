#include "sqlitehandle.h"

namespace cs::sqlite {

bool Database::open(const QString &path, int flags, const char *vfs)
{
    // Before SQLite's first use in the process: no allocation statistics.
    // Keeping them takes one process-wide mutex per allocation, which a
    // writer thread and a reader thread then fight over (a compact save from
    // an archive reads the archive in one thread and writes in another).
    [[maybe_unused]] static const int statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    close();
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    // Report corruption promptly instead of looping on a busy handler.
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

bool Database::openUntrusted(const QString &path, int stepLimitMs)
{
    if (!open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX))
        return false;
    // A crafted file can hold views, triggers and schema that run arbitrary
    // (endless, recursive) SQL when a plain SELECT touches it: switch all of
    // that off before the first statement is prepared.
    const bool configured =
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) == SQLITE_OK
        && sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) == SQLITE_OK
        && sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr) == SQLITE_OK
        && sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr) == SQLITE_OK
        && exec("PRAGMA query_only=1; PRAGMA temp_store=MEMORY; PRAGMA cell_size_check=1; PRAGMA mmap_size=0");
    if (!configured) {
        m_openError = errorMessage();
        close();
        return false;
    }
    // One record's JSON is a few KB; SQLite's default cap is 1 GB.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    m_stepLimit = std::chrono::milliseconds(stepLimitMs);
    m_stepStarted = std::chrono::steady_clock::now();
    sqlite3_progress_handler(m_db, 10000, &Database::progress, this);
    return true;
}

int Database::progress(void *self)
{
    auto *db = static_cast<Database *>(self);
    if (std::chrono::steady_clock::now() - db->m_stepStarted <= db->m_stepLimit)
        return 0;
    db->m_interrupted = true;
    return 1;   // SQLITE_INTERRUPT for the running statement
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString Database::errorMessage() const
{
    if (!m_db)
        return m_openError;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int Database::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    db.stepStarting();   // preparing reads the schema, which a limit also bounds
    if (db.handle() && sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

std::string_view Statement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step()
{
    if (!m_stmt)
        return SQLITE_MISUSE;
    m_db->stepStarting();
    return sqlite3_step(m_stmt);
}

void Statement::resetKeepingBindings()
{
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace cs::sqlite
