#include "archivefactory.h"

#include "pgarchive.h"
#include "pgconn.h"

namespace cs {

bool isServerArchive(const QString &locationOrUri)
{
    return pg::isServerUri(locationOrUri.trimmed());
}

std::unique_ptr<ArchiveBackend> openArchive(const QString &locationOrUri, const ArchiveOpenOptions &options,
                                            QString *error)
{
    if (isServerArchive(locationOrUri))
        return openArchiveServer(locationOrUri.trimmed(), options.readOnly, error, options.password);
    return openArchiveFile(locationOrUri, options.create, options.readOnly, error);
}

} // namespace cs
