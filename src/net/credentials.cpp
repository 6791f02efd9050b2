#include "credentials.h"

#include "jwt.h"

#include <QDateTime>

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

namespace {

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

// Masks JWT-shaped text: "eyJ" + at least 4 more token characters, '.', at
// least 4, '.', any number. What the regular expression
// eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]* matched, in one pass:
// the regex backtracked over every "eyJ" of a long run, so a hostile error body
// of repeated "eyJ" took seconds per 100 KB (quadratic). Here every character
// is looked at a bounded number of times.
QString maskJwtShapes(const QString &text, const QString &mask)
{
    const qsizetype n = text.size();
    const auto runEnd = [&](qsizetype from) {
        while (from < n && isTokenChar(text[from]))
            ++from;
        return from;
    };
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < n;) {
        if (!isTokenChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype end = runEnd(i);
        // The leftmost "eyJ" of the run with 4+ token characters after it; the
        // first segment of a match always runs to the end of its run.
        const qsizetype start = QStringView(text).mid(i, end - i).indexOf(u"eyJ");
        if (start >= 0 && end - (i + start + 3) >= 4 && end < n && text[end] == u'.') {
            const qsizetype secondEnd = runEnd(end + 1);
            if (secondEnd - (end + 1) >= 4 && secondEnd < n && text[secondEnd] == u'.') {
                const qsizetype thirdEnd = runEnd(secondEnd + 1);
                out += QStringView(text).mid(copied, i + start - copied);
                out += mask;
                copied = i = thirdEnd;
                continue;
            }
        }
        i = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString Credentials::redacted(const QString &text) const
{
    static const QString mask = u"[redacted]"_s;
    QString result = text;
    for (const QByteArray &secret : {m_token, m_secret}) {
        if (secret.size() >= 4)
            result.replace(QString::fromUtf8(secret), mask);
    }
    // Any JWT-shaped text (a minted token the server echoed back).
    return maskJwtShapes(result, mask);
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
