// HS256 token minting and verification (jwt.h).
#include "jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
namespace jwt = cs::jwt;

namespace {

constexpr qint64 kNow = 1'780'000'000;   // a fixed instant: tests never read the clock
const QByteArray kSecret = "client-secret-for-tests"_ba;
const QString kClientId = u"cs-40189479-21e0-5424-998c-07dce622abcd"_s;

QJsonObject decodePart(const QByteArray &part)
{
    bool ok = false;
    const QByteArray json = jwt::fromBase64Url(part, &ok);
    if (!ok)
        return {};
    return QJsonDocument::fromJson(json).object();
}

QByteArray encodeObject(const QJsonObject &object)
{
    return jwt::base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray signWith(const QByteArray &signingInput, const QByteArray &secret)
{
    return jwt::base64Url(QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow, 600, u"tester"_s);
        const jwt::Verified result = jwt::verify(token, kSecret, kNow + 10);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.payload.value(u"appId"_s).toString(), kClientId);
        QCOMPARE(result.payload.value(u"sub"_s).toString(), u"tester"_s);
        QCOMPARE(result.payload.value(u"iat"_s).toInteger(), kNow);
        QCOMPARE(result.payload.value(u"exp"_s).toInteger(), kNow + 600);
        QVERIFY(!result.payload.value(u"jti"_s).toString().isEmpty());
    }

    void tokenShape()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        for (const QByteArray &part : parts) {
            QVERIFY(!part.isEmpty());
            QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());
        }
        // Header exactly as the API's examples; payload claim spelled exactly "appId".
        QCOMPARE(jwt::fromBase64Url(parts[0]), R"({"alg":"HS256","typ":"JWT"})"_ba);
        const QJsonObject payload = decodePart(parts[1]);
        QCOMPARE(payload.keys(), (QStringList{u"appId"_s, u"exp"_s, u"iat"_s, u"jti"_s, u"sub"_s}));
        QCOMPARE(payload.value(u"appId"_s).toString(), kClientId);
        QCOMPARE(payload.value(u"sub"_s).toString(), u"callscope"_s);
        QCOMPARE(payload.value(u"exp"_s).toInteger(), kNow + 3600);
        QCOMPARE(payload.value(u"jti"_s).toString().size(), 32);   // 16 random bytes, hex
        // The signature is HMAC-SHA256 of "header.payload" with the secret.
        QCOMPARE(parts[2], signWith(parts[0] + '.' + parts[1], kSecret));
    }

    void jtiIsUniqueAcrossMints()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray token = jwt::mint(kClientId, kSecret, kNow);
            const QString jti = decodePart(token.split('.')[1]).value(u"jti"_s).toString();
            QVERIFY(!seen.contains(jti));
            seen.insert(jti);
        }
    }

    void wrongSecretFails()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow);
        const jwt::Verified result = jwt::verify(token, "another-secret"_ba, kNow);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, u"invalid signature"_s);
        QVERIFY(result.payload.isEmpty());
    }

    void tamperedPayloadFails()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow);
        QList<QByteArray> parts = token.split('.');
        QJsonObject payload = decodePart(parts[1]);
        payload.insert(u"appId"_s, u"cs-someone-else"_s);
        parts[1] = encodeObject(payload);
        const jwt::Verified result = jwt::verify(parts.join('.'), kSecret, kNow);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, u"invalid signature"_s);
    }

    void tamperedSignatureFails()
    {
        QByteArray token = jwt::mint(kClientId, kSecret, kNow);
        token[token.size() - 2] = token[token.size() - 2] == 'A' ? 'B' : 'A';
        QVERIFY(!jwt::verify(token, kSecret, kNow).ok);
        // Truncated signature.
        const QByteArray fresh = jwt::mint(kClientId, kSecret, kNow);
        QVERIFY(!jwt::verify(fresh.left(fresh.size() - 4), kSecret, kNow).ok);
    }

    void expiredFails()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow, 60);
        QVERIFY(jwt::verify(token, kSecret, kNow + 59).ok);
        const jwt::Verified atExpiry = jwt::verify(token, kSecret, kNow + 60);
        QVERIFY(!atExpiry.ok);
        QCOMPARE(atExpiry.error, u"token expired"_s);
        QVERIFY(!jwt::verify(token, kSecret, kNow + 100000).ok);
    }

    void tokenWithoutExpIsAccepted()
    {
        // Tokens from the vendor's web tool carry only sub and appId.
        const QByteArray signingInput = encodeObject({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}) + '.'
            + encodeObject({{u"sub"_s, u"1234567890"_s}, {u"appId"_s, kClientId}});
        const jwt::Verified result = jwt::verify(signingInput + '.' + signWith(signingInput, kSecret), kSecret, kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.payload.value(u"appId"_s).toString(), kClientId);
    }

    void nonNumericExpFails()
    {
        const QByteArray signingInput = encodeObject({{u"alg"_s, u"HS256"_s}}) + '.'
            + encodeObject({{u"appId"_s, kClientId}, {u"exp"_s, u"never"_s}});
        const jwt::Verified result = jwt::verify(signingInput + '.' + signWith(signingInput, kSecret), kSecret, kNow);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"exp"_s));
    }

    void algNoneRejected()
    {
        const QByteArray header = encodeObject({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}});
        const QByteArray payload = encodeObject({{u"appId"_s, kClientId}});
        // Classic "none" token with an empty signature.
        QVERIFY(!jwt::verify(header + '.' + payload + '.', kSecret, kNow).ok);
        // Even correctly HMAC-signed, a header that does not say HS256 is refused.
        const QByteArray signingInput = header + '.' + payload;
        const jwt::Verified result = jwt::verify(signingInput + '.' + signWith(signingInput, kSecret), kSecret, kNow);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"algorithm"_s));
        // And other algorithms likewise.
        const QByteArray hs512 = encodeObject({{u"alg"_s, u"HS512"_s}}) + '.' + payload;
        QVERIFY(!jwt::verify(hs512 + '.' + signWith(hs512, kSecret), kSecret, kNow).ok);
    }

    void garbageRejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no dots") << "abcdef"_ba;
        QTest::newRow("two parts") << "abc.def"_ba;
        QTest::newRow("four parts") << "a.b.c.d"_ba;
        QTest::newRow("empty parts") << ".."_ba;
        QTest::newRow("not base64") << "!!!.???.***"_ba;
        QTest::newRow("padded") << "eyJhbGciOiJIUzI1NiJ9.e30=.AAAA"_ba;
        QTest::newRow("header not json") << (jwt::base64Url("not json"_ba) + ".e30.AAAA");
        QTest::newRow("header is array") << (jwt::base64Url("[1]"_ba) + ".e30.AAAA");
        QTest::newRow("spaces") << "eyJh bGciOiJIUzI1NiJ9.e30.AAAA"_ba;
        QTest::newRow("binary") << QByteArray("\x00\xff.\x01.\x02", 6);
    }
    void garbageRejected()
    {
        QFETCH(QByteArray, token);
        const jwt::Verified result = jwt::verify(token, kSecret, kNow);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.payload.isEmpty());
    }

    void payloadNotJsonRejectedEvenIfSigned()
    {
        const QByteArray signingInput = encodeObject({{u"alg"_s, u"HS256"_s}}) + '.' + jwt::base64Url("oops"_ba);
        const jwt::Verified result = jwt::verify(signingInput + '.' + signWith(signingInput, kSecret), kSecret, kNow);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"payload"_s));
    }

    void emptySecretNeverVerifies()
    {
        const QByteArray token = jwt::mint(kClientId, QByteArray(), kNow);
        QVERIFY(!jwt::verify(token, QByteArray(), kNow).ok);
    }

    void errorsNeverContainTheTokenOrSecret()
    {
        const QByteArray token = jwt::mint(kClientId, kSecret, kNow, 1);
        for (const auto &[secret, now] : {std::pair{kSecret, kNow + 10}, std::pair{"wrong"_ba, kNow}}) {
            const jwt::Verified result = jwt::verify(token, secret, now);
            QVERIFY(!result.ok);
            for (const QByteArray &part : token.split('.'))
                QVERIFY(!result.error.contains(QString::fromLatin1(part)));
            QVERIFY(!result.error.contains(QString::fromLatin1(secret)));
        }
    }

    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("one") << "f"_ba << "Zg"_ba;
        QTest::newRow("two") << "fo"_ba << "Zm8"_ba;
        QTest::newRow("three") << "foo"_ba << "Zm9v"_ba;
        QTest::newRow("url alphabet") << "\xfb\xff\xbf"_ba << "-_-_"_ba;
    }
    void base64Url()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoded);
        QCOMPARE(jwt::base64Url(bytes), encoded);
        bool ok = false;
        QCOMPARE(jwt::fromBase64Url(encoded, &ok), bytes);
        QVERIFY(ok);
    }

    void fromBase64UrlRejects()
    {
        for (const QByteArray &bad : {"Zg=="_ba, "Zm+v"_ba, "Zm/v"_ba, "Z"_ba, "Zm 9v"_ba, "Zm9v\n"_ba}) {
            bool ok = true;
            jwt::fromBase64Url(bad, &ok);
            QVERIFY2(!ok, bad.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
