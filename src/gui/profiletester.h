#pragma once
// "Test connection" for one connection profile, as the connection dialog runs
// it: the API (ConnectionTester: one real request) and, when the profile keeps
// its calls in a team archive, the database (makeArchiveTestJob() in a job
// worker). Both run at once, and one verdict comes when both have ended, so a
// fast answer never hides a slow one. The credentials and the database
// password go to the tests only: never kept here, never in a message.
// The dialog owns it as a child and binds its widgets to the signals.

#include "connectionprofile.h"

#include <QObject>
#include <QString>
#include <optional>

namespace cs {

class ConnectionTester;
struct JobEvent;

class ProfileTester : public QObject
{
    Q_OBJECT
public:
    explicit ProfileTester(QObject *parent = nullptr);
    // Cancels a database test still running (its worker is not waited for).
    ~ProfileTester() override;

    // Tests `profile`, abandoning any running test (which then reports
    // nothing). Without credentials nothing starts: refused() says, before
    // this returns, what to enter; otherwise started(), then finished().
    void test(const ConnectionProfile &profile, const std::optional<Credentials> &credentials,
              const QByteArray &databasePassword);
    // Abandons the running test without a verdict.
    void cancel();

Q_SIGNALS:
    void refused(const QString &reason);
    void started(const QString &message);
    // The API's verdict, then on a line of its own the team archive's (if one
    // was tested); `ok` only when both passed.
    void finished(bool ok, const QString &message);

private:
    void onApiTestFinished(bool ok, const QString &message);
    void onArchiveTestFinished(quint64 generation, const JobEvent *detail);
    void finishWhenBothEnded();

    ConnectionTester *m_apiTester = nullptr;
    struct State
    {
        bool apiRunning = false;
        bool apiOk = false;
        QString apiMessage;
        quint64 archiveGeneration = 0;   // 0: no database test running
        bool archiveOk = true;
        QString archiveMessage;          // empty: no database test
    } m_state;
};

} // namespace cs
