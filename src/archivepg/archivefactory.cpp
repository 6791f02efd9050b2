#include "archivefactory.h"

#include "pgarchive.h"
#include "pgconn.h"

#include <QRegularExpression>
#include <QUrl>

namespace cs {

bool isServerArchive(const QString &locationOrUri)
{
    return pg::isServerUri(locationOrUri.trimmed());
}

QString archiveUriWithoutPassword(const QString &locationOrUri, QString *password)
{
    if (password)
        password->clear();
    const QString uri = locationOrUri.trimmed();
    if (!isServerArchive(uri))
        return locationOrUri;
    QString out = uri;
    // user:password@ -> user@ (only in the authority part)
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:/@?#]*):([^@/?#]*)@"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString found;
    if (const QRegularExpressionMatch m = userInfo.match(out); m.hasMatch()) {
        found = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        out.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + QLatin1Char('@'));
    }
    // ?password=...& or &password=...
    static const QRegularExpression param(QStringLiteral("([?&])password=([^&#]*)&?"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = param.match(out); m.hasMatch()) {
        if (found.isEmpty())
            found = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        out.replace(m.capturedStart(), m.capturedLength(), m.captured(1));
        while (out.endsWith(QLatin1Char('?')) || out.endsWith(QLatin1Char('&')))
            out.chop(1);
    }
    if (password)
        *password = found;
    return out;
}

QString leaseHolderName(const QString &program)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("?"));
    return user + QStringLiteral(" (") + program + QLatin1Char(')');
}

std::unique_ptr<ArchiveBackend> openArchive(const QString &locationOrUri, const ArchiveOpenOptions &options,
                                            QString *error)
{
    if (isServerArchive(locationOrUri))
        return openArchiveServer(locationOrUri.trimmed(), options.readOnly, error, options.password);
    return openArchiveFile(locationOrUri, options.create, options.readOnly, error);
}

} // namespace cs
