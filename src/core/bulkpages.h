#pragma once
// Which pages a bulk load's memory gets (recordarena::LargeBlock).
//
// Fresh memory is cheap on a desktop in either kind: huge pages save faults,
// plain ones cost ~0.05 s more CPU for a million-call store. On a VM whose
// host takes free memory back (free page reporting: Firecracker, QEMU,
// crosvm, Hyper-V/WSL 2) the first touch of memory it took back faults on
// the host too, and costs several times more. The guest reports only free
// blocks of 2 MiB and up, so plain pages, which come from smaller free blocks
// first, are warm while the system has enough of those, and huge pages are
// cold. On this project's VM, 242 MB took 0.08 s in plain pages and
// 0.58-0.60 s in huge pages with 4 GB free in small blocks. The day before,
// the same VM took 0.70 s for 170 MB in plain pages and 0.02 s in huge ones;
// how much was free in small blocks then was not recorded (the benchmarks
// print it now), so that case is why huge pages remain the rule otherwise.
//
// So: plain pages while the system has free small blocks to spare for the
// block (/proc/buddyinfo), huge pages otherwise. A probe of a few MiB could
// not tell: the first huge pages handed out are warm, the rest are not.

#include <QByteArrayView>
#include <QtGlobal>
#include <cstddef>
#include <optional>

namespace cs::recordarena {

enum class PageKind { Huge, Plain };

// Free bytes in blocks below 2 MiB (orders 0-8) in /proc/buddyinfo's text, or -1.
qint64 freeBytesBelowHugePages(QByteArrayView buddyinfo);
// Plain pages when `warmFree` (free bytes in small blocks) covers `bytes`
// with room to spare for everything else the process and the system take.
PageKind pagesFor(size_t bytes, qint64 warmFree);
// The kind for a block of `bytes` now: CALLSCOPE_BULK_PAGES=huge|plain if
// set, else by this system's free small blocks (huge where unknown).
PageKind bulkPageKind(size_t bytes);
// For tests: every block takes `kind` (nullopt: decide again).
void forceBulkPageKind(std::optional<PageKind> kind);

// What bulk loads took so far, in bytes (for the benchmarks).
struct PageTally
{
    qint64 hugeBytes = 0;
    qint64 plainBytes = 0;
};
PageTally bulkPageTally();
void countBulkPages(PageKind kind, size_t bytes);

} // namespace cs::recordarena
