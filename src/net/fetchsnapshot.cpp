#include "fetchsnapshot.h"

#include <QCoreApplication>

namespace cs {

SnapshotInfo snapshotInfoFor(const FetchSpec &spec, const FetchOutcome &outcome)
{
    SnapshotInfo info;
    // Only scheme, host and port: a URL could carry user info, which is a credential.
    info.host = spec.host.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                    .toString(QUrl::RemoveUserInfo);
    info.accountId = spec.accountId;
    info.appId = spec.appId;
    info.endpoint = endpointPath(spec.endpoint);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    info.rangeFrom = spec.from.toString(format);
    info.rangeTo = spec.to.toString(format);
    info.zoneId = QString::fromUtf8(spec.zone.id());
    info.channels = spec.channels;
    info.queues = spec.queues;
    info.direction = spec.direction;
    for (const WindowStatus &status : outcome.windows)
        info.windows.append(SnapshotWindow{status.window, status.complete, status.records});
    info.partial = outcome.status != FetchOutcome::Status::Complete;
    if (outcome.status == FetchOutcome::Status::Cancelled)
        info.partialReason = QCoreApplication::translate("Snapshot", "The fetch was cancelled.");
    else if (outcome.status == FetchOutcome::Status::Failed)
        info.partialReason = outcome.error;
    info.fetchedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(CALLSCOPE_VERSION);
    return info;
}

} // namespace cs
