#pragma once
// A SQLite VFS for files written in one go and only used once they are
// complete (a snapshot's temp file): the main database file's writes are
// copied into a few reused buffers and written to the file by a thread of
// their own, so that the kernel copying them into the page cache (on a VM,
// fresh page-cache pages cost ~3-5x a plain copy) runs beside SQLite's work
// instead of after each page (bench_archive: the save's thread spent up to
// 55 % of its time in that copy).
//
// Every other operation on the file (read, size, truncate, sync, lock, close)
// first waits until the pending writes are in, so SQLite sees the file as it
// wrote it. A write that fails in the background fails the next operation.
// Other files (journals, temp files) go straight to the default VFS.

struct sqlite3;

namespace cs::sqlite {

// The VFS's name for sqlite3_open_v2, registered on first use; null if it could not be.
const char *writeBehindVfs();

// Waits until the writes queued for `db`'s main file are in it: SQLITE_OK, or
// the error of one that failed. A file of another VFS has none queued.
// Call it after the last COMMIT: nothing after that reports a failed write.
int finishWrites(sqlite3 *db);

} // namespace cs::sqlite
