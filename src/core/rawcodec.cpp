#include "rawcodec.h"

#include <zdict.h>
#include <zstd.h>

namespace cs::rawcodec {

qint64 rawHash(std::string_view bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return qint64(hash);
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
