#include "archivelease.h"

#include "pgarchive.h"
#include "pgconn.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QThread>
#include <QTimeZone>
#include <poll.h>
#include <unistd.h>

namespace cs {

using pg::Params;
using pg::Result;

namespace {

qint64 lockKeyOf(const QString &accountKey)
{
    const QByteArray hash = QCryptographicHash::hash(QString(QStringLiteral("callscope-lease\n") + accountKey).toUtf8(), QCryptographicHash::Sha1);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(hash[i]);
    return key;
}

QString hostName()
{
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) == 0)
        return QString::fromLocal8Bit(buffer);
    return QStringLiteral("?");
}

} // namespace

std::unique_ptr<ArchiveLease> ArchiveLease::open(const QString &uri, const ArchiveIdentity &identity,
                                                 const QString &holderName, QString *error, const QString &password)
{
    std::unique_ptr<ArchiveLease> lease(new ArchiveLease);
    lease->m_conn = pg::Connection::open({uri, password, QStringLiteral("callscope lease")}, error);
    if (!lease->m_conn)
        return nullptr;
    lease->m_accountKey = archiveAccountKey(identity);
    lease->m_lockKey = lockKeyOf(lease->m_accountKey);
    lease->m_holderName = holderName;
    return lease;
}

ArchiveLease::~ArchiveLease()
{
    release();
}

bool ArchiveLease::tryAcquire(QString *error)
{
    std::unique_lock lock(m_mutex);
    if (m_held)
        return true;
    auto tryLock = [&](bool *got) {
        Result r = m_conn->execParams("SELECT pg_try_advisory_lock($1::bigint)", Params().add(m_lockKey), true, error);
        if (!r.ok())
            return false;
        *got = r.boolean(0, 0);
        return true;
    };
    bool got = false;
    if (!tryLock(&got))
        return false;
    if (!got) {
        // Held. A holder whose heartbeat stopped kDeadAfterSeconds ago is cut
        // off (or hung): end its session, which frees the lock.
        Result stale = m_conn->execParams(
            "SELECT pg_terminate_backend(l.backend_pid) FROM lease l WHERE l.account_key = $1 "
            "AND l.updated_at < now() - make_interval(secs => $2::int) "
            "AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = l.backend_pid)",
            Params().add(m_accountKey).add(qint64(kDeadAfterSeconds)), true, error);
        if (!stale.ok())
            return false;
        if (stale.rows() == 1 && stale.boolean(0, 0)) {
            // The session ends asynchronously: give it a moment.
            for (int i = 0; i < 50 && !got; ++i) {
                QThread::msleep(100);
                if (!tryLock(&got))
                    return false;
            }
        }
        if (!got) {
            if (error)
                error->clear();
            return false;
        }
    }
    Result row = m_conn->execParams(
        "INSERT INTO lease (account_key, holder, pid, host, backend_pid, progress, acquired_at, updated_at) "
        "VALUES ($1, $2, $3::bigint, $4, pg_backend_pid(), '', now(), now()) "
        "ON CONFLICT (account_key) DO UPDATE SET holder = EXCLUDED.holder, pid = EXCLUDED.pid, host = EXCLUDED.host, "
        "backend_pid = EXCLUDED.backend_pid, progress = '', acquired_at = now(), updated_at = now()",
        Params().add(m_accountKey).add(m_holderName).add(qint64(getpid())).add(hostName()), false, error);
    if (!row.ok()) {
        // A reader may take the lock but not the row: it is no fetcher.
        m_conn->execParams("SELECT pg_advisory_unlock($1::bigint)", Params().add(m_lockKey), false, nullptr);
        return false;
    }
    m_progress.clear();
    m_held = true;
    m_stop = false;
    lock.unlock();
    m_thread = std::thread([this] { heartbeatLoop(); });
    return true;
}

bool ArchiveLease::acquire(int timeoutMs, QString *error, const std::function<void(const LeaseHolder &)> &waiting)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QString e;
        if (tryAcquire(&e))
            return true;
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
        if (waiting) {
            LeaseHolder info;
            if (holderInfo(&info, nullptr))
                waiting(info);
        }
        if (timeoutMs >= 0 && timer.elapsed() >= timeoutMs) {
            if (error)
                error->clear();
            return false;
        }
        QThread::msleep(kRetrySeconds * 1000);
    }
}

void ArchiveLease::setProgress(const QString &progress)
{
    std::lock_guard lock(m_mutex);
    m_progress = progress;
}

bool ArchiveLease::heartbeatLocked(QString *error)
{
    if (!m_held)
        return false;
    // Still ours only while our session holds the row (a taker rewrote it otherwise).
    Result r = m_conn->execParams("UPDATE lease SET updated_at = now(), progress = $2 "
                                  "WHERE account_key = $1 AND backend_pid = pg_backend_pid()",
                                  Params().add(m_accountKey).add(m_progress), false, error);
    if (!r.ok() || QByteArray(PQcmdTuples(r.get())) != "1") {
        if (r.ok() && error)
            *error = QStringLiteral("the lease was taken over by another instance");
        m_held = false;
        return false;
    }
    return true;
}

bool ArchiveLease::heartbeat(QString *error)
{
    std::lock_guard lock(m_mutex);
    return heartbeatLocked(error);
}

void ArchiveLease::heartbeatLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::seconds(kHeartbeatSeconds), [this] { return m_stop; });
        if (m_stop)
            break;
        if (!heartbeatLocked(nullptr))
            break;   // lost: isHeld() says so
    }
}

void ArchiveLease::stopThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ArchiveLease::stopHeartbeatForTest()
{
    stopThread();
}

void ArchiveLease::release()
{
    stopThread();
    std::lock_guard lock(m_mutex);
    if (!m_held || !m_conn)
        return;
    m_held = false;
    m_conn->execParams("DELETE FROM lease WHERE account_key = $1 AND backend_pid = pg_backend_pid()",
                       Params().add(m_accountKey), false, nullptr);
    m_conn->execParams("SELECT pg_advisory_unlock($1::bigint)", Params().add(m_lockKey), false, nullptr);
}

bool ArchiveLease::holderInfo(LeaseHolder *out, QString *error)
{
    std::lock_guard lock(m_mutex);
    *out = LeaseHolder();
    Result r = m_conn->execParams(
        "SELECT holder, pid, host, progress, extract(epoch FROM acquired_at)::bigint, "
        "extract(epoch FROM updated_at)::bigint, extract(epoch FROM now() - updated_at)::bigint, "
        "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
        "        AND classid = (($2::bigint >> 32) & 4294967295)::oid AND objid = ($2::bigint & 4294967295)::oid "
        "        AND objsubid = 1) "
        "FROM lease WHERE account_key = $1",
        Params().add(m_accountKey).add(m_lockKey), true, error);
    if (!r.ok())
        return false;
    if (r.rows() == 0)
        return true;
    out->exists = true;
    out->holder = r.text(0, 0);
    out->pid = r.int8(0, 1);
    out->host = r.text(0, 2);
    out->progress = r.text(0, 3);
    out->acquiredAt = QDateTime::fromSecsSinceEpoch(r.int8(0, 4), QTimeZone::utc());
    out->updatedAt = QDateTime::fromSecsSinceEpoch(r.int8(0, 5), QTimeZone::utc());
    out->ageSeconds = r.int8(0, 6);
    out->lockHeld = r.boolean(0, 7);
    return true;
}

// --- ArchiveListener ---------------------------------------------------------

std::unique_ptr<ArchiveListener> ArchiveListener::open(const QString &uri, const ArchiveIdentity &identity,
                                                       QString *error, const QString &password)
{
    std::unique_ptr<ArchiveListener> l(new ArchiveListener);
    l->m_conn = pg::Connection::open({uri, password, QStringLiteral("callscope listener")}, error);
    if (!l->m_conn)
        return nullptr;
    const QByteArray channel = archiveNotifyChannel(identity).toUtf8();   // callscope_<hex>: a plain identifier
    if (!l->m_conn->exec(QByteArray("LISTEN " + channel).constData(), error))
        return nullptr;
    return l;
}

ArchiveListener::~ArchiveListener() = default;

int ArchiveListener::socket() const
{
    return m_conn->socket();
}

QStringList ArchiveListener::wait(int timeoutMs, bool *ok)
{
    QStringList out;
    PGconn *c = m_conn->raw();
    auto drain = [&] {
        while (PGnotify *n = PQnotifies(c)) {
            out.append(QString::fromUtf8(n->extra));
            PQfreemem(n);
        }
    };
    bool alive = PQconsumeInput(c) == 1;
    drain();
    if (alive && out.isEmpty() && timeoutMs > 0) {
        pollfd p{PQsocket(c), POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) > 0) {
            alive = PQconsumeInput(c) == 1;
            drain();
        }
    }
    if (ok)
        *ok = alive && PQstatus(c) == CONNECTION_OK;
    return out;
}

} // namespace cs
