#include "credentials.h"

#include "jwt.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cs {

Credentials Credentials::fromToken(const QByteArray &jwt)
{
    Credentials credentials;
    credentials.m_token = jwt.trimmed();
    return credentials;
}

Credentials Credentials::fromClient(const QString &clientId, const QByteArray &clientSecret)
{
    Credentials credentials;
    credentials.m_clientId = clientId.trimmed();
    credentials.m_secret = clientSecret;
    return credentials;
}

bool Credentials::isValid() const
{
    if (mintsTokens())
        return !m_secret.isEmpty();
    return !m_token.isEmpty();
}

QByteArray Credentials::authHeaderValue() const
{
    if (!mintsTokens())
        return m_token;
    // A fresh token (fresh jti) for every request: apps may enforce jti.
    return jwt::mint(m_clientId, m_secret, QDateTime::currentSecsSinceEpoch());
}

QString Credentials::redacted(const QString &text) const
{
    static const QString mask = u"[redacted]"_s;
    QString result = text;
    for (const QByteArray &secret : {m_token, m_secret}) {
        if (secret.size() >= 4)
            result.replace(QString::fromUtf8(secret), mask);
    }
    // Any JWT-shaped text (a minted token the server echoed back).
    static const QRegularExpression jwtShape(u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    result.replace(jwtShape, mask);
    return result;
}

void Credentials::clear()
{
    // Overwrite before releasing so the bytes do not linger in freed memory.
    m_token.fill('\0');
    m_secret.fill('\0');
    m_token.clear();
    m_secret.clear();
    m_clientId.clear();
}

} // namespace cs
