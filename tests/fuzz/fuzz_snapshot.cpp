// libFuzzer: arbitrary bytes as a .callscope file. The readers must reject or
// read them within bounded time and memory, never crash: the snapshot reader
// (raw JSON parsed) and the archive's column reader (formats 2 and 3, labels
// and all), as the window opens a file. SQLite needs a file for the reader's
// own header check, so the bytes go to a per-process temp file.
#include "archive.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::tempPath() + QStringLiteral("/callscope-fuzz-%1.callscope").arg(::getpid());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    cs::SnapshotReader reader;
    QString error;
    if (reader.open(path, &error)) {
        cs::RecordStore store;
        (void)reader.loadInto(store, &error);
        if (reader.info().schemaVersion >= 2) {
            if (auto archive = cs::openArchiveFile(path, false, true, &error)) {
                cs::RecordStore columns;
                (void)cs::loadArchiveRange(*archive, cs::kWholeTime, columns, {}, &error);
            }
        }
    } else if (error.isEmpty()) {
        __builtin_trap();   // every refusal names its reason
    }
    return 0;
}
