#pragma once
// Opens an archive by location: a postgresql:// (or postgres://) URI is a
// team archive on a server, anything else a SQLite file.

#include "archive.h"

#include <QString>
#include <memory>

namespace cs {

struct ArchiveOpenOptions
{
    bool create = true;        // files: create when missing (a server archive's schema is always created when writable)
    bool readOnly = false;
    QString password;          // servers: from the keyring; empty = PGPASSWORD / ~/.pgpass
};

bool isServerArchive(const QString &locationOrUri);
// A server URI without any password it carries (in the user info or as
// ?password=); the password taken out goes to `password` (empty: none was
// there). Anything else is returned as it is.
QString archiveUriWithoutPassword(const QString &locationOrUri, QString *password = nullptr);
// Who fetches, as the other instances see it in a team archive's lease:
// "<user> (<program>)".
QString leaseHolderName(const QString &program);
std::unique_ptr<ArchiveBackend> openArchive(const QString &locationOrUri, const ArchiveOpenOptions &options,
                                            QString *error);

} // namespace cs
