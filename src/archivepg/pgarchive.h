#pragma once
// The team archive on PostgreSQL: the same ArchiveBackend semantics as the
// SQLite file, shared by every CallScope instance of an account.

#include "archive.h"

#include <QString>
#include <memory>

namespace cs {

// Opens the archive in the database named by `uri`
// (postgresql://user@host:port/dbname?sslmode=...). The password is never
// taken from the URI (a URI holding one is refused): libpq reads PGPASSWORD or
// ~/.pgpass, or the caller passes it (from the keyring). Opened for writing,
// the schema is created or migrated; read-only, it must exist already.
std::unique_ptr<ArchiveBackend> openArchiveServer(const QString &uri, bool readOnly, QString *error,
                                                  const QString &password = QString());

// The account an archive's lease and notifications are keyed by: the host and
// account id (the API's request budget is per account).
QString archiveAccountKey(const ArchiveIdentity &identity);
// LISTEN/NOTIFY channel on which a server archive announces each committed page:
// payload {"added":N,"changed":M}.
QString archiveNotifyChannel(const ArchiveIdentity &identity);

} // namespace cs
