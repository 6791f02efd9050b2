#pragma once
// Axis helpers shared by the charts.

#include <QStringList>

class QValueAxis;

namespace cs {

// An axis of call counts from 0 to at least `maxCount`, with integer ticks only.
void configureCountAxis(QValueAxis *axis, int maxCount);

// Category labels cut to `maxChars` with an ellipsis (long queue names and
// ids would push the plot aside), kept distinct as a category axis requires.
QStringList shortCategoryLabels(const QStringList &labels, int maxChars);

} // namespace cs
