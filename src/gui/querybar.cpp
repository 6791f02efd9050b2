#include "querybar.h"

#include "coveragebar.h"
#include "fetchengine.h"
#include "timewindows.h"
#include "timezonepicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

const QString kEditFormat = u"yyyy-MM-dd HH:mm:ss"_s;

QStringList splitList(const QString &text)
{
    QStringList values;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

QDateTimeEdit *makeDateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(kEditFormat);
    // The edits hold naive wall-clock values; UTC has no gaps, so a time that
    // does not exist in the *system* zone can still be typed for another zone.
    edit->setTimeSpec(Qt::UTC);
    return edit;
}

QDateTime wallClock(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone);
}

QString approximateDuration(double seconds)
{
    if (seconds < 60)
        return QueryBar::tr("under a minute");
    const int minutes = int(std::lround(seconds / 60));
    if (minutes < 90)
        return QueryBar::tr("about %n min", nullptr, minutes);
    return QueryBar::tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

QueryBar::QueryBar(QWidget *parent)
    : QWidget(parent)
    , m_fromEdit(makeDateTimeEdit(this))
    , m_toEdit(makeDateTimeEdit(this))
    , m_presetButton(new QToolButton(this))
    , m_zonePicker(new TimeZonePicker(this))
    , m_offsetLabel(new QLabel(this))
    , m_channelsEdit(new QLineEdit(this))
    , m_queuesEdit(new QLineEdit(this))
    , m_directionCombo(new QComboBox(this))
    , m_hintLabel(new QLabel(this))
    , m_fetchButton(new QPushButton(tr("&Fetch"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_coverage(new CoverageBar(this))
{
    m_coverage->setObjectName(u"coverageBar"_s);
    m_fromEdit->setToolTip(tr("Start of the range (inclusive), in the chosen time zone"));
    m_toEdit->setToolTip(tr("End of the range (inclusive), in the chosen time zone"));
    m_fromEdit->setAccessibleName(tr("Range start"));
    m_toEdit->setAccessibleName(tr("Range end"));

    m_presetButton->setText(tr("Presets"));
    m_presetButton->setPopupMode(QToolButton::InstantPopup);
    m_presetButton->setFocusPolicy(Qt::StrongFocus);
    auto *presets = new QMenu(m_presetButton);
    const std::pair<Preset, QString> presetNames[] = {
        {Preset::Today, tr("Today")},           {Preset::Yesterday, tr("Yesterday")},
        {Preset::Last7Days, tr("Last 7 days")}, {Preset::Last30Days, tr("Last 30 days")},
        {Preset::ThisMonth, tr("This month")},  {Preset::LastMonth, tr("Last month")},
    };
    for (const auto &[preset, name] : presetNames) {
        const Preset p = preset;
        presets->addAction(name, this, [this, p] { applyPreset(p); });
    }
    m_presetButton->setMenu(presets);

    m_offsetLabel->setToolTip(tr("Sent with every request as timeZoneOffset: minutes behind UTC with the JavaScript "
                                 "sign (New York in winter = 300, India = -330). A range that crosses a "
                                 "daylight-saving change is split so each request carries its exact offset."));
    m_offsetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_channelsEdit->setPlaceholderText(tr("All channels"));
    m_channelsEdit->setToolTip(tr("Only these channels, separated by commas (e.g. voice, chat). Empty: all."));
    m_channelsEdit->setClearButtonEnabled(true);
    m_queuesEdit->setPlaceholderText(tr("All queues"));
    m_queuesEdit->setToolTip(tr("Only these queue IDs, separated by commas. Empty: all."));
    m_queuesEdit->setClearButtonEnabled(true);
    m_directionCombo->addItem(tr("Both"), QString());
    m_directionCombo->addItem(tr("Inbound"), u"Inbound"_s);
    m_directionCombo->addItem(tr("Outbound"), u"Outbound"_s);

    m_hintLabel->setWordWrap(false);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetchButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_fetchButton->setDefault(true);
    m_fetchButton->setToolTip(tr("Fetch the calls of this range (F5)"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancelButton->setToolTip(tr("Stop fetching; rows already loaded stay (Esc)"));

    buildLayout();

    connect(m_fetchButton, &QPushButton::clicked, this, &QueryBar::fetchRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &QueryBar::cancelRequested);
    auto changed = [this] {
        refreshHints();
        refreshButtons();
        Q_EMIT queryChanged();
    };
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_channelsEdit, &QLineEdit::textChanged, this, changed);
    connect(m_queuesEdit, &QLineEdit::textChanged, this, changed);
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_zonePicker, &TimeZonePicker::zoneChanged, this, [this, changed](const QTimeZone &zone) {
        changed();
        Q_EMIT zoneChanged(zone);
    });

    applyPreset(Preset::Today);
    refreshButtons();
}

void QueryBar::buildLayout()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_fromEdit);
    rangeRow->addWidget(new QLabel(u"–"_s, this));
    rangeRow->addWidget(m_toEdit);
    rangeRow->addWidget(m_presetButton);
    rangeRow->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_zonePicker);
    rangeRow->addWidget(zoneLabel);
    rangeRow->addWidget(m_zonePicker, 1);
    rangeRow->addWidget(m_offsetLabel);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_fromEdit);
    grid->addWidget(rangeLabel, 0, 0);
    grid->addLayout(rangeRow, 0, 1);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_channelsEdit, 1);
    auto *queuesLabel = new QLabel(tr("&Queues:"), this);
    queuesLabel->setBuddy(m_queuesEdit);
    filterRow->addWidget(queuesLabel);
    filterRow->addWidget(m_queuesEdit, 1);
    auto *directionLabel = new QLabel(tr("&Direction:"), this);
    directionLabel->setBuddy(m_directionCombo);
    filterRow->addWidget(directionLabel);
    filterRow->addWidget(m_directionCombo);
    filterRow->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    filterRow->addWidget(m_hintLabel, 2);
    filterRow->addWidget(m_fetchButton);
    filterRow->addWidget(m_cancelButton);
    auto *channelsLabel = new QLabel(tr("C&hannels:"), this);
    channelsLabel->setBuddy(m_channelsEdit);
    grid->addWidget(channelsLabel, 1, 0);
    grid->addLayout(filterRow, 1, 1);
    grid->addWidget(m_coverage, 2, 1);
}

void QueryBar::setCoverage(const QList<CoverageSpan> &spans)
{
    m_coverage->setCoverage(spans, zone());
}

QDateTime QueryBar::from() const
{
    return wallClock(m_fromEdit->date(), m_fromEdit->time(), zone());
}

QDateTime QueryBar::to() const
{
    return wallClock(m_toEdit->date(), m_toEdit->time(), zone());
}

QTimeZone QueryBar::zone() const
{
    return m_zonePicker->zone();
}

void QueryBar::setRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    if (zone.isValid())
        m_zonePicker->setZone(zone);
    m_fromEdit->setDateTime(QDateTime(from.date(), from.time(), Qt::UTC));
    m_toEdit->setDateTime(QDateTime(to.date(), to.time(), Qt::UTC));
    refreshHints();
    refreshButtons();
}

std::pair<QDateTime, QDateTime> QueryBar::presetRange(Preset preset, const QTimeZone &zone, const QDateTime &nowUtc)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QTime dayStart(0, 0, 0);
    const QTime dayEnd(23, 59, 59);
    auto range = [&](QDate first, QDate last) {
        return std::pair{wallClock(first, dayStart, zone), wallClock(last, dayEnd, zone)};
    };
    switch (preset) {
    case Preset::Today: return range(today, today);
    case Preset::Yesterday: return range(today.addDays(-1), today.addDays(-1));
    case Preset::Last7Days: return range(today.addDays(-6), today);
    case Preset::Last30Days: return range(today.addDays(-29), today);
    case Preset::ThisMonth: return range(QDate(today.year(), today.month(), 1), today);
    case Preset::LastMonth: {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        const QDate lastOfPrevious = firstOfThisMonth.addDays(-1);
        return range(QDate(lastOfPrevious.year(), lastOfPrevious.month(), 1), lastOfPrevious);
    }
    }
    return range(today, today);
}

void QueryBar::applyPreset(Preset preset)
{
    const auto [from, to] = presetRange(preset, zone(), QDateTime::currentDateTimeUtc());
    setRange(from, to, zone());
}

QStringList QueryBar::channels() const
{
    return splitList(m_channelsEdit->text());
}

QStringList QueryBar::queues() const
{
    return splitList(m_queuesEdit->text());
}

QString QueryBar::direction() const
{
    return m_directionCombo->currentData().toString();
}

FetchSpec QueryBar::applyTo(FetchSpec spec) const
{
    spec.from = from();
    spec.to = to();
    spec.zone = zone();
    spec.channels = channels();
    spec.queues = queues();
    spec.direction = direction();
    return spec;
}

void QueryBar::setBaseSpec(const FetchSpec &spec)
{
    m_baseSpec = spec;
    refreshHints();
}

bool QueryBar::rangeIsValid() const
{
    return from().isValid() && to().isValid() && from() <= to();
}

QString QueryBar::estimateText() const
{
    if (!rangeIsValid())
        return tr("The end of the range is before its start.");
    const FetchSpec spec = applyTo(m_baseSpec);
    const FetchEngine::Estimate estimate = FetchEngine::estimate(spec);
    const QString windows = tr("Needs %n request window(s)", nullptr, estimate.windows);
    if (spec.requestsPerMinute <= 0)
        return windows;
    return tr("%1 · %2 at %3 requests/min")
        .arg(windows, approximateDuration(estimate.seconds))
        .arg(spec.requestsPerMinute);
}

void QueryBar::refreshHints()
{
    m_hintLabel->setText(estimateText());
    m_hintLabel->setToolTip(tr("At least one request per window; busy windows need more (100 calls per request)."));

    // The offsets the requests will carry: one per daylight-saving period.
    const QList<RequestWindow> windows = rangeIsValid() ? planWindows(from(), to(), zone()) : QList<RequestWindow>();
    QStringList offsets;
    for (const RequestWindow &window : windows) {
        const QString text = QString::number(window.offsetMinutes);
        if (offsets.isEmpty() || offsets.constLast() != text)
            offsets.append(text);
    }
    if (offsets.isEmpty())
        offsets.append(QString::number(apiOffsetMinutes(zone().offsetFromUtc(from().isValid() ? from() : QDateTime::currentDateTimeUtc()))));
    m_offsetLabel->setText(tr("timeZoneOffset %1").arg(offsets.join(u" → "_s)));
}

void QueryBar::setConnected(bool connected)
{
    m_connected = connected;
    refreshButtons();
}

void QueryBar::setFetching(bool fetching)
{
    m_fetching = fetching;
    refreshButtons();
}

void QueryBar::refreshButtons()
{
    m_fetchButton->setEnabled(m_connected && !m_fetching && rangeIsValid());
    m_cancelButton->setEnabled(m_fetching);
}

void QueryBar::saveState(QSettings &settings) const
{
    settings.setValue(u"query/zone"_s, QString::fromUtf8(zone().id()));
    settings.setValue(u"query/channels"_s, m_channelsEdit->text());
    settings.setValue(u"query/queues"_s, m_queuesEdit->text());
    settings.setValue(u"query/direction"_s, direction());
}

void QueryBar::restoreState(const QSettings &settings)
{
    const QByteArray zoneId = settings.value(u"query/zone"_s).toString().toUtf8();
    if (!zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId))
        m_zonePicker->setZone(QTimeZone(zoneId));
    m_channelsEdit->setText(settings.value(u"query/channels"_s).toString());
    m_queuesEdit->setText(settings.value(u"query/queues"_s).toString());
    const int direction = m_directionCombo->findData(settings.value(u"query/direction"_s).toString());
    m_directionCombo->setCurrentIndex(std::max(0, direction));
}

} // namespace cs
