#pragma once
// Collation ranks for the view's text sort: every distinct StringPool string
// is placed once in locale order, so sorting rows compares integers instead of
// calling the collator 1.7 million times for 100,000 rows.

#include "stringpool.h"

#include <QCollator>
#include <vector>

namespace cs {

// The collator every text sort uses: the user's locale, numeric mode
// ("Queue 9" before "Queue 10"), case-insensitive. The C/POSIX locale has no
// collation rules (Qt then ignores numeric mode), so it falls back to English.
QCollator viewCollator();

// Brings `rank` (collation rank per StringPool id; strings the collator calls
// equal share a rank; ranks are dense from 0) up to date with `pool`. Only ids
// interned since the last call are placed; a pool smaller than `rank` (the
// store was cleared) is ranked from scratch. Relative order of ranked ids never
// changes, so rows sorted by the old ranks stay sorted.
void updateCollationRanks(const StringPool &pool, std::vector<quint32> &rank);

} // namespace cs
