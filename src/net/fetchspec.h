#pragma once
// What to fetch and how: everything the engine needs except the credential.

#include "archiveledger.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace cs {

enum class Endpoint { CallDetails, InteractionDetails };

// Every documented value of the body's `selectedFields`.
QStringList allSelectedFields();
// Parses a --fields style list: "all", "none" or comma-separated names (case
// as documented). Returns false with `error` naming the unknown value.
bool selectedFieldsFromString(const QString &text, QStringList *out, QString *error);
QString endpointPath(Endpoint endpoint);          // "calldetails" | "interactionDetails"
bool endpointFromString(const QString &text, Endpoint *out);

// How the server's `offset` parameter counts (FACTS.md: both exist).
enum class PagingMode { Auto, Records, Pages };
QString pagingModeName(PagingMode mode);
bool pagingModeFromString(const QString &text, PagingMode *out);

struct RetryPolicy
{
    int maxAttempts = 6;              // per request, for 5xx/timeouts/resets/bad bodies
    int initialBackoffMs = 1000;      // doubled each attempt, with jitter
    int maxBackoffMs = 30000;
    int max429Waits = 20;             // 429s are waited out, not counted as failures, up to this
};

// A page of 100 records is about 200 KB: a body this large is hostile or broken.
inline constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;

struct FetchSpec
{
    QUrl host;                        // scheme + host (+ port); path ignored
    QString accountId;
    QString appId;                    // sent as iId
    Endpoint endpoint = Endpoint::CallDetails;

    QDateTime from;                   // wall-clock in `zone` (inclusive)
    QDateTime to;                     // wall-clock in `zone` (inclusive)
    QTimeZone zone = QTimeZone::utc();
    // When not empty, only these UTC intervals (inside from..to) are fetched:
    // the gaps an archive does not cover yet.
    QList<UtcInterval> onlyIntervals;
    // Longest request window (the API allows 7 days). An archive fetch uses a
    // day: a window is recorded as covered only when it completes, so a killed
    // fetch re-asks at most one day per window in flight.
    qint64 maxWindowSeconds = 7 * 24 * 3600;

    QStringList channels;             // optional body filters
    QStringList queues;
    QString direction;                // "", "Inbound", "Outbound", "Both"
    // The opt-in blocks to ask for (FACTS.md): without them a real server
    // sends no skills, customer info, tags, campaign or snooze info.
    // Empty: `selectedFields` is not sent at all.
    QStringList selectedFields = allSelectedFields();

    int requestsPerMinute = 60;       // request budget
    PagingMode paging = PagingMode::Auto;
    int pageLimit = 100;              // documented maximum
    int maxPagesOffset = 10;          // documented max `offset` when it counts pages
    int maxConcurrentWindows = 4;
    int requestTimeoutMs = 60000;
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;   // larger bodies are cut off and fail the fetch
    bool allowInsecureHttp = false;   // http:// to a non-loopback host
    RetryPolicy retry;

    // Empty if fine; otherwise a user-facing reason (translated).
    QString validate() const;
};

struct ArchiveIdentity;
// Which account's calls an archive holds (ArchiveBackend::bindIdentity):
// the host without user info or path, the account, the app and the endpoint.
ArchiveIdentity archiveIdentity(const FetchSpec &spec);

} // namespace cs
