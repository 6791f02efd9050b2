// Benchmark of the archive at scale (default 1,000,000 calls of the mock's
// realistic JSON): committing fetched pages, saving portable and compact
// snapshots, opening a range to a loaded table with no JSON parsing, memory
// with every call loaded, and anchors in the same run (QJsonDocument parsing
// the same pages, the stock sqlite3 shell scanning the same file).
//   bench_archive [calls] [directory]   (BENCH_ARCHIVE_KEEP_SAVE=1 keeps its directory and files)
//   bench_archive --load FILE      (the open/memory figures, in a fresh process)
//   bench_archive --save-from FILE DIR [RUNS]   (the window's save: FILE's calls loaded, saved compact to DIR;
//                                         BENCH_ARCHIVE_KEEP_SAVE=1 keeps DIR/bench-save-from.callscope)
//   bench_archive --save-memory CALLS DIR [RUNS]   (a fetch's save: CALLS parsed into memory, saved compact
//                                            to DIR; BENCH_ARCHIVE_KEEP_SAVE=1 keeps DIR/bench-save-memory.callscope)
// RUNS (default 1) saves the same calls again: runs of one process compare
// without the noise of generating and loading the calls each time.

#include "archivefile.h"
#include "bulkpages.h"
#include "freshmemory.h"
#include "mockserver.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <algorithm>
#include <functional>
#include <numeric>
#include <random>
#include <span>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of every thread of this process so far, s: against the wall time
// it tells how well the work used the cores.
// who: RUSAGE_SELF (every thread) or RUSAGE_THREAD (the caller's).
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    auto toSeconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

void figure(const char *what, double value, const char *unit, const char *goal = "")
{
    std::printf("%-56s %10.3f %-6s %s\n", what, value, unit, goal);
    std::fflush(stdout);
}

// Resident and peak resident memory of this process, MB.
double statusMb(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(strlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

std::vector<QByteArray> pageBodies(int calls)
{
    cs::mock::DatasetSpec spec;
    spec.seed = 42;
    spec.calls = calls;
    spec.startUtc = 1772323200;                    // 2026-03-01T00:00:00Z
    spec.endUtc = spec.startUtc + 30 * 86400 - 1;  // a month
    const cs::mock::MockDataset data(spec);
    const QList<int> order = data.select(spec.startUtc, spec.endUtc);
    std::vector<QByteArray> bodies;
    for (qsizetype first = 0; first < order.size(); first += 100) {
        QByteArray body = "{\"numResults\":100,\"data\":[";
        for (qsizetype i = first; i < std::min(first + 100, order.size()); ++i) {
            if (i > first)
                body += ',';
            body += data.recordJson(order[i], 300);
        }
        bodies.push_back(body + "]}");
    }
    return bodies;
}

int loadFigures(const QString &path)
{
    QString error;
    const double before = statusMb("VmRSS:");
    int firstRows = 0;
    const double first = seconds([&] {
        auto archive = cs::openArchiveFile(path, false, true, &error);
        cs::RecordStore store;
        archive->readCalls(cs::kWholeTime, [&](const cs::ArchivedCall &call) {
            store.appendArchived(call);
            return ++firstRows < 2000;   // a screenful and more
        }, &error);
    });
    figure("open + first 2,000 rows in the store", first, "s", "(goal <= 0.2 s)");
    cs::RecordStore store;
    bool ok = false;
    const double load = seconds([&] {
        auto archive = cs::openArchiveFile(path, false, true, &error);
        ok = archive && cs::loadArchiveRange(*archive, cs::kWholeTime, store, {}, &error);
    });
    if (!ok) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
        return 1;
    }
    figure("open + load every call (columns, no JSON parsing)", load, "s", "(goal <= 1 s, with sort index)");
    figure("calls loaded", store.size(), "calls");
    figure("resident memory with every call loaded", statusMb("VmRSS:"), "MB", "(goal <= 1000 MB)");
    figure("  of which the store (rows, ids, pool, index)", double(store.residentBytesExcludingRaw()) / 1e6, "MB");
    figure("  process before loading", before, "MB");
    const FreshMemoryCost fresh = freshMemoryCost(store.residentBytesExcludingRaw());
    figure("anchor: faulting in as much fresh memory, huge pages (one thread)", fresh.hugeSeconds, "s");
    figure("anchor: the same in plain 4 KiB pages (one thread)", fresh.plainSeconds, "s");
    const cs::recordarena::PageTally pages = cs::recordarena::bulkPageTally();
    figure("  bulk memory taken in huge pages", double(pages.hugeBytes) / 1e6, "MB");
    figure("  bulk memory taken in plain pages", double(pages.plainBytes) / 1e6, "MB");
    figure("  free memory in blocks below 2 MiB (/proc/buddyinfo)", freeMbBelowHugePages(), "MB");
    std::string raw;
    const double drill = seconds([&] {
        for (int i = 0; i < 1000; ++i)
            store.readRawJson(cs::RowId((qint64(i) * 7919) % store.size()), &raw);
    });
    figure("raw JSON on demand (drill-down), per call", drill / 1000 * 1e3, "ms");
    // What an agent-segment export of a view sorted by anything but arrival
    // reads: every call, in shuffled order, in the export's batches.
    std::vector<cs::RowId> shuffled(size_t(store.size()));
    std::iota(shuffled.begin(), shuffled.end(), cs::RowId(0));
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20261202));
    std::vector<std::string> batch;
    qint64 bytes = 0;
    const double viewOrder = seconds([&] {
        for (size_t i = 0; i < shuffled.size(); i += 65536) {
            store.readRawJson(std::span<const cs::RowId>(shuffled).subspan(i, std::min<size_t>(65536, shuffled.size() - i)), &batch);
            for (const std::string &json : batch)
                bytes += qint64(json.size());
        }
    });
    figure("raw JSON of every call in a shuffled view order", viewOrder, "s",
           qPrintable(QString::asprintf("(%.0f MB)", double(bytes) / 1e6)));
    return 0;
}

// Saves `store` compact to `target` and prints the figures; the file is kept only when `keep`.
int timeCompactSave(const cs::RecordStore &store, const QString &target, bool keep, const char *label)
{
    cs::SnapshotInfo info;
    info.fetchedAt = QDateTime::currentDateTimeUtc();
    QString error;
    bool ok = false;
    const double cpuBefore = cpuSeconds();
    const double writerBefore = cpuSeconds(RUSAGE_THREAD);
    const double save = seconds([&] {
        ok = cs::saveSnapshot(target, store, info, &error, {}, cs::RawCompression::Zstd);
    });
    const double cpu = cpuSeconds() - cpuBefore;
    const double writer = cpuSeconds(RUSAGE_THREAD) - writerBefore;
    const qint64 bytes = QFileInfo(target).size();
    if (!keep)
        QFile::remove(target);
    if (!ok) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    figure(label, save, "s", "(goal <= 3 s)");
    figure("  CPU time, all threads", cpu, "s");
    // The writer's thread (SQLite inserts) is the save's critical path: its
    // CPU time is a steadier figure to compare changes by than the wall time.
    figure("  CPU time, the writer's thread", writer, "s");
    figure("  bytes per call", double(bytes) / store.size(), "bytes", "(goal <= 500)");
    return 0;
}

// The window's common save alone: every call of an archive loaded, then saved
// as a compact snapshot (stored blobs and dictionary copied).
int saveFromArchive(const QString &path, const QString &directory, int runs)
{
    QString error;
    cs::RecordStore store;
    auto archive = cs::openArchiveFile(path, false, true, &error);
    if (!archive || !cs::loadArchiveRange(*archive, cs::kWholeTime, store, {}, &error)) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
        return 1;
    }
    const bool keep = !qEnvironmentVariableIsEmpty("BENCH_ARCHIVE_KEEP_SAVE");
    for (int run = 0; run < runs; ++run) {
        if (timeCompactSave(store, QDir(directory).filePath(u"bench-save-from.callscope"_s), keep,
                            "save compact of a range loaded from the archive") != 0)
            return 1;
    }
    return 0;
}

// A fetch's save alone (no archive: every call's raw JSON in memory, so the
// save compresses them all), for profiling it without the rest of the bench.
int saveFromMemory(int calls, const QString &directory, int runs)
{
    cs::RecordStore store;
    for (const QByteArray &body : pageBodies(calls))
        store.append(*cs::parsePage(body), 300);
    const bool keep = !qEnvironmentVariableIsEmpty("BENCH_ARCHIVE_KEEP_SAVE");
    for (int run = 0; run < runs; ++run) {
        if (timeCompactSave(store, QDir(directory).filePath(u"bench-save-memory.callscope"_s), keep, "save compact") != 0)
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--load")
        return loadFigures(QString::fromLocal8Bit(argv[2]));
    const int runs = argc > 4 ? std::max(1, QByteArray(argv[4]).toInt()) : 1;
    if (argc > 3 && QByteArray(argv[1]) == "--save-from")
        return saveFromArchive(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), runs);
    if (argc > 3 && QByteArray(argv[1]) == "--save-memory")
        return saveFromMemory(QByteArray(argv[2]).toInt(), QString::fromLocal8Bit(argv[3]), runs);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + u"/bench_archive-XXXXXX"_s : QString());
    // The archive, portable and compact files, to time --save-from on them.
    dir.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_ARCHIVE_KEEP_SAVE"));
    if (calls < 1 || !dir.isValid()) {
        std::fprintf(stderr, "usage: bench_archive [calls] [directory]\n");
        return 2;
    }
    std::printf("bench_archive: %d calls in %s\n", calls, qPrintable(dir.path()));
    std::vector<QByteArray> bodies = pageBodies(calls);
    qint64 pageBytes = 0;
    for (const QByteArray &body : bodies)
        pageBytes += body.size();
    figure("pages of 100 (API JSON)", double(pageBytes) / 1e6, "MB");

    // Anchor: Qt's own JSON parser on the same pages, against simdjson + the extractor.
    std::vector<std::shared_ptr<cs::ParsedPage>> pages;
    const double ours = seconds([&] {
        for (const QByteArray &body : bodies)
            pages.push_back(cs::parsePage(body));
    });
    qint64 qtRecords = 0;
    const double qt = seconds([&] {
        for (const QByteArray &body : bodies)
            qtRecords += QJsonDocument::fromJson(body).object().value(u"data"_s).toArray().size();
    });
    figure("parse pages: parsePage (simdjson + fields)", ours, "s");
    figure("  anchor: QJsonDocument::fromJson of the same pages", qt, "s");
    figure("  ratio ours / QJsonDocument", ours / qt, "x");

    // Committing pages as a fetch does: one transaction per page.
    const QString archivePath = dir.filePath(u"archive.callscope"_s);
    QString error;
    bool ok = true;
    {
        auto archive = cs::openArchiveFile(archivePath, true, false, &error);
        ok = archive && archive->bindIdentity({u"https://h"_s, u"bench"_s, u"st-bench"_s, u"calldetails"_s}, &error);
        const double commit = seconds([&] {
            for (size_t i = 0; ok && i < pages.size(); ++i)
                ok = archive->storePage(*pages[i], 300, 1772323200 + 40 * 86400, nullptr, &error);
        });
        figure("archive: commit every page (one transaction each)", commit, "s");
        figure("  per page of 100 calls", commit / double(pages.size()) * 1e3, "ms", "(a request takes >= 1000 ms)");
    }
    if (!ok) {
        std::fprintf(stderr, "archive failed: %s\n", qPrintable(error));
        return 1;
    }
    figure("archive file, bytes per call (zstd + dictionary)", double(QFileInfo(archivePath).size()) / calls, "bytes");

    // Saving the loaded range as standalone files.
    cs::RecordStore store;
    for (const auto &page : pages)
        store.append(*page, 300);
    pages.clear();
    bodies.clear();
    cs::SnapshotInfo info;
    info.accountId = u"bench"_s;
    info.fetchedAt = QDateTime::currentDateTimeUtc();
    for (const auto &[name, compression] : {std::pair{"portable", cs::RawCompression::Text},
                                            std::pair{"compact", cs::RawCompression::Zstd}}) {
        const QString path = dir.filePath(QString::fromLatin1(name) + u".callscope"_s);
        const double cpuBefore = cpuSeconds();
        const double save = seconds([&] { ok = cs::saveSnapshot(path, store, info, &error, {}, compression); });
        const double cpu = cpuSeconds() - cpuBefore;
        if (!ok) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        const qint64 size = QFileInfo(path).size();
        const QByteArray label = QByteArray("save ") + name;
        figure(label.constData(), save, "s", compression == cs::RawCompression::Zstd ? "(goal <= 3 s)" : "");
        figure("  CPU time, all threads", cpu, "s");
        figure(QByteArray(label + ": bytes per call").constData(), double(size) / calls, "bytes",
               compression == cs::RawCompression::Zstd ? "(goal <= 500)" : "");
        if (compression == cs::RawCompression::Text) {
            const QString plain = dir.filePath(u"plain.bin"_s);
            const QByteArray block(1 << 20, 'x');
            const double plainSeconds = seconds([&] {
                QFile file(plain);
                file.open(QIODevice::WriteOnly);
                for (qint64 written = 0; written < size; written += block.size())
                    file.write(block);
                file.flush();
                ::fsync(file.handle());
            });
            QFile::remove(plain);
            figure("  anchor: plain write + fsync of as many bytes", plainSeconds, "s");
            figure("  ratio portable save / plain write", save / plainSeconds, "x", "(goal <= 1.2)");
        }
    }
    store.clear();

    // The window's common case: a range loaded from an archive (raw JSON left
    // in the file, already compressed), then saved as a compact snapshot.
    {
        auto archive = cs::openArchiveFile(dir.filePath(u"compact.callscope"_s), false, true, &error);
        if (!archive || !cs::loadArchiveRange(*archive, cs::kWholeTime, store, {}, &error)) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
            return 1;
        }
        if (timeCompactSave(store, dir.filePath(u"fromarchive.callscope"_s), false,
                            "save compact of a range loaded from the archive") != 0)
            return 1;
        store.clear();
    }

    // Opening, in a fresh process so that its memory is only what loading takes.
    const QString compact = dir.filePath(u"compact.callscope"_s);
    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedChannels);
    load.start(QCoreApplication::applicationFilePath(), {u"--load"_s, compact});
    load.waitForFinished(-1);
    if (load.exitCode() != 0)
        return 1;
    if (qEnvironmentVariableIsSet("BENCH_ARCHIVE_KEEP"))   // e.g. for profiling the load: --load KEPT
        QFile::copy(compact, qEnvironmentVariable("BENCH_ARCHIVE_KEEP"));

    // Anchor: the stock sqlite3 shell scanning the same columns of the same file.
    QProcess shell;
    const double scan = seconds([&] {
        shell.start(u"sqlite3"_s, {compact, u"SELECT count(*), sum(length(session_id)), sum(start_utc), "
                                            "sum(length(queues)), sum(handle_seconds) FROM conversations"_s});
        shell.waitForFinished(-1);
    });
    if (shell.exitCode() == 0)
        figure("  anchor: sqlite3 shell scanning the same columns", scan, "s");
    else
        std::printf("  anchor: sqlite3 shell not available (%s)\n", qPrintable(shell.errorString()));
    return 0;
}
