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
std::unique_ptr<ArchiveBackend> openArchive(const QString &locationOrUri, const ArchiveOpenOptions &options,
                                            QString *error);

} // namespace cs
