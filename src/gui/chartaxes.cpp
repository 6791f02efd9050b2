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

QStringList shortCategoryLabels(const QStringList &labels, int maxChars)
{
    QStringList shortened;
    for (const QString &label : labels) {
        QString text = label.size() > maxChars ? label.left(maxChars - 1) + QChar(0x2026) : label;
        // Invisible zero-width spaces tell apart two labels that were cut alike.
        while (shortened.contains(text))
            text += QChar(0x200B);
        shortened.append(text);
    }
    return shortened;
}

} // namespace cs
