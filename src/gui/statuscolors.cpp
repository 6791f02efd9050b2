#include "statuscolors.h"

#include <QCoreApplication>
#include <array>

namespace cs {

namespace {
// Tableau 10: distinguishable on light and dark backgrounds alike. The only
// hard-coded colours of the charts (everything else follows the palette/theme).
constexpr std::array<QRgb, 10> kPalette = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
    0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac,
};
constexpr QRgb kOther = 0x8c8c8c;
} // namespace

void StatusColors::assignInOrder(const QStringList &statuses)
{
    for (const QString &status : statuses)
        colorFor(status);
}

QColor StatusColors::colorFor(const QString &status)
{
    auto it = m_index.constFind(status);
    if (it == m_index.constEnd())
        it = m_index.insert(status, int(m_index.size()));
    const int index = it.value();
    const QColor base = QColor::fromRgb(kPalette[size_t(index) % kPalette.size()]);
    // Past the palette, reuse it in darker shades rather than repeat colours exactly.
    const int round = index / int(kPalette.size());
    return round == 0 ? base : base.darker(100 + 35 * round);
}

QColor StatusColors::otherColor()
{
    return QColor::fromRgb(kOther);
}

QString statusDisplayName(const QString &status)
{
    return status.isEmpty() ? QCoreApplication::translate("cs::StatusColors", "(none)") : status;
}

} // namespace cs
