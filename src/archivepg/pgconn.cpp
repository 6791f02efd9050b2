#include "pgconn.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <arpa/inet.h>
#include <cstring>

namespace cs::pg {

bool isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString redactUri(const QString &uri)
{
    QString out = uri;
    // user:password@  ->  user:***@  (only in the authority part)
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:/@?#]*):[^@/?#]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    out.replace(userInfo, QStringLiteral("\\1:***@"));
    static const QRegularExpression param(QStringLiteral("([?&]password=)[^&#]*"), QRegularExpression::CaseInsensitiveOption);
    out.replace(param, QStringLiteral("\\1***"));
    return out;
}

bool checkUriHasNoPassword(const QString &uri, QString *error)
{
    if (redactUri(uri) == uri)
        return true;
    if (error)
        *error = QStringLiteral("%1 holds a password: remove it and give the password through PGPASSWORD, "
                                "~/.pgpass or the keyring instead").arg(redactUri(uri));
    return false;
}

// --- Result ---------------------------------------------------------------

Result &Result::operator=(Result &&o) noexcept
{
    if (this != &o) {
        if (m_r)
            PQclear(m_r);
        m_r = o.m_r;
        o.m_r = nullptr;
    }
    return *this;
}

Result::~Result()
{
    if (m_r)
        PQclear(m_r);
}

bool Result::ok() const
{
    if (!m_r)
        return false;
    const auto s = PQresultStatus(m_r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_SINGLE_TUPLE;
}

int Result::rows() const { return m_r ? PQntuples(m_r) : 0; }
bool Result::isNull(int row, int col) const { return PQgetisnull(m_r, row, col) != 0; }

std::string_view Result::bytes(int row, int col) const
{
    return std::string_view(PQgetvalue(m_r, row, col), size_t(PQgetlength(m_r, row, col)));
}

namespace {
quint32 be32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return ntohl(v);
}
quint64 be64(const char *p)
{
    return (quint64(be32(p)) << 32) | be32(p + 4);
}
quint16 be16(const char *p)
{
    quint16 v;
    std::memcpy(&v, p, 2);
    return ntohs(v);
}

// A binary int4 or int8 value; 0 for anything else.
qint64 decodeInt(std::string_view v)
{
    if (v.size() == 8)
        return qint64(be64(v.data()));
    if (v.size() == 4)
        return qint32(be32(v.data()));
    return 0;
}

} // namespace

qint64 Result::int8(int row, int col) const
{
    if (PQgetlength(m_r, row, col) == 8)
        return qint64(be64(PQgetvalue(m_r, row, col)));
    if (PQgetlength(m_r, row, col) == 4)
        return qint32(be32(PQgetvalue(m_r, row, col)));
    return 0;
}

qint32 Result::int4(int row, int col) const
{
    if (PQgetlength(m_r, row, col) == 4)
        return qint32(be32(PQgetvalue(m_r, row, col)));
    if (PQgetlength(m_r, row, col) == 8)
        return qint32(be64(PQgetvalue(m_r, row, col)));
    return 0;
}

bool Result::boolean(int row, int col) const
{
    return PQgetlength(m_r, row, col) == 1 && PQgetvalue(m_r, row, col)[0] != 0;
}

// --- CopyRow ----------------------------------------------------------------

bool CopyRow::parse(std::string_view tuple, bool *trailer)
{
    m_fields.clear();
    *trailer = false;
    if (tuple.size() < 2)
        return false;
    const char *p = tuple.data();
    const char *end = p + tuple.size();
    const qint16 count = qint16(be16(p));
    p += 2;
    if (count == -1) {
        *trailer = true;
        return true;
    }
    for (qint16 i = 0; i < count; ++i) {
        if (end - p < 4)
            return false;
        const qint32 n = qint32(be32(p));
        p += 4;
        if (n < 0) {
            m_fields.emplace_back();
            continue;
        }
        if (end - p < n)
            return false;
        // A zero-length value must still differ from NULL: point it at the row.
        m_fields.emplace_back(p, size_t(n));
        p += n;
    }
    return p == end;
}

qint64 CopyRow::int8(int col) const { return decodeInt(bytes(col)); }
qint32 CopyRow::int4(int col) const { return qint32(decodeInt(bytes(col))); }

// --- Params ---------------------------------------------------------------

Params &Params::add(std::string_view text)
{
    m_values.emplace_back(text);
    m_null.push_back(false);
    rebuild();
    return *this;
}

Params &Params::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    rebuild();
    return *this;
}

void Params::rebuild()
{
    m_ptrs.clear();
    m_lengths.clear();
    for (size_t i = 0; i < m_values.size(); ++i) {
        m_ptrs.push_back(m_null[i] ? nullptr : m_values[i].c_str());
        m_lengths.push_back(int(m_values[i].size()));
    }
}

// --- Connection -----------------------------------------------------------

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

std::unique_ptr<Connection> Connection::open(const ConnectSpec &spec, QString *error)
{
    if (!checkUriHasNoPassword(spec.uri, error))
        return nullptr;
    const QByteArray uri = spec.uri.toUtf8();
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.constData(), &parseError);
    if (!options) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(redactUri(spec.uri),
                                                  parseError ? QString::fromUtf8(parseError).trimmed()
                                                             : QStringLiteral("not a PostgreSQL URI"));
        if (parseError)
            PQfreemem(parseError);
        return nullptr;
    }
    std::vector<QByteArray> keys, values;
    auto has = [&](const char *key) {
        for (const auto &k : keys)
            if (k == key)
                return true;
        return false;
    };
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && std::strcmp(o->keyword, "password") != 0) {
            keys.emplace_back(o->keyword);
            values.emplace_back(o->val);
        }
    }
    PQconninfoFree(options);
    auto addDefault = [&](const char *key, const QByteArray &value) {
        if (!has(key)) {
            keys.emplace_back(key);
            values.emplace_back(value);
        }
    };
    if (!spec.password.isEmpty()) {
        keys.emplace_back("password");
        values.emplace_back(spec.password.toUtf8());
    }
    addDefault("application_name", spec.applicationName.toUtf8());
    addDefault("connect_timeout", "10");
    // A dead peer must end the session soon on both sides (the lease's takeover).
    addDefault("keepalives", "1");
    addDefault("keepalives_idle", "5");
    addDefault("keepalives_interval", "2");
    addDefault("keepalives_count", "3");
    addDefault("tcp_user_timeout", "10000");   // ms: unacknowledged data fails the connection
    addDefault("client_encoding", "UTF8");

    std::vector<const char *> k, v;
    for (size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);

    std::unique_ptr<Connection> c(new Connection);
    c->m_spec = spec;
    c->m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    // The password is in libpq's copy now; ours is overwritten and dropped.
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == "password")
            values[i].fill('\0');
    if (!c->m_conn || PQstatus(c->m_conn) != CONNECTION_OK) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(redactUri(spec.uri),
                                                  c->m_conn ? c->lastError() : QStringLiteral("out of memory"));
        return nullptr;
    }
    return c;
}

bool Connection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString Connection::clean(const QString &message) const
{
    QString out = message.trimmed();
    if (!m_spec.password.isEmpty())
        out.replace(m_spec.password, QStringLiteral("***"));
    return out;
}

QString Connection::lastError() const
{
    return clean(QString::fromUtf8(PQerrorMessage(m_conn)));
}

bool Connection::exec(const char *sql, QString *error)
{
    Result r(PQexec(m_conn, sql));
    if (r.ok())
        return true;
    if (error)
        *error = r.get() ? clean(QString::fromUtf8(PQresultErrorMessage(r.get()))) : lastError();
    return false;
}

Result Connection::execParams(const char *sql, const Params &params, bool binary, QString *error)
{
    Result r(PQexecParams(m_conn, sql, params.count(), nullptr, params.values(), params.lengths(), nullptr,
                          binary ? 1 : 0));
    if (!r.ok() && error)
        *error = r.get() ? clean(QString::fromUtf8(PQresultErrorMessage(r.get()))) : lastError();
    return r;
}

namespace {

struct PgText
{
    Q_DECLARE_TR_FUNCTIONS(PgText)
};

// The binary COPY header: signature, flags, length of the extension area.
constexpr char kCopySignature[] = "PGCOPY\n\377\r\n";
constexpr size_t kCopySignatureSize = 11;

// Strips the header off the first message (the server sends it together with
// the first row); false when it is not there.
bool skipCopyHeader(std::string_view *data)
{
    if (data->size() < kCopySignatureSize + 8 || std::memcmp(data->data(), kCopySignature, kCopySignatureSize) != 0)
        return false;
    const quint32 extension = be32(data->data() + kCopySignatureSize + 4);
    const size_t header = kCopySignatureSize + 8 + extension;
    if (data->size() < header)
        return false;
    data->remove_prefix(header);
    return true;
}

} // namespace

bool Connection::copyOutBinary(const char *copySql, const std::function<bool(const CopyRow &)> &row,
                               QString *error)
{
    Result start(PQexec(m_conn, copySql));
    if (!start.get() || PQresultStatus(start.get()) != PGRES_COPY_OUT) {
        if (error)
            *error = start.get() ? clean(QString::fromUtf8(PQresultErrorMessage(start.get()))) : lastError();
        return false;
    }
    CopyRow tuple;
    QString failure;
    bool header = false, stopped = false, trailer = false;
    int n;
    char *buffer = nullptr;
    // After a stop or a malformed row, the rest is drained unread.
    while ((n = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        std::string_view data(buffer, size_t(n));
        if (!stopped && failure.isEmpty()) {
            if (!header && !(header = skipCopyHeader(&data)))
                failure = PgText::tr("The server's COPY data has no binary header.");
            else if (!data.empty() && !tuple.parse(data, &trailer))
                failure = PgText::tr("The server's COPY data holds a malformed row.");
            else if (!data.empty() && !trailer && !row(tuple))
                stopped = true;
            if (stopped || !failure.isEmpty())
                cancel();
        }
        PQfreemem(buffer);
    }
    if (n == -2 && failure.isEmpty() && !stopped)
        failure = lastError();
    for (;;) {
        Result r(PQgetResult(m_conn));
        if (!r.get())
            break;
        // (After a stop, the cancellation's own error is expected.)
        if (!r.ok() && failure.isEmpty() && !stopped)
            failure = clean(QString::fromUtf8(PQresultErrorMessage(r.get())));
    }
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}

void Connection::cancel()
{
    if (PGcancel *c = PQgetCancel(m_conn)) {
        char buffer[256];
        PQcancel(c, buffer, int(sizeof buffer));
        PQfreeCancel(c);
    }
}

bool Connection::copyIn(const char *copySql, const std::string &data, QString *error)
{
    Result start(PQexec(m_conn, copySql));
    if (!start.get() || PQresultStatus(start.get()) != PGRES_COPY_IN) {
        if (error)
            *error = start.get() ? clean(QString::fromUtf8(PQresultErrorMessage(start.get()))) : lastError();
        return false;
    }
    bool ok = true;
    size_t at = 0;
    constexpr size_t kChunk = 1 << 20;
    while (ok && at < data.size()) {
        const size_t n = std::min(kChunk, data.size() - at);
        ok = PQputCopyData(m_conn, data.data() + at, int(n)) == 1;
        at += n;
    }
    if (PQputCopyEnd(m_conn, ok ? nullptr : "client failed") != 1)
        ok = false;
    for (;;) {
        Result r(PQgetResult(m_conn));
        if (!r.get())
            break;
        if (!r.ok()) {
            if (ok && error)
                *error = clean(QString::fromUtf8(PQresultErrorMessage(r.get())));
            ok = false;
        }
    }
    if (!ok && error && error->isEmpty())
        *error = lastError();
    return ok;
}

int Connection::backendPid() const { return PQbackendPID(m_conn); }
int Connection::socket() const { return PQsocket(m_conn); }

// --- COPY text format ------------------------------------------------------

void appendCopyText(std::string &out, std::string_view value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\0': out += "\xEF\xBF\xBD"; break;
        default: out += c;
        }
    }
}

void appendCopyTextArray(std::string &out, const std::vector<std::string> &values)
{
    std::string literal = "{";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            literal += ',';
        literal += '"';
        for (const char c : values[i]) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    appendCopyText(out, literal);
}

} // namespace cs::pg
