#include "mockcli.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace cs::mock {

namespace {

void complain(const QString &message)
{
    QTextStream(stderr) << message << '\n';
}

// Parses a non-negative integer option; on failure writes why and returns false.
bool intOption(const QCommandLineParser &parser, const QString &name, int *out, int min = 0)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        complain(MockServerCli::tr("Invalid value for --%1: \"%2\" (expected a whole number of at least %3).")
                     .arg(name, parser.value(name)).arg(min));
        return false;
    }
    *out = value;
    return true;
}

bool shareOption(const QCommandLineParser &parser, const QString &name, double *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        complain(MockServerCli::tr("Invalid value for --%1: \"%2\" (expected a number from 0 to 1).")
                     .arg(name, parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

// One of a fixed set of words, e.g. --stamps offset|utc.
template<typename T>
bool choiceOption(const QCommandLineParser &parser, const QString &name,
                  std::initializer_list<std::pair<QString, T>> choices, T *out)
{
    const QString value = parser.value(name);
    QStringList words;
    for (const auto &[word, choice] : choices) {
        if (value == word) {
            *out = choice;
            return true;
        }
        words << word;
    }
    complain(MockServerCli::tr("Invalid value for --%1: \"%2\" (expected one of: %3).")
                 .arg(name, value, words.join(u", "_s)));
    return false;
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *out)
{
    if (!parser.isSet(name))
        return true;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        complain(MockServerCli::tr("Invalid date for --%1: \"%2\" (expected yyyy-MM-dd).").arg(name, parser.value(name)));
        return false;
    }
    *out = date;
    return true;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"port"_s, MockServerCli::tr("Port to listen on (0 = pick a free one)."), u"N"_s, u"0"_s},
        {u"calls"_s, MockServerCli::tr("Number of synthetic calls."), u"N"_s, u"5000"_s},
        {u"seed"_s, MockServerCli::tr("Seed of the synthetic data."), u"N"_s, u"42"_s},
        {u"from"_s, MockServerCli::tr("First day of the data, UTC (default: 30 days ago)."), u"yyyy-MM-dd"_s},
        {u"to"_s, MockServerCli::tr("Last day of the data, UTC (default: today)."), u"yyyy-MM-dd"_s},
        {u"same-second-share"_s, MockServerCli::tr("Share of calls (0 to 1) moved onto another call's start second, "
                                                    "in clusters of 2 to 8."), u"X"_s, u"0"_s},
        {u"late-calls"_s, MockServerCli::tr("Add N calls written late: distinct sessionIds, starting within the data's "
                                             "days (or --late-from to --late-to); the other calls stay the same."),
         u"N"_s, u"0"_s},
        {u"late-from"_s, MockServerCli::tr("First day of the late calls, UTC (default: --from)."), u"yyyy-MM-dd"_s},
        {u"late-to"_s, MockServerCli::tr("Last day of the late calls, UTC (default: --to)."), u"yyyy-MM-dd"_s},
        {u"revise-every"_s, MockServerCli::tr("Serve every Nth call revised: another finalStatus and one more agent note, "
                                               "same sessionId and start."), u"N"_s, u"0"_s},
        {u"request-log"_s, MockServerCli::tr("Append one JSON line per data request to FILE (what it asked for and "
                                              "the status answered)."), u"FILE"_s},
        {u"offset-mode"_s, MockServerCli::tr("How `offset` counts: records or pages."), u"records|pages"_s, u"records"_s},
        {u"page-cap"_s, MockServerCli::tr("Most records returned per page, whatever the limit."), u"N"_s, u"100"_s},
        {u"max-pages-offset"_s, MockServerCli::tr("Pages mode: the largest accepted offset."), u"N"_s, u"10"_s},
        {u"records-offset-cap"_s, MockServerCli::tr("Records mode: an offset of N or more is past the cap (0 = no cap)."),
         u"N"_s, u"0"_s},
        {u"cap-behaviour"_s, MockServerCli::tr("What a request past the offset cap gets: HTTP 400, an empty page, "
                                                "or the page of the last allowed offset."),
         u"error|empty|repeat"_s, u"error"_s},
        {u"ignore-limit"_s, MockServerCli::tr("Ignore `limit`: every page holds page-cap records.")},
        {u"ignore-offset"_s, MockServerCli::tr("Ignore `offset`: every request gets the first page.")},
        {u"shuffle-same-second"_s, MockServerCli::tr("Order calls that start in the same second differently "
                                                      "for every request.")},
        {u"unsorted-every-request"_s, MockServerCli::tr("Return the matching calls in a new random order "
                                                         "for every request.")},
        {u"millisecond-starts"_s, MockServerCli::tr("Calls start at sub-second instants; startDate and endDate "
                                                     "filter at .000.")},
        {u"stamps"_s, MockServerCli::tr("Zone of the records' zone-less times: the request's timeZoneOffset or UTC."),
         u"offset|utc"_s, u"offset"_s},
        {u"always-send-blocks"_s, MockServerCli::tr("Send skills, customer, tag, campaign and snooze blocks "
                                                     "even when selectedFields does not name them.")},
        {u"insert-every"_s, MockServerCli::tr("Before answering every Nth data request, add a new call "
                                               "at the start of the range it asks for."), u"N"_s, u"0"_s},
        {u"latency"_s, MockServerCli::tr("Delay every response by this many milliseconds."), u"MS"_s, u"0"_s},
        {u"rate-limit"_s, MockServerCli::tr("Requests allowed per sliding minute (0 = unlimited)."), u"N"_s, u"0"_s},
        {u"rate-limit-every"_s, MockServerCli::tr("Answer every Nth data request with 429."), u"N"_s, u"0"_s},
        {u"retry-after-date"_s, MockServerCli::tr("Send Retry-After as an HTTP date instead of seconds.")},
        {u"error-every"_s, MockServerCli::tr("Answer every Nth data request with 500/502/503."), u"N"_s, u"0"_s},
        {u"html-every"_s, MockServerCli::tr("Answer every Nth data request with 200 and an HTML proxy page."),
         u"N"_s, u"0"_s},
        {u"empty-glitch-every"_s, MockServerCli::tr("Answer every Nth request with offset > 0 that has records "
                                                     "with an empty page instead."), u"N"_s, u"0"_s},
        {u"truncate-every"_s, MockServerCli::tr("Cut the body of every Nth data request in half."), u"N"_s, u"0"_s},
        {u"reset-every"_s, MockServerCli::tr("Drop the connection of every Nth data request."), u"N"_s, u"0"_s},
        {u"redirect-to"_s, MockServerCli::tr("Redirect every request (307) to this base URL."), u"URL"_s},
        {u"require-jti"_s, MockServerCli::tr("Reject tokens without a jti or with a reused one.")},
        {u"print-demo-secret"_s, MockServerCli::tr("Also print the demo client secret (never do this with real credentials).")},
    });
}

bool readChoices(const QCommandLineParser &parser, MockConfig &c)
{
    using Mode = MockConfig::OffsetMode;
    using Cap = MockConfig::CapBehaviour;
    using Zone = MockConfig::StampZone;
    return choiceOption(parser, u"offset-mode"_s, {{u"records"_s, Mode::Records}, {u"pages"_s, Mode::Pages}},
                        &c.offsetMode)
        && choiceOption(parser, u"cap-behaviour"_s,
                        {{u"error"_s, Cap::Error}, {u"empty"_s, Cap::Empty}, {u"repeat"_s, Cap::RepeatLast}},
                        &c.capBehaviour)
        && choiceOption(parser, u"stamps"_s, {{u"offset"_s, Zone::RequestOffset}, {u"utc"_s, Zone::Utc}},
                        &c.stampZone);
}

bool readNumbers(const QCommandLineParser &parser, MockConfig &c, DatasetSpec &data)
{
    return intOption(parser, u"calls"_s, &data.calls) && intOption(parser, u"late-calls"_s, &data.lateCalls)
        && intOption(parser, u"revise-every"_s, &data.reviseEvery) && shareOption(parser, u"same-second-share"_s, &data.sameSecondShare)
        && intOption(parser, u"page-cap"_s, &c.pageCap, 1) && intOption(parser, u"max-pages-offset"_s, &c.maxPagesOffset)
        && intOption(parser, u"records-offset-cap"_s, &c.recordsOffsetCap)
        && intOption(parser, u"insert-every"_s, &c.insertEvery) && intOption(parser, u"latency"_s, &c.latencyMs)
        && intOption(parser, u"rate-limit"_s, &c.rateLimitPerMinute)
        && intOption(parser, u"rate-limit-every"_s, &c.rateLimitEvery)
        && intOption(parser, u"error-every"_s, &c.serverErrorEvery) && intOption(parser, u"html-every"_s, &c.htmlEvery)
        && intOption(parser, u"empty-glitch-every"_s, &c.emptyGlitchEvery)
        && intOption(parser, u"truncate-every"_s, &c.truncateEvery) && intOption(parser, u"reset-every"_s, &c.resetEvery);
}

void readFlags(const QCommandLineParser &parser, MockConfig &c)
{
    c.ignoreLimit = parser.isSet(u"ignore-limit"_s);
    c.ignoreOffset = parser.isSet(u"ignore-offset"_s);
    c.shuffleSameSecond = parser.isSet(u"shuffle-same-second"_s);
    c.unsortedEveryRequest = parser.isSet(u"unsorted-every-request"_s);
    c.millisecondStarts = parser.isSet(u"millisecond-starts"_s);
    c.alwaysSendBlocks = parser.isSet(u"always-send-blocks"_s);
    c.retryAfterAsHttpDate = parser.isSet(u"retry-after-date"_s);
    c.requireJti = parser.isSet(u"require-jti"_s);
    c.requestLogPath = parser.value(u"request-log"_s);
}

bool readDataRange(const QCommandLineParser &parser, DatasetSpec &data)
{
    bool seedOk = false;
    data.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk) {
        complain(MockServerCli::tr("Invalid value for --seed: \"%1\".").arg(parser.value(u"seed"_s)));
        return false;
    }
    QDate to = QDate::currentDate();
    QDate from = to.addDays(-30);
    if (!dateOption(parser, u"from"_s, &from) || !dateOption(parser, u"to"_s, &to))
        return false;
    if (to < from) {
        complain(MockServerCli::tr("--to must not be before --from."));
        return false;
    }
    data.startUtc = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    data.endUtc = QDateTime(to, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();

    QDate lateFrom = from, lateTo = to;
    if (!dateOption(parser, u"late-from"_s, &lateFrom) || !dateOption(parser, u"late-to"_s, &lateTo))
        return false;
    if (lateTo < lateFrom || lateFrom < from || lateTo > to) {
        complain(MockServerCli::tr("--late-from and --late-to must lie within --from to --to, in order."));
        return false;
    }
    data.lateFromUtc = QDateTime(lateFrom, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    data.lateToUtc = QDateTime(lateTo, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    return true;
}

bool readRedirect(const QCommandLineParser &parser, MockConfig &c)
{
    if (!parser.isSet(u"redirect-to"_s))
        return true;
    c.redirectTo = QUrl(parser.value(u"redirect-to"_s), QUrl::StrictMode);
    if (!c.redirectTo.isValid() || c.redirectTo.scheme().isEmpty() || c.redirectTo.host().isEmpty()) {
        complain(MockServerCli::tr("Invalid value for --redirect-to: \"%1\" (expected e.g. http://127.0.0.1:8080).")
                     .arg(parser.value(u"redirect-to"_s)));
        return false;
    }
    return true;
}

} // namespace

bool parseCommandLine(const QCoreApplication &app, CliOptions *o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MockServerCli::tr("Mock Kore.ai Call Details server with deterministic synthetic calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(parser);
    parser.process(app);

    int port = 0;
    if (!intOption(parser, u"port"_s, &port))
        return false;
    if (port > 65535) {
        complain(MockServerCli::tr("Invalid value for --port: %1.").arg(port));
        return false;
    }
    o->port = quint16(port);
    readFlags(parser, o->config);
    o->printSecret = parser.isSet(u"print-demo-secret"_s);
    return readChoices(parser, o->config) && readDataRange(parser, o->data)
        && readNumbers(parser, o->config, o->data) && readRedirect(parser, o->config);
}

} // namespace cs::mock
