#include "calltableview.h"

#include "calltablemodel.h"
#include "csvwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

bool shownByDefault(CallColumn column)
{
    switch (column) {
    case CallColumn::ConversationId:
    case CallColumn::EndTime:
    case CallColumn::Reason:
    case CallColumn::Talk:
    case CallColumn::Hold:
    case CallColumn::AfterCallWork:
    case CallColumn::Nps:
    case CallColumn::UserId:
        return false;
    default:
        return true;
    }
}

// Typical content width in average characters: enough for the usual value
// without hard-coding pixels (the font decides).
int typicalChars(CallColumn column)
{
    switch (columnInfo(column).kind) {
    case ColumnKind::Time: return 20;
    case ColumnKind::Duration: return 9;
    case ColumnKind::Number: return 7;
    case ColumnKind::Text: break;
    }
    switch (column) {
    case CallColumn::SessionId:
    case CallColumn::ConversationId:
    case CallColumn::UserId: return 22;
    case CallColumn::Queues:
    case CallColumn::Agents:
    case CallColumn::Dispositions: return 20;
    default: return 14;
    }
}

QString tsvField(QString text)
{
    // Spreadsheets run pasted text as they run CSV cells: the same guard.
    if (CsvWriter::formulaRisk(QStringView(text)) == CsvWriter::Formula::Guard)
        text.prepend(u'\'');
    // A tab or newline inside a value would break the grid when pasted.
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

CallTableView::CallTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Fixed row heights keep 100,000 rows cheap to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + style()->pixelMetric(QStyle::PM_FocusFrameVMargin) * 2 + 4);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicatorClearable(true);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        populateColumnsMenu(&menu);
        menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    setAccessibleName(tr("Calls"));
}

void CallTableView::setCallModel(CallTableModel *model)
{
    m_model = model;
    setModel(model);
    applyDefaultColumnWidths();
    for (int i = 0; i < int(CallColumn::Count); ++i)
        setColumnHidden(i, !shownByDefault(CallColumn(i)));
    // Sort by start time first; the header then drives CallTableModel::sort.
    horizontalHeader()->setSortIndicator(int(CallColumn::StartTime), Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentCallChanged(current.isValid() ? qint64(m_model->rowIdAt(current.row())) : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { viewport()->update(); });
}

void CallTableView::applyDefaultColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    for (int i = 0; i < int(CallColumn::Count); ++i) {
        const auto column = CallColumn(i);
        const int title = fontMetrics().horizontalAdvance(columnTitle(column)) + charWidth * 4;   // room for the sort arrow
        // Digits are wider than the average character: size content by them,
        // so a full "2026-11-19 00:05:27" fits without eliding.
        const int content = typicalChars(column) * fontMetrics().horizontalAdvance(QLatin1Char('0')) + charWidth * 2;
        setColumnWidth(i, std::max(title, content));
    }
}

void CallTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void CallTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() * 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void CallTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

qint64 CallTableView::currentCall() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && m_model ? qint64(m_model->rowIdAt(current.row())) : -1;
}

bool CallTableView::selectCall(RowId row)
{
    if (!m_model)
        return false;
    const int position = m_model->rowOf(row);
    if (position < 0)
        return false;
    if (position >= m_model->rowCount())
        m_model->revealAll();   // it is shown, just not announced yet
    const QModelIndex index = m_model->index(position, horizontalHeader()->logicalIndex(0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QList<RowId> CallTableView::selectedCalls() const
{
    QList<RowId> calls;
    if (!m_model)
        return calls;
    const QModelIndexList rows = selectionModel()->selectedRows();
    calls.reserve(rows.size());
    for (const QModelIndex &index : rows)
        calls.append(m_model->rowIdAt(index.row()));
    return calls;
}

QString CallTableView::selectedRowsAsTsv() const
{
    if (!m_model)
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<CallColumn> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(CallColumn(logical));
    }
    QStringList lines;
    lines.reserve(rows.size() + 1);
    QStringList fields;
    for (const CallColumn column : std::as_const(columns))
        fields.append(tsvField(columnTitle(column)));
    lines.append(fields.join(u'\t'));
    for (const QModelIndex &index : std::as_const(rows)) {
        fields.clear();
        const RowId row = m_model->rowIdAt(index.row());
        for (const CallColumn column : std::as_const(columns))
            fields.append(tsvField(m_model->displayText(row, column)));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void CallTableView::copySelection() const
{
    const QString text = selectedRowsAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CallTableView::setColumnShown(CallColumn column, bool shown)
{
    // Never hide the last visible column: the header would vanish with it.
    if (!shown) {
        int visible = 0;
        for (int i = 0; i < int(CallColumn::Count); ++i)
            visible += isColumnHidden(i) ? 0 : 1;
        if (visible <= 1)
            return;
    }
    setColumnHidden(int(column), !shown);
    if (shown && columnWidth(int(column)) == 0)
        applyDefaultColumnWidths();
}

bool CallTableView::isColumnShown(CallColumn column) const
{
    return !isColumnHidden(int(column));
}

QByteArray CallTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool CallTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    // A stored state from a build with fewer columns leaves new ones hidden
    // at zero width; give them their default.
    for (int i = 0; i < int(CallColumn::Count); ++i) {
        if (!isColumnHidden(i) && columnWidth(i) == 0)
            setColumnWidth(i, typicalChars(CallColumn(i)) * fontMetrics().averageCharWidth());
    }
    return true;
}

void CallTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int i = 0; i < int(CallColumn::Count); ++i)
        header->moveSection(header->visualIndex(i), i);
    for (int i = 0; i < int(CallColumn::Count); ++i)
        setColumnHidden(i, !shownByDefault(CallColumn(i)));
    applyDefaultColumnWidths();
}

QMenu *CallTableView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Columns"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        populateColumnsMenu(menu);
    });
    return menu;
}

void CallTableView::populateColumnsMenu(QMenu *menu)
{
    for (int i = 0; i < int(CallColumn::Count); ++i) {
        const auto column = CallColumn(i);
        QAction *action = menu->addAction(columnTitle(column));
        action->setCheckable(true);
        action->setChecked(isColumnShown(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Reset Columns"), this, &CallTableView::resetColumns);
}

} // namespace cs
