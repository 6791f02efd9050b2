#pragma once
// Splitting a wall-clock range in an IANA zone into API request windows.
//
// Each window spans at most `maxSpanSeconds` (the API allows 7 days) and lies
// inside one UTC-offset period of the zone, so it can carry one exact
// timeZoneOffset. Neighbouring windows share their boundary instant (the API's
// dates are inclusive); the store de-duplicates what both return.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace cs {

// timeZoneOffset as the API wants it: minutes, JavaScript getTimezoneOffset()
// sign (New York winter = 300, India = -330).
int apiOffsetMinutes(int utcOffsetSeconds);

struct RequestWindow
{
    qint64 startUtc = 0;       // seconds since epoch, inclusive
    qint64 endUtc = 0;         // inclusive
    int offsetMinutes = 0;     // timeZoneOffset to send with this window

    // "yyyy-MM-dd HH:mm:ss" in this window's offset, for startDate/endDate.
    QString startDate() const;
    QString endDate() const;
    qint64 spanSeconds() const { return endUtc - startUtc; }
    bool operator==(const RequestWindow &) const = default;
};

inline constexpr qint64 kMaxWindowSeconds = 7 * 24 * 3600;

// `from` and `to` are wall-clock times read in `zone` (their own timeSpec is
// ignored). Returns an empty list if to < from or the zone is invalid.
QList<RequestWindow> planWindows(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                 qint64 maxSpanSeconds = kMaxWindowSeconds);

// Same, on absolute instants.
QList<RequestWindow> planWindowsUtc(qint64 startUtc, qint64 endUtc, const QTimeZone &zone,
                                    qint64 maxSpanSeconds = kMaxWindowSeconds);

// Parses "YYYY-MM-DD HH:MM:SS" (also "YYYY-MM-DDTHH:MM:SS", "YYYY-MM-DD HH:MM", "YYYY-MM-DD").
QDateTime parseWallClock(const QString &text, const QTimeZone &zone, bool *ok = nullptr);

} // namespace cs
