#pragma once
// HS256 JSON Web Tokens as the Kore.ai API wants them: payload
// {"sub": ..., "appId": <Client ID>, "iat", "exp", "jti"}, signed with the
// Client Secret. Used by the fetch engine to mint, and by the mock to verify.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cs::jwt {

// Mints a token; a fresh random jti each call, so apps that enforce jti accept it.
QByteArray mint(const QString &clientId, const QByteArray &clientSecret,
                qint64 nowUtc, qint64 lifetimeSeconds = 3600, const QString &subject = QStringLiteral("callscope"));

struct Verified { bool ok = false; QString error; QJsonObject payload; };
// Checks structure, alg=HS256, signature (constant-time compare) and exp (if present).
Verified verify(const QByteArray &token, const QByteArray &secret, qint64 nowUtc);

QByteArray base64Url(const QByteArray &bytes);
QByteArray fromBase64Url(const QByteArray &text, bool *ok = nullptr);

} // namespace cs::jwt
