#pragma once
// A tiny, fully specified PRNG (splitmix64) with our own range reduction.
// std::uniform_int_distribution differs between standard libraries and
// QRandomGenerator::global() is not seedable: the mock's data must be the
// same bytes for the same seed everywhere, so we do it by hand.

#include <QtGlobal>
#include <array>

namespace cs::mock {

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0. Multiply-shift: no modulo bias worth caring about here.
    int below(int n) { return int((unsigned __int128)next() * quint64(n) >> 64); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }   // inclusive
    bool chance(int percent) { return below(100) < percent; }
    bool chancePerMille(int perMille) { return below(1000) < perMille; }
    // A skewed duration: mostly short, sometimes long (square of a uniform).
    int skewed(int lo, int hi)
    {
        const quint64 u = next() >> 40;                 // 24 bits
        const quint64 sq = (u * u) >> 24;               // 0 .. 2^24-1, skewed low
        return lo + int(sq * quint64(hi - lo) >> 24);
    }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items) { return items[size_t(below(int(N)))]; }
    // Index chosen with integer weights.
    template<size_t N>
    int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }

private:
    quint64 m_state;
};

// Stateless mixing of a few numbers into one, for ids derived from a seed.
inline quint64 mix(quint64 a, quint64 b)
{
    Rng r(a ^ (b * 0xD1B54A32D192ED03ULL));
    return r.next();
}

} // namespace cs::mock
