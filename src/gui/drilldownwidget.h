#pragma once
// The drill-down for the selected call: a header line with its key facts and
// three tabs, "Transfers & agents" (queues, agents, consults, joins), "Details"
// (metaInfo, customer/campaign info, tags, survey) and "Raw JSON" (exactly
// what the server sent, re-indented). Built on demand from the record's JSON.

#include <QByteArray>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace cs {

class DetailTreeModel;

class DrillDownWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DrillDownWidget(QWidget *parent = nullptr);

    // `offsetMinutes` is the timeZoneOffset the record was fetched with (its
    // times are wall-clock there); times are shown converted to `zone`.
    void showRecord(const QByteArray &rawJson, const QTimeZone &zone, int offsetMinutes);
    void clear();
    bool hasRecord() const;

    // The keys the "Details" tab shows, in order.
    static QStringList detailKeys();

private:
    QTreeView *createTree(const QString &objectName, DetailTreeModel *model);
    QWidget *createRawPage();
    void copyRawJson();
    void copyTreeSelection(QTreeView *tree);

    QLabel *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTabWidget *m_tabs = nullptr;
    DetailTreeModel *m_callModel = nullptr;
    DetailTreeModel *m_detailsModel = nullptr;
    QTreeView *m_callTree = nullptr;
    QTreeView *m_detailsTree = nullptr;
    QPlainTextEdit *m_rawText = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace cs
