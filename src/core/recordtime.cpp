#include "recordtime.h"

#include "recordparser.h"

namespace cs {

namespace recordtime {

qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

void civilFromDays(qint64 days, qint64 &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = qint64(yearOfEra) + era * 400 + (month <= 2);
}

bool formatNaiveInto(qint64 naiveSeconds, char separator, char *text)
{
    const qint64 days = naiveSeconds >= 0 ? naiveSeconds / 86400 : (naiveSeconds - 86399) / 86400;
    const qint64 secondsOfDay = naiveSeconds - days * 86400;
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return false;
    const auto two = [](char *at, unsigned value) {
        at[0] = char('0' + value / 10);
        at[1] = char('0' + value % 10);
    };
    two(&text[0], unsigned(year / 100));
    two(&text[2], unsigned(year % 100));
    text[4] = '-';
    two(&text[5], month);
    text[7] = '-';
    two(&text[8], day);
    text[10] = separator;
    two(&text[11], unsigned(secondsOfDay / 3600));
    text[13] = ':';
    two(&text[14], unsigned(secondsOfDay / 60 % 60));
    text[16] = ':';
    two(&text[17], unsigned(secondsOfDay % 60));
    return true;
}

std::string formatNaive(qint64 naiveSeconds, char separator)
{
    char text[kCanonicalLength];
    if (!formatNaiveInto(naiveSeconds, separator, text))
        return {};
    return std::string(text, kCanonicalLength);
}

TextForm classifyText(std::string_view text, qint64 naiveSeconds, bool isUtc)
{
    if (text.empty())
        return TextForm::Absent;
    if (isUtc || naiveSeconds == kNoTime || text.size() != kCanonicalLength)
        return TextForm::Other;
    const char separator = text[10];
    if (separator != 'T' && separator != ' ')
        return TextForm::Other;
    // Cheap exact check: a canonical text is the one formatNaive() produces.
    char rebuilt[kCanonicalLength];
    if (!formatNaiveInto(naiveSeconds, separator, rebuilt) || text != std::string_view(rebuilt, kCanonicalLength))
        return TextForm::Other;
    return separator == 'T' ? TextForm::CanonicalT : TextForm::CanonicalSpace;
}

} // namespace recordtime

namespace {

// A tiny cursor over the timestamp text; every read is bounds-checked.
struct TimeCursor
{
    std::string_view text;
    size_t at = 0;

    bool atEnd() const { return at >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[at]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++at;
        return true;
    }
    // Reads minDigits..maxDigits decimal digits.
    bool number(int minDigits, int maxDigits, int &value)
    {
        value = 0;
        int digits = 0;
        while (digits < maxDigits && !atEnd() && text[at] >= '0' && text[at] <= '9') {
            value = value * 10 + (text[at] - '0');
            ++at;
            ++digits;
        }
        return digits >= minDigits;
    }
    void skipSpaces()
    {
        while (!atEnd() && text[at] == ' ')
            ++at;
    }
    bool takeWordIgnoringCase(std::string_view lowerWord)
    {
        if (text.size() - at < lowerWord.size())
            return false;
        for (size_t i = 0; i < lowerWord.size(); ++i)
            if ((text[at + i] | 0x20) != lowerWord[i])
                return false;
        at += lowerWord.size();
        return true;
    }
};

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Zone suffix: "Z", "+hh:mm", "+hhmm", "+hh" (also "-"). Returns seconds east of UTC.
bool parseZone(TimeCursor &cursor, int &offsetSeconds)
{
    if (cursor.take('Z') || cursor.take('z')) {
        offsetSeconds = 0;
        return true;
    }
    const char sign = cursor.peek();
    if (sign != '+' && sign != '-')
        return false;
    ++cursor.at;
    int hours = 0, minutes = 0;
    if (!cursor.number(2, 2, hours))
        return false;
    cursor.take(':');
    if (!cursor.atEnd() && !cursor.number(2, 2, minutes))
        return false;
    if (hours > 18 || minutes > 59)
        return false;
    offsetSeconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
    return true;
}

} // namespace

qint64 parseApiTime(std::string_view text, bool *isUtc)
{
    if (isUtc)
        *isUtc = false;
    TimeCursor cursor{text};
    cursor.skipSpaces();

    int year = 0, month = 0, day = 0;
    if (!cursor.number(4, 4, year))
        return kNoTime;
    const char dateSeparator = cursor.peek();
    if (dateSeparator != '-' && dateSeparator != '/')
        return kNoTime;
    ++cursor.at;
    if (!cursor.number(1, 2, month) || !cursor.take(dateSeparator) || !cursor.number(1, 2, day))
        return kNoTime;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return kNoTime;

    int hour = 0, minute = 0, second = 0;
    bool utc = false;
    int zoneSeconds = 0;
    cursor.skipSpaces();
    if (!cursor.atEnd()) {   // a bare date means midnight
        if (cursor.peek() == 'T' || cursor.peek() == 't')
            ++cursor.at;
        if (!cursor.number(1, 2, hour) || !cursor.take(':') || !cursor.number(1, 2, minute))
            return kNoTime;
        if (cursor.take(':') && !cursor.number(1, 2, second))
            return kNoTime;
        if (cursor.take('.') || cursor.take(',')) {   // fraction: truncated to whole seconds
            int ignored = 0;
            if (!cursor.number(1, 1, ignored))
                return kNoTime;
            while (!cursor.atEnd() && cursor.peek() >= '0' && cursor.peek() <= '9')
                ++cursor.at;
        }
        cursor.skipSpaces();
        // "2023/01/10 2:25:54 PM": a 12-hour clock.
        if (cursor.takeWordIgnoringCase("am") || cursor.takeWordIgnoringCase("pm")) {
            const bool pm = (text[cursor.at - 2] | 0x20) == 'p';
            if (hour < 1 || hour > 12)
                return kNoTime;
            hour = hour % 12 + (pm ? 12 : 0);
            cursor.skipSpaces();
        }
        if (!cursor.atEnd()) {
            if (!parseZone(cursor, zoneSeconds))
                return kNoTime;
            utc = true;
            cursor.skipSpaces();
        }
        if (!cursor.atEnd())
            return kNoTime;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return kNoTime;

    const qint64 days = recordtime::daysFromCivil(year, unsigned(month), unsigned(day));
    if (isUtc)
        *isUtc = utc;
    return days * 86400 + hour * 3600 + minute * 60 + second - zoneSeconds;
}

} // namespace cs
