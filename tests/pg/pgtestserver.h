#pragma once
// The throw-away PostgreSQL server of the tests (started by the CTest fixture
// pg_server, tests/pg/pg-server.sh): its superuser URI, and fresh databases.
// CALLSCOPE_PG_URI, when set, names another server to use instead (a
// superuser's URI without password).

#include "pgconn.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QUuid>

namespace pgtest {

// The superuser URI, or empty with `why` set.
inline QString adminUri(QString *why)
{
    const QString fromEnv = qEnvironmentVariable("CALLSCOPE_PG_URI");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = qEnvironmentVariable("CALLSCOPE_PG_DIR");
    QFile file(dir + QStringLiteral("/uri"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no test PostgreSQL server: run this test through ctest, whose fixture pg_server "
                              "starts one (tests/pg/pg-server.sh; Debian package postgresql), or set "
                              "CALLSCOPE_PG_URI to a superuser's URI");
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// `uri` with its database replaced (postgresql:///db?... or postgresql://host/db?...).
inline QString withDatabase(const QString &uri, const QString &db)
{
    QString out = uri;
    static const QRegularExpression path(QStringLiteral("^(postgres(?:ql)?://[^/?]*)(/[^?]*)?"));
    out.replace(path, QStringLiteral("\\1/") + db);
    return out;
}

// `uri` with its user replaced (the fixture's URIs give it as ?user=).
inline QString withUser(const QString &uri, const QString &user)
{
    QString out = uri;
    static const QRegularExpression param(QStringLiteral("([?&]user=)[^&]*"));
    if (out.contains(param))
        out.replace(param, QStringLiteral("\\1") + user);
    else
        out += (out.contains(QLatin1Char('?')) ? QStringLiteral("&user=") : QStringLiteral("?user=")) + user;
    return out;
}

// `uri` over loopback TCP instead of the socket (where the server asks for passwords).
inline QString overTcp(const QString &uri)
{
    QString out = uri;
    static const QRegularExpression host(QStringLiteral("([?&]host=)[^&]*"));
    out.replace(host, QStringLiteral("\\1") + QStringLiteral("127.0.0.1"));
    return out;
}

inline bool adminExec(const QString &uri, const QString &sql, QString *error)
{
    auto c = cs::pg::Connection::open({uri, {}}, error);
    return c && c->exec(sql.toUtf8().constData(), error);
}

// A new, empty database; returns its URI (the superuser's), or empty with `error`.
inline QString freshDatabase(const QString &prefix, QString *error)
{
    const QString admin = adminUri(error);
    if (admin.isEmpty())
        return {};
    const QString db = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!adminExec(admin, QStringLiteral("CREATE DATABASE \"%1\"").arg(db), error))
        return {};
    return withDatabase(admin, db);
}

} // namespace pgtest

#define PG_FRESH_DATABASE(var, prefix)                                     \
    QString var;                                                           \
    do {                                                                   \
        QString pgError_;                                                  \
        var = pgtest::freshDatabase(QStringLiteral(prefix), &pgError_);    \
        if (var.isEmpty())                                                 \
            QFAIL(qPrintable(pgError_));                                   \
    } while (false)
