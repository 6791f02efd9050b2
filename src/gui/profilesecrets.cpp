// ProfileStore's secrets half: the OS keyring through QtKeychain, or session
// memory when there is no usable keyring. Secrets are never logged and never
// reach QSettings (QtKeychain's plaintext "insecure fallback" stays off).
#include "connectionprofile.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

bool keyringDisabledByEnvironment()
{
    return qEnvironmentVariable("CALLSCOPE_NO_KEYRING") == u"1";
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

// A keyring job of one kind (read, write, delete) for `key`, set up as every
// one is: deleted once finished, and never QtKeychain's plaintext fallback.
template <class KeychainJob>
KeychainJob *newKeychainJob(QObject *owner, const QString &key)
{
    auto *job = new KeychainJob(ProfileStore::keyringService(), owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    if (keyringDisabledByEnvironment())
        m_keyringState = KeyringState::Unavailable;
    else
        probeKeyring();
}

ProfileStore::~ProfileStore()
{
    for (QByteArray &secret : m_sessionSecrets)
        wipe(secret);
}

QString ProfileStore::keyringService()
{
    return u"CallScope"_s;
}

QString ProfileStore::secretKey(const QString &profile)
{
    return profile + u"/secret"_s;
}

QString ProfileStore::databasePasswordKey(const QString &profile)
{
    return profile + u"/database-password"_s;
}

QString ProfileStore::keyringStatusText() const
{
    switch (m_keyringState) {
    case KeyringState::Available:
        return tr("Secrets are stored in the system keyring.");
    case KeyringState::Unavailable:
        return tr("No system keyring is available: secrets are kept in memory for this session only and must be "
                  "entered again next time. They are never written to disk.");
    case KeyringState::Probing: break;
    }
    return tr("Checking the system keyring…");
}

void ProfileStore::probeKeyring()
{
    // Reading a key that does not exist tells whether a backend answers at all.
    auto *job = newKeychainJob<QKeychain::ReadPasswordJob>(this, u"callscope-keyring-probe"_s);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        setKeyringState(isBackendFailure(finished->error()) ? KeyringState::Unavailable : KeyringState::Available);
    });
    job->start();
}

void ProfileStore::setKeyringState(KeyringState state)
{
    if (state == m_keyringState)
        return;
    m_keyringState = state;
    Q_EMIT keyringStateChanged();
}

bool ProfileStore::isBackendFailure(int keychainError) const
{
    return keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::OtherError;
}

bool ProfileStore::fallBackToMemory(int keychainError)
{
    if (!isBackendFailure(keychainError))
        return false;
    setKeyringState(KeyringState::Unavailable);
    return true;
}

void ProfileStore::later(std::function<void()> work)
{
    QTimer::singleShot(0, this, std::move(work));
}

void ProfileStore::readSecret(const QString &profile, SecretCallback done)
{
    readKey(secretKey(profile), profile, std::move(done));
}

void ProfileStore::writeSecret(const QString &profile, const QByteArray &secret, DoneCallback done)
{
    writeKey(secretKey(profile), profile, secret, std::move(done));
}

void ProfileStore::deleteSecret(const QString &profile, DoneCallback done)
{
    deleteKey(secretKey(profile), profile, std::move(done));
}

void ProfileStore::readDatabasePassword(const QString &profile, SecretCallback done)
{
    readKey(databasePasswordKey(profile), profile, std::move(done));
}

void ProfileStore::writeDatabasePassword(const QString &profile, const QByteArray &password, DoneCallback done)
{
    writeKey(databasePasswordKey(profile), profile, password, std::move(done));
}

void ProfileStore::deleteDatabasePassword(const QString &profile, DoneCallback done)
{
    deleteKey(databasePasswordKey(profile), profile, std::move(done));
}

void ProfileStore::readKey(const QString &key, const QString &profile, SecretCallback done)
{
    if (m_keyringState == KeyringState::Unavailable) {
        const QByteArray secret = m_sessionSecrets.value(key);
        later([done, secret] { done(true, secret, QString()); });
        return;
    }
    auto *job = newKeychainJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key, profile, done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (read->error()) {
        case QKeychain::NoError: {
            QByteArray secret = read->binaryData();
            done(true, secret, QString());
            wipe(secret);
            return;
        }
        case QKeychain::EntryNotFound:
            done(true, m_sessionSecrets.value(key), QString());
            return;
        default: break;
        }
        if (fallBackToMemory(read->error())) {
            done(true, m_sessionSecrets.value(key), QString());
            return;
        }
        done(false, QByteArray(), tr("The keyring refused to give the secret of \"%1\": %2")
                                      .arg(profile, read->errorString()));
    });
    job->start();
}

void ProfileStore::writeKey(const QString &key, const QString &profile, const QByteArray &secret, DoneCallback done)
{
    if (!done)
        done = [](bool, const QString &) {};
    if (m_keyringState == KeyringState::Unavailable) {
        if (secret.isEmpty())
            m_sessionSecrets.remove(key);
        else
            m_sessionSecrets.insert(key, secret);
        later([done] { done(true, QString()); });
        return;
    }
    if (secret.isEmpty()) {   // nothing to keep: forget any stored one
        deleteKey(key, profile, done);
        return;
    }
    auto *job = newKeychainJob<QKeychain::WritePasswordJob>(this, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, profile, secret, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            done(true, QString());
        } else if (fallBackToMemory(finished->error())) {
            // The keyring went away: keep the secret for this session only.
            m_sessionSecrets.insert(key, secret);
            done(true, QString());
        } else {
            done(false, tr("The keyring did not store the secret of \"%1\": %2").arg(profile, finished->errorString()));
        }
    });
    job->start();
}

void ProfileStore::deleteKey(const QString &key, const QString &profile, DoneCallback done)
{
    if (!done)
        done = [](bool, const QString &) {};
    if (m_sessionSecrets.contains(key)) {
        wipe(m_sessionSecrets[key]);
        m_sessionSecrets.remove(key);
    }
    if (m_keyringState == KeyringState::Unavailable) {
        later([done] { done(true, QString()); });
        return;
    }
    auto *job = newKeychainJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, profile, done](QKeychain::Job *finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            done(true, QString());
        } else if (fallBackToMemory(error)) {
            done(true, QString());
        } else {
            done(false, tr("The keyring did not delete the secret of \"%1\": %2").arg(profile, finished->errorString()));
        }
    });
    job->start();
}

void ProfileStore::credentialsFor(const QString &name, CredentialsCallback done)
{
    const std::optional<ConnectionProfile> found = profile(name);
    if (!found) {
        later([done, name] { done(std::nullopt, tr("There is no connection profile named \"%1\".").arg(name)); });
        return;
    }
    const ConnectionProfile settings = *found;
    readSecret(name, [done, settings](bool ok, QByteArray secret, const QString &error) {
        if (!ok) {
            done(std::nullopt, error);
            return;
        }
        if (secret.isEmpty()) {
            done(std::nullopt, settings.auth == ConnectionProfile::Auth::Token
                                   ? tr("No JWT is stored for \"%1\": enter it in the connection settings.").arg(settings.name)
                                   : tr("No Client Secret is stored for \"%1\": enter it in the connection settings.")
                                         .arg(settings.name));
            return;
        }
        Credentials credentials = settings.auth == ConnectionProfile::Auth::Token
            ? Credentials::fromToken(secret)
            : Credentials::fromClient(settings.clientId.trimmed(), secret);
        wipe(secret);
        if (!credentials.isValid()) {
            done(std::nullopt, tr("The credential of \"%1\" is incomplete (is the Client ID missing?).").arg(settings.name));
            return;
        }
        done(credentials, QString());
    });
}

} // namespace cs
