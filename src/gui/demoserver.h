#pragma once
// "Explore demo data": the bundled mock server on loopback, started inside the
// app, with a connection profile that points at it. A newcomer sees realistic
// calls at once, without an account.
//
// The server runs in a thread of its own: rendering pages on the GUI thread
// would make the window stutter while the demo fetch streams in.
// The demo's Client Secret is the mock's public demo secret; it is kept in
// memory only and never written to the keyring or settings.

#include "connectionprofile.h"
#include "credentials.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

namespace cs::mock {
class MockServer;
struct MockConfig;
}

namespace cs {

class DemoServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDays = 30;          // calls over the last 30 days
    static constexpr int kCalls = 24000;      // CALLSCOPE_DEMO_CALLS overrides

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts listening on a free loopback port (idempotent). False with a message.
    bool start(QString *error);
    bool isRunning() const { return m_server != nullptr; }

    ConnectionProfile profile() const;        // name "Demo", isDemo, an archive of its own
    Credentials credentials() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr;             // lives in m_thread: where the server is made and destroyed
    std::unique_ptr<mock::MockServer> m_server;
    std::unique_ptr<mock::MockConfig> m_config;   // a copy, readable from the GUI thread
    QUrl m_baseUrl;
    // The demo's archive lives as long as the demo: its calls are made up anew each time.
    QTemporaryDir m_archiveDir;
};

} // namespace cs
