#pragma once
// The calls table widget: row selection, sortable and movable columns, a
// column chooser on the header's context menu, copy as TSV, and a
// placeholder text instead of a silent empty grid.

#include "callcolumns.h"
#include "recordstore.h"

#include <QTableView>

namespace cs {

class CallTableModel;

class CallTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CallTableView(QWidget *parent = nullptr);

    void setCallModel(CallTableModel *model);
    CallTableModel *callModel() const { return m_model; }

    // Shown in the middle of the empty table ("Press Fetch…", "No calls match…").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // The store row of the current call, or -1.
    qint64 currentCall() const;
    // Makes `row` current and selected (if shown) and scrolls to it.
    bool selectCall(RowId row);
    QList<RowId> selectedCalls() const;

    // Selected rows (visible columns, in on-screen order) with a header line.
    QString selectedRowsAsTsv() const;
    void copySelection() const;

    void setColumnShown(CallColumn column, bool shown);
    bool isColumnShown(CallColumn column) const;
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    void resetColumns();
    // The header's column chooser, also offered in the View menu.
    QMenu *createColumnsMenu(QWidget *parent);

Q_SIGNALS:
    void currentCallChanged(qint64 row);   // -1 when nothing is current

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaultColumnWidths();
    void populateColumnsMenu(QMenu *menu);

    CallTableModel *m_model = nullptr;
    QString m_placeholder;
};

} // namespace cs
