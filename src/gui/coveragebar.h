#pragma once
// What the archive holds of the chosen range: a thin bar with the range's
// spans coloured by state (archived, provisional: fetched too soon after it
// ended and asked again by the next fetch, missing) and a one-line summary.
// The tooltip lists the spans in the chosen time zone.

#include "archiveledger.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;

namespace cs {

class CoverageStrip;

class CoverageBar : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageBar(QWidget *parent = nullptr);

    // Empty spans: no archive (the bar hides).
    void setCoverage(const QList<CoverageSpan> &spans, const QTimeZone &zone);
    const QList<CoverageSpan> &spans() const { return m_spans; }
    // "Archive: 80% archived · 5% provisional · 15% missing"
    QString summaryText() const;
    static QString stateName(CoverageState state);

private:
    QString spansToolTip() const;

    CoverageStrip *m_strip;
    QLabel *m_text;
    QList<CoverageSpan> m_spans;
    QTimeZone m_zone;
};

} // namespace cs
