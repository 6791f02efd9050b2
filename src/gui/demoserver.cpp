#include "demoserver.h"

#include "mockserver.h"

#include <QDateTime>
#include <future>

namespace cs {

DemoServer::DemoServer(QObject *parent) : QObject(parent) {}

DemoServer::~DemoServer()
{
    if (!m_thread.isRunning())
        return;
    // A QTcpServer must be destroyed in the thread it lives in.
    QMetaObject::invokeMethod(m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool DemoServer::start(QString *error)
{
    if (m_server)
        return true;
    mock::MockConfig config;
    // A little latency, so that rows visibly stream in as pages arrive.
    config.latencyMs = 60;
    config.rateLimitPerMinute = 60;   // as every real account
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

    if (!m_thread.isRunning()) {
        m_thread.setObjectName(QStringLiteral("demo-server"));
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    // Waits on a std::promise rather than a BlockingQueuedConnection: the same
    // hand-off, but one ThreadSanitizer can see (Qt's own semaphore is not
    // instrumented, so it reported this thread's stack as raced).
    std::promise<bool> started;
    QMetaObject::invokeMethod(m_context, [&] {
        auto server = std::make_unique<mock::MockServer>(config, data);
        const bool ok = server->listen();
        if (ok) {
            m_baseUrl = server->baseUrl();
            m_server = std::move(server);
        }
        started.set_value(ok);
    }, Qt::QueuedConnection);
    const bool listening = started.get_future().get();
    if (!listening) {
        if (error)
            *error = tr("The demo server could not listen on the loopback interface.");
        return false;
    }
    m_config = std::make_unique<mock::MockConfig>(config);
    return true;
}

ConnectionProfile DemoServer::profile() const
{
    ConnectionProfile profile;
    profile.name = tr("Demo");
    profile.isDemo = true;
    if (!m_config)
        return profile;
    profile.host = m_baseUrl;
    profile.accountId = m_config->accountId;
    profile.appId = m_config->appId;
    profile.auth = ConnectionProfile::Auth::Client;
    profile.clientId = m_config->clientId;
    // The real budget: the demo behaves as a real account does (its server
    // enforces the same 60 a minute). A week of demo calls fits in the first
    // minute's 60 requests, so it still loads at once.
    profile.requestsPerMinute = 60;
    if (m_archiveDir.isValid())
        profile.archivePath = m_archiveDir.filePath(QStringLiteral("demo-archive.callscope"));
    return profile;
}

Credentials DemoServer::credentials() const
{
    if (!m_config)
        return {};
    return Credentials::fromClient(m_config->clientId, m_config->clientSecret);
}

} // namespace cs
