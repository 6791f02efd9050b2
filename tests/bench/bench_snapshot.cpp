// Benchmark of snapshots and CSV export at scale (default 1,000,000 records of
// the mock's realistic JSON, about 2 KB each): save, open to the first rows,
// full load, file size, and CSV export throughput to a file. One line per figure.
//   bench_snapshot [records] [directory [keep-snapshot-as]]   (defaults: 1000000, the system temp dir)
//
// The snapshot is read right after it was written, so its pages are in the OS
// cache: open/load figures are warm-cache figures.

#include "callcsv.h"
#include "mockserver.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"
#include "sqlitehandle.h"
#include "viewcsv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// This process's CPU time (all threads): on a shared machine the wall clock
// also counts other processes' turns, CPU time does not (but misses I/O waits).
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double g_lastCpu = 0;   // CPU seconds of the last seconds() call, printed by figure()

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    const double cpuStart = cpuSeconds();
    timer.start();
    work();
    g_lastCpu = cpuSeconds() - cpuStart;
    return double(timer.nsecsElapsed()) / 1e9;
}

void figure(const char *what, double value, const char *unit, const char *goal = "")
{
    std::printf("%-52s %10.3f %-6s %s\n", what, value, unit, goal);
    std::fflush(stdout);
}

// A timed figure: wall seconds, then the CPU seconds spent in this process.
void timed(const char *what, double wall, const char *goal = "")
{
    std::printf("%-52s %10.3f s      (cpu %.3f s) %s\n", what, wall, g_lastCpu, goal);
    std::fflush(stdout);
}

// The mock's records (the same renderer the mock server answers with), as
// pages of 100 in start order, parsed and appended like a fetch does.
void fill(cs::RecordStore &store, int records)
{
    cs::mock::DatasetSpec spec;
    spec.seed = 42;
    spec.calls = records;
    spec.startUtc = 1772323200;                    // 2026-03-01T00:00:00Z
    spec.endUtc = spec.startUtc + 90 * 86400 - 1;  // a quarter
    const cs::mock::MockDataset data(spec);
    const QList<int> order = data.select(spec.startUtc, spec.endUtc);
    store.reserve(records, qint64(records) * 2200);
    for (qsizetype first = 0; first < order.size(); first += 100) {
        QByteArray body = "{\"numResults\":100,\"data\":[";
        for (qsizetype i = first; i < std::min(first + 100, order.size()); ++i) {
            if (i > first)
                body += ',';
            body += data.recordJson(order[i], 300);
        }
        body += "]}";
        store.append(*cs::parsePage(std::move(body)), 300);
    }
}

bool writeCsvFile(const QString &path, const std::function<bool(QIODevice *)> &write)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && write(&file) && file.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + u"/bench_snapshot-XXXXXX"_s : QString());
    if (records < 1 || !dir.isValid()) {
        std::fprintf(stderr, "usage: bench_snapshot [records] [directory]\n");
        return 2;
    }
    std::printf("bench_snapshot: %d records in %s\n", records, qPrintable(dir.path()));

    cs::RecordStore store;
    timed("generate + parse + append (mock renderer)", seconds([&] { fill(store, records); }));
    if (store.size() != records) {
        std::fprintf(stderr, "expected %d records, the store holds %d\n", records, store.size());
        return 1;
    }
    figure("raw JSON per record", double(store.rawBytes()) / records, "bytes");

    cs::SnapshotInfo info;
    info.host = u"https://platform.example"_s;
    info.accountId = u"bench"_s;
    info.appId = u"st-bench"_s;
    info.endpoint = u"calldetails"_s;
    info.rangeFrom = u"2026-03-01 00:00:00"_s;
    info.rangeTo = u"2026-05-29 23:59:59"_s;
    info.zoneId = u"UTC"_s;
    info.fetchedAt = QDateTime::currentDateTimeUtc();
    const QString path = dir.filePath(u"bench.callscope"_s);
    QString error;
    bool ok = true;
    timed("snapshot save (write, index, fsync, rename)", seconds([&] { ok = cs::saveSnapshot(path, store, info, &error); }),
          "(goal <= 3 s)");
    if (!ok) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 fileSize = QFileInfo(path).size();
    // The disk's share of saving: the same number of bytes written and fsynced.
    {
        const QString plain = dir.filePath(u"plain.bin"_s);
        const QByteArray block(1 << 20, 'x');
        timed("  breakdown: plain write + fsync of as many bytes", seconds([&] {
            QFile file(plain);
            file.open(QIODevice::WriteOnly);
            for (qint64 written = 0; written < fileSize; written += block.size())
                file.write(block);
            file.flush();
            ::fsync(file.handle());
        }));
        QFile::remove(plain);
    }
    figure("snapshot file size", double(fileSize) / 1e6, "MB");
    figure("snapshot bytes per record", double(fileSize) / records, "bytes");

    // What the viewer shows first: open() (header, meta, windows) and the
    // first batch of readBatches(), after which the table can draw.
    for (const int firstRows : {1000, 20000}) {
        int delivered = 0;
        const double s = seconds([&] {
            cs::SnapshotReader reader;
            ok = reader.open(path, &error) && reader.readBatches(firstRows, [&](cs::SnapshotReader::Batch &&batch) {
                delivered = int(batch.page->records.size());
                return false;   // stop after the first batch
            }, &error);
        });
        const QByteArray label = "snapshot open + first " + QByteArray::number(firstRows) + " rows";
        timed(label.constData(), s, "(goal <= 1 s)");
        if (!ok || delivered != std::min(firstRows, records)) {
            std::fprintf(stderr, "first rows failed: %s\n", qPrintable(error));
            return 1;
        }
    }

    // Where a full load goes: SQLite reading the rows, simdjson parsing them,
    // the store appending them (each figure includes the ones before it).
    {
        qint64 bytes = 0;
        timed("  breakdown: SQLite scan of raw_json only", seconds([&] {
            cs::sqlite::Database db;
            db.open(path, SQLITE_OPEN_READONLY);
            cs::sqlite::Statement select(db, "SELECT r.raw_json, c.offset_minutes FROM conversations c JOIN raw_records r USING (row) ORDER BY c.row");
            while (select.step() == SQLITE_ROW)
                bytes += qint64(select.columnText(0).size()) + select.columnInt(1);
        }));
        qint64 parsed = 0;
        timed("  breakdown: scan + parse (readBatches)", seconds([&] {
            cs::SnapshotReader reader;
            ok = reader.open(path, &error) && reader.readBatches(20000, [&](cs::SnapshotReader::Batch &&batch) {
                parsed += qint64(batch.page->records.size());
                return true;
            }, &error);
        }));
        if (!ok || parsed != records || bytes == 0) {
            std::fprintf(stderr, "readBatches failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    {
        cs::RecordStore loaded;
        timed("snapshot open + full load (loadInto)", seconds([&] {
            cs::SnapshotReader reader;
            ok = reader.open(path, &error) && reader.loadInto(loaded, &error);
        }), "(goal <= 3 s)");
        if (!ok || loaded.size() != records) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    // A third argument keeps the snapshot there (for bench_guiopen).
    if (argc > 3) {
        QFile::remove(QString::fromLocal8Bit(argv[3]));
        QFile::rename(path, QString::fromLocal8Bit(argv[3]));
    }
    QFile::remove(path);

    // CSV export to a file: the standard CSV (fetch/export) and the viewer's
    // "what you see" CSV with every column, times converted to a zone.
    const std::vector<cs::RowId> rows = cs::rowsInStartOrder(store);
    const QString csvPath = dir.filePath(u"bench.csv"_s);
    const double standardSeconds = seconds([&] {
        ok = writeCsvFile(csvPath, [&](QIODevice *out) { return cs::writeStandardCsv(store, rows, out, {}, {}, &error); });
    });
    const double standardMb = double(QFileInfo(csvPath).size()) / 1e6;
    if (!ok) {
        std::fprintf(stderr, "CSV failed: %s\n", qPrintable(error));
        return 1;
    }
    figure("standard CSV size", standardMb, "MB");
    timed("standard CSV export time", standardSeconds);
    figure("standard CSV export speed (writeStandardCsv)", standardMb / standardSeconds, "MB/s", "(goal >= 200 MB/s)");

    cs::ViewCsvOptions view;
    for (int c = 0; c < cs::callColumnCount(); ++c)
        view.columns.push_back(cs::CallColumn(c));
    view.zone = QTimeZone("America/New_York");
    const double viewSeconds = seconds([&] {
        ok = writeCsvFile(csvPath, [&](QIODevice *out) { return cs::writeViewCsv(store, rows, out, view, {}, &error); });
    });
    const double viewMb = double(QFileInfo(csvPath).size()) / 1e6;
    if (!ok) {
        std::fprintf(stderr, "view CSV failed: %s\n", qPrintable(error));
        return 1;
    }
    figure("view CSV size (all columns, zoned times)", viewMb, "MB");
    timed("view CSV export time", viewSeconds);
    figure("view CSV export speed (writeViewCsv)", viewMb / viewSeconds, "MB/s", "(goal >= 200 MB/s)");
    return 0;
}
