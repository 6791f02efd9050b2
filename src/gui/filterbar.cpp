#include "filterbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>
#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

constexpr int kMaxMenuValues = 300;   // beyond this a menu is no longer usable; search instead

// Lets a checkable menu entry be toggled without closing the menu, so several
// values can be picked in one go.
class StayOpenMenuFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::MouseButtonRelease)
            return false;
        auto *menu = static_cast<QMenu *>(watched);
        QAction *action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (!action || !action->isCheckable() || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    }
};

// The interned ids a row holds for a quick filter (0 = none).
template <typename Visit>
void forEachValue(const RecordStore &store, QuickFilter filter, RowId row, Visit visit)
{
    auto visitSpan = [&](std::span<const quint32> ids) {
        if (ids.empty())
            visit(0u);
        for (const quint32 id : ids)
            visit(id);
    };
    switch (filter) {
    case QuickFilter::FinalStatus: visit(store.finalStatus(row)); break;
    case QuickFilter::SmartStatus: visit(store.smartStatus(row)); break;
    case QuickFilter::Channel: visit(store.channel(row)); break;
    case QuickFilter::Direction: visit(store.direction(row)); break;
    case QuickFilter::Queue: visitSpan(store.queues(row)); break;
    case QuickFilter::Agent: visitSpan(store.agents(row)); break;
    case QuickFilter::Disposition: visitSpan(store.dispositions(row)); break;
    case QuickFilter::Count: break;
    }
}

QString valueLabel(const QString &value)
{
    return value.isEmpty() ? FilterBar::tr("(none)") : value;
}

} // namespace

FilterBar::FilterBar(const RecordStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_rangeChip(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_clearAction(new QAction(tr("C&lear Filters"), this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search calls (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows calls whose IDs, channel, statuses, reason, queues, agents or dispositions contain this text"));
    m_search->setAccessibleName(tr("Search calls"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applySearchNow);
    connect(&m_searchDebounce, &QTimer::timeout, this, &FilterBar::applySearchNow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);

    auto *stayOpen = new StayOpenMenuFilter(this);
    for (int i = 0; i < int(QuickFilter::Count); ++i) {
        const auto filter = QuickFilter(i);
        auto *button = new QToolButton(this);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        auto *menu = new QMenu(button);
        menu->installEventFilter(stayOpen);
        connect(menu, &QMenu::aboutToShow, this, [this, filter] { populateMenu(filter); });
        button->setMenu(menu);
        button->setToolTip(tr("Show only calls with the chosen %1 values").arg(quickFilterTitle(filter).toLower()));
        m_buttons[size_t(i)] = button;
        layout->addWidget(button);
    }

    m_rangeChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rangeChip->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_rangeChip->setToolTip(tr("A range picked on a chart. Click to remove it."));
    m_rangeChip->hide();
    connect(m_rangeChip, &QToolButton::clicked, this, [this] {
        m_rule.setStartRange(std::nullopt);
        m_rule.setHandleRange(std::nullopt);
        m_startRangeText.clear();
        m_handleRangeText.clear();
        ruleChanged();
    });
    layout->addWidget(m_rangeChip);

    m_clearAction->setToolTip(tr("Show every loaded call again"));
    m_clearButton->setDefaultAction(m_clearAction);
    connect(m_clearAction, &QAction::triggered, this, &FilterBar::clearFilters);
    layout->addWidget(m_clearButton);
    layout->addStretch(1);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_count);
    refreshButtons();
}

QString FilterBar::quickFilterTitle(QuickFilter filter)
{
    switch (filter) {
    case QuickFilter::FinalStatus: return tr("Final status");
    case QuickFilter::SmartStatus: return tr("Smart status");
    case QuickFilter::Channel: return tr("Channel");
    case QuickFilter::Queue: return tr("Queue");
    case QuickFilter::Agent: return tr("Agent");
    case QuickFilter::Direction: return tr("Direction");
    case QuickFilter::Disposition: return tr("Disposition");
    case QuickFilter::Count: break;
    }
    return {};
}

QList<std::pair<QString, int>> FilterBar::valueCounts(QuickFilter filter) const
{
    // Counts among the rows the *other* filters let through, so the numbers
    // say what picking a value would show.
    FilterRule others = m_rule;
    others.setAllowed(filter, {});
    const StringPool &pool = m_store->strings();
    std::vector<int> counts(pool.size(), 0);
    auto count = [&](RowId row) {
        forEachValue(*m_store, filter, row, [&](quint32 id) {
            if (id < counts.size())
                ++counts[id];
        });
    };
    // This filter not in use: the rows shown are those rows, no need to match.
    const std::vector<RowId> *shown = others == m_rule && m_shownRows ? m_shownRows(m_rule) : nullptr;
    if (shown) {
        // In row order, not the table's: the store is then read front to back.
        const size_t storeRows = size_t(m_store->size());
        std::vector<quint64> present((storeRows + 63) / 64, 0);
        for (const RowId row : *shown) {
            if (row < storeRows)
                present[row / 64] |= quint64(1) << (row % 64);
        }
        for (size_t word = 0; word < present.size(); ++word) {
            for (quint64 bits = present[word]; bits; bits &= bits - 1)
                count(RowId(word * 64 + size_t(std::countr_zero(bits))));
        }
    } else {
        const FilterRule::Compiled compiled = others.compile(*m_store);
        std::vector<RowId> matching;
        compiled.appendMatches(0, RowId(m_store->size()), matching);   // faster than row by row
        for (const RowId row : matching)
            count(row);
    }
    QList<std::pair<QString, int>> values;
    for (quint32 id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0)
            values.append({pool.at(id), counts[id]});
    }
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    return values;
}

void FilterBar::populateMenu(QuickFilter filter)
{
    QMenu *menu = m_buttons[size_t(filter)]->menu();
    menu->clear();
    const QSet<QString> allowed = m_rule.allowed(filter);
    QAction *any = menu->addAction(tr("Any"), this, [this, filter] {
        m_rule.setAllowed(filter, {});
        ruleChanged();
    });
    any->setEnabled(!allowed.isEmpty());
    menu->addSeparator();

    QList<std::pair<QString, int>> values = valueCounts(filter);
    // Values picked earlier stay listed (with 0) so they can be unticked.
    for (const QString &value : allowed) {
        const bool listed = std::any_of(values.cbegin(), values.cend(), [&](const auto &v) { return v.first == value; });
        if (!listed)
            values.append({value, 0});
    }
    if (values.isEmpty()) {
        menu->addAction(tr("No calls loaded"))->setEnabled(false);
        return;
    }
    const QLocale locale;
    int shown = 0;
    for (const auto &[value, count] : std::as_const(values)) {
        if (++shown > kMaxMenuValues && !allowed.contains(value))
            continue;
        // Text after a tab is drawn right-aligned, like a shortcut: a neat count column.
        QAction *action = menu->addAction(valueLabel(value) + u'\t' + locale.toString(count));
        action->setCheckable(true);
        action->setChecked(allowed.contains(value));
        const QString v = value;
        connect(action, &QAction::toggled, this, [this, filter, v](bool on) { toggleValue(filter, v, on); });
    }
    if (values.size() > kMaxMenuValues) {
        menu->addSeparator();
        menu->addAction(tr("%n more: use the search line", nullptr, int(values.size()) - kMaxMenuValues))
            ->setEnabled(false);
    }
}

void FilterBar::toggleValue(QuickFilter filter, const QString &value, bool on)
{
    QSet<QString> allowed = m_rule.allowed(filter);
    if (on)
        allowed.insert(value);
    else
        allowed.remove(value);
    m_rule.setAllowed(filter, allowed);
    ruleChanged();
}

void FilterBar::setAllowed(QuickFilter filter, const QSet<QString> &values)
{
    m_rule.setAllowed(filter, values);
    ruleChanged();
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    applySearchNow();
}

void FilterBar::setStartRange(qint64 fromUtc, qint64 toUtc, const QString &description)
{
    m_rule.setStartRange(std::pair{fromUtc, toUtc});
    m_startRangeText = description;
    ruleChanged();
}

void FilterBar::setHandleRange(int fromSeconds, int toSeconds, const QString &description)
{
    m_rule.setHandleRange(std::pair{fromSeconds, toSeconds});
    m_handleRangeText = description;
    ruleChanged();
}

void FilterBar::clearFilters()
{
    m_searchDebounce.stop();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_rule.clear();
    m_startRangeText.clear();
    m_handleRangeText.clear();
    ruleChanged();
}

void FilterBar::applySearchNow()
{
    m_searchDebounce.stop();
    const QString text = m_search->text().trimmed();
    if (text == m_rule.searchText())
        return;
    m_rule.setSearchText(text);
    ruleChanged();
}

void FilterBar::ruleChanged()
{
    refreshButtons();
    Q_EMIT filterChanged(m_rule);
}

void FilterBar::refreshButtons()
{
    for (int i = 0; i < int(QuickFilter::Count); ++i) {
        const auto filter = QuickFilter(i);
        const QSet<QString> allowed = m_rule.allowed(filter);
        QString text = quickFilterTitle(filter);
        if (allowed.size() == 1)
            text = tr("%1: %2").arg(text, valueLabel(*allowed.cbegin()));
        else if (allowed.size() > 1)
            text = tr("%1 (%2)").arg(text).arg(allowed.size());
        QToolButton *button = m_buttons[size_t(i)];
        button->setText(text);
        // Bold marks a filter that restricts the table (a checked look would
        // fight with the button's pressed look while its menu is open).
        QFont font = button->font();
        font.setBold(!allowed.isEmpty());
        button->setFont(font);
    }
    QStringList ranges;
    if (!m_startRangeText.isEmpty())
        ranges.append(m_startRangeText);
    if (!m_handleRangeText.isEmpty())
        ranges.append(m_handleRangeText);
    m_rangeChip->setText(ranges.join(u" · "_s));
    m_rangeChip->setVisible(!ranges.isEmpty());
    m_clearAction->setEnabled(!m_rule.isEmpty() || !m_search->text().isEmpty());
}

void FilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace cs
