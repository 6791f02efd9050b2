#pragma once
// What one fetch has learnt about the server, shared by all its windows.
// FACTS.md leaves each of these open; the client finds them out from the
// server's answers instead of assuming one reading.

#include "fetchspec.h"

#include <QtGlobal>

namespace cs {

// Which zone the server's zone-less timestamps are in (FACTS.md "Time zones").
enum class StampZone {
    Unknown,        // not decided yet: nothing that depends on it may be done
    RequestOffset,  // wall clock in the request's timeZoneOffset
    Utc,            // UTC, whatever the request's offset
};

struct PagingFacts
{
    PagingMode mode = PagingMode::Auto;   // how `offset` counts
    StampZone stamps = StampZone::Unknown;
    // The most records the server returns per page, once known: a page with
    // at least as many as asked proves it gives all that is asked; a short
    // page followed by a non-empty one proves a smaller cap. 0: not known.
    int pageCap = 0;
    bool pageCapKnown = false;
    // The server answered a later offset with the first page again: paging
    // within a window is pointless, so windows narrow by time after each page.
    bool offsetIgnored = false;

    // Seconds to add to a zone-less stamp of a request sent with
    // `offsetMinutes` to get UTC; only valid when decided or the offset is 0.
    qint64 stampShiftSeconds(int offsetMinutes) const
    {
        return stamps == StampZone::Utc ? 0 : qint64(offsetMinutes) * 60;
    }
    bool stampsKnownFor(int offsetMinutes) const { return offsetMinutes == 0 || stamps != StampZone::Unknown; }
};

} // namespace cs
