#include "archiveledger.h"

#include <algorithm>
#include <map>

namespace cs {

QList<CoverageSpan> classifyCoverage(const QList<LedgerEntry> &ledger, qint64 startUtc, qint64 endUtc,
                                     qint64 nowUtc, qint64 settleSeconds)
{
    Q_UNUSED(nowUtc);   // an entry's state depends on when it was fetched, not on today
    QList<CoverageSpan> spans;
    if (endUtc < startUtc)
        return spans;
    // Sweep over boundaries: at each second the best state of the entries covering it.
    // Boundaries are half-open internally: an entry covers [start, end + 1).
    std::map<qint64, std::pair<int, int>> deltas;   // position -> (archived delta, provisional delta)
    for (const LedgerEntry &entry : ledger) {
        const qint64 from = std::max(entry.startUtc, startUtc);
        const qint64 to = std::min(entry.endUtc, endUtc);
        if (to < from)
            continue;
        const bool settled = entry.fetchedAtUtc >= entry.endUtc + settleSeconds;
        auto &in = deltas[from];
        auto &out = deltas[to + 1];
        (settled ? in.first : in.second) += 1;
        (settled ? out.first : out.second) -= 1;
    }
    int archived = 0;
    int provisional = 0;
    qint64 position = startUtc;
    auto stateNow = [&] {
        return archived > 0 ? CoverageState::Archived
                            : provisional > 0 ? CoverageState::Provisional : CoverageState::Missing;
    };
    auto emitSpan = [&](qint64 until) {   // [position, until)
        if (until <= position)
            return;
        const CoverageState state = stateNow();
        if (!spans.isEmpty() && spans.last().state == state && spans.last().endUtc + 1 == position)
            spans.last().endUtc = until - 1;
        else
            spans.append({position, until - 1, state});
        position = until;
    };
    for (const auto &[at, delta] : deltas) {
        emitSpan(at);
        archived += delta.first;
        provisional += delta.second;
    }
    emitSpan(endUtc + 1);
    return spans;
}

QList<UtcInterval> intervalsToFetch(const QList<CoverageSpan> &spans)
{
    QList<UtcInterval> out;
    for (int i = 0; i < spans.size(); ++i) {
        const CoverageSpan &span = spans[i];
        if (span.state == CoverageState::Archived)
            continue;
        UtcInterval interval{span.startUtc, span.endUtc};
        // Share the seam second with an archived neighbour: a call at 12:00:00.500
        // may lie outside a window that ended at 12:00:00.
        if (i > 0 && spans[i - 1].state == CoverageState::Archived)
            interval.startUtc = std::max(spans[i - 1].startUtc, span.startUtc - 1);
        if (i + 1 < spans.size() && spans[i + 1].state == CoverageState::Archived)
            interval.endUtc = std::min(spans[i + 1].endUtc, span.endUtc + 1);
        if (!out.isEmpty() && out.last().endUtc + 1 >= interval.startUtc)
            out.last().endUtc = std::max(out.last().endUtc, interval.endUtc);
        else
            out.append(interval);
    }
    return out;
}

CoverageTotals coverageTotals(const QList<CoverageSpan> &spans)
{
    CoverageTotals totals;
    for (const CoverageSpan &span : spans) {
        const qint64 seconds = span.endUtc - span.startUtc + 1;
        switch (span.state) {
        case CoverageState::Archived: totals.archived += seconds; break;
        case CoverageState::Provisional: totals.provisional += seconds; break;
        case CoverageState::Missing: totals.missing += seconds; break;
        }
    }
    return totals;
}

} // namespace cs
