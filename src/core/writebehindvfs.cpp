#include "writebehindvfs.h"
#include "recordarena.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

namespace cs::sqlite {

namespace {

// Buffers in flight: enough for the writing thread to run ahead while the
// other copies, few enough to be faulted in once (huge pages where there are).
constexpr size_t kBufferBytes = size_t(4) << 20;
constexpr int kBuffers = 4;
// The default VFS writes at most 128 KiB - 1 bytes a call (it masks the size
// with 0x1ffff: 4 MiB would be 0 bytes, reported as a full disk).
constexpr size_t kWriteBytes = size_t(64) << 10;
// A file control of our own (unknown to SQLite, which passes it on to the file): finishWrites().
constexpr int kFinishWritesOp = 0x43530001;

// Writes queued in order; consecutive ones to adjacent offsets form one run.
struct Buffer
{
    struct Run
    {
        sqlite3_int64 offset;
        size_t at;
        size_t size;
    };
    recordarena::LargeBlock memory{kBufferBytes};
    std::vector<Run> runs;
    size_t used = 0;
};

class Writer
{
public:
    explicit Writer(sqlite3_file *file) : m_file(file)
    {
        for (int i = 0; i < kBuffers; ++i) {
            auto buffer = std::make_unique<Buffer>();
            if (!buffer->memory.data())
                return;   // no memory: m_ok stays false and writes go straight to the file
            m_free.push_back(std::move(buffer));
        }
        m_ok = true;
        m_thread = std::thread([this] { run(); });
    }
    ~Writer()
    {
        if (!m_ok)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    int write(const void *data, int amount, sqlite3_int64 offset)
    {
        const size_t size = size_t(amount);
        if (!m_ok)   // no buffers: straight to the file
            return m_file->pMethods->xWrite(m_file, data, amount, offset);
        if (size > kBufferBytes) {   // larger than a buffer (not with SQLite's pages): directly
            if (const int rc = drain(); rc != SQLITE_OK)
                return rc;
            return m_file->pMethods->xWrite(m_file, data, amount, offset);
        }
        if (m_filling && m_filling->used + size > kBufferBytes)
            submit();
        if (!m_filling) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_free.empty(); });
            m_filling = std::move(m_free.front());
            m_free.pop_front();
            if (m_error != SQLITE_OK)
                return m_error;
        }
        Buffer &buffer = *m_filling;
        std::memcpy(buffer.memory.data() + buffer.used, data, size);
        if (!buffer.runs.empty() && buffer.runs.back().offset + sqlite3_int64(buffer.runs.back().size) == offset)
            buffer.runs.back().size += size;
        else
            buffer.runs.push_back({offset, buffer.used, size});
        buffer.used += size;
        return SQLITE_OK;
    }

    // Waits until every write so far is in the file: the error of one that failed, if any.
    int drain()
    {
        if (!m_ok)
            return SQLITE_OK;
        if (m_filling)
            submit();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_full.empty() && !m_writing; });
        return m_error;
    }

private:
    void submit()
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(m_filling));
        m_changed.notify_all();
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return !m_full.empty() || m_stopping; });
            if (m_full.empty())
                return;
            std::unique_ptr<Buffer> buffer = std::move(m_full.front());
            m_full.pop_front();
            m_writing = true;
            lock.unlock();
            int rc = SQLITE_OK;
            for (const Buffer::Run &run : buffer->runs) {
                for (size_t done = 0; rc == SQLITE_OK && done < run.size; done += kWriteBytes) {
                    const size_t size = std::min(kWriteBytes, run.size - done);
                    rc = m_file->pMethods->xWrite(m_file, buffer->memory.data() + run.at + done, int(size),
                                                  run.offset + sqlite3_int64(done));
                }
            }
            buffer->runs.clear();
            buffer->used = 0;
            lock.lock();
            if (rc != SQLITE_OK && m_error == SQLITE_OK)
                m_error = rc;
            m_writing = false;
            m_free.push_back(std::move(buffer));
            m_changed.notify_all();
        }
    }

    sqlite3_file *const m_file;
    std::unique_ptr<Buffer> m_filling;   // the SQLite thread's, unlocked
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Buffer>> m_free, m_full;
    bool m_writing = false;
    bool m_stopping = false;
    bool m_ok = false;
    int m_error = SQLITE_OK;
    std::thread m_thread;
};

// Our sqlite3_file: the default VFS's file follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    Writer *writer;
};

sqlite3_vfs *defaultVfs()
{
    static sqlite3_vfs *const vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

File *self(sqlite3_file *file) { return reinterpret_cast<File *>(file); }

// The real file's method Member, called once the pending writes are in:
// AfterDrain<&sqlite3_io_methods::xRead>::call has xRead's signature.
template<auto Member, typename = decltype(Member)>
struct AfterDrain;
template<auto Member, typename... Args>
struct AfterDrain<Member, int (*sqlite3_io_methods::*)(sqlite3_file *, Args...)>
{
    static int call(sqlite3_file *file, Args... args)
    {
        File *f = self(file);
        const int rc = f->writer->drain();
        return rc != SQLITE_OK ? rc : (f->real->pMethods->*Member)(f->real, args...);
    }
};

int fileClose(sqlite3_file *file)
{
    File *f = self(file);
    const int drained = f->writer->drain();
    delete f->writer;
    const int rc = f->real->pMethods->xClose(f->real);
    return drained != SQLITE_OK ? drained : rc;
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    return self(file)->writer->write(data, amount, offset);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    if (op == kFinishWritesOp)
        return self(file)->writer->drain();
    // The mmap size: this file is never mapped (version 1 methods), so say so.
    if (op == SQLITE_FCNTL_MMAP_SIZE)
        return SQLITE_NOTFOUND;
    // A hint the pager gives before appending pages, page by page as its
    // cache spills: waiting for the queue there would undo the overlap. The
    // default VFS only acts on it with a chunk size set, which we never set.
    if (op == SQLITE_FCNTL_SIZE_HINT)
        return SQLITE_OK;
    return AfterDrain<&sqlite3_io_methods::xFileControl>::call(file, op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = self(file)->real;
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = self(file)->real;
    return real->pMethods->xDeviceCharacteristics(real);
}

// Version 1: no shared memory (no WAL) and no memory mapping, which would
// read the file behind the queue's back.
const sqlite3_io_methods kMethods = {
    1,
    fileClose,
    AfterDrain<&sqlite3_io_methods::xRead>::call,
    fileWrite,
    AfterDrain<&sqlite3_io_methods::xTruncate>::call,
    AfterDrain<&sqlite3_io_methods::xSync>::call,
    AfterDrain<&sqlite3_io_methods::xFileSize>::call,
    AfterDrain<&sqlite3_io_methods::xLock>::call,
    AfterDrain<&sqlite3_io_methods::xUnlock>::call,
    AfterDrain<&sqlite3_io_methods::xCheckReservedLock>::call,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *base = defaultVfs();
    if (!(flags & SQLITE_OPEN_MAIN_DB))
        return base->xOpen(base, name, file, flags, outFlags);   // the real file fits in ours
    File *f = self(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(File));
    const int rc = base->xOpen(base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    f->writer = new (std::nothrow) Writer(f->real);
    if (!f->writer) {
        f->real->pMethods->xClose(f->real);
        return SQLITE_NOMEM;
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return defaultVfs()->xDelete(defaultVfs(), name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return defaultVfs()->xAccess(defaultVfs(), name, flags, result);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return defaultVfs()->xFullPathname(defaultVfs(), name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return defaultVfs()->xDlOpen(defaultVfs(), name); }
void vfsDlError(sqlite3_vfs *, int size, char *out) { defaultVfs()->xDlError(defaultVfs(), size, out); }
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return defaultVfs()->xDlSym(defaultVfs(), handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle) { defaultVfs()->xDlClose(defaultVfs(), handle); }
int vfsRandomness(sqlite3_vfs *, int size, char *out) { return defaultVfs()->xRandomness(defaultVfs(), size, out); }
int vfsSleep(sqlite3_vfs *, int micros) { return defaultVfs()->xSleep(defaultVfs(), micros); }
int vfsCurrentTime(sqlite3_vfs *, double *now) { return defaultVfs()->xCurrentTime(defaultVfs(), now); }
int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return defaultVfs()->xGetLastError ? defaultVfs()->xGetLastError(defaultVfs(), size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return defaultVfs()->xCurrentTimeInt64(defaultVfs(), now);
}

} // namespace

const char *writeBehindVfs()
{
    static const char *const name = []() -> const char * {
        sqlite3_vfs *base = defaultVfs();
        if (!base || base->iVersion < 2)
            return nullptr;
        static sqlite3_vfs vfs = {};
        vfs.iVersion = 2;
        // Room for our File and, after it, the default VFS's file.
        vfs.szOsFile = int(sizeof(File)) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "callscope-writebehind";
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK ? vfs.zName : nullptr;
    }();
    return name;
}

int finishWrites(sqlite3 *db)
{
    const int rc = sqlite3_file_control(db, "main", kFinishWritesOp, nullptr);
    return rc == SQLITE_NOTFOUND ? SQLITE_OK : rc;
}

} // namespace cs::sqlite
