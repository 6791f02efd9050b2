#pragma once
// Chart 1: how the calls of the current filter ended (finalStatus). A donut for
// up to kMaxStatuses statuses; with more, horizontal bars of the top
// kMaxStatuses plus "Other" (a donut with a dozen slivers is unreadable).

#include "callstats.h"
#include "chartcard.h"

namespace cs {

class StatusColors;

class StatusChart : public ChartCard
{
    Q_OBJECT
public:
    static constexpr int kMaxStatuses = 8;

    struct Entry
    {
        QString status;      // raw finalStatus ("" = none); empty for Other too, see `other`
        int count = 0;
        bool other = false;  // the statuses beyond the top kMaxStatuses, summed
        bool operator==(const Entry &) const = default;
    };

    explicit StatusChart(StatusColors *colors, QWidget *parent = nullptr);

    // Redraws only when what is shown changes.
    void setCounts(const QList<CountByLabel> &counts);

    // What the chart shows, largest first; Other (if any) last.
    const QList<Entry> &entries() const { return m_entries; }
    // The statuses shown on their own (the volume chart stacks the same ones).
    QStringList shownStatuses() const;
    bool usesBars() const { return m_bars; }
    int total() const { return m_total; }
    int rebuildCount() const { return m_rebuilds; }   // for tests: redraws are skipped when nothing changed

Q_SIGNALS:
    void statusClicked(const QString &status);

protected:
    void rebuild() override;

private:
    QString entryName(const Entry &entry) const;
    QString entrySummary(const Entry &entry) const;   // "CLOSED: 120 (45.0%)"
    QColor entryColor(const Entry &entry) const;
    void buildDonut();
    void buildBars();
    void entryClicked(const Entry &entry);

    StatusColors *m_colors;
    QList<Entry> m_entries;
    int m_total = 0;
    bool m_bars = false;
    int m_rebuilds = 0;
};

} // namespace cs
