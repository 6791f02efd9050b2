#include "rawcodec.h"

#include <QtEndian>
#include <cstring>
#include <zdict.h>
#include <zstd.h>

namespace cs::rawcodec {

namespace {
inline quint64 load64(const char *p)
{
    quint64 word;
    std::memcpy(&word, p, 8);
    return qFromLittleEndian(word);   // the same value on every platform
}
inline quint64 mix(quint64 h, quint64 word)
{
    h = (h ^ word) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 29);
}
} // namespace

qint64 rawHash(std::string_view bytes)
{
    // Four independent lanes of 8 bytes: a record's checksum costs a fraction
    // of writing it (FNV-1a, one byte at a time, cost more than the insert).
    const char *p = bytes.data();
    const size_t n = bytes.size();
    quint64 lane[4] = {0x9E3779B97F4A7C15ULL ^ n, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL, 0x27D4EB2F165667C5ULL};
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        lane[0] = mix(lane[0], load64(p + i));
        lane[1] = mix(lane[1], load64(p + i + 8));
        lane[2] = mix(lane[2], load64(p + i + 16));
        lane[3] = mix(lane[3], load64(p + i + 24));
    }
    quint64 h = lane[0] ^ (lane[1] * 3) ^ (lane[2] * 5) ^ (lane[3] * 7);
    for (; i + 8 <= n; i += 8)
        h = mix(h, load64(p + i));
    if (i < n) {
        char tail[8] = {};
        std::memcpy(tail, p + i, n - i);
        h = mix(h, load64(tail));
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return qint64(h);
}

QByteArray trainDictionary(const std::vector<std::string_view> &samples, size_t dictionaryBytes)
{
    // zdict needs the samples back to back plus their sizes.
    std::string joined;
    std::vector<size_t> sizes;
    sizes.reserve(samples.size());
    for (const std::string_view sample : samples) {
        joined.append(sample);
        sizes.push_back(sample.size());
    }
    if (samples.size() < 8 || joined.size() < dictionaryBytes)
        return {};
    QByteArray dictionary(qsizetype(dictionaryBytes), Qt::Uninitialized);
    const size_t size = ZDICT_trainFromBuffer(dictionary.data(), dictionaryBytes, joined.data(), sizes.data(),
                                              unsigned(sizes.size()));
    if (ZDICT_isError(size))
        return {};
    dictionary.truncate(qsizetype(size));
    return dictionary;
}

struct Compressor::Impl
{
    ZSTD_CCtx *context = nullptr;
    ZSTD_CDict *dictionary = nullptr;
};

Compressor::Compressor(const QByteArray &dictionary, int level) : d(std::make_unique<Impl>())
{
    d->context = ZSTD_createCCtx();
    if (!dictionary.isEmpty())
        d->dictionary = ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), level);
}

Compressor::~Compressor()
{
    ZSTD_freeCDict(d->dictionary);
    ZSTD_freeCCtx(d->context);
}

bool Compressor::isValid() const
{
    return d->context && d->dictionary;
}

bool Compressor::compress(std::string_view input, std::string *out)
{
    if (!isValid())
        return false;
    out->resize(ZSTD_compressBound(input.size()));
    const size_t size = ZSTD_compress_usingCDict(d->context, out->data(), out->size(), input.data(), input.size(),
                                                 d->dictionary);
    if (ZSTD_isError(size))
        return false;
    out->resize(size);
    return true;
}

size_t Compressor::compress(std::string_view input, char *out, size_t capacity)
{
    if (!isValid())
        return 0;
    const size_t size = ZSTD_compress_usingCDict(d->context, out, capacity, input.data(), input.size(), d->dictionary);
    return ZSTD_isError(size) ? 0 : size;
}

size_t Compressor::compressBound(size_t inputBytes)
{
    return ZSTD_compressBound(inputBytes);
}

struct Decompressor::Impl
{
    ZSTD_DCtx *context = nullptr;
    ZSTD_DDict *dictionary = nullptr;
};

Decompressor::Decompressor(const QByteArray &dictionary) : d(std::make_unique<Impl>())
{
    d->context = ZSTD_createDCtx();
    if (!dictionary.isEmpty())
        d->dictionary = ZSTD_createDDict(dictionary.constData(), size_t(dictionary.size()));
}

Decompressor::~Decompressor()
{
    ZSTD_freeDDict(d->dictionary);
    ZSTD_freeDCtx(d->context);
}

bool Decompressor::isValid() const
{
    return d->context && d->dictionary;
}

bool Decompressor::decompress(std::string_view input, std::string *out, size_t maxBytes)
{
    if (!isValid())
        return false;
    const unsigned long long declared = ZSTD_getFrameContentSize(input.data(), input.size());
    if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN || declared > maxBytes)
        return false;
    out->resize(size_t(declared));
    const size_t size = ZSTD_decompress_usingDDict(d->context, out->data(), out->size(), input.data(), input.size(),
                                                   d->dictionary);
    if (ZSTD_isError(size) || size != declared)
        return false;
    return true;
}

} // namespace cs::rawcodec
