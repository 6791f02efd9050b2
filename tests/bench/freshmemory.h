#pragma once
// An anchor for the load figures: how long this machine takes to fault in
// fresh memory, on one thread. A load fills a few hundred MB it never had
// before; on a VM whose host takes back freed memory (free page reporting),
// each first touch can cost far more than on a desktop, and differently for
// huge pages and plain ones from one host to the next. Printed beside the
// load time, it tells a slow machine from a slow load.

#include "recordarena.h"

#include <QElapsedTimer>
#include <cstddef>

#ifdef __linux__
#include <sys/mman.h>
#endif

struct FreshMemoryCost
{
    double advisedSeconds = -1;   // 2 MiB aligned, huge pages advised: as the store takes it
    double plainSeconds = -1;     // plain 4 KiB pages
};

inline double secondsToTouch(char *data, size_t bytes)
{
    QElapsedTimer timer;
    timer.start();
    volatile char *page = data;
    for (size_t at = 0; at < bytes; at += 4096)
        page[at] = 1;
    return double(timer.nsecsElapsed()) / 1e9;
}

inline FreshMemoryCost freshMemoryCost(size_t bytes)
{
    FreshMemoryCost cost;
    if (bytes == 0)
        return cost;
    {
        cs::recordarena::LargeBlock block(bytes);
        if (block.data())
            cost.advisedSeconds = secondsToTouch(block.data(), block.size());
    }
#ifdef __linux__
    void *mapped = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped != MAP_FAILED) {
        ::madvise(mapped, bytes, MADV_NOHUGEPAGE);   // plain pages even where THP is "always"
        cost.plainSeconds = secondsToTouch(static_cast<char *>(mapped), bytes);
        ::munmap(mapped, bytes);
    }
#endif
    return cost;
}
