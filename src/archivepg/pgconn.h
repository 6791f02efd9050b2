#pragma once
// A thin RAII layer over libpq for the archive: one connection, parameterised
// statements, results in binary, and error texts that never hold a password.

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cs::pg {

// How to reach a server: the URI (never holding a password) and, when the
// caller has one (the keyring), the password. Without one, libpq looks in
// PGPASSWORD and ~/.pgpass (or PGPASSFILE).
struct ConnectSpec
{
    QString uri;
    QString password;
    QString applicationName = QStringLiteral("callscope");
};

// True for postgresql:// and postgres:// URIs.
bool isServerUri(const QString &text);
// The URI for messages: any password in it replaced by "***".
QString redactUri(const QString &uri);
// Refuses a URI that carries a password (in the user info or as ?password=):
// it would end up in settings, recent files and messages.
bool checkUriHasNoPassword(const QString &uri, QString *error);

class Result
{
public:
    Result() = default;
    explicit Result(pg_result *r) : m_r(r) {}
    Result(Result &&o) noexcept : m_r(o.m_r) { o.m_r = nullptr; }
    Result &operator=(Result &&o) noexcept;
    ~Result();
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    pg_result *get() const { return m_r; }
    bool ok() const;                  // command or tuples OK
    int rows() const;
    bool isNull(int row, int col) const;
    std::string_view bytes(int row, int col) const;
    QString text(int row, int col) const { auto b = bytes(row, col); return QString::fromUtf8(b.data(), qsizetype(b.size())); }
    // Binary-format values.
    qint64 int8(int row, int col) const;
    qint32 int4(int row, int col) const;
    bool boolean(int row, int col) const;

private:
    pg_result *m_r = nullptr;
};

// One row of a binary COPY, its fields as views into the row's bytes (valid
// until the next row). The values have the same binary formats as a Result's.
class CopyRow
{
public:
    // Splits a tuple; false when it is malformed. `trailer` is set (and no
    // fields) for the end-of-data marker.
    bool parse(std::string_view tuple, bool *trailer);
    int columns() const { return int(m_fields.size()); }
    bool isNull(int col) const { return m_fields[size_t(col)].data() == nullptr; }
    std::string_view bytes(int col) const { return m_fields[size_t(col)]; }
    qint64 int8(int col) const;
    qint32 int4(int col) const;
    // A binary text[] value appended to `out` (NULL elements skipped).

private:
    std::vector<std::string_view> m_fields;   // a NULL's view has no data pointer
};

// Parameters for execParams: text values, or NULL.
class Params
{
public:
    Params &add(std::string_view text);
    Params &add(const QString &text) { const QByteArray b = text.toUtf8(); return add(std::string_view(b.constData(), size_t(b.size()))); }
    Params &add(qint64 value) { return add(std::string_view(std::to_string(value))); }
    Params &addNull();
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_ptrs.data(); }
    const int *lengths() const { return m_lengths.data(); }

private:
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
    std::vector<const char *> m_ptrs;
    std::vector<int> m_lengths;
    void rebuild();
};

class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static std::unique_ptr<Connection> open(const ConnectSpec &spec, QString *error);

    pg_conn *raw() const { return m_conn; }
    const ConnectSpec &spec() const { return m_spec; }
    bool isOk() const;
    QString lastError() const;        // libpq's message, password-free

    // Simple statements (several allowed in one string); false with `error` set.
    bool exec(const char *sql, QString *error);
    // One statement with parameters; results in binary when `binary`.
    Result execParams(const char *sql, const Params &params, bool binary, QString *error);
    Result query(const char *sql, QString *error) { return execParams(sql, Params(), true, error); }

    // Runs "COPY (SELECT ...) TO STDOUT (FORMAT binary)" and hands each row to
    // `row`: no result object per row, so the client spends far less than in
    // single-row mode. COPY takes no parameters: the caller formats only
    // numbers into the statement. `row` returning false stops it (the server
    // is told to cancel); that is no error.
    bool copyOutBinary(const char *copySql, const std::function<bool(const CopyRow &)> &row, QString *error);

    // Copies `data` (COPY text format) into a table: "COPY t (cols) FROM STDIN".
    bool copyIn(const char *copySql, const std::string &data, QString *error);

    int backendPid() const;
    int socket() const;

private:
    Connection() = default;
    pg_conn *m_conn = nullptr;
    ConnectSpec m_spec;
    QString clean(const QString &message) const;
    // Asks the server to cancel the running statement.
    void cancel();
};

// COPY text-format escaping (backslash, tab, newline, carriage return; NUL,
// which PostgreSQL's text cannot hold, becomes U+FFFD).
void appendCopyText(std::string &out, std::string_view value);
// An array literal {"a","b"} for a text[] column, already COPY-escaped.
void appendCopyTextArray(std::string &out, const std::vector<std::string> &values);

} // namespace cs::pg
