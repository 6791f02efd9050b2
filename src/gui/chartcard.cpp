#include "chartcard.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cs {

namespace {
bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_header(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_empty(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_header->addWidget(m_title, 1);

    // The view takes ownership of the chart.
    m_view = new QChartView(m_chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(Qt::NoBrush);
    m_view->viewport()->setBackgroundRole(QPalette::Window);   // not Base: blend with the window
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);   // redraws must be instant on every filter change

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
    // Minimums only (high DPI: everything else scales with the layout).
    setMinimumSize(fontMetrics().averageCharWidth() * 36, fontMetrics().height() * 12);

    applyTheme();
    showEmptyState(emptyMessage(false, {}));
}

ChartCard::~ChartCard() = default;

QString ChartCard::title() const
{
    return m_title->text();
}

bool ChartCard::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartCard::emptyStateText() const
{
    return isShowingEmptyState() ? m_empty->text() : QString();
}

QString ChartCard::emptyMessage(bool callsInFilter, const QString &noDataMessage)
{
    return callsInFilter && !noDataMessage.isEmpty() ? noDataMessage : tr("No calls in the current filter");
}

void ChartCard::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void ChartCard::showChart()
{
    m_stack->setCurrentWidget(m_view);
}

void ChartCard::showEmptyState(const QString &message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
}

void ChartCard::clearChart()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartCard::styleAxis(QAbstractAxis *axis) const
{
    const QColor text = textColor();
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
}

QColor ChartCard::textColor() const
{
    return palette().color(QPalette::WindowText);
}

void ChartCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild();   // setTheme() re-coloured the series: put the status colours back
    }
}

void ChartCard::applyTheme()
{
    m_chart->setTheme(paletteIsDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Transparent: the widget's own (palette) background shows through.
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(textColor());
}

} // namespace cs
