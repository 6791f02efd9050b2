#pragma once
// Named connection profiles. Non-secret settings live in QSettings (group
// "profiles/<name>"); the secret (a JWT or a Client Secret) lives ONLY in the
// OS keyring via QtKeychain (service "CallScope", key "<name>/secret"). When no
// keyring is usable (none installed, or CALLSCOPE_NO_KEYRING=1 as in tests and
// CI) secrets are kept in this object's memory for the session and are never
// written anywhere.

#include "credentials.h"
#include "fetchspec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace cs {

struct ConnectionProfile
{
    QString name;
    QUrl host;
    QString accountId;
    QString appId;
    cs::Endpoint endpoint = cs::Endpoint::CallDetails;
    enum class Auth { Token, Client } auth = Auth::Client;
    QString clientId;
    int requestsPerMinute = 60;
    cs::PagingMode paging = cs::PagingMode::Auto;
    QStringList selectedFields = cs::allSelectedFields();   // the opt-in blocks asked for
    bool allowInsecureHttp = false;
    int maxResponseMegabytes = int(cs::kDefaultMaxResponseBytes >> 20);   // settings file only, no form field
    // The archive every fetched call is kept in: a file, or a team archive's
    // postgresql:// URI (never with a password: its password is in the
    // keyring, ProfileStore::writeDatabasePassword); "" = the default file for
    // the connection in the user's data directory (defaultArchivePath()).
    QString archivePath;
    bool keepArchive = true;         // false: fetches are shown only, never kept
    bool isDemo = false;

    bool operator==(const ConnectionProfile &) const = default;
};

// Fills host, account, app, endpoint, request budget, paging, the opt-in
// fields and insecure-http permission from the profile; leaves everything
// else of `spec` alone.
FetchSpec applyProfile(const ConnectionProfile &profile, FetchSpec spec);

// Empty if `name` can be used as a profile name; otherwise why not (translated).
QString profileNameProblem(const QString &name);

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    enum class KeyringState { Probing, Available, Unavailable };

    using SecretCallback = std::function<void(bool ok, QByteArray secret, QString error)>;
    using DoneCallback = std::function<void(bool ok, QString error)>;
    using CredentialsCallback = std::function<void(std::optional<cs::Credentials> credentials, QString error)>;

    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    // --- non-secret settings (QSettings of the application) ---
    QList<ConnectionProfile> list() const;               // sorted by name
    QStringList names() const;                           // sorted
    bool contains(const QString &name) const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile);         // creates or replaces
    void remove(const QString &name);                    // settings and secret
    QString lastUsedName() const;
    void setLastUsedName(const QString &name);

    // --- secrets (keyring, or session memory without one) ---
    bool keyringAvailable() const { return m_keyringState == KeyringState::Available; }
    KeyringState keyringState() const { return m_keyringState; }
    QString keyringStatusText() const;                   // one sentence for the UI

    // Callbacks run later from the event loop, never inside the call, and
    // only while this store exists. A missing secret reads as ok + empty.
    void readSecret(const QString &profile, SecretCallback done);
    void writeSecret(const QString &profile, const QByteArray &secret, DoneCallback done = {});
    void deleteSecret(const QString &profile, DoneCallback done = {});
    // A team archive's database password: a keyring entry of its own
    // ("<profile>/database-password"), never in the settings.
    void readDatabasePassword(const QString &profile, SecretCallback done);
    void writeDatabasePassword(const QString &profile, const QByteArray &password, DoneCallback done = {});
    void deleteDatabasePassword(const QString &profile, DoneCallback done = {});
    // The profile's settings plus its secret as ready-to-use credentials.
    void credentialsFor(const QString &profile, CredentialsCallback done);

    static QString keyringService();                     // "CallScope"
    static QString secretKey(const QString &profile);    // "<profile>/secret"
    static QString databasePasswordKey(const QString &profile);   // "<profile>/database-password"

Q_SIGNALS:
    void profilesChanged();
    void keyringStateChanged();

private:
    void probeKeyring();
    void setKeyringState(KeyringState state);
    // A keyring failure that means "there is no usable keyring": fall back to memory.
    bool isBackendFailure(int keychainError) const;
    // Such a failure switches to session memory (true); any other error is the caller's to report.
    bool fallBackToMemory(int keychainError);
    void later(std::function<void()> work);
    // By keyring key; `profile` names it in messages.
    void readKey(const QString &key, const QString &profile, SecretCallback done);
    void writeKey(const QString &key, const QString &profile, const QByteArray &secret, DoneCallback done);
    void deleteKey(const QString &key, const QString &profile, DoneCallback done);

    KeyringState m_keyringState = KeyringState::Probing;
    QHash<QString, QByteArray> m_sessionSecrets;         // by keyring key; only without a keyring
};

} // namespace cs
