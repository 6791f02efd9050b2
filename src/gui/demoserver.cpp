#include "demoserver.h"

#include "mockserver.h"

#include <QDateTime>

namespace cs {

DemoServer::DemoServer(QObject *parent) : QObject(parent) {}
DemoServer::~DemoServer() = default;

bool DemoServer::start(QString *error)
{
    if (m_server)
        return true;
    mock::MockConfig config;
    // A little latency, so that rows visibly stream in as pages arrive, and
    // a page cap below the limit, as some real servers have.
    config.latencyMs = 60;
    config.pageCap = 100;
    mock::DatasetSpec data;
    data.seed = 20261125;
    // CALLSCOPE_DEMO_CALLS scales the demo up, e.g. to measure the window
    // under a heavy fetch (tests/bench/bench_guistall.cpp).
    bool customSize = false;
    const int calls = qEnvironmentVariableIntValue("CALLSCOPE_DEMO_CALLS", &customSize);
    data.calls = customSize && calls > 0 ? calls : kCalls;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    data.endUtc = now.toSecsSinceEpoch();
    data.startUtc = now.addDays(-kDays).toSecsSinceEpoch();
    auto server = std::make_unique<mock::MockServer>(config, data, this);
    if (!server->listen()) {
        if (error)
            *error = tr("The demo server could not listen on the loopback interface.");
        return false;
    }
    m_server = std::move(server);
    return true;
}

bool DemoServer::isRunning() const
{
    return m_server != nullptr;
}

ConnectionProfile DemoServer::profile() const
{
    ConnectionProfile profile;
    profile.name = tr("Demo");
    profile.isDemo = true;
    if (!m_server)
        return profile;
    const mock::MockConfig &config = m_server->config();
    profile.host = m_server->baseUrl();
    profile.accountId = config.accountId;
    profile.appId = config.appId;
    profile.auth = ConnectionProfile::Auth::Client;
    profile.clientId = config.clientId;
    // Generous, so a month of demo calls loads in seconds rather than minutes.
    profile.requestsPerMinute = 1200;
    return profile;
}

Credentials DemoServer::credentials() const
{
    if (!m_server)
        return {};
    const mock::MockConfig &config = m_server->config();
    return Credentials::fromClient(config.clientId, config.clientSecret);
}

} // namespace cs
