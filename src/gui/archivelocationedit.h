#pragma once
// The connection dialog's archive rows: where every fetched call is kept
// ("Keep", the file or postgresql:// URI, "Choose…") and, for a team archive
// on a server, its database password (kept in the keyring by the dialog,
// never in the settings nor in the URI: a password typed into the URI moves
// to the password field, and a note says so).
//
// The widget is the archive row's field; insertInto() puts it and the
// password rows into the dialog's form, so that their labels line up with the
// form's other rows. Signals are emitted for every change, the program's
// (set...) included: the dialog tells its own edits apart.
//
// Object names the tests use: keepArchiveCheck, archiveEdit,
// databasePasswordEdit, archiveNote.

#include <QString>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cs {

class ArchiveLocationEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveLocationEdit(QWidget *parent = nullptr);

    // Adds the archive row at `row` of `form`, the password row and the note after it.
    void insertInto(QFormLayout *form, int row);

    bool keep() const;
    void setKeep(bool keep);
    // The location as typed, trimmed, without a password (the one a URI held goes to `uriPassword`).
    QString location(QString *uriPassword = nullptr) const;
    // Shows `location` from its start (a long URI shows its scheme and host); hides the note.
    void setLocation(const QString &location);
    // The connection's own file, shown when the location is empty.
    void setDefaultLocation(const QString &path);
    QString password() const;
    void setPassword(const QString &password);

Q_SIGNALS:
    void locationEdited();                        // Keep toggled or the location changed
    void passwordEdited(const QString &password);

private:
    void updatePasswordRow();
    void takePasswordOutOfUri();
    void chooseFile();

    QCheckBox *m_keepCheck;
    QLineEdit *m_locationEdit;          // "" = the connection's default archive
    QToolButton *m_browseButton;
    QLabel *m_label;
    QLineEdit *m_passwordEdit;          // shown for a postgresql:// archive only
    QLabel *m_passwordLabel;
    QLabel *m_note;                     // why a password was taken out of the URI
    QFormLayout *m_form = nullptr;
};

} // namespace cs
