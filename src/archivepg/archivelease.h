#pragma once
// One fetcher per account at a time, for a team archive on PostgreSQL.
//
// The holder keeps a session-level advisory lock keyed by the account
// (pg_try_advisory_lock) and a row in the `lease` table that says who it is
// and how far it got, refreshed by a heartbeat every kHeartbeatSeconds.
// - The holder's process dies (SIGKILL, crash): its connection closes, the
//   server ends the session and the lock is free at once; a waiting instance
//   retrying every kRetrySeconds takes over within that time.
// - The holder is cut off (network partition, a hung machine): its heartbeat
//   stops; once the row is older than kDeadAfterSeconds another instance ends
//   the holder's server session (pg_terminate_backend) and takes over. The
//   holder's own heartbeat fails in the meantime and it stops fetching.
// Every instance sees the holder's progress (holderInfo) and receives each
// committed page through LISTEN/NOTIFY (ArchiveListener).

#include "archive.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace cs {

namespace pg { class Connection; }

struct LeaseHolder
{
    bool exists = false;       // a row is there (the holder may have died since)
    bool lockHeld = false;     // its advisory lock is held right now
    QString holder;            // e.g. "alice (CallScope 0.1.0)"
    qint64 pid = 0;            // the holder's process id on its host
    QString host;              // the holder's host name
    QString progress;          // the holder's last progress text
    QDateTime acquiredAt;
    QDateTime updatedAt;       // its last heartbeat (server time)
    qint64 ageSeconds = 0;     // now - updatedAt, by the server's clock
    bool alive() const { return exists && lockHeld; }
};

class ArchiveLease
{
public:
    static constexpr int kHeartbeatSeconds = 5;
    static constexpr int kDeadAfterSeconds = 20;
    static constexpr int kRetrySeconds = 2;

    // A connection of its own to the archive at `uri` (its schema must exist).
    static std::unique_ptr<ArchiveLease> open(const QString &uri, const ArchiveIdentity &identity,
                                              const QString &holderName, QString *error,
                                              const QString &password = QString());
    ~ArchiveLease();   // releases

    // True: this instance holds the lease now (and heartbeats in a thread of
    // its own). False without `error`: another instance holds it.
    bool tryAcquire(QString *error);
    // Retries every kRetrySeconds until acquired, `timeoutMs` passed (false),
    // or an error. `waiting` is called with the holder's info between tries.
    bool acquire(int timeoutMs, QString *error, const std::function<void(const LeaseHolder &)> &waiting = {});
    bool isHeld() const { return m_held.load(); }
    // Shown to the others with the next heartbeat (or at once with flush).
    void setProgress(const QString &progress);
    // One heartbeat now: false when the lease was lost (connection gone, or
    // another instance took over): stop fetching.
    bool heartbeat(QString *error);
    void release();
    bool holderInfo(LeaseHolder *out, QString *error);
    // Stops the heartbeat thread without releasing (tests: a holder that hangs).
    void stopHeartbeatForTest();

private:
    ArchiveLease() = default;
    bool heartbeatLocked(QString *error);
    void heartbeatLoop();
    void stopThread();

    std::unique_ptr<pg::Connection> m_conn;
    QString m_accountKey;
    QString m_holderName;
    qint64 m_lockKey = 0;
    std::atomic<bool> m_held{false};
    mutable std::mutex m_mutex;        // guards m_conn and m_progress
    QString m_progress;
    std::thread m_thread;
    std::condition_variable m_wake;
    bool m_stop = false;
};

// Receives the notifications a server archive sends after each committed page
// (payload {"added":N,"changed":M}), on a connection of its own.
class ArchiveListener
{
public:
    static std::unique_ptr<ArchiveListener> open(const QString &uri, const ArchiveIdentity &identity, QString *error,
                                                 const QString &password = QString());
    ~ArchiveListener();
    // Waits up to `timeoutMs` for notifications; returns their payloads
    // (empty on timeout). `ok` false: the connection is gone.
    QStringList wait(int timeoutMs, bool *ok = nullptr);
    // For a QSocketNotifier in a GUI: readable -> call wait(0).
    int socket() const;

private:
    ArchiveListener() = default;
    std::unique_ptr<pg::Connection> m_conn;
};

} // namespace cs
