#include "archive.h"

#include "recordstore.h"

#include <QCoreApplication>

namespace cs {

namespace {
struct ArchiveLoadText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveLoadText)
};
} // namespace

bool loadArchiveRange(ArchiveBackend &archive, const UtcInterval &interval, RecordStore &store,
                      const ArchiveProgress &progress, QString *error)
{
    qint64 total = 0;
    if (!archive.countCalls(interval, &total, error))
        return false;
    std::shared_ptr<RawJsonSource> source = archive.rawSource(error);
    if (!source)
        return false;
    store.clear();
    store.reserve(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    store.setRawSource(source);
    qint64 done = 0;
    bool cancelled = false;
    const bool ok = archive.readCalls(interval, [&](const ArchivedCall &call) {
        store.appendArchived(call, true);   // session_id is UNIQUE in every backend
        if (progress && (++done % 20000) == 0 && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        return true;
    }, error);
    if (cancelled) {
        if (error)
            *error = ArchiveLoadText::tr("Loading was cancelled.");
        return false;
    }
    if (ok && progress)
        progress(total, total);
    return ok;
}

} // namespace cs
