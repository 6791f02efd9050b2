#pragma once
// A credential for the API: a ready JWT, or a Client ID + Client Secret from
// which a fresh HS256 token is minted for every request. Never printed,
// logged or serialised: there is deliberately no toString()/operator<<.

#include <QByteArray>
#include <QString>

namespace cs {

class Credentials
{
public:
    static Credentials fromToken(const QByteArray &jwt);
    static Credentials fromClient(const QString &clientId, const QByteArray &clientSecret);

    bool isValid() const;
    bool mintsTokens() const { return !m_clientId.isEmpty(); }
    // Value for the `auth` header: the stored JWT, or a freshly minted one.
    QByteArray authHeaderValue() const;
    // `text` with the token, the secret and anything JWT-shaped masked: for
    // server messages that are shown to the user (a server may echo them).
    QString redacted(const QString &text) const;
    // Wipes the secret from memory.
    void clear();

private:
    QByteArray m_token;
    QString m_clientId;
    QByteArray m_secret;
};

} // namespace cs
