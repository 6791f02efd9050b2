#pragma once
// "Explore demo data": the bundled mock server on loopback, started inside the
// app, with a connection profile that points at it. A newcomer sees realistic
// calls at once, without an account.
//
// The demo's Client Secret is the mock's public demo secret; it is kept in
// memory only and never written to the keyring or settings.

#include "connectionprofile.h"
#include "credentials.h"

#include <QObject>
#include <memory>

namespace cs::mock {
class MockServer;
}

namespace cs {

class DemoServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDays = 30;          // calls over the last 30 days
    static constexpr int kCalls = 24000;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts listening on a free loopback port (idempotent). False with a message.
    bool start(QString *error);
    bool isRunning() const;

    ConnectionProfile profile() const;        // name "Demo", isDemo
    Credentials credentials() const;

private:
    std::unique_ptr<mock::MockServer> m_server;
};

} // namespace cs
