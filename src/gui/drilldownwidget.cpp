#include "drilldownwidget.h"

#include "calldetail.h"
#include "detailtreemodel.h"

#include <QAction>
#include <algorithm>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}
} // namespace

DrillDownWidget::DrillDownWidget(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(u"drillDownHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_emptyState = new QLabel(tr("Select a call in the table to see its queues, agents, details and raw JSON."), this);
    m_emptyState->setObjectName(u"drillDownEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setEnabled(false);   // drawn greyed out, like a placeholder

    m_callModel = new DetailTreeModel(this);
    m_detailsModel = new DetailTreeModel(this);
    m_callTree = createTree(u"transfersTree"_s, m_callModel);
    m_detailsTree = createTree(u"detailsTree"_s, m_detailsModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"drillDownTabs"_s);
    m_tabs->addTab(m_callTree, tr("&Transfers && agents"));
    m_tabs->addTab(m_detailsTree, tr("&Details"));
    m_tabs->addTab(createRawPage(), tr("Ra&w JSON"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    clear();
}

QStringList DrillDownWidget::detailKeys()
{
    return {u"metaInfo"_s, u"customerinfo"_s, u"campaigninfo"_s, u"userleveltags"_s, u"sessionleveltags"_s,
            u"skills"_s, u"snoozeinfo"_s, u"csatScore"_s, u"npsScore"_s, u"likeDislikeScore"_s, u"surveyType"_s, u"csatFeedback"_s};
}

QTreeView *DrillDownWidget::createTree(const QString &objectName, DetailTreeModel *model)
{
    auto *tree = new QTreeView(this);
    tree->setObjectName(objectName);
    tree->setModel(model);
    tree->setUniformRowHeights(false);   // notes and remarks span several lines
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->header()->setStretchLastSection(true);
    auto *copy = new QAction(tr("&Copy"), tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, tree] { copyTreeSelection(tree); });
    tree->addAction(copy);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    return tree;
}

QWidget *DrillDownWidget::createRawPage()
{
    auto *page = new QWidget(this);
    m_rawText = new QPlainTextEdit(page);
    m_rawText->setObjectName(u"rawJsonText"_s);
    m_rawText->setReadOnly(true);
    m_rawText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rawText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyButton = new QPushButton(tr("&Copy JSON"), page);
    m_copyButton->setObjectName(u"copyRawJsonButton"_s);
    m_copyButton->setToolTip(tr("Copy the whole record to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this, &DrillDownWidget::copyRawJson);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rawText, 1);
    layout->addLayout(buttons);
    return page;
}

void DrillDownWidget::showRecord(const QByteArray &rawJson, const QTimeZone &zone, int offsetMinutes)
{
    QString error;
    const CallHeader header = buildCallHeader(view(rawJson), zone, offsetMinutes, &error);
    m_rawText->setPlainText(prettyJson(view(rawJson)));
    m_stack->setCurrentWidget(m_tabs);
    m_header->show();
    if (!error.isEmpty()) {
        // Keep the raw text visible: it is the only way to see what arrived.
        m_header->setText(tr("This record could not be read: %1").arg(error));
        m_callModel->clear();
        m_detailsModel->clear();
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        return;
    }

    QStringList facts;
    facts << tr("Session %1").arg(header.sessionId.isEmpty() ? tr("(no id)") : header.sessionId);
    if (!header.start.isEmpty())
        facts << tr("started %1").arg(header.start);
    if (!header.channel.isEmpty())
        facts << tr("channel %1").arg(header.channel);
    if (!header.finalStatus.isEmpty())
        facts << tr("final status %1").arg(header.finalStatus);
    m_header->setText(facts.join(u" · "));

    m_callModel->setRoot(buildCallTree(view(rawJson), zone, offsetMinutes));
    m_callTree->expandAll();
    m_callTree->resizeColumnToContents(DetailTreeModel::FieldColumn);

    DetailNode details = buildKeyValueTree(view(rawJson), detailKeys());
    if (details.children.isEmpty()) {
        DetailNode none;
        none.label = tr("No customer, campaign, tag or survey data in this record.");
        details.children.append(none);
    }
    m_detailsModel->setRoot(details);
    m_detailsTree->expandToDepth(0);
    m_detailsTree->resizeColumnToContents(DetailTreeModel::FieldColumn);
}

void DrillDownWidget::clear()
{
    m_header->setText(QString());
    m_header->hide();
    m_callModel->clear();
    m_detailsModel->clear();
    m_rawText->clear();
    m_stack->setCurrentWidget(m_emptyState);
}

bool DrillDownWidget::hasRecord() const
{
    return m_stack->currentWidget() == m_tabs;
}

void DrillDownWidget::copyRawJson()
{
    QGuiApplication::clipboard()->setText(m_rawText->toPlainText());
}

void DrillDownWidget::copyTreeSelection(QTreeView *tree)
{
    auto *model = static_cast<DetailTreeModel *>(tree->model());
    QModelIndexList rows = tree->selectionModel()->selectedRows(DetailTreeModel::FieldColumn);
    if (rows.isEmpty() && tree->currentIndex().isValid())
        rows << tree->currentIndex().siblingAtColumn(DetailTreeModel::FieldColumn);
    // Copy in the order shown, not in the order clicked.
    std::sort(rows.begin(), rows.end(), [tree](const QModelIndex &a, const QModelIndex &b) {
        return tree->visualRect(a).top() < tree->visualRect(b).top();
    });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const DetailNode *node = model->node(row))
            lines << (node->value.isEmpty() ? node->label : node->label + u'\t' + node->value);
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace cs
