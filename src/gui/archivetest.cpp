#include "archivetest.h"

#include "archivefactory.h"

#include <QCoreApplication>

namespace cs {

namespace {

class ArchiveTestText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTestText)
};

// The headline for an error of openArchive(): libpq's and the backend's
// texts are English (a server's FATAL in its lc_messages), so the cause is
// told in the user's language and the text itself follows as the detail.
QString headlineFor(const QString &error)
{
    auto has = [&error](const char *text) { return error.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")
        || has("Ident authentication") || has("pg_hba.conf"))
        return ArchiveTestText::tr("Team archive: the server refused the user name or the password.");
    if (has("was made by a newer CallScope"))
        return ArchiveTestText::tr("Team archive: it was made by a newer version of CallScope. Update CallScope to use it.");
    if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("no route to host") || has("network is unreachable")
        || has("connection timed out") || has("server closed the connection"))
        return ArchiveTestText::tr("Team archive: the database server cannot be reached.");
    return ArchiveTestText::tr("Team archive: it cannot be opened.");
}

class ArchiveTestJob : public Job
{
public:
    ArchiveTestJob(QString uri, QString password, ArchiveIdentity identity)
        : m_uri(std::move(uri)), m_password(std::move(password)), m_identity(std::move(identity))
    {
    }

    void run(const JobTicket &ticket) override
    {
        auto event = std::make_shared<ArchiveTestEvent>();
        event->message = test(&event->ok);
        m_password.fill(u'\0');
        if (ticket.isCancelled())
            return;
        const JobStatus status = event->ok ? JobStatus::Done : JobStatus::Failed;
        const QString error = event->ok ? QString() : event->message;
        ticket.finish(status, error, std::move(event));
    }

private:
    QString test(bool *ok)
    {
        *ok = false;
        // As a fetch opens it: for writing (the schema is created or
        // migrated), else read-only to tell a reader role from a failure.
        ArchiveOpenOptions options;
        options.password = m_password;
        QString error;
        std::unique_ptr<ArchiveBackend> archive = openArchive(m_uri, options, &error);
        bool readOnly = false;
        if (!archive) {
            options.readOnly = true;
            QString readError;
            archive = openArchive(m_uri, options, &readError);
            if (!archive)   // libpq's words on one line (its messages span several)
                return headlineFor(error) + u'\n' + error.simplified();
            readOnly = true;
        }
        const ArchiveIdentity bound = archive->identity();
        if (!bound.accountId.isEmpty() && !(bound == m_identity))
            return ArchiveTestText::tr("Team archive: it holds the calls of account %1 on %2 (%3), not of this "
                                       "connection.")
                .arg(bound.accountId, bound.host, bound.endpoint);
        if (readOnly)
            return ArchiveTestText::tr("Team archive: connected, but the database role may only read it: its calls "
                                       "can be browsed, fetching needs a role that may write to it.");
        *ok = true;
        return ArchiveTestText::tr("Team archive: connected; fetches are kept in it.");
    }

    QString m_uri;
    QString m_password;
    ArchiveIdentity m_identity;
};

} // namespace

std::unique_ptr<Job> makeArchiveTestJob(const QString &uri, const QString &password, const ArchiveIdentity &identity)
{
    return std::make_unique<ArchiveTestJob>(uri, password, identity);
}

} // namespace cs
