#include "jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

// Error texts never quote the token, its parts or the secret: callers may log them.

namespace cs::jwt {

namespace {

QByteArray sign(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

// Compares without an early exit, so timing does not reveal how many leading
// bytes of a forged signature were right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray randomJti()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words).toHex();
}

bool decodeJsonObject(const QByteArray &part, QJsonObject *object)
{
    bool ok = false;
    const QByteArray json = fromBase64Url(part, &ok);
    if (!ok)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

Verified failure(const char *message)
{
    return {false, QString::fromLatin1(message), {}};
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text, bool *ok)
{
    // JWT segments are unpadded base64url: anything else (padding, '+', '/',
    // whitespace) is rejected rather than silently skipped.
    for (const char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!valid) {
            if (ok)
                *ok = false;
            return {};
        }
    }
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // A length of 1 mod 4 cannot come from any byte string.
    const bool decoded = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok && text.size() % 4 != 1;
    if (ok)
        *ok = decoded;
    return decoded ? result.decoded : QByteArray();
}

QByteArray mint(const QString &clientId, const QByteArray &clientSecret, qint64 nowUtc,
                qint64 lifetimeSeconds, const QString &subject)
{
    static const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})"_ba);
    const QJsonObject payload{
        {u"sub"_s, subject},
        {u"appId"_s, clientId},   // exactly "appId": the server ignores other spellings
        {u"iat"_s, nowUtc},
        {u"exp"_s, nowUtc + lifetimeSeconds},
        {u"jti"_s, QString::fromLatin1(randomJti())},
    };
    const QByteArray signingInput =
        header + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(sign(signingInput, clientSecret));
}

Verified verify(const QByteArray &token, const QByteArray &secret, qint64 nowUtc)
{
    if (secret.isEmpty())
        return failure("no secret to verify the token with");
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return failure("malformed token: expected three non-empty dot-separated parts");

    QJsonObject header;
    if (!decodeJsonObject(parts[0], &header))
        return failure("malformed token: header is not base64url-encoded JSON object");
    // Only HS256: "none" and every other algorithm are refused outright, so a
    // token cannot pick a weaker check for itself.
    if (header.value(u"alg"_s).toString() != u"HS256"_s)
        return failure("unsupported algorithm: only HS256 is accepted");

    bool signatureDecoded = false;
    const QByteArray signature = fromBase64Url(parts[2], &signatureDecoded);
    const QByteArray expected = sign(parts[0] + '.' + parts[1], secret);
    if (!signatureDecoded || !constantTimeEquals(signature, expected))
        return failure("invalid signature");

    QJsonObject payload;
    if (!decodeJsonObject(parts[1], &payload))
        return failure("malformed token: payload is not base64url-encoded JSON object");
    if (payload.contains(u"exp"_s)) {
        const QJsonValue exp = payload.value(u"exp"_s);
        if (!exp.isDouble())
            return failure("malformed token: exp is not a number");
        if (double(nowUtc) >= exp.toDouble())
            return failure("token expired");
    }
    return {true, {}, payload};
}

} // namespace cs::jwt
