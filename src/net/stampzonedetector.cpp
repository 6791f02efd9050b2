#include "stampzonedetector.h"

namespace cs {

static constexpr int kMaxCandidates = 3;

void StampZoneDetector::weigh(const RequestWindow &range, const ParsedPage &page, int *offsetAllowed,
                              int *utcAllowed, int *offsetRuledOut, int *utcRuledOut)
{
    // Stamps are whole seconds (a call at hh:mm:59.5 shows :59), hence the
    // second of slack at each end.
    const qint64 low = range.startUtc - 1;
    const qint64 high = range.endUtc + 1;
    const qint64 shift = qint64(range.offsetMinutes) * 60;
    for (const CallFields &record : page.records) {
        if (record.startSeconds == kNoTime || record.startIsUtc)
            continue;
        const bool offsetFits = record.startSeconds + shift >= low && record.startSeconds + shift <= high;
        const bool utcFits = record.startSeconds >= low && record.startSeconds <= high;
        *offsetAllowed += offsetFits ? 1 : 0;
        *utcAllowed += utcFits ? 1 : 0;
        *offsetRuledOut += offsetFits ? 0 : 1;
        *utcRuledOut += utcFits ? 0 : 1;
    }
}

void StampZoneDetector::decide(StampZone zone)
{
    m_decided = zone;
    m_candidate.reset();
    m_nextCandidate.reset();
}

void StampZoneDetector::observe(const RequestWindow &range, const ParsedPage &page)
{
    if (m_decided != StampZone::Unknown || range.offsetMinutes == 0)
        return;   // an offset of 0 reads the same either way
    int offsetAllowed = 0, utcAllowed = 0, offsetOut = 0, utcOut = 0;
    weigh(range, page, &offsetAllowed, &utcAllowed, &offsetOut, &utcOut);
    // Only an unambiguous verdict counts: a server whose stamps fit neither
    // reading (a filter on another field) is left to the probe.
    if (offsetOut > 0 && utcOut == 0)
        decide(StampZone::Utc);
    else if (utcOut > 0 && offsetOut == 0)
        decide(StampZone::RequestOffset);
    if (m_decided != StampZone::Unknown || m_nextCandidate)
        return;
    for (const CallFields &record : page.records) {
        if (record.startSeconds != kNoTime && !record.startIsUtc && !record.sessionId.empty()) {
            m_nextCandidate = Candidate{record.sessionId, record.startSeconds, range.offsetMinutes};
            break;
        }
    }
}

std::optional<RequestWindow> StampZoneDetector::nextProbe(const QTimeZone &zone)
{
    if (m_decided != StampZone::Unknown || m_gaveUp)
        return std::nullopt;
    if (!m_candidate) {
        if (!m_nextCandidate)
            return std::nullopt;
        if (++m_candidatesTried > kMaxCandidates) {
            m_gaveUp = true;
            return std::nullopt;
        }
        m_candidate = m_nextCandidate;
        m_nextCandidate.reset();
        m_stage = 0;
    }
    const qint64 second = m_stage == 0 ? m_candidate->naive + qint64(m_candidate->offsetMinutes) * 60
                                       : m_candidate->naive;
    // Two seconds, so that a server filtering to the millisecond still lists
    // a call at second.5.
    const QList<RequestWindow> plan = planWindowsUtc(second, second + 1, zone);
    if (plan.isEmpty()) {
        m_gaveUp = true;
        return std::nullopt;
    }
    m_probeRange = plan.first();
    m_probeRange.startUtc = second;
    m_probeRange.endUtc = second + 1;
    ++m_probesSent;
    return m_probeRange;
}

void StampZoneDetector::onProbeAnswer(const ParsedPage &page)
{
    if (m_decided != StampZone::Unknown || !m_candidate)
        return;
    for (const CallFields &record : page.records) {
        if (record.sessionId == m_candidate->sessionId) {
            decide(m_stage == 0 ? StampZone::RequestOffset : StampZone::Utc);
            return;
        }
    }
    // Other calls of that second: their stamps fit only one reading, because
    // a probe is shorter than any offset.
    int offsetAllowed = 0, utcAllowed = 0, offsetOut = 0, utcOut = 0;
    weigh(m_probeRange, page, &offsetAllowed, &utcAllowed, &offsetOut, &utcOut);
    if (m_probeRange.offsetMinutes != 0 && offsetOut > 0 && utcOut == 0) {
        decide(StampZone::Utc);
        return;
    }
    if (m_probeRange.offsetMinutes != 0 && utcOut > 0 && offsetOut == 0) {
        decide(StampZone::RequestOffset);
        return;
    }
    if (m_stage == 0) {
        m_stage = 1;   // not there under the offset reading: confirm at the UTC reading's second
        return;
    }
    m_candidate.reset();   // listed at neither second: try another call
}

} // namespace cs
