#pragma once
// The fetch engine: plans request windows, pages each one, keeps to the
// request budget, retries what is worth retrying, and hands every parsed page
// to whoever owns the store, by signal. No widgets; it may live in a worker
// thread (the GUI moves it to one) and its signals are then queued.
//
// Every signal carries the generation returned by start(): a receiver drops a
// signal whose generation is not the current one (a cancelled or older fetch).

#include "credentials.h"
#include "fetchclock.h"
#include "fetchspec.h"
#include "pagingfacts.h"
#include "recordparser.h"
#include "timewindows.h"

#include <QList>
#include <QObject>
#include <memory>

namespace cs {

class PageTransport;

struct WindowStatus
{
    RequestWindow window;
    bool complete = false;
    int pages = 0;
    int records = 0;
    int skipped = 0;               // unusable records: the window is not covered
};

struct FetchProgress
{
    int windowsDone = 0;
    int windowsTotal = 0;          // grows when a busy window is split
    qint64 recordsReceived = 0;    // records in pages (before de-duplication)
    int requests = 0;              // HTTP requests sent
    int retries = 0;
    int rateLimitWaitSeconds = 0;  // > 0 while waiting for the budget or a 429
    double etaSeconds = -1;        // rough; -1 if unknown
};

struct FetchOutcome
{
    enum class Status { Complete, Cancelled, Failed };
    Status status = Status::Failed;
    QString error;                 // one line, user-facing, empty when complete
    QList<WindowStatus> windows;   // the final plan, each with whether it completed
    int requests = 0;
    qint64 recordsReceived = 0;
    qint64 recordsSkipped = 0;     // unusable records the server sent (each reported in a notice)
    PagingMode detectedPaging = PagingMode::Auto;
    StampZone stamps = StampZone::Unknown;   // the zone the server's stamps were found in
    // What the guards against silent loss cost, in requests: chunks narrowed
    // after a cap, a glitch or a reorder, and probes for the stamps' zone.
    int narrowings = 0;
    int stampProbes = 0;
};

class FetchEngine : public QObject
{
    Q_OBJECT
public:
    explicit FetchEngine(QObject *parent = nullptr);
    ~FetchEngine() override;

    // Replace the HTTP transport (tests); the engine takes ownership.
    void setTransport(PageTransport *transport);
    // Length of the request budget's sliding window (60 s; shorter in tests).
    void setRateWindowMs(qint64 ms);
    // The clock the budget, Retry-After and backoffs are kept by (tests
    // compress time with it at the real budget). Call before start().
    void setClock(FetchClockPtr clock);

    // Estimate before starting: windows and a rough duration under the budget.
    struct Estimate { int windows = 0; int minimumRequests = 0; double seconds = 0; };
    static Estimate estimate(const FetchSpec &spec);

    bool isRunning() const;
    quint64 generation() const;

public Q_SLOTS:
    // Starts a fetch (cancelling any running one). Emits started() with the
    // new generation; invalid specs finish at once with Status::Failed.
    void start(const cs::FetchSpec &spec, const cs::Credentials &credentials);
    void cancel();

Q_SIGNALS:
    void started(quint64 generation, int windowsTotal);
    // A page of records for window `windowIndex`. `offsetMinutes` is the
    // offset its zone-less stamps are in (utc = naive + offsetMinutes * 60):
    // the request's offset, or 0 when the server answers in UTC.
    void pageReady(quint64 generation, std::shared_ptr<cs::ParsedPage> page, int windowIndex, int offsetMinutes);
    // Every call of a completed window [startUtc, endUtc] was sent by
    // pageReady() before this: an archive may record it as covered.
    void windowCovered(quint64 generation, const cs::UtcInterval &interval);
    void progress(quint64 generation, const cs::FetchProgress &progress);
    // A non-fatal event worth showing (a skipped record, a retry, a split).
    void notice(quint64 generation, const QString &message);
    void finished(quint64 generation, const cs::FetchOutcome &outcome);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs

Q_DECLARE_METATYPE(cs::FetchSpec)
Q_DECLARE_METATYPE(cs::Credentials)
Q_DECLARE_METATYPE(cs::FetchProgress)
Q_DECLARE_METATYPE(cs::FetchOutcome)
Q_DECLARE_METATYPE(cs::UtcInterval)
