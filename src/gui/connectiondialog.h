#pragma once
// Connection settings: a list of named profiles (add, duplicate, rename,
// delete) and the selected profile's server, authentication and request
// settings, with "Test connection". Edits are made on a working copy; OK saves
// every profile (settings + keyring) and Cancel discards everything.
// After exec() == Accepted, profile() and credentials() describe the profile
// that was selected.

#include "connectionprofile.h"

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>

class QCheckBox;
namespace Ui {
class ConnectionDialog;
}

namespace cs {

class ArchiveLocationEdit;
class ProfileTester;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void selectProfile(const QString &name);
    ConnectionProfile profile() const;
    std::optional<cs::Credentials> credentials() const;

    // True while secrets are still being read from the keyring or OK is saving.
    bool isBusy() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    // One profile being edited. `storedName` is its name in the store (empty
    // for a profile created here), so renames and deletions can be applied on OK.
    struct Entry
    {
        quint64 id = 0;
        ConnectionProfile profile;
        QString storedName;
        QByteArray token;              // kept apart so switching the auth mode loses nothing
        QByteArray clientSecret;
        bool secretPending = false;    // keyring read in flight
        bool secretEdited = false;
        QString secretError;           // the keyring could not read it
        QByteArray databasePassword;   // a team archive's (keyring only)
        bool databasePasswordEdited = false;
    };

    static std::optional<cs::Credentials> credentialsOf(const Entry &entry);

    void setupCombos();
    void setupSelectedFields();
    void setupArchiveRow();
    void showArchiveDefault();
    void connectSignals();
    void loadEntries();
    void loadSecret(Entry &entry);
    Entry *currentEntry();
    const Entry *currentEntry() const;
    Entry *entryById(quint64 id);
    void addEntry(Entry entry, bool select);
    void rebuildList(quint64 selectId);
    void onCurrentRowChanged();
    void showEntry(const Entry &entry);
    void readForm();
    void onSecretEdited();
    void updateAuthMode();
    void updateKeyringStatus();
    void growToFitText();
    QString problemOf(const Entry &entry) const;
    void validate();
    QString uniqueName(const QString &base) const;

    void addProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void testConnection();
    void showTestRefused(const QString &reason);
    void showTestRunning(const QString &message);
    void showTestResult(bool ok, const QString &message);
    void saveAll();
    void finishSave();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;

    QList<QCheckBox *> m_fieldChecks;   // one per selectedFields value, in allSelectedFields() order
    ArchiveLocationEdit *m_archive = nullptr;   // where fetched calls are kept, a team archive's password
    ProfileStore *m_store = nullptr;
    ProfileTester *m_tester = nullptr;   // "Test connection": the API and a team archive
    QList<Entry> m_entries;
    QStringList m_deletedNames;        // stored profiles to remove on OK
    quint64 m_nextId = 1;
    quint64 m_currentId = 0;
    bool m_showingEntry = false;       // form updates that are not user edits
    int m_pendingSaves = 0;
    QStringList m_saveErrors;
    bool m_saving = false;
};

} // namespace cs
