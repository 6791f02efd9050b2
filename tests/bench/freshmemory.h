#pragma once
// An anchor for the load figures: how long this machine takes to fault in
// fresh memory, on one thread. A load fills a few hundred MB it never had
// before; on a VM whose host takes back freed memory (free page reporting),
// each first touch can cost far more than on a desktop, and differently for
// huge pages and plain ones from one host to the next. Printed beside the
// load time, it tells a slow machine from a slow load.

#include "bulkpages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtGlobal>
#include <cstddef>

#ifdef __linux__
#include <sys/mman.h>
#endif

struct FreshMemoryCost
{
    double hugeSeconds = -1;    // 2 MiB aligned, huge pages advised
    double plainSeconds = -1;   // plain 4 KiB pages
};

#ifdef __linux__
// Seconds to touch every page of `bytes` fresh bytes at a 2 MiB aligned start.
inline double secondsToFaultIn(size_t bytes, int advice)
{
    constexpr size_t kHuge = size_t(2) << 20;
    const size_t size = (bytes + kHuge - 1) & ~(kHuge - 1);
    void *mapped = ::mmap(nullptr, size + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return -1;
    char *aligned = reinterpret_cast<char *>((reinterpret_cast<quintptr>(mapped) + kHuge - 1) & ~quintptr(kHuge - 1));
    ::madvise(aligned, size, advice);
    QElapsedTimer timer;
    timer.start();
    volatile char *page = aligned;
    for (size_t at = 0; at < size; at += 4096)
        page[at] = 1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    ::munmap(mapped, size + kHuge);
    return seconds;
}
#endif

// Free memory in blocks smaller than a huge page (/proc/buddyinfo), in MB, or -1.
inline double freeMbBelowHugePages()
{
    QFile buddy(QStringLiteral("/proc/buddyinfo"));
    if (!buddy.open(QIODevice::ReadOnly))
        return -1;
    const qint64 bytes = cs::recordarena::freeBytesBelowHugePages(buddy.readAll());
    return bytes < 0 ? -1 : double(bytes) / 1e6;
}

inline FreshMemoryCost freshMemoryCost(size_t bytes)
{
    FreshMemoryCost cost;
#ifdef __linux__
    if (bytes > 0) {
        cost.hugeSeconds = secondsToFaultIn(bytes, MADV_HUGEPAGE);
        cost.plainSeconds = secondsToFaultIn(bytes, MADV_NOHUGEPAGE);   // plain even where THP is "always"
    }
#endif
    return cost;
}
