#pragma once
// Runs a cs::FetchEngine in a worker thread and feeds its pages into the
// record store on the GUI thread.
//
// Signals from the engine arrive queued and carry a generation; anything from
// a fetch that is no longer current (cancelled, or replaced by a newer start)
// is dropped, so a late page can never land in a newer result.

#include "fetchengine.h"
#include "recordstore.h"

#include <QObject>
#include <QThread>

namespace cs {

class FetchController : public QObject
{
    Q_OBJECT
public:
    // `clock`: what the engine paces the request budget by; tests pass a
    // compressed one to run the real 60 requests/minute quickly.
    explicit FetchController(RecordStore *store, QObject *parent = nullptr, FetchClockPtr clock = {});
    ~FetchController() override;

    // Starts fetching into the store (the caller clears it first if it wants
    // a fresh result). A running fetch is replaced.
    void start(const FetchSpec &spec, const Credentials &credentials);
    // Stops at once: rows already in the store stay, later pages are dropped,
    // and finished() reports Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    // After a cancel, `windows` fills in once the engine has stopped.
    const FetchOutcome &lastOutcome() const { return m_lastOutcome; }
    const FetchProgress &lastProgress() const { return m_lastProgress; }
    // The last fetch ended without every window (cancelled or failed).
    bool isPartial() const;

Q_SIGNALS:
    void started(int windowsTotal);
    void rowsArrived(int added);
    void progress(const cs::FetchProgress &progress);
    void notice(const QString &message);
    void finished(const cs::FetchOutcome &outcome);

private:
    void onStarted(quint64 generation, int windowsTotal);
    void onPage(quint64 generation, const std::shared_ptr<ParsedPage> &page, int windowIndex, int offsetMinutes);
    void onProgress(quint64 generation, const FetchProgress &progress);
    void onNotice(quint64 generation, const QString &message);
    void onFinished(quint64 generation, const FetchOutcome &outcome);
    void finish(const FetchOutcome &outcome);

    RecordStore *m_store;
    QThread m_thread;
    FetchEngine *m_engine;            // lives in m_thread
    bool m_running = false;           // results of the latest start are wanted
    int m_pendingStarts = 0;          // start() calls the engine has not answered yet
    quint64 m_current = 0;            // the generation whose signals are accepted (0: none)
    quint64 m_highestSeen = 0;
    quint64 m_cancelled = 0;          // the generation cancelled last, until its outcome arrives
    FetchProgress m_lastProgress;
    FetchOutcome m_lastOutcome;
};

} // namespace cs
