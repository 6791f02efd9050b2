#include "fetchspec.h"
#include "archive.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cs {

QString endpointPath(Endpoint endpoint)
{
    return endpoint == Endpoint::InteractionDetails ? QStringLiteral("interactionDetails")
                                                    : QStringLiteral("calldetails");
}

ArchiveIdentity archiveIdentity(const FetchSpec &spec)
{
    const QUrl host =
        spec.host.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return {host.toString(), spec.accountId, spec.appId, endpointPath(spec.endpoint)};
}

bool endpointFromString(const QString &text, Endpoint *out)
{
    // Newer docs also spell it "callDetails": accept any case.
    if (text.compare(u"calldetails", Qt::CaseInsensitive) == 0) {
        *out = Endpoint::CallDetails;
        return true;
    }
    if (text.compare(u"interactionDetails", Qt::CaseInsensitive) == 0) {
        *out = Endpoint::InteractionDetails;
        return true;
    }
    return false;
}

QStringList allSelectedFields()
{
    return {QStringLiteral("skills"), QStringLiteral("customerinfo"), QStringLiteral("userleveltags"),
            QStringLiteral("sessionleveltags"), QStringLiteral("campaigninfo"), QStringLiteral("snoozeinfo")};
}

bool selectedFieldsFromString(const QString &text, QStringList *out, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"all", Qt::CaseInsensitive) == 0) {
        *out = allSelectedFields();
        return true;
    }
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0 || trimmed.isEmpty()) {
        out->clear();
        return true;
    }
    const QStringList known = allSelectedFields();
    QStringList fields;
    for (const QString &part : trimmed.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (!known.contains(name)) {
            if (error)
                *error = part.trimmed();
            return false;
        }
        if (!fields.contains(name))
            fields.append(name);
    }
    *out = fields;
    return true;
}

QString pagingModeName(PagingMode mode)
{
    switch (mode) {
    case PagingMode::Records: return QStringLiteral("records");
    case PagingMode::Pages: return QStringLiteral("pages");
    case PagingMode::Auto: break;
    }
    return QStringLiteral("auto");
}

bool pagingModeFromString(const QString &text, PagingMode *out)
{
    for (PagingMode mode : {PagingMode::Auto, PagingMode::Records, PagingMode::Pages}) {
        if (text.compare(pagingModeName(mode), Qt::CaseInsensitive) == 0) {
            *out = mode;
            return true;
        }
    }
    return false;
}

static bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {
// lupdate takes the context from the qualified call (FetchSpecText::tr).
struct FetchSpecText
{
    Q_DECLARE_TR_FUNCTIONS(FetchSpecText)
};
} // namespace

QString FetchSpec::validate() const
{
    if (!host.isValid() || host.host().isEmpty())
        return FetchSpecText::tr("The host is not a valid URL (expected e.g. https://platform.kore.ai).");
    const QString scheme = host.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return FetchSpecText::tr("The host must start with https://.");
    if (scheme == u"http" && !allowInsecureHttp && !isLoopbackHost(host.host()))
        return FetchSpecText::tr("Plain http:// is only allowed to this computer (loopback); use https:// or explicitly allow insecure HTTP.");
    if (accountId.trimmed().isEmpty())
        return FetchSpecText::tr("The account ID is missing.");
    if (appId.trimmed().isEmpty())
        return FetchSpecText::tr("The app ID (iId) is missing.");
    if (!zone.isValid())
        return FetchSpecText::tr("The time zone is not valid.");
    if (!from.isValid() || !to.isValid())
        return FetchSpecText::tr("The date range is not valid.");
    if (to < from)
        return FetchSpecText::tr("The end of the range is before its start.");
    if (requestsPerMinute < 1)
        return FetchSpecText::tr("The request budget must be at least 1 request per minute.");
    if (pageLimit < 1)
        return FetchSpecText::tr("The page size must be at least 1.");
    if (!direction.isEmpty() && direction != u"Inbound" && direction != u"Outbound" && direction != u"Both")
        return FetchSpecText::tr("The direction must be Inbound, Outbound or Both.");
    return {};
}

} // namespace cs
