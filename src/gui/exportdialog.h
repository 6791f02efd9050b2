#pragma once
// File → Export → CSV…: what to export, how to write times, the separator,
// the BOM, and where. The choices (not the file name) are remembered in
// QSettings under "export/". The separator starts as the one a spreadsheet in
// the user's locale expects. The caller fills the request's rows and columns.

#include "exportjob.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cs {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `rowCount` and `columnCount` describe the table as shown; times are
    // converted to `zone` unless the user asks for the raw API text.
    ExportDialog(int rowCount, int columnCount, const QTimeZone &zone, QWidget *parent = nullptr);

    // kind, path, options.times, options.separator, options.utf8Bom and options.zone.
    ExportRequest request() const;

    void setPath(const QString &path);
    QString path() const;           // absolute, with a ".csv" suffix if none was typed

public Q_SLOTS:
    void accept() override;         // confirms overwriting a typed path, saves the choices

private:
    void browse();
    void updateOkButton();
    QString defaultFileName() const;
    void restoreChoices();
    void saveChoices() const;

    QTimeZone m_zone;
    QRadioButton *m_viewRadio;
    QRadioButton *m_segmentsRadio;
    QRadioButton *m_zonedRadio;
    QRadioButton *m_rawRadio;
    QComboBox *m_separatorCombo;
    QCheckBox *m_bomCheck;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QDialogButtonBox *m_buttons;
    QString m_confirmedPath;        // chosen in the file dialog, which already asked about overwriting
};

} // namespace cs
