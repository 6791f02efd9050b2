#pragma once
// Axis helpers shared by the charts.

class QValueAxis;

namespace cs {

// An axis of call counts from 0 to at least `maxCount`, with integer ticks only.
void configureCountAxis(QValueAxis *axis, int maxCount);

} // namespace cs
