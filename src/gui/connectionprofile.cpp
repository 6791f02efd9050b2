// ConnectionProfile helpers and ProfileStore's settings half (the secrets half
// is in profilesecrets.cpp).
#include "connectionprofile.h"

#include "archivefactory.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

const QString kProfilesGroup = u"profiles"_s;
const QString kLastUsedKey = u"connection/lastProfile"_s;

QString authName(ConnectionProfile::Auth auth)
{
    return auth == ConnectionProfile::Auth::Token ? u"token"_s : u"client"_s;
}

ConnectionProfile::Auth authFromName(const QString &text)
{
    return text == u"token" ? ConnectionProfile::Auth::Token : ConnectionProfile::Auth::Client;
}

} // namespace

FetchSpec applyProfile(const ConnectionProfile &profile, FetchSpec spec)
{
    spec.host = profile.host;
    spec.accountId = profile.accountId.trimmed();
    spec.appId = profile.appId.trimmed();
    spec.endpoint = profile.endpoint;
    spec.requestsPerMinute = profile.requestsPerMinute;
    spec.paging = profile.paging;
    spec.selectedFields = profile.selectedFields;
    spec.allowInsecureHttp = profile.allowInsecureHttp;
    spec.maxResponseBytes = qint64(std::clamp(profile.maxResponseMegabytes, 1, 4096)) << 20;
    return spec;
}

QString profileNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ProfileStore::tr("The profile needs a name.");
    if (name != name.trimmed())
        return ProfileStore::tr("The profile name must not start or end with spaces.");
    // "/" and "\" would nest settings groups and keyring keys.
    if (name.contains(u'/') || name.contains(u'\\'))
        return ProfileStore::tr("The profile name must not contain \"/\" or \"\\\".");
    if (name.size() > 100)
        return ProfileStore::tr("The profile name is too long (at most 100 characters).");
    return {};
}

QStringList ProfileStore::names() const
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    QStringList result = settings.childGroups();
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.localeAwareCompare(b) < 0;
    });
    return result;
}

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> result;
    const QStringList all = names();
    for (const QString &name : all) {
        if (auto found = profile(name))
            result.append(*found);
    }
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && names().contains(name);
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(kProfilesGroup + u'/' + name);
    ConnectionProfile result;
    result.name = name;
    // An older version stored the host as typed: never hand a password on.
    result.host = QUrl(settings.value(u"host"_s).toString()).adjusted(QUrl::RemoveUserInfo);
    result.accountId = settings.value(u"accountId"_s).toString();
    result.appId = settings.value(u"appId"_s).toString();
    endpointFromString(settings.value(u"endpoint"_s).toString(), &result.endpoint);
    result.auth = authFromName(settings.value(u"auth"_s).toString());
    result.clientId = settings.value(u"clientId"_s).toString();
    result.requestsPerMinute = std::max(1, settings.value(u"requestsPerMinute"_s, 60).toInt());
    pagingModeFromString(settings.value(u"paging"_s).toString(), &result.paging);
    // Absent in profiles from before the setting existed: every block, as now.
    if (settings.contains(u"selectedFields"_s))
        selectedFieldsFromString(settings.value(u"selectedFields"_s).toString(), &result.selectedFields, nullptr);
    result.allowInsecureHttp = settings.value(u"allowInsecureHttp"_s, false).toBool();
    result.maxResponseMegabytes = settings.value(u"maxResponseMegabytes"_s, result.maxResponseMegabytes).toInt();
    result.archivePath = settings.value(u"archivePath"_s).toString();
    result.keepArchive = settings.value(u"keepArchive"_s, true).toBool();
    result.isDemo = settings.value(u"isDemo"_s, false).toBool();
    return result;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    if (!profileNameProblem(profile.name).isEmpty())
        return;
    QSettings settings;
    const QString group = kProfilesGroup + u'/' + profile.name;
    settings.remove(group);   // no stale keys from an older version
    settings.beginGroup(group);
    // Deliberately no secret here: settings files are plain text.
    // A host typed as https://user:pass@host must not put the password in a
    // plain-text settings file: the API authenticates with the JWT, not userinfo.
    settings.setValue(u"host"_s, profile.host.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(u"accountId"_s, profile.accountId);
    settings.setValue(u"appId"_s, profile.appId);
    settings.setValue(u"endpoint"_s, endpointPath(profile.endpoint));
    settings.setValue(u"auth"_s, authName(profile.auth));
    settings.setValue(u"clientId"_s, profile.clientId);
    settings.setValue(u"requestsPerMinute"_s, profile.requestsPerMinute);
    settings.setValue(u"paging"_s, pagingModeName(profile.paging));
    settings.setValue(u"selectedFields"_s,
                      profile.selectedFields.isEmpty() ? u"none"_s : profile.selectedFields.join(u',')); 
    settings.setValue(u"allowInsecureHttp"_s, profile.allowInsecureHttp);
    settings.setValue(u"maxResponseMegabytes"_s, profile.maxResponseMegabytes);
    settings.setValue(u"keepArchive"_s, profile.keepArchive);
    // A team archive's URI never keeps a password here (the keyring does:
    // writeDatabasePassword); one typed into the URI is dropped.
    const QString archivePath = archiveUriWithoutPassword(profile.archivePath);
    if (archivePath.isEmpty())
        settings.remove(u"archivePath"_s);
    else
        settings.setValue(u"archivePath"_s, archivePath);
    settings.setValue(u"isDemo"_s, profile.isDemo);
    settings.endGroup();
    settings.sync();
    Q_EMIT profilesChanged();
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSettings settings;
        settings.remove(kProfilesGroup + u'/' + name);
        if (settings.value(kLastUsedKey).toString() == name)
            settings.remove(kLastUsedKey);
        settings.sync();
    }
    deleteSecret(name);
    deleteDatabasePassword(name);
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastUsedName() const
{
    const QString name = QSettings().value(kLastUsedKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsedName(const QString &name)
{
    QSettings settings;
    settings.setValue(kLastUsedKey, name);
    settings.sync();
}

} // namespace cs
