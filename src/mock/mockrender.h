#pragma once
// Rendering one synthetic call as the API's JSON. Split in two: the record's
// top-level fields (mockrecord.cpp) and its destinations[] (mockdestinations.cpp).

#include "mockjson.h"
#include "mockplan.h"
#include "mockrng.h"

#include <QByteArray>

namespace cs::mock {

// The record with its zone-less times as wall clock in `offsetMinutes`
// (JavaScript sign: utc = wall + offset).
QByteArray renderRecord(const CallEntry &call, int offsetMinutes);

struct RenderState
{
    Rng rng;
    qint64 wallShift = 0;     // seconds added to UTC to get the request's wall clock
    int channel = 0;

    QByteArray wall(qint64 utc) const { return formatWallClock(utc + wallShift); }
};

struct RenderedDestinations
{
    QByteArray json;          // the destinations array, "[...]"
    qint64 endUtc = 0;        // when the last segment ended
    int firstQueue = -1;      // catalog indices, for the Reason text
    int lastAgent = -1;
    bool agentHandled = false;
    bool callbackOpted = false;
};

RenderedDestinations renderDestinations(RenderState &state, const CallPlan &plan, qint64 enterUtc);

// "prefix-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" from a number.
QByteArray guid(const char *prefix, quint64 bits);

} // namespace cs::mock
