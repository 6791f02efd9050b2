#include "timewindows.h"

#include <QStringView>
#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 3600;

int offsetAt(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

// Wall-clock seconds as if the wall clock were UTC ("naive" seconds).
qint64 naiveSeconds(QDate date, QTime time)
{
    return QDateTime(date, QTime(time.hour(), time.minute(), time.second()), Qt::UTC).toSecsSinceEpoch();
}

// Maps a wall-clock time in `zone` to an instant, on our own terms rather than
// Qt 6.4's (whose gap handling differs between backends and versions):
// - ambiguous time (fall-back overlap): the FIRST occurrence, i.e. the one in
//   the earlier (pre-transition) offset, so "from 01:30" includes both 01:30s;
// - non-existent time (spring-forward gap): the transition instant itself, the
//   first wall-clock time after the gap (02:30 in New York -> 03:00 EDT). That
//   keeps the mapping monotonic: a gap time falls after everything before the
//   gap and before everything after it, so a range loses nothing.
qint64 wallClockToUtc(qint64 naive, const QTimeZone &zone)
{
    // Offsets in force a day either side cover every real transition (zones
    // never change offset twice within a day), so the answer is one of these.
    const int earlyOffset = offsetAt(zone, naive - kSecondsPerDay);
    const int lateOffset = offsetAt(zone, naive + kSecondsPerDay);

    std::optional<qint64> best;
    for (const int offset : {earlyOffset, lateOffset}) {
        const qint64 candidate = naive - offset;
        if (offsetAt(zone, candidate) == offset && (!best || candidate < *best))
            best = candidate;
    }
    if (best)
        return *best;

    // In a gap: the instant read with the late offset lies before the
    // transition, the one read with the early offset after it.
    const qint64 beforeGap = naive - lateOffset;
    const QTimeZone::OffsetData next =
        zone.nextTransition(QDateTime::fromSecsSinceEpoch(beforeGap, Qt::UTC));
    if (next.atUtc.isValid())
        return next.atUtc.toSecsSinceEpoch();
    return naive - earlyOffset;   // no transition data: cannot happen for a real gap
}

// Instants strictly inside (startUtc, endUtc) at which the zone's UTC offset
// really changes. Transitions that only rename the period (abbreviation or a
// standard/daylight swap at the same total offset) are skipped: splitting
// there would cost a request and gain nothing.
QList<qint64> offsetChanges(qint64 startUtc, qint64 endUtc, const QTimeZone &zone)
{
    QList<qint64> changes;
    if (!zone.hasTransitions() || endUtc <= startUtc)
        return changes;
    const QTimeZone::OffsetDataList transitions =
        zone.transitions(QDateTime::fromSecsSinceEpoch(startUtc + 1, Qt::UTC),
                         QDateTime::fromSecsSinceEpoch(endUtc - 1, Qt::UTC));
    int current = offsetAt(zone, startUtc);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        if (at <= startUtc || at >= endUtc || transition.offsetFromUtc == current)
            continue;
        changes.append(at);
        current = transition.offsetFromUtc;
    }
    return changes;
}

QString formatWallClock(qint64 utc, int offsetMinutes)
{
    // utc = wall + offsetMinutes * 60 (JavaScript sign), so wall = utc - offset.
    return QDateTime::fromSecsSinceEpoch(utc - qint64(offsetMinutes) * 60, Qt::UTC)
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// Reads `count` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

int apiOffsetMinutes(int utcOffsetSeconds)
{
    // East of UTC is negative for the API. Historical offsets with seconds
    // (local mean time) round to the nearest minute: the API has no finer unit.
    return -int(std::lround(utcOffsetSeconds / 60.0));
}

QString RequestWindow::startDate() const
{
    return formatWallClock(startUtc, offsetMinutes);
}

QString RequestWindow::endDate() const
{
    return formatWallClock(endUtc, offsetMinutes);
}

QList<RequestWindow> planWindowsUtc(qint64 startUtc, qint64 endUtc, const QTimeZone &zone,
                                    qint64 maxSpanSeconds)
{
    QList<RequestWindow> windows;
    if (endUtc < startUtc || !zone.isValid() || maxSpanSeconds <= 0)
        return windows;

    const QList<qint64> changes = offsetChanges(startUtc, endUtc, zone);
    qsizetype nextChange = 0;
    qint64 cursor = startUtc;
    // One pass; each window ends at the nearest of: span limit, next offset
    // change, range end. Neighbours share the boundary instant. The boundary at
    // an offset change is expressible exactly in both offsets, since the server
    // applies timeZoneOffset arithmetically.
    do {
        const qint64 periodEnd = nextChange < changes.size() ? changes[nextChange] : endUtc;
        const qint64 windowEnd = std::min(cursor + maxSpanSeconds, periodEnd);
        windows.append({cursor, windowEnd, apiOffsetMinutes(offsetAt(zone, cursor))});
        if (windowEnd == periodEnd && nextChange < changes.size())
            ++nextChange;
        cursor = windowEnd;
    } while (cursor < endUtc);
    return windows;
}

QList<RequestWindow> planWindows(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                 qint64 maxSpanSeconds)
{
    if (!from.isValid() || !to.isValid() || !zone.isValid())
        return {};
    const qint64 startUtc = wallClockToUtc(naiveSeconds(from.date(), from.time()), zone);
    const qint64 endUtc = wallClockToUtc(naiveSeconds(to.date(), to.time()), zone);
    return planWindowsUtc(startUtc, endUtc, zone, maxSpanSeconds);
}

QDateTime parseWallClock(const QString &input, const QTimeZone &zone, bool *ok)
{
    if (ok)
        *ok = false;
    const QStringView text = QStringView(input).trimmed();
    const qsizetype length = text.size();
    // Accepted shapes: "YYYY-MM-DD", "YYYY-MM-DD HH:MM", "YYYY-MM-DD HH:MM:SS"
    // ('T' may replace the space).
    if (!zone.isValid() || (length != 10 && length != 16 && length != 19))
        return {};
    if (text[4] != u'-' || text[7] != u'-')
        return {};
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    int hour = 0, minute = 0, second = 0;
    if (length >= 16) {
        if ((text[10] != u' ' && text[10] != u'T') || text[13] != u':')
            return {};
        hour = digits(text, 11, 2);
        minute = digits(text, 14, 2);
    }
    if (length == 19) {
        if (text[16] != u':')
            return {};
        second = digits(text, 17, 2);
    }
    const QTime time(hour, minute, second);   // invalid for -1 or out-of-range parts
    if (!date.isValid() || !time.isValid() || digits(text, 0, 4) < 1)
        return {};
    if (ok)
        *ok = true;
    return QDateTime::fromSecsSinceEpoch(wallClockToUtc(naiveSeconds(date, time), zone), zone);
}

} // namespace cs
