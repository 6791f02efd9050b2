#pragma once
// "Test connection": ONE real request (the last hour, limit=1, offset=0) with
// exactly the headers the fetch engine sends, and a plain-language verdict
// naming the cause (DNS, TLS, refused, timeout, 401/403/404/429/5xx, a body
// that is not call details, or success). The credential never appears in a
// message: any server text is redacted before it is shown.

#include "credentials.h"
#include "fetchspec.h"

#include <QObject>
#include <QString>
#include <memory>

namespace cs {

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Upper bound for the test request (the spec's requestTimeoutMs is used if smaller).
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const;

    bool isRunning() const;

    // Starts a test, abandoning any running one (which then reports nothing).
    // finished() is always emitted exactly once per test, never synchronously.
    void test(const cs::FetchSpec &spec, const cs::Credentials &credentials);
    // Abandons the running test without emitting finished().
    void cancel();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs
