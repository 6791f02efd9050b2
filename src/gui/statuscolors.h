#pragma once
// One colour per final status, shared by the status chart and the volume chart
// so that the same status always has the same colour in both. Colours come from
// a fixed qualitative palette, indexed by the order in which statuses are first
// seen (most frequent first), and never change afterwards: narrowing the filter
// must not repaint "CLOSED" in another colour.

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cs {

class StatusColors
{
public:
    // Gives every not-yet-seen status in `statuses` the next palette colour.
    void assignInOrder(const QStringList &statuses);
    // The status's colour, assigning the next one if it is new.
    QColor colorFor(const QString &status);
    // The colour of the "Other" slice / stack (statuses beyond the top N).
    static QColor otherColor();

private:
    QHash<QString, int> m_index;
};

// What the charts show for a status: the text itself, or "(none)" for
// calls whose finalStatus is empty. Signals always carry the raw value.
QString statusDisplayName(const QString &status);

} // namespace cs
