#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

const QString kKindKey = u"export/kind"_s;
const QString kTimesKey = u"export/times"_s;
const QString kBomKey = u"export/utf8Bom"_s;
const QString kSeparatorKey = u"export/separator"_s;
const QString kDirectoryKey = u"export/directory"_s;

QString lastDirectory()
{
    const QString saved = QSettings().value(kDirectoryKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QGroupBox *radioGroup(const QString &title, QRadioButton *first, QRadioButton *second)
{
    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(first);
    layout->addWidget(second);
    return group;
}

} // namespace

ExportDialog::ExportDialog(int rowCount, int columnCount, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
{
    setWindowTitle(tr("Export CSV"));

    const QLocale locale;
    const QString shown = tr("&Calls as shown (%1 rows, %2 columns)", nullptr, rowCount)
                              .arg(locale.toString(rowCount), locale.toString(columnCount));
    m_viewRadio = new QRadioButton(shown);
    m_segmentsRadio = new QRadioButton(tr("One row per &agent segment"));
    m_zonedRadio = new QRadioButton(tr("&In %1").arg(QString::fromUtf8(zone.id())));
    m_rawRadio = new QRadioButton(tr("&Raw, as the API sent them"));
    m_separatorCombo = new QComboBox;
    m_separatorCombo->addItem(tr("Comma (,)"), u","_s);
    m_separatorCombo->addItem(tr("Semicolon (;)"), u";"_s);
    m_separatorCombo->setToolTip(tr("Spreadsheets in languages whose decimal mark is a comma expect a semicolon."));
    m_bomCheck = new QCheckBox(tr("Write a UTF-8 &BOM (for Excel)"));
    m_viewRadio->setObjectName(u"viewRadio"_s);
    m_segmentsRadio->setObjectName(u"segmentsRadio"_s);
    m_zonedRadio->setObjectName(u"zonedRadio"_s);
    m_rawRadio->setObjectName(u"rawRadio"_s);
    m_bomCheck->setObjectName(u"bomCheck"_s);
    m_separatorCombo->setObjectName(u"separatorCombo"_s);

    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_pathEdit->setPlaceholderText(tr("Choose where to save the CSV file"));
    m_pathEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("Bro&wse…"));
    m_browseButton->setObjectName(u"browseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *fileForm = new QFormLayout;
    auto *separatorLabel = new QLabel(tr("&Separator:"));
    separatorLabel->setBuddy(m_separatorCombo);
    fileForm->addRow(separatorLabel, m_separatorCombo);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_pathEdit);
    fileForm->addRow(fileLabel, pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Export"));
    ok->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(radioGroup(tr("Export"), m_viewRadio, m_segmentsRadio));
    layout->addWidget(radioGroup(tr("Times"), m_zonedRadio, m_rawRadio));
    layout->addLayout(fileForm);
    layout->addWidget(m_bomCheck);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateOkButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    restoreChoices();
    updateOkButton();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.kind = m_segmentsRadio->isChecked() ? ExportKind::AgentSegments : ExportKind::View;
    request.path = path();
    request.options.zone = m_zone;
    request.options.times = m_rawRadio->isChecked() ? TimeText::Raw : TimeText::Zoned;
    request.options.utf8Bom = m_bomCheck->isChecked();
    request.options.separator = m_separatorCombo->currentData().toString() == u";" ? ';' : ',';
    return request;
}

void ExportDialog::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::path() const
{
    const QString text = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (text.isEmpty())
        return {};
    // A bare name typed in goes where Browse… would have started.
    QString absolute = QDir::cleanPath(QDir(lastDirectory()).absoluteFilePath(text));
    if (QFileInfo(absolute).suffix().isEmpty())
        absolute += u".csv"_s;
    return absolute;
}

void ExportDialog::accept()
{
    const QString target = path();
    if (target.isEmpty())
        return;
    if (target != m_confirmedPath && QFileInfo::exists(target)) {
        const auto answer = QMessageBox::question(
            this, tr("Replace File"),
            tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    saveChoices();
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString current = path();
    const QString start = current.isEmpty() ? QDir(lastDirectory()).filePath(defaultFileName()) : current;
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export CSV"), start, tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    m_confirmedPath = path();
}

void ExportDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_pathEdit->text().trimmed().isEmpty());
}

QString ExportDialog::defaultFileName() const
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    return m_segmentsRadio->isChecked() ? u"agent-segments-"_s + date + u".csv"_s : u"calls-"_s + date + u".csv"_s;
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    (settings.value(kKindKey).toString() == u"segments" ? m_segmentsRadio : m_viewRadio)->setChecked(true);
    (settings.value(kTimesKey).toString() == u"raw" ? m_rawRadio : m_zonedRadio)->setChecked(true);
    m_bomCheck->setChecked(settings.value(kBomKey, false).toBool());
    const QString localeDefault = QString(QLatin1Char(defaultCsvSeparator(QLocale())));
    const int separator = m_separatorCombo->findData(settings.value(kSeparatorKey, localeDefault).toString());
    m_separatorCombo->setCurrentIndex(separator >= 0 ? separator : 0);
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(kKindKey, m_segmentsRadio->isChecked() ? u"segments"_s : u"view"_s);
    settings.setValue(kTimesKey, m_rawRadio->isChecked() ? u"raw"_s : u"zoned"_s);
    settings.setValue(kBomKey, m_bomCheck->isChecked());
    settings.setValue(kSeparatorKey, m_separatorCombo->currentData().toString());
    settings.setValue(kDirectoryKey, QFileInfo(path()).absolutePath());
}

} // namespace cs
