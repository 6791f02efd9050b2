#pragma once
// Minimal RAII over the SQLite C API for the snapshot code. We use the C API
// rather than Qt Sql because saving and loading a million rows is a hot path:
// binding text without copies and stepping a prepared statement is several
// times faster than QSqlQuery + QVariant per value.

#include <QString>
#include <chrono>
#include <sqlite3.h>
#include <string_view>

namespace cs::sqlite {

class Database
{
public:
    Database() = default;
    ~Database() { close(); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `vfs`: a registered VFS's name (writeBehindVfs()), or null for the default.
    bool open(const QString &path, int flags, const char *vfs = nullptr);
    // For files from elsewhere: read-only, SQLite's defensive mode on, no
    // triggers, no views, no untrusted schema functions, values capped, and
    // every step of a statement interrupted after `stepLimitMs` (then
    // wasInterrupted() is true).
    bool openUntrusted(const QString &path, int stepLimitMs);
    bool wasInterrupted() const { return m_interrupted; }
    void close();
    bool exec(const char *sql);                 // for statements without results
    QString errorMessage() const;               // sqlite3_errmsg, or the open failure
    int errorCode() const;
    sqlite3 *handle() const { return m_db; }

    // Only a limited database reads the clock: a save steps two million times.
    void stepStarting()
    {
        if (m_stepLimit.count() > 0)
            m_stepStarted = std::chrono::steady_clock::now();
    }

private:
    static int progress(void *self);
    sqlite3 *m_db = nullptr;
    QString m_openError;
    std::chrono::milliseconds m_stepLimit{0};
    std::chrono::steady_clock::time_point m_stepStarted;
    bool m_interrupted = false;
};

class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Text is bound without a copy: it must outlive the next step().
    void bind(int index, std::string_view text);
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bindBlob(int index, std::string_view bytes);   // without a copy, like bind(text)
    int step();                                 // SQLITE_ROW, SQLITE_DONE or an error
    // For a statement whose every parameter is bound before each step (an
    // insert in a loop): unlike reset(), keeps the bindings instead of
    // clearing them, which costs a pass over them per row.
    void resetKeepingBindings();
    void reset();

    qint64 columnInt(int column) const;
    std::string_view columnText(int column) const;
    bool columnIsNull(int column) const;
    std::string_view columnBlob(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
};

} // namespace cs::sqlite
