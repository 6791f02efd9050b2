// libFuzzer: the parsers of text that a server or a user controls: API times,
// Retry-After and the wall-clock range of the query bar.
#include "recordparser.h"
#include "recordtime.h"
#include "responsepolicy.h"
#include "timewindows.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    bool isUtc = false;
    const qint64 seconds = cs::parseApiTime(text, &isUtc);
    if (seconds != cs::kNoTime) {
        (void)cs::recordtime::classifyText(text, seconds, isUtc);
        (void)cs::recordtime::formatNaive(seconds, 'T');
    }
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    const qint64 wait = cs::retryAfterMs(bytes, 1'700'000'000'000, 5000);
    if (wait < 0 || wait > 10 * 60 * 1000)
        __builtin_trap();   // documented clamp
    static const QTimeZone zone("America/New_York");
    bool ok = false;
    (void)cs::parseWallClock(QString::fromUtf8(bytes), zone, &ok);
    return 0;
}
