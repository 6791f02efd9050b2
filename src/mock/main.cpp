// callscope-mock: the mock Call Details server as a standalone program, for
// demos and manual testing of the client against misbehaving servers.

#include "mockserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// lupdate takes the context from the qualified call (MockServerCli::tr), which a
// free tr() helper would not give it.
struct MockServerCli
{
    Q_DECLARE_TR_FUNCTIONS(MockServerCli)
};

struct Options
{
    cs::mock::MockConfig config;
    cs::mock::DatasetSpec data;
    quint16 port = 0;
    bool printSecret = false;
};

// Parses a non-negative integer option; on failure writes why and returns false.
bool intOption(const QCommandLineParser &parser, const QString &name, int *out, int min = 0)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        QTextStream(stderr) << MockServerCli::tr("Invalid value for --%1: \"%2\" (expected a whole number of at least %3).")
                                   .arg(name, parser.value(name)).arg(min)
                            << '\n';
        return false;
    }
    *out = value;
    return true;
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *out)
{
    if (!parser.isSet(name))
        return true;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        QTextStream(stderr) << MockServerCli::tr("Invalid date for --%1: \"%2\" (expected yyyy-MM-dd).").arg(name, parser.value(name))
                            << '\n';
        return false;
    }
    *out = date;
    return true;
}

bool parseOptions(const QCoreApplication &app, Options *o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MockServerCli::tr("Mock Kore.ai Call Details server with deterministic synthetic calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, MockServerCli::tr("Port to listen on (0 = pick a free one)."), u"N"_s, u"0"_s},
        {u"calls"_s, MockServerCli::tr("Number of synthetic calls."), u"N"_s, u"5000"_s},
        {u"seed"_s, MockServerCli::tr("Seed of the synthetic data."), u"N"_s, u"42"_s},
        {u"from"_s, MockServerCli::tr("First day of the data, UTC (default: 30 days ago)."), u"yyyy-MM-dd"_s},
        {u"to"_s, MockServerCli::tr("Last day of the data, UTC (default: today)."), u"yyyy-MM-dd"_s},
        {u"offset-mode"_s, MockServerCli::tr("How `offset` counts: records or pages."), u"records|pages"_s, u"records"_s},
        {u"page-cap"_s, MockServerCli::tr("Most records returned per page, whatever the limit."), u"N"_s, u"100"_s},
        {u"max-pages-offset"_s, MockServerCli::tr("Pages mode: the largest accepted offset."), u"N"_s, u"10"_s},
        {u"latency"_s, MockServerCli::tr("Delay every response by this many milliseconds."), u"MS"_s, u"0"_s},
        {u"rate-limit"_s, MockServerCli::tr("Requests allowed per sliding minute (0 = unlimited)."), u"N"_s, u"0"_s},
        {u"rate-limit-every"_s, MockServerCli::tr("Answer every Nth data request with 429."), u"N"_s, u"0"_s},
        {u"error-every"_s, MockServerCli::tr("Answer every Nth data request with 500/502/503."), u"N"_s, u"0"_s},
        {u"truncate-every"_s, MockServerCli::tr("Cut the body of every Nth data request in half."), u"N"_s, u"0"_s},
        {u"reset-every"_s, MockServerCli::tr("Drop the connection of every Nth data request."), u"N"_s, u"0"_s},
        {u"redirect-to"_s, MockServerCli::tr("Redirect every request (307) to this base URL."), u"URL"_s},
        {u"require-jti"_s, MockServerCli::tr("Reject tokens without a jti or with a reused one.")},
        {u"print-demo-secret"_s, MockServerCli::tr("Also print the demo client secret (never do this with real credentials).")},
    });
    parser.process(app);

    const QString mode = parser.value(u"offset-mode"_s);
    if (mode == u"pages"_s) {
        o->config.offsetMode = cs::mock::MockConfig::OffsetMode::Pages;
    } else if (mode != u"records"_s) {
        QTextStream(stderr) << MockServerCli::tr("Invalid value for --offset-mode: \"%1\" (expected records or pages).").arg(mode)
                            << '\n';
        return false;
    }
    bool seedOk = false;
    o->data.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk) {
        QTextStream(stderr) << MockServerCli::tr("Invalid value for --seed: \"%1\".").arg(parser.value(u"seed"_s)) << '\n';
        return false;
    }
    int port = 0;
    if (!intOption(parser, u"port"_s, &port) || port > 65535) {
        if (port > 65535)
            QTextStream(stderr) << MockServerCli::tr("Invalid value for --port: %1.").arg(port) << '\n';
        return false;
    }
    o->port = quint16(port);

    QDate to = QDate::currentDate();
    QDate from = to.addDays(-30);
    cs::mock::MockConfig &c = o->config;
    if (!intOption(parser, u"calls"_s, &o->data.calls) || !intOption(parser, u"page-cap"_s, &c.pageCap, 1)
        || !intOption(parser, u"max-pages-offset"_s, &c.maxPagesOffset)
        || !intOption(parser, u"latency"_s, &c.latencyMs) || !intOption(parser, u"rate-limit"_s, &c.rateLimitPerMinute)
        || !intOption(parser, u"rate-limit-every"_s, &c.rateLimitEvery)
        || !intOption(parser, u"error-every"_s, &c.serverErrorEvery)
        || !intOption(parser, u"truncate-every"_s, &c.truncateEvery)
        || !intOption(parser, u"reset-every"_s, &c.resetEvery) || !dateOption(parser, u"from"_s, &from)
        || !dateOption(parser, u"to"_s, &to))
        return false;
    if (to < from) {
        QTextStream(stderr) << MockServerCli::tr("--to must not be before --from.") << '\n';
        return false;
    }
    o->data.startUtc = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    o->data.endUtc = QDateTime(to, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();

    if (parser.isSet(u"redirect-to"_s)) {
        c.redirectTo = QUrl(parser.value(u"redirect-to"_s), QUrl::StrictMode);
        if (!c.redirectTo.isValid() || c.redirectTo.scheme().isEmpty() || c.redirectTo.host().isEmpty()) {
            QTextStream(stderr) << MockServerCli::tr("Invalid value for --redirect-to: \"%1\" (expected e.g. http://127.0.0.1:8080).")
                                       .arg(parser.value(u"redirect-to"_s))
                                << '\n';
            return false;
        }
    }
    c.requireJti = parser.isSet(u"require-jti"_s);
    o->printSecret = parser.isSet(u"print-demo-secret"_s);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callscope-mock"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));

    Options options;
    if (!parseOptions(app, &options))
        return 2;

    cs::mock::MockServer server(options.config, options.data);
    if (!server.listen(QHostAddress::LocalHost, options.port)) {
        QTextStream(stderr) << MockServerCli::tr("Cannot listen on 127.0.0.1:%1.").arg(options.port) << '\n';
        return 1;
    }

    QTextStream out(stdout);
    out << MockServerCli::tr("callscope-mock listening on %1").arg(server.baseUrl().toString()) << '\n'
        << MockServerCli::tr("  account id: %1").arg(options.config.accountId) << '\n'
        << MockServerCli::tr("  app id (iId): %1").arg(options.config.appId) << '\n'
        << MockServerCli::tr("  client id: %1").arg(options.config.clientId) << '\n';
    if (options.printSecret)
        out << MockServerCli::tr("  client secret: %1").arg(QString::fromUtf8(options.config.clientSecret)) << '\n';
    out << MockServerCli::tr("  %1 calls from %2 to %3 (UTC)")
               .arg(server.dataset().size())
               .arg(QDateTime::fromSecsSinceEpoch(options.data.startUtc, QTimeZone::utc()).toString(Qt::ISODate),
                    QDateTime::fromSecsSinceEpoch(options.data.endUtc, QTimeZone::utc()).toString(Qt::ISODate))
        << '\n';
    out.flush();
    return app.exec();
}
