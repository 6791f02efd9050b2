#pragma once
// Rendering one synthetic call as the API's JSON. Split in three: the record's
// top-level fields (mockrecord.cpp), its destinations[] (mockdestinations.cpp)
// and the optional blocks at its end (mockblocks.cpp).

#include "mockjson.h"
#include "mockplan.h"
#include "mockrng.h"
#include "mockserver.h"

#include <QByteArray>
#include <string_view>

namespace cs::mock {

// The record with its zone-less times as wall clock in the options' offset
// (JavaScript sign: utc = wall + offset) or in UTC, and the blocks they name.
// `revised`: the server's later version of the same call (DatasetSpec::reviseEvery).
QByteArray renderRecord(const CallEntry &call, const RenderOptions &options, bool revised = false);

struct RenderState
{
    Rng rng;
    qint64 wallShift = 0;     // seconds added to UTC to get the request's wall clock
    int channel = 0;
    bool revised = false;     // DatasetSpec::reviseEvery: one more note in every agent segment

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

struct ExtrasInput
{
    const CallPlan &plan;
    quint64 callSeed = 0;
    qint64 startUtc = 0;
    std::string_view firstName;
    std::string_view lastName;
    const RenderedDestinations &destinations;
};

// The newer optional fields at the end of a record: automationBotIDs, the
// opt-in blocks that `blocks` names, errorDetails.
void writeExtras(Rng &rng, JsonWriter &w, const ExtrasInput &in, RecordBlocks blocks);

// "prefix-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" from a number.
QByteArray guid(const char *prefix, quint64 bits);

} // namespace cs::mock
