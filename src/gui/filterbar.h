#pragma once
// The strip above the table that narrows what is shown (locally, no fetch):
// a debounced search line, quick-filter buttons whose menus list the values
// present with their counts, a chip for a range picked on a chart, "Clear
// filters", and the "N of M calls" count. It only fills in a cs::FilterRule;
// the matching is done by the core.

#include "filterrule.h"
#include "recordstore.h"

#include <QTimer>
#include <QWidget>
#include <array>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace cs {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(const RecordStore *store, QWidget *parent = nullptr);

    const FilterRule &rule() const { return m_rule; }

    // Programmatic changes (chart clicks, tests) apply at once.
    void setAllowed(QuickFilter filter, const QSet<QString> &values);
    void setSearchText(const QString &text);
    void setStartRange(qint64 fromUtc, qint64 toUtc, const QString &description);
    void setHandleRange(int fromSeconds, int toSeconds, const QString &description);
    void clearFilters();

    void setCountText(const QString &text);
    QString countText() const;
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *quickFilterButton(QuickFilter filter) const { return m_buttons[size_t(filter)]; }
    QAction *clearAction() const { return m_clearAction; }
    static QString quickFilterTitle(QuickFilter filter);

    // "value -> count" over the rows that pass every other filter, most
    // frequent first ("" stands for "(none)"). What a quick filter's menu lists.
    QList<std::pair<QString, int>> valueCounts(QuickFilter filter) const;
    // The rows the table shows for `rule`, if it shows exactly that rule's
    // rows (null otherwise): counts for a filter not in use are taken over
    // them instead of matching every call again.
    using ShownRows = std::function<const std::vector<RowId> *(const FilterRule &rule)>;
    void setShownRows(ShownRows shownRows) { m_shownRows = std::move(shownRows); }

Q_SIGNALS:
    void filterChanged(const cs::FilterRule &rule);

private:
    void populateMenu(QuickFilter filter);
    void toggleValue(QuickFilter filter, const QString &value, bool on);
    void applySearchNow();
    void ruleChanged();
    void refreshButtons();

    const RecordStore *m_store;
    FilterRule m_rule;
    QLineEdit *m_search;
    QTimer m_searchDebounce;
    std::array<QToolButton *, size_t(QuickFilter::Count)> m_buttons{};
    QToolButton *m_rangeChip;
    QToolButton *m_clearButton;
    QAction *m_clearAction;
    QLabel *m_count;
    QString m_startRangeText;
    QString m_handleRangeText;
    ShownRows m_shownRows;
};

} // namespace cs
