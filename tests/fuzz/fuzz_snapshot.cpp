// libFuzzer: arbitrary bytes as a .callscope file. The reader must reject or
// read them within bounded time and memory, never crash. SQLite needs a file
// for the reader's own header check, so the bytes go to a per-process temp file.
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
    } else if (error.isEmpty()) {
        __builtin_trap();   // every refusal names its reason
    }
    return 0;
}
