#pragma once
// A titled frame around one chart: the chart itself, or a clear empty-state
// message instead of a blank plot. Owns the theming that every chart shares:
// light or dark chart theme following the palette, transparent backgrounds,
// palette-coloured text, antialiasing.

#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace cs {

class ChartCard : public QWidget
{
    Q_OBJECT
public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);
    ~ChartCard() override;

    QString title() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    // The empty state's text for a chart with nothing to plot: "no calls" when
    // the filter is empty, else `noDataMessage` (e.g. no call has a handle time).
    static QString emptyMessage(bool callsInFilter, const QString &noDataMessage);

protected:
    void addHeaderWidget(QWidget *widget);
    void showChart();
    void showEmptyState(const QString &message);
    // Removes every series and axis (before drawing new data).
    void clearChart();
    // Palette-derived text colours for an axis (call after attaching it).
    void styleAxis(QAbstractAxis *axis) const;
    QColor textColor() const;
    // Draws the chart again from the data it holds (after a theme change reset colours).
    virtual void rebuild() {}

    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLabel *m_title = nullptr;
    QHBoxLayout *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cs
