// Request-window planning across daylight-saving transitions, span limits and
// wall-clock parsing (timewindows.h).
#include "timewindows.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cs::RequestWindow;

namespace {

qint64 utcSeconds(const char *isoUtc)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

QDateTime wall(const char *text)
{
    // Deliberately a LocalTime QDateTime: planWindows must ignore its spec.
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm:ss"_s);
}

QTimeZone zone(const char *id)
{
    const QTimeZone tz{QByteArray(id)};
    if (!tz.isValid())
        qFatal("time zone %s missing: install tzdata", id);
    return tz;
}

int offsetAt(const QTimeZone &tz, qint64 utc)
{
    return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

// The contract, checked over every window: exact cover, shared boundaries,
// span limit, one real UTC offset per window, and date strings that mean the
// window's instants when read with its offset.
void checkInvariants(const QList<RequestWindow> &windows, qint64 startUtc, qint64 endUtc,
                     const QTimeZone &tz, qint64 maxSpan = cs::kMaxWindowSeconds)
{
    QVERIFY(!windows.isEmpty());
    QCOMPARE(windows.first().startUtc, startUtc);
    QCOMPARE(windows.last().endUtc, endUtc);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const RequestWindow &w = windows[i];
        QVERIFY2(w.spanSeconds() >= 0, qPrintable(u"window %1 is negative"_s.arg(i)));
        QVERIFY2(w.spanSeconds() <= maxSpan, qPrintable(u"window %1 too long"_s.arg(i)));
        if (windows.size() > 1)
            QVERIFY2(w.spanSeconds() > 0, qPrintable(u"window %1 is empty"_s.arg(i)));
        if (i + 1 < windows.size())
            QCOMPARE(w.endUtc, windows[i + 1].startUtc);

        // The offset holds at the start and on every instant before the end
        // (the end may be the next period's first instant).
        QCOMPARE(w.offsetMinutes, cs::apiOffsetMinutes(offsetAt(tz, w.startUtc)));
        if (w.endUtc > w.startUtc) {
            QCOMPARE(w.offsetMinutes, cs::apiOffsetMinutes(offsetAt(tz, w.endUtc - 1)));
            const auto inside = tz.transitions(QDateTime::fromSecsSinceEpoch(w.startUtc + 1, Qt::UTC),
                                               QDateTime::fromSecsSinceEpoch(w.endUtc - 1, Qt::UTC));
            for (const auto &t : inside)
                QCOMPARE(cs::apiOffsetMinutes(t.offsetFromUtc), w.offsetMinutes);
        }

        // The server computes utc = wall + offsetMinutes * 60.
        for (const auto &[text, instant] : {std::pair{w.startDate(), w.startUtc}, std::pair{w.endDate(), w.endUtc}}) {
            QDateTime read = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
            QVERIFY2(read.isValid(), qPrintable(text));
            read.setTimeSpec(Qt::UTC);
            QCOMPARE(read.toSecsSinceEpoch() + qint64(w.offsetMinutes) * 60, instant);
        }
    }
    // No needless splits: a split happens only at the span limit or an offset change.
    for (qsizetype i = 0; i + 1 < windows.size(); ++i) {
        const bool atLimit = windows[i].spanSeconds() == maxSpan;
        const bool atChange = windows[i].offsetMinutes != windows[i + 1].offsetMinutes;
        QVERIFY2(atLimit || atChange, qPrintable(u"needless split after window %1"_s.arg(i)));
    }
}

struct Expected { const char *start; const char *end; int offset; };

void checkWindows(const QList<RequestWindow> &windows, std::initializer_list<Expected> expected)
{
    QCOMPARE(windows.size(), qsizetype(expected.size()));
    qsizetype i = 0;
    for (const Expected &e : expected) {
        QCOMPARE(windows[i].startDate(), QString::fromLatin1(e.start));
        QCOMPARE(windows[i].endDate(), QString::fromLatin1(e.end));
        QCOMPARE(windows[i].offsetMinutes, e.offset);
        ++i;
    }
}

} // namespace

class TestTimeWindows : public QObject
{
    Q_OBJECT

private slots:
    void apiOffset_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("minutes");
        QTest::newRow("New York winter") << -5 * 3600 << 300;
        QTest::newRow("New York summer") << -4 * 3600 << 240;
        QTest::newRow("India") << 19800 << -330;
        QTest::newRow("Lord Howe standard") << 37800 << -630;
        QTest::newRow("Lord Howe daylight") << 39600 << -660;
        QTest::newRow("UTC") << 0 << 0;
        QTest::newRow("Nepal") << 20700 << -345;
    }
    void apiOffset()
    {
        QFETCH(int, seconds);
        QFETCH(int, minutes);
        QCOMPARE(cs::apiOffsetMinutes(seconds), minutes);
    }

    void newYorkSpringForward()
    {
        const QTimeZone ny = zone("America/New_York");
        const auto windows = cs::planWindows(wall("2026-03-07 00:00:00"), wall("2026-03-09 00:00:00"), ny);
        checkInvariants(windows, utcSeconds("2026-03-07T05:00:00"), utcSeconds("2026-03-09T04:00:00"), ny);
        checkWindows(windows, {{"2026-03-07 00:00:00", "2026-03-08 02:00:00", 300},
                               {"2026-03-08 03:00:00", "2026-03-09 00:00:00", 240}});
        QCOMPARE(windows[0].endUtc, utcSeconds("2026-03-08T07:00:00"));
    }

    void newYorkFallBack()
    {
        const QTimeZone ny = zone("America/New_York");
        const auto windows = cs::planWindows(wall("2026-10-31 00:00:00"), wall("2026-11-02 00:00:00"), ny);
        checkInvariants(windows, utcSeconds("2026-10-31T04:00:00"), utcSeconds("2026-11-02T05:00:00"), ny);
        checkWindows(windows, {{"2026-10-31 00:00:00", "2026-11-01 02:00:00", 240},
                               {"2026-11-01 01:00:00", "2026-11-02 00:00:00", 300}});
        QCOMPARE(windows[0].endUtc, utcSeconds("2026-11-01T06:00:00"));
    }

    void londonSpringForward()
    {
        const QTimeZone london = zone("Europe/London");
        const auto windows = cs::planWindows(wall("2026-03-28 12:00:00"), wall("2026-03-30 12:00:00"), london);
        checkInvariants(windows, utcSeconds("2026-03-28T12:00:00"), utcSeconds("2026-03-30T11:00:00"), london);
        checkWindows(windows, {{"2026-03-28 12:00:00", "2026-03-29 01:00:00", 0},
                               {"2026-03-29 02:00:00", "2026-03-30 12:00:00", -60}});
    }

    void londonFallBack()
    {
        const QTimeZone london = zone("Europe/London");
        const auto windows = cs::planWindows(wall("2026-10-24 12:00:00"), wall("2026-10-26 12:00:00"), london);
        checkInvariants(windows, utcSeconds("2026-10-24T11:00:00"), utcSeconds("2026-10-26T12:00:00"), london);
        checkWindows(windows, {{"2026-10-24 12:00:00", "2026-10-25 02:00:00", -60},
                               {"2026-10-25 01:00:00", "2026-10-26 12:00:00", 0}});
    }

    void kolkataSplitsIntoSevenDays()
    {
        const QTimeZone kolkata = zone("Asia/Kolkata");
        const auto windows = cs::planWindows(wall("2026-01-01 00:00:00"), wall("2026-01-21 00:00:00"), kolkata);
        checkInvariants(windows, utcSeconds("2025-12-31T18:30:00"), utcSeconds("2026-01-20T18:30:00"), kolkata);
        checkWindows(windows, {{"2026-01-01 00:00:00", "2026-01-08 00:00:00", -330},
                               {"2026-01-08 00:00:00", "2026-01-15 00:00:00", -330},
                               {"2026-01-15 00:00:00", "2026-01-21 00:00:00", -330}});
    }

    void lordHoweHalfHourFallBack()
    {
        const QTimeZone lordHowe = zone("Australia/Lord_Howe");
        const auto windows = cs::planWindows(wall("2026-04-04 00:00:00"), wall("2026-04-06 00:00:00"), lordHowe);
        checkInvariants(windows, utcSeconds("2026-04-03T13:00:00"), utcSeconds("2026-04-05T13:30:00"), lordHowe);
        checkWindows(windows, {{"2026-04-04 00:00:00", "2026-04-05 02:00:00", -660},
                               {"2026-04-05 01:30:00", "2026-04-06 00:00:00", -630}});
    }

    void lordHoweHalfHourSpringForward()
    {
        const QTimeZone lordHowe = zone("Australia/Lord_Howe");
        const auto windows = cs::planWindows(wall("2026-10-03 00:00:00"), wall("2026-10-05 00:00:00"), lordHowe);
        checkInvariants(windows, utcSeconds("2026-10-02T13:30:00"), utcSeconds("2026-10-04T13:00:00"), lordHowe);
        checkWindows(windows, {{"2026-10-03 00:00:00", "2026-10-04 02:00:00", -630},
                               {"2026-10-04 02:30:00", "2026-10-05 00:00:00", -660}});
    }

    void utcSpans_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("count");
        QTest::newRow("0 s") << qint64(0) << 1;
        QTest::newRow("1 s") << qint64(1) << 1;
        QTest::newRow("7 days") << cs::kMaxWindowSeconds << 1;
        QTest::newRow("7 days + 1 s") << cs::kMaxWindowSeconds + 1 << 2;
        QTest::newRow("14 days") << 2 * cs::kMaxWindowSeconds << 2;
        QTest::newRow("14 days + 1 s") << 2 * cs::kMaxWindowSeconds + 1 << 3;
    }
    void utcSpans()
    {
        QFETCH(qint64, span);
        QFETCH(int, count);
        const QTimeZone utc = QTimeZone::utc();
        const qint64 start = utcSeconds("2026-05-01T00:00:00");
        const auto windows = cs::planWindowsUtc(start, start + span, utc);
        QCOMPARE(windows.size(), qsizetype(count));
        checkInvariants(windows, start, start + span, utc);
        for (const RequestWindow &w : windows)
            QCOMPARE(w.offsetMinutes, 0);
    }

    void zeroLengthRangeGivesOneWindow()
    {
        const QTimeZone ny = zone("America/New_York");
        const auto windows = cs::planWindows(wall("2026-06-01 12:00:00"), wall("2026-06-01 12:00:00"), ny);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].spanSeconds(), 0);
        QCOMPARE(windows[0].startDate(), u"2026-06-01 12:00:00"_s);
        QCOMPARE(windows[0].endDate(), u"2026-06-01 12:00:00"_s);
        QCOMPARE(windows[0].offsetMinutes, 240);
    }

    void sevenDaysAcrossTransitionSplitsAtTransitionAndLimit()
    {
        // Exactly 7 days of wall clock across spring forward is 7 days - 1 h of
        // real time: one split at the transition, no split for the span.
        const QTimeZone ny = zone("America/New_York");
        const auto windows = cs::planWindows(wall("2026-03-05 00:00:00"), wall("2026-03-12 00:00:00"), ny);
        checkInvariants(windows, utcSeconds("2026-03-05T05:00:00"), utcSeconds("2026-03-12T04:00:00"), ny);
        QCOMPARE(windows.size(), 2);
    }

    void rangeEndingOnTransitionNeedsNoExtraWindow()
    {
        const QTimeZone ny = zone("America/New_York");
        const qint64 transition = utcSeconds("2026-03-08T07:00:00");
        auto windows = cs::planWindowsUtc(transition - 3600, transition, ny);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].offsetMinutes, 300);
        QCOMPARE(windows[0].endDate(), u"2026-03-08 02:00:00"_s);

        windows = cs::planWindowsUtc(transition, transition + 3600, ny);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].offsetMinutes, 240);
        QCOMPARE(windows[0].startDate(), u"2026-03-08 03:00:00"_s);
    }

    void smallMaxSpanAcrossTransition()
    {
        const QTimeZone london = zone("Europe/London");
        const qint64 start = utcSeconds("2026-10-24T22:20:00");
        const qint64 end = utcSeconds("2026-10-25T04:50:00");
        const auto windows = cs::planWindowsUtc(start, end, london, 3600);
        checkInvariants(windows, start, end, london, 3600);
        // UTC: 22:20-23:20-00:20-01:00 (BST ends), then 01:00-02:00-03:00-04:00-04:50.
        QCOMPARE(windows.size(), 7);
        QCOMPARE(windows[2].endUtc, utcSeconds("2026-10-25T01:00:00"));
        QCOMPARE(windows[2].endDate(), u"2026-10-25 02:00:00"_s);
        QCOMPARE(windows[3].startDate(), u"2026-10-25 01:00:00"_s);
    }

    void wholeYearInvariants_data()
    {
        QTest::addColumn<QByteArray>("zoneId");
        QTest::addColumn<int>("transitions");
        QTest::newRow("New York") << "America/New_York"_ba << 2;
        QTest::newRow("London") << "Europe/London"_ba << 2;
        QTest::newRow("Kolkata") << "Asia/Kolkata"_ba << 0;
        QTest::newRow("Lord Howe") << "Australia/Lord_Howe"_ba << 2;
        QTest::newRow("Santiago") << "America/Santiago"_ba << 2;
        QTest::newRow("UTC") << "UTC"_ba << 0;
    }
    void wholeYearInvariants()
    {
        QFETCH(QByteArray, zoneId);
        QFETCH(int, transitions);
        const QTimeZone tz = zone(zoneId.constData());
        const qint64 start = utcSeconds("2026-01-01T00:00:00");
        const qint64 end = utcSeconds("2027-01-01T00:00:00") + 1234;
        const auto windows = cs::planWindowsUtc(start, end, tz);
        checkInvariants(windows, start, end, tz);
        int changes = 0;
        for (qsizetype i = 0; i + 1 < windows.size(); ++i)
            changes += windows[i].offsetMinutes != windows[i + 1].offsetMinutes;
        QCOMPARE(changes, transitions);
        QVERIFY(windows.size() <= 53 + transitions + 1);
    }

    void gapTimeMapsToTransition()
    {
        // 02:30 does not exist in New York on 2026-03-08: it maps to the first
        // instant after the gap, 03:00 EDT.
        const QTimeZone ny = zone("America/New_York");
        const auto windows = cs::planWindows(wall("2026-03-08 02:30:00"), wall("2026-03-08 05:00:00"), ny);
        checkWindows(windows, {{"2026-03-08 03:00:00", "2026-03-08 05:00:00", 240}});

        bool ok = false;
        QDateTime dt = cs::parseWallClock(u"2026-03-08 02:30:00"_s, ny, &ok);
        QVERIFY(ok);
        QCOMPARE(dt.toSecsSinceEpoch(), utcSeconds("2026-03-08T07:00:00"));

        // Lord Howe's gap is 30 minutes (02:00 -> 02:30).
        dt = cs::parseWallClock(u"2026-10-04 02:15"_s, zone("Australia/Lord_Howe"), &ok);
        QVERIFY(ok);
        QCOMPARE(dt.toSecsSinceEpoch(), utcSeconds("2026-10-03T15:30:00"));
    }

    void ambiguousTimeTakesFirstOccurrence()
    {
        const QTimeZone ny = zone("America/New_York");
        bool ok = false;
        QDateTime dt = cs::parseWallClock(u"2026-11-01 01:30:00"_s, ny, &ok);
        QVERIFY(ok);
        QCOMPARE(dt.toSecsSinceEpoch(), utcSeconds("2026-11-01T05:30:00"));   // EDT, not EST

        const auto windows = cs::planWindows(wall("2026-11-01 01:30:00"), wall("2026-11-01 03:00:00"), ny);
        checkInvariants(windows, utcSeconds("2026-11-01T05:30:00"), utcSeconds("2026-11-01T08:00:00"), ny);
        checkWindows(windows, {{"2026-11-01 01:30:00", "2026-11-01 02:00:00", 240},
                               {"2026-11-01 01:00:00", "2026-11-01 03:00:00", 300}});

        dt = cs::parseWallClock(u"2026-04-05 01:45:00"_s, zone("Australia/Lord_Howe"), &ok);
        QVERIFY(ok);
        QCOMPARE(dt.toSecsSinceEpoch(), utcSeconds("2026-04-04T14:45:00"));   // +11:00, not +10:30
    }

    void invalidRanges()
    {
        const QTimeZone ny = zone("America/New_York");
        QVERIFY(cs::planWindows(wall("2026-06-02 00:00:00"), wall("2026-06-01 00:00:00"), ny).isEmpty());
        QVERIFY(cs::planWindowsUtc(100, 99, ny).isEmpty());
        QVERIFY(cs::planWindowsUtc(0, 100, QTimeZone()).isEmpty());
        QVERIFY(cs::planWindowsUtc(0, 100, ny, 0).isEmpty());
        QVERIFY(cs::planWindows(QDateTime(), wall("2026-06-01 00:00:00"), ny).isEmpty());
    }

    void parseWallClockFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("space seconds") << u"2026-07-01 10:20:30"_s << u"2026-07-01T14:20:30"_s;
        QTest::newRow("T seconds") << u"2026-07-01T10:20:30"_s << u"2026-07-01T14:20:30"_s;
        QTest::newRow("minutes") << u"2026-07-01 10:20"_s << u"2026-07-01T14:20:00"_s;
        QTest::newRow("T minutes") << u"2026-07-01T10:20"_s << u"2026-07-01T14:20:00"_s;
        QTest::newRow("date") << u"2026-01-15"_s << u"2026-01-15T05:00:00"_s;
        QTest::newRow("trimmed") << u"  2026-07-01 10:20:30\n"_s << u"2026-07-01T14:20:30"_s;
        QTest::newRow("leap day") << u"2028-02-29 23:59:59"_s << u"2028-03-01T04:59:59"_s;
    }
    void parseWallClockFormats()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QTimeZone ny = zone("America/New_York");
        bool ok = false;
        const QDateTime dt = cs::parseWallClock(text, ny, &ok);
        QVERIFY(ok);
        QCOMPARE(dt.timeZone(), ny);
        QCOMPARE(dt.toSecsSinceEpoch(), utcSeconds(utc.toLatin1().constData()));
    }

    void parseWallClockErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("single digits") << u"2026-7-1 10:20:30"_s;
        QTest::newRow("slashes") << u"2026/07/01 10:20:30"_s;
        QTest::newRow("no such day") << u"2026-02-30"_s;
        QTest::newRow("month 13") << u"2026-13-01"_s;
        QTest::newRow("hour 24") << u"2026-07-01 24:00:00"_s;
        QTest::newRow("minute 61") << u"2026-07-01 10:61"_s;
        QTest::newRow("second 60") << u"2026-07-01 10:20:60"_s;
        QTest::newRow("zone suffix") << u"2026-07-01T10:20:30Z"_s;
        QTest::newRow("bad separator") << u"2026-07-01X10:20"_s;
        QTest::newRow("hours only") << u"2026-07-01 10"_s;
        QTest::newRow("letters") << u"abcd-ef-gh"_s;
        QTest::newRow("sign in number") << u"2026-07-+1"_s;
        QTest::newRow("year zero") << u"0000-01-01"_s;
        QTest::newRow("milliseconds") << u"2026-07-01 10:20:30.5"_s;
    }
    void parseWallClockErrors()
    {
        QFETCH(QString, text);
        bool ok = true;
        const QDateTime dt = cs::parseWallClock(text, zone("America/New_York"), &ok);
        QVERIFY(!ok);
        QVERIFY(!dt.isValid());
    }

    void parseWallClockInvalidZone()
    {
        bool ok = true;
        QVERIFY(!cs::parseWallClock(u"2026-07-01"_s, QTimeZone(), &ok).isValid());
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestTimeWindows)
#include "tst_timewindows.moc"
