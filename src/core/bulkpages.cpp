#include "bulkpages.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <atomic>

namespace cs::recordarena {

namespace {
// Free small blocks left over for everything else (the GUI, the page cache's
// next reads, the other loader thread's next block).
constexpr qint64 kSpareBytes = qint64(256) << 20;
constexpr int kHugePageOrder = 9;   // 2 MiB in 4 KiB pages

std::atomic<int> g_forced{0};   // 0: not forced; else a PageKind + 1
std::atomic<qint64> g_hugeBytes{0};
std::atomic<qint64> g_plainBytes{0};

std::optional<PageKind> fromEnvironment()
{
    static const QByteArray wanted = qgetenv("CALLSCOPE_BULK_PAGES");
    if (wanted == "plain")
        return PageKind::Plain;
    if (wanted == "huge")
        return PageKind::Huge;
    return std::nullopt;
}
} // namespace

qint64 freeBytesBelowHugePages(QByteArrayView buddyinfo)
{
    qint64 pages = 0;
    bool any = false;
    for (const QByteArray &line : buddyinfo.toByteArray().split('\n')) {
        // "Node 0, zone   Normal  41054  15444 ..." : free blocks of order 0, 1, ...
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(0) != "Node" || fields.at(2) != "zone")
            continue;
        for (qsizetype order = 0; order < kHugePageOrder && 4 + order < fields.size(); ++order) {
            bool ok = false;
            const qint64 blocks = fields.at(4 + order).toLongLong(&ok);
            if (!ok || blocks < 0)
                return -1;
            pages += blocks << order;
            any = true;
        }
    }
    return any ? pages * 4096 : -1;
}

PageKind pagesFor(size_t bytes, qint64 warmFree)
{
    return warmFree >= 0 && warmFree >= qint64(bytes) + kSpareBytes ? PageKind::Plain : PageKind::Huge;
}

PageKind bulkPageKind(size_t bytes)
{
    if (const int forced = g_forced.load(std::memory_order_relaxed))
        return PageKind(forced - 1);
    if (const std::optional<PageKind> wanted = fromEnvironment())
        return *wanted;
#ifdef __linux__
    QFile buddyinfo(QStringLiteral("/proc/buddyinfo"));
    if (buddyinfo.open(QIODevice::ReadOnly))
        return pagesFor(bytes, freeBytesBelowHugePages(buddyinfo.readAll()));   // its size says 0: read to the end
#endif
    return PageKind::Huge;
}

void forceBulkPageKind(std::optional<PageKind> kind)
{
    g_forced.store(kind ? int(*kind) + 1 : 0, std::memory_order_relaxed);
}

PageTally bulkPageTally()
{
    return {g_hugeBytes.load(std::memory_order_relaxed), g_plainBytes.load(std::memory_order_relaxed)};
}

void countBulkPages(PageKind kind, size_t bytes)
{
    (kind == PageKind::Huge ? g_hugeBytes : g_plainBytes).fetch_add(qint64(bytes), std::memory_order_relaxed);
}

} // namespace cs::recordarena
