// callscope-mock: the mock Call Details server as a standalone program, for
// demos and manual testing of the client against misbehaving servers.

#include "mockcli.h"
#include "mockserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callscope-mock"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));

    cs::mock::CliOptions options;
    if (!cs::mock::parseCommandLine(app, &options))
        return 2;

    cs::mock::MockServer server(options.config, options.data);
    if (!server.requestLogError().isEmpty()) {
        QTextStream(stderr) << MockServerCli::tr("Cannot write the request log %1: %2")
                                   .arg(options.config.requestLogPath, server.requestLogError())
                            << '\n';
        return 1;
    }
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
