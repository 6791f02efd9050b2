#pragma once
// What a snapshot records about the fetch that produced it (never a credential).

#include "fetchengine.h"
#include "snapshot.h"

namespace cs {

SnapshotInfo snapshotInfoFor(const FetchSpec &spec, const FetchOutcome &outcome);

} // namespace cs
