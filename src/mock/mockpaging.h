#pragma once
// Which records one data request gets: the page arithmetic (limit, offset,
// page cap) and the switches that bend it (ignored parameters, the order
// within a second or overall, millisecond filtering).

#include "mockrequest.h"
#include "mockserver.h"

#include <QList>

namespace cs::mock {

// Dataset indices of the page answering `query`, the `requestNumber`th data
// request (it seeds the per-request shuffles).
QList<int> pageFor(const MockDataset &dataset, const DataQuery &query, const MockConfig &config, int requestNumber);

} // namespace cs::mock
