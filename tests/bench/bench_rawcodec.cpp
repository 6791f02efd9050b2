// What each zstd setting costs a compact snapshot's raw_blocks: the mock's
// calls in blocks of a thousand (snapshotschema::kRawBlockRows), compressed
// with a dictionary trained as a save trains it (1,500 calls spread over the
// rows), on one thread. Prints CPU seconds a million calls to compress and to
// decompress, and bytes a call, for each setting.
//   bench_rawcodec [calls]   (default 200,000)

#include "mockserver.h"
#include "rawcodec.h"
#include "snapshotschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>
#define ZSTD_STATIC_LINKING_ONLY   // ZSTD_c_literalCompressionMode: an experimental setting, tried here only
#include <zstd.h>

namespace {

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Setting
{
    const char *name;
    int level;
    std::vector<std::pair<ZSTD_cParameter, int>> parameters = {};
    bool dictionary = true;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    if (calls < 2000) {
        std::fprintf(stderr, "usage: bench_rawcodec [calls >= 2000]\n");
        return 2;
    }
    cs::mock::DatasetSpec spec;
    spec.seed = 42;
    spec.calls = calls;
    spec.startUtc = 1772323200;                    // 2026-03-01T00:00:00Z, as bench_archive
    spec.endUtc = spec.startUtc + 30 * 86400 - 1;
    const cs::mock::MockDataset data(spec);
    const QList<int> order = data.select(spec.startUtc, spec.endUtc);
    std::vector<std::string> records;
    records.reserve(size_t(order.size()));
    qint64 rawBytes = 0;
    for (const int index : order) {
        const QByteArray json = data.recordJson(index, 300);
        records.emplace_back(json.constData(), size_t(json.size()));
        rawBytes += json.size();
    }
    auto samplesOf = [&](size_t count) {
        std::vector<std::string_view> samples;
        for (size_t i = 0; i < count; ++i)
            samples.push_back(records[i * records.size() / count]);
        return samples;
    };
    const QByteArray dictionary = cs::rawcodec::trainDictionary(samplesOf(1500));
    std::vector<std::string> blocks;
    for (size_t first = 0; first < records.size(); first += cs::snapshotschema::kRawBlockRows) {
        std::string block;
        for (size_t i = first; i < std::min(records.size(), first + cs::snapshotschema::kRawBlockRows); ++i)
            block += records[i];
        blocks.push_back(std::move(block));
    }
    std::printf("bench_rawcodec: %zu calls, %.0f bytes a call of JSON, blocks of %d, dictionary %lld bytes\n",
                records.size(), double(rawBytes) / double(records.size()), cs::snapshotschema::kRawBlockRows,
                qlonglong(dictionary.size()));
    std::printf("%-28s %14s %16s %12s\n", "setting", "compress s/1M", "decompress s/1M", "bytes/call");
    const Setting settings[] = {
        {"level 3", 3}, {"level 2", 2}, {"level 1 (today)", 1}, {"level -1", -1}, {"level -5", -5},
        {"level 1, raw literals", 1, {{ZSTD_c_literalCompressionMode, ZSTD_ps_disable}}},
        {"level 1, no dictionary", 1, {}, false},
        {"level 1, minMatch 7", 1, {{ZSTD_c_minMatch, 7}}},
        {"level 1, hashLog 16", 1, {{ZSTD_c_hashLog, 16}}},
        {"level 1, hashLog 12", 1, {{ZSTD_c_hashLog, 12}}},
        {"level 1, windowLog 17", 1, {{ZSTD_c_windowLog, 17}}},
        {"level 1, attach dictionary", 1, {{ZSTD_c_forceAttachDict, ZSTD_dictForceAttach}}},
    };
    const double perMillion = 1e6 / double(records.size());
    // The dictionary a save trains before it compresses (its time is the
    // save's, before any worker starts): how many calls, how large.
    // "alone": a call compressed by itself at level 3 against the dictionary, as an
    // archive opened on the snapshot stores a call that changed.
    std::printf("%-28s %14s %16s %12s\n", "dictionary", "train s", "alone b/call", "bytes/call");
    for (const auto &[count, bytes] : {std::pair<size_t, size_t>{1500, 65536}, {1000, 65536}, {500, 65536},
                                       {500, 32768}, {300, 16384}, {0, 0}}) {
        const double trainStart = threadCpuSeconds();
        const QByteArray trained = count ? cs::rawcodec::trainDictionary(samplesOf(count), bytes) : QByteArray();
        const double train = threadCpuSeconds() - trainStart;
        ZSTD_CCtx *context = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, 1);
        ZSTD_CDict *cdict = trained.isEmpty() ? nullptr : ZSTD_createCDict(trained.constData(), size_t(trained.size()), 1);
        ZSTD_CCtx_refCDict(context, cdict);
        std::vector<char> buffer;
        qint64 compressedBytes = 0;
        for (size_t i = 0; i < blocks.size(); i += 4) {   // every fourth block: enough to tell them apart
            buffer.resize(std::max(buffer.size(), ZSTD_compressBound(blocks[i].size())));
            compressedBytes += qint64(ZSTD_compress2(context, buffer.data(), buffer.size(), blocks[i].data(), blocks[i].size()));
        }
        qint64 aloneBytes = 0, aloneCalls = 0;
        if (!trained.isEmpty()) {
            cs::rawcodec::Compressor alone(trained, 3);
            std::string frame;
            for (size_t i = 0; i < records.size(); i += 20, ++aloneCalls) {
                alone.compress(records[i], &frame);
                aloneBytes += qint64(frame.size());
            }
        }
        const QByteArray name = count ? QByteArray::number(qulonglong(count)) + " calls, " + QByteArray::number(qulonglong(bytes / 1024)) + " KiB"
                                      : QByteArray("none");
        std::printf("%-28s %14.3f %16.1f %12.1f\n", name.constData(), train,
                    aloneCalls ? double(aloneBytes) / double(aloneCalls) : 0.0, double(compressedBytes) * 4 / double(records.size()));
        ZSTD_freeCDict(cdict);
        ZSTD_freeCCtx(context);
    }
    for (const Setting &setting : settings) {
        ZSTD_CCtx *context = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, setting.level);
        for (const auto &[parameter, value] : setting.parameters)
            ZSTD_CCtx_setParameter(context, parameter, value);
        // The dictionary as a save loads it: once, digested for this level.
        ZSTD_CDict *cdict = ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), setting.level);
        if (setting.dictionary)
            ZSTD_CCtx_refCDict(context, cdict);
        std::vector<std::string> frames;
        std::vector<char> buffer;
        qint64 compressedBytes = 0;
        const double compressStart = threadCpuSeconds();
        for (const std::string &block : blocks) {
            buffer.resize(std::max(buffer.size(), ZSTD_compressBound(block.size())));
            const size_t size = ZSTD_compress2(context, buffer.data(), buffer.size(), block.data(), block.size());
            if (ZSTD_isError(size)) {
                std::fprintf(stderr, "%s: %s\n", setting.name, ZSTD_getErrorName(size));
                return 1;
            }
            frames.emplace_back(buffer.data(), size);
            compressedBytes += qint64(size);
        }
        const double compress = threadCpuSeconds() - compressStart;
        cs::rawcodec::Decompressor decompressor(setting.dictionary ? dictionary : QByteArray("\x28\xb5\x2f\xfd", 4));
        std::string out;
        const double decompressStart = threadCpuSeconds();
        bool decompressed = true;
        for (const std::string &frame : frames)
            decompressed = decompressor.decompress(frame, &out, 64u << 20) && decompressed;
        const double decompress = threadCpuSeconds() - decompressStart;
        for (size_t i = 0; i < frames.size() && decompressed; ++i)
            decompressed = decompressor.decompress(frames[i], &out, 64u << 20) && out == blocks[i];
        if (!decompressed) {
            std::fprintf(stderr, "%s: a block does not decompress to its JSON\n", setting.name);
            return 1;
        }
        std::printf("%-28s %14.3f %16.3f %12.1f\n", setting.name, compress * perMillion, decompress * perMillion,
                    double(compressedBytes) / double(records.size()));
        std::fflush(stdout);
        ZSTD_freeCDict(cdict);
        ZSTD_freeCCtx(context);
    }
    return 0;
}
