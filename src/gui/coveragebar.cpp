#include "coveragebar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

QColor colourOf(CoverageState state, const QPalette &palette)
{
    switch (state) {
    case CoverageState::Archived: return QColor(0x2e, 0xa0, 0x43);
    case CoverageState::Provisional: return QColor(0xd6, 0xa0, 0x20);
    case CoverageState::Missing: break;
    }
    return palette.color(QPalette::Mid);
}

int percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? int(std::lround(100.0 * double(part) / double(whole))) : 0;
}

} // namespace

// The bar itself: each span's width in proportion to its seconds.
class CoverageStrip : public QWidget
{
public:
    explicit CoverageStrip(CoverageBar *bar) : QWidget(bar), m_bar(bar)
    {
        setFixedHeight(fontMetrics().height() / 2 + 2);
        setMinimumWidth(fontMetrics().averageCharWidth() * 24);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QList<CoverageSpan> &spans = m_bar->spans();
        const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        if (spans.isEmpty())
            return;
        const qint64 start = spans.constFirst().startUtc;
        const qint64 length = std::max<qint64>(1, spans.constLast().endUtc - start + 1);
        for (const CoverageSpan &span : spans) {
            const double left = area.left() + area.width() * double(span.startUtc - start) / double(length);
            const double right = area.left() + area.width() * double(span.endUtc + 1 - start) / double(length);
            // At least a pixel: a short provisional tail must not vanish.
            painter.fillRect(QRectF(left, area.top(), std::max(1.0, right - left), area.height()),
                             colourOf(span.state, palette()));
        }
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawRect(area);
    }

private:
    CoverageBar *m_bar;
};

CoverageBar::CoverageBar(QWidget *parent)
    : QWidget(parent), m_strip(new CoverageStrip(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_strip, 1);
    layout->addWidget(m_text, 2);
    m_strip->setAccessibleName(tr("Archive coverage of the range"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void CoverageBar::setCoverage(const QList<CoverageSpan> &spans, const QTimeZone &zone)
{
    m_spans = spans;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    setVisible(!spans.isEmpty());
    m_text->setText(summaryText());
    const QString tip = spansToolTip();
    m_strip->setToolTip(tip);
    m_text->setToolTip(tip);
    m_strip->update();
}

QString CoverageBar::stateName(CoverageState state)
{
    switch (state) {
    case CoverageState::Archived: return tr("archived");
    case CoverageState::Provisional: return tr("provisional");
    case CoverageState::Missing: break;
    }
    return tr("missing");
}

QString CoverageBar::summaryText() const
{
    if (m_spans.isEmpty())
        return {};
    const CoverageTotals totals = coverageTotals(m_spans);
    const qint64 whole = totals.archived + totals.provisional + totals.missing;
    if (totals.missing == whole)
        return tr("Archive: nothing of this range yet");
    if (totals.archived == whole)
        return tr("Archive: the whole range is archived");
    QStringList parts;
    if (totals.archived > 0)
        parts << tr("%1% archived").arg(percentOf(totals.archived, whole));
    if (totals.provisional > 0)
        parts << tr("%1% provisional").arg(percentOf(totals.provisional, whole));
    if (totals.missing > 0)
        parts << tr("%1% missing").arg(percentOf(totals.missing, whole));
    return tr("Archive: %1").arg(parts.join(u" · "_s));
}

QString CoverageBar::spansToolTip() const
{
    if (m_spans.isEmpty())
        return {};
    constexpr int kMaxLines = 12;
    const QLocale locale;
    QStringList lines;
    lines << tr("Provisional: fetched too soon after it ended (calls are written late); the next fetch asks for it again.");
    for (qsizetype i = 0; i < m_spans.size() && i < kMaxLines; ++i) {
        const CoverageSpan &span = m_spans[i];
        const QString from = QDateTime::fromSecsSinceEpoch(span.startUtc, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QString to = QDateTime::fromSecsSinceEpoch(span.endUtc, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        lines << tr("%1 – %2: %3").arg(from, to, stateName(span.state));
    }
    if (m_spans.size() > kMaxLines)
        lines << tr("… and %n more span(s)", nullptr, int(m_spans.size() - kMaxLines));
    return lines.join(u'\n');
}

} // namespace cs
