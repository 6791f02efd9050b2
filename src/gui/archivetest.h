#pragma once
// "Test connection" for a team archive (a postgresql:// URI): opens it as a
// fetch would, in a job worker (connecting may take up to libpq's connect
// timeout), and says what it found: connected and writable, or the specific
// reason it is not usable (unreachable, authentication failed, a role that
// may only read, a schema newer than this CallScope, another connection's
// archive). The password is used, never logged: libpq's messages are
// password-free (pg::Connection).

#include "archive.h"
#include "job.h"

#include <memory>

namespace cs {

// The finish detail of an archive test (Done, or Failed with the same message).
struct ArchiveTestEvent : JobEvent
{
    bool ok = false;
    QString message;      // translated; one headline, then libpq's own words on a line of their own
};

std::unique_ptr<Job> makeArchiveTestJob(const QString &uri, const QString &password, const ArchiveIdentity &identity);

} // namespace cs
