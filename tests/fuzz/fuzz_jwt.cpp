// libFuzzer: token verification on hostile tokens, and base64url round trips.
#include "jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\n');
    const QByteArray token = split < 0 ? bytes : bytes.left(split);
    const QByteArray secret = split < 0 ? QByteArrayLiteral("secret") : bytes.mid(split + 1);
    const cs::jwt::Verified verified = cs::jwt::verify(token, secret, 1'700'000'000);
    if (!verified.ok && verified.error.isEmpty())
        __builtin_trap();
    bool ok = false;
    if (cs::jwt::fromBase64Url(cs::jwt::base64Url(bytes), &ok) != bytes || !ok)
        __builtin_trap();
    (void)cs::jwt::fromBase64Url(bytes, &ok);
    return 0;
}
