#include "fetchengine.h"

#include "fetchrun.h"
#include "pagetransport.h"
#include "ratelimiter.h"

#include <QPointer>
#include <QTimer>
#include <cmath>

namespace cs {

struct FetchEngine::Impl
{
    PageTransport *transport = nullptr;
    RateLimiter *limiter = nullptr;   // outlives runs: the server's budget does not reset on cancel
    QPointer<FetchRun> run;
    quint64 generation = 0;
    qint64 rateWindowMs = 60000;
};

static void registerMetaTypes()
{
    qRegisterMetaType<cs::FetchSpec>();
    qRegisterMetaType<cs::Credentials>();
    qRegisterMetaType<cs::FetchProgress>();
    qRegisterMetaType<cs::FetchOutcome>();
    qRegisterMetaType<cs::UtcInterval>();
    qRegisterMetaType<std::shared_ptr<cs::ParsedPage>>();
}

FetchEngine::FetchEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    registerMetaTypes();
    // Children move with the engine when it is moved to a worker thread.
    d->transport = new NetworkTransport(this);
    d->limiter = new RateLimiter(this);
}

FetchEngine::~FetchEngine()
{
    if (d->run) {
        d->run->abort();
        delete d->run;
    }
}

void FetchEngine::setTransport(PageTransport *transport)
{
    cancel();
    delete d->transport;
    d->transport = transport;
    d->transport->setParent(this);
}

void FetchEngine::setRateWindowMs(qint64 ms)
{
    d->rateWindowMs = std::max<qint64>(1, ms);
}

void FetchEngine::setClock(FetchClockPtr clock)
{
    d->limiter->setClock(std::move(clock));
}

FetchEngine::Estimate FetchEngine::estimate(const FetchSpec &spec)
{
    Estimate estimate;
    // Only the range matters here: the estimate is shown before a connection is chosen.
    if (!spec.zone.isValid() || !spec.from.isValid() || !spec.to.isValid() || spec.to < spec.from)
        return estimate;
    estimate.windows = int(planWindows(spec.from, spec.to, spec.zone).size());
    estimate.minimumRequests = estimate.windows;
    estimate.seconds = double(estimate.minimumRequests) / double(std::max(1, spec.requestsPerMinute)) * 60.0;
    return estimate;
}

bool FetchEngine::isRunning() const
{
    return !d->run.isNull();
}

quint64 FetchEngine::generation() const
{
    return d->generation;
}

void FetchEngine::start(const cs::FetchSpec &spec, const cs::Credentials &credentials)
{
    cancel();
    const quint64 generation = ++d->generation;
    d->limiter->setBudget(spec.requestsPerMinute, d->rateWindowMs);
    auto *run = new FetchRun(spec, credentials, d->transport, d->limiter, this);
    d->run = run;

    connect(run, &FetchRun::pageReady, this,
            [this, generation](std::shared_ptr<cs::ParsedPage> page, int window, int offsetMinutes) {
                emit pageReady(generation, std::move(page), window, offsetMinutes);
            });
    connect(run, &FetchRun::windowCovered, this,
            [this, generation](const cs::UtcInterval &interval) { emit windowCovered(generation, interval); });
    connect(run, &FetchRun::progress, this,
            [this, generation](const cs::FetchProgress &progress) { emit this->progress(generation, progress); });
    connect(run, &FetchRun::notice, this,
            [this, generation](const QString &message) { emit notice(generation, message); });
    connect(run, &FetchRun::finished, this, [this, generation, run](const cs::FetchOutcome &outcome) {
        if (d->run == run)
            d->run = nullptr;
        d->limiter->clearWaiters();
        run->disconnect(this);
        run->deleteLater();
        emit finished(generation, outcome);
    });

    emit started(generation, run->windowsTotal());
    // Everything else arrives after start() returns, so callers can connect
    // and enter their event loop first.
    QTimer::singleShot(0, run, &FetchRun::start);
}

void FetchEngine::cancel()
{
    FetchRun *run = d->run;
    if (!run)
        return;
    d->run = nullptr;
    run->disconnect(this);
    const FetchOutcome outcome = run->abort();
    d->limiter->clearWaiters();
    run->deleteLater();
    emit finished(d->generation, outcome);
}

} // namespace cs
