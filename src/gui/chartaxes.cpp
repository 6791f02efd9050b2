#include "chartaxes.h"

#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

void configureCountAxis(QValueAxis *axis, int maxCount)
{
    axis->setLabelFormat(u"%d"_s);
    if (maxCount < 5) {
        // One tick per call: "nice numbers" would put ticks at 0.5 and print "0" twice.
        const int top = std::max(maxCount, 1);
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        return;
    }
    axis->setRange(0, maxCount);
    axis->applyNiceNumbers();
}

} // namespace cs
