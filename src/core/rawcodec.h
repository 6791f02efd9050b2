#pragma once
// zstd with a dictionary for raw records. One call's JSON is a few kilobytes
// of mostly the same keys: compressed alone it barely shrinks, compressed
// against a dictionary trained on other calls it shrinks several times.

#include <QByteArray>
#include <QtGlobal>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cs::rawcodec {

// A 64-bit checksum of a raw record, stable across builds and platforms
// (stored in files): four lanes of 8-byte multiply-xor rounds, then a final mix.
qint64 rawHash(std::string_view bytes);

// A dictionary trained on `samples`; empty when there is too little to train on.
QByteArray trainDictionary(const std::vector<std::string_view> &samples, size_t dictionaryBytes = 64 * 1024);

class Compressor
{
public:
    explicit Compressor(const QByteArray &dictionary, int level = 3);
    ~Compressor();
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;
    bool isValid() const;
    bool compress(std::string_view input, std::string *out);
    // Into `out` (at least ZSTD_compressBound(input) bytes: compressBound()); 0 on failure.
    size_t compress(std::string_view input, char *out, size_t capacity);
    static size_t compressBound(size_t inputBytes);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class Decompressor
{
public:
    explicit Decompressor(const QByteArray &dictionary);
    ~Decompressor();
    Decompressor(const Decompressor &) = delete;
    Decompressor &operator=(const Decompressor &) = delete;
    bool isValid() const;
    // Fails on damaged input or output larger than `maxBytes` (a hostile frame).
    bool decompress(std::string_view input, std::string *out, size_t maxBytes);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cs::rawcodec
