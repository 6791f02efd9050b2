#include "archivelocationedit.h"

#include "archivefactory.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cs {

// The archive every fetched call is kept in: on by default, in the user's
// data directory unless the profile names a file.
ArchiveLocationEdit::ArchiveLocationEdit(QWidget *parent)
    : QWidget(parent)
    , m_keepCheck(new QCheckBox(tr("&Keep"), this))
    , m_locationEdit(new QLineEdit(this))
    , m_browseButton(new QToolButton(this))
    , m_label(new QLabel(tr("Archi&ve:"), parent))
    , m_passwordEdit(new QLineEdit(parent))
    , m_passwordLabel(new QLabel(tr("Database password:"), parent))
    , m_note(new QLabel(parent))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_keepCheck->setObjectName(u"keepArchiveCheck"_s);
    m_keepCheck->setChecked(true);   // the default: toggling off disables the path beside it
    m_keepCheck->setToolTip(tr("Keep every fetched call in an archive: a range then shows what the archive holds "
                               "at once, and only what it does not hold is asked of the server."));
    m_locationEdit->setObjectName(u"archiveEdit"_s);
    m_locationEdit->setClearButtonEnabled(true);
    m_locationEdit->setToolTip(tr("The archive file (.callscope), or a team archive on a PostgreSQL server: "
                                  "postgresql://user@host:port/dbname?sslmode=verify-full (its password goes in the "
                                  "Database password field and is kept in the keyring). Empty: the connection's own "
                                  "file in your data folder."));
    m_browseButton->setText(tr("Choose…"));
    layout->addWidget(m_keepCheck);
    layout->addWidget(m_locationEdit, 1);
    layout->addWidget(m_browseButton);
    m_label->setBuddy(m_locationEdit);

    // A team archive's password: in the keyring only, never in the settings
    // (nor in the URI). The row shows only for a postgresql:// archive.
    m_passwordEdit->setObjectName(u"databasePasswordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Empty: from PGPASSWORD or ~/.pgpass"));
    m_passwordEdit->setToolTip(tr("The password of the database role in the archive's URI. It is stored in "
                                  "the system keyring, never in the settings."));
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_note->setObjectName(u"archiveNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(tr("The password was taken out of the archive's address: it is kept in the keyring, "
                       "never in the settings."));
    m_note->hide();

    connect(m_passwordEdit, &QLineEdit::textChanged, this, &ArchiveLocationEdit::passwordEdited);
    connect(m_locationEdit, &QLineEdit::editingFinished, this, &ArchiveLocationEdit::takePasswordOutOfUri);
    connect(m_keepCheck, &QCheckBox::toggled, this, [this](bool keep) {
        m_locationEdit->setEnabled(keep);
        m_browseButton->setEnabled(keep);
        updatePasswordRow();
        Q_EMIT locationEdited();
    });
    connect(m_locationEdit, &QLineEdit::textChanged, this, [this] {
        updatePasswordRow();
        Q_EMIT locationEdited();
    });
    connect(m_browseButton, &QToolButton::clicked, this, &ArchiveLocationEdit::chooseFile);
}

void ArchiveLocationEdit::insertInto(QFormLayout *form, int row)
{
    m_form = form;
    form->insertRow(row, m_label, this);
    form->insertRow(row + 1, m_passwordLabel, m_passwordEdit);
    form->insertRow(row + 2, QString(), m_note);
    updatePasswordRow();
}

bool ArchiveLocationEdit::keep() const
{
    return m_keepCheck->isChecked();
}

void ArchiveLocationEdit::setKeep(bool keep)
{
    m_keepCheck->setChecked(keep);
}

QString ArchiveLocationEdit::location(QString *uriPassword) const
{
    return archiveUriWithoutPassword(m_locationEdit->text().trimmed(), uriPassword);
}

void ArchiveLocationEdit::setLocation(const QString &location)
{
    m_locationEdit->setText(location);
    m_locationEdit->setCursorPosition(0);   // a long URI shows its scheme and host, not its tail
    m_note->hide();
}

void ArchiveLocationEdit::setDefaultLocation(const QString &path)
{
    m_locationEdit->setPlaceholderText(path);
}

QString ArchiveLocationEdit::password() const
{
    return m_passwordEdit->text();
}

void ArchiveLocationEdit::setPassword(const QString &password)
{
    m_passwordEdit->setText(password);
}

void ArchiveLocationEdit::updatePasswordRow()
{
    if (m_form)
        m_form->setRowVisible(m_passwordEdit, keep() && isServerArchive(m_locationEdit->text()));
}

// A password typed into a postgresql:// URI moves to the password field: the
// URI is kept in the settings, which are plain text.
void ArchiveLocationEdit::takePasswordOutOfUri()
{
    QString password;
    const QString stripped = location(&password);
    if (password.isEmpty())
        return;
    m_locationEdit->setText(stripped);
    m_passwordEdit->setText(password);
    m_note->show();
}

void ArchiveLocationEdit::chooseFile()
{
    const QString start = m_locationEdit->text().isEmpty() ? m_locationEdit->placeholderText() : m_locationEdit->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Archive File"), start,
                                                      tr("CallScope archives (*.callscope)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_locationEdit->setText(path);
}

} // namespace cs
