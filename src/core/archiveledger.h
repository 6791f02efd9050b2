#pragma once
// The coverage ledger's arithmetic: which parts of a UTC range an archive
// holds completely, which only provisionally (fetched too soon after they
// ended: calls are written late), and which are missing. Pure functions, so
// the SQLite and PostgreSQL backends and the window share one definition.
//
// All intervals are whole UTC seconds, both ends inclusive, like the API's
// startDate/endDate.

#include <QList>
#include <QString>
#include <QtGlobal>

namespace cs {

struct UtcInterval
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;   // inclusive
    bool operator==(const UtcInterval &) const = default;
};

// One row of the ledger: [startUtc, endUtc] was fetched completely at fetchedAtUtc.
struct LedgerEntry
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 fetchedAtUtc = 0;
};

enum class CoverageState : quint8 { Missing, Provisional, Archived };

struct CoverageSpan
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    CoverageState state = CoverageState::Missing;
    bool operator==(const CoverageSpan &) const = default;
};

// Calls may be written this long after they end (default 24 h).
inline constexpr qint64 kDefaultSettleSeconds = 24 * 3600;

// Splits [startUtc, endUtc] into consecutive spans by state. An entry counts
// as Archived when it was fetched at least `settleSeconds` after its end,
// otherwise Provisional; where entries overlap the best state wins.
QList<CoverageSpan> classifyCoverage(const QList<LedgerEntry> &ledger, qint64 startUtc, qint64 endUtc,
                                     qint64 nowUtc, qint64 settleSeconds);

// What a refresh must ask the server for: the Missing and Provisional spans,
// merged. Each interval also takes the second on either side that a
// neighbouring Archived span ends or starts in: calls with sub-second start
// times in that second may lie on either side of a boundary.
QList<UtcInterval> intervalsToFetch(const QList<CoverageSpan> &spans);

// Seconds held: sums by state (for "archived / provisional / missing" texts).
struct CoverageTotals
{
    qint64 archived = 0;
    qint64 provisional = 0;
    qint64 missing = 0;
};
CoverageTotals coverageTotals(const QList<CoverageSpan> &spans);

} // namespace cs
