#pragma once
// Finds out which zone a server's zone-less timestamps are in (FACTS.md:
// UTC, or the request's timeZoneOffset; nobody can tell in advance).
//
// Free evidence first: a server filters on true instants, so every call it
// returns for a request lies inside the request's range under the true
// reading. A stamp that falls outside the range under one reading rules that
// reading out. Where no stamp does (a call in the middle of a long window fits
// both), a probe decides it for one request: ask the one second in which a
// call seen already lies under the request-offset reading. Under that
// reading the server lists the call again; under the UTC reading that second
// is |offset| away from it, and the calls it lists (if any) carry stamps that
// only the UTC reading puts there. An empty answer is checked once more at
// the UTC reading's second, so each outcome rests on a call the server listed.

#include "pagingfacts.h"
#include "recordparser.h"
#include "timewindows.h"

#include <QTimeZone>
#include <optional>
#include <string>

namespace cs {

class StampZoneDetector
{
public:
    StampZone decided() const { return m_decided; }
    bool gaveUp() const { return m_gaveUp; }
    int probesSent() const { return m_probesSent; }

    // Every page's calls, with the range they were asked for.
    void observe(const RequestWindow &range, const ParsedPage &page);

    // The range to probe next, or nothing (decided, gave up, or no call to
    // probe with yet). Counts the probe as sent.
    std::optional<RequestWindow> nextProbe(const QTimeZone &zone);
    void onProbeAnswer(const ParsedPage &page);

private:
    struct Candidate
    {
        std::string sessionId;
        qint64 naive = 0;
        int offsetMinutes = 0;
    };
    // Which readings a page's stamps allow, for the range it answered.
    static void weigh(const RequestWindow &range, const ParsedPage &page, int *offsetAllowed, int *utcAllowed,
                      int *offsetRuledOut, int *utcRuledOut);
    void decide(StampZone zone);

    StampZone m_decided = StampZone::Unknown;
    bool m_gaveUp = false;
    std::optional<Candidate> m_candidate;   // the call the probes are about
    int m_candidatesTried = 0;
    int m_stage = 0;                         // 0: ask the offset reading's second; 1: the UTC reading's
    RequestWindow m_probeRange;
    int m_probesSent = 0;
    std::optional<Candidate> m_nextCandidate;
};

} // namespace cs
