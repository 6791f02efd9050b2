// Generation and selection of the synthetic calls. Only 24 bytes per call are
// kept (start, seed, serial and the fields the filters need); the JSON is
// rendered on demand from the seed (mockrecord.cpp), so a million calls cost
// about 24 MB and generate in well under a second.

#include "mockserver.h"

#include "mockcatalog.h"
#include "mockplan.h"
#include "mockrender.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace cs::mock {

struct MockDataset::Impl
{
    std::vector<CallEntry> calls;   // sorted by (startUtc, sessionId)
    quint64 seed = 0;               // the spec's, for inserted calls
    quint32 generated = 0;          // serials below this are the spec's calls
    quint32 late = 0;               // serials [generated, generated + late) are its late calls
    int reviseEvery = 0;

    bool revised(const CallEntry &c) const
    {
        return reviseEvery > 0 && c.serial < generated && (c.serial + 1) % quint32(reviseEvery) == 0;
    }
};

namespace {

// A default-constructed DatasetSpec (both ends 0) gets this fixed month, so it
// is usable and still deterministic: 2024-09-01T00:00:00Z .. 2024-10-01T00:00:00Z.
constexpr qint64 kDefaultFrom = 1725148800;
constexpr qint64 kDefaultTo = 1727740800;

// The contact centre works on a fixed UTC-5 clock (no DST: keeps this exact).
constexpr qint64 kCentreUtcOffsetSeconds = -5 * 3600;
constexpr std::array<int, 24> kHourWeights = {3, 3, 3, 3, 3, 4, 6, 10, 20, 30, 30, 30,
                                              24, 24, 30, 30, 30, 20, 12, 12, 7, 7, 7, 4};
constexpr int kMaxHourWeight = 30;

int busyness(qint64 utc)
{
    const qint64 local = utc + kCentreUtcOffsetSeconds;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const int hour = int((local - days * 86400) / 3600);
    const int weekday = int(((days + 4) % 7 + 7) % 7);       // 1970-01-01 was a Thursday; 0 = Sunday
    const bool weekend = weekday == 0 || weekday == 6;
    return weekend ? kHourWeights[size_t(hour)] * 2 / 5 + 1 : kHourWeights[size_t(hour)];
}

// Uniform over [from, to], thinned by the time-of-day pattern (rejection sampling;
// the weights' floor keeps it quick even for a window that is all night).
qint64 drawStart(Rng &rng, qint64 from, qint64 to)
{
    const quint64 span = quint64(to - from) + 1;
    for (;;) {
        const qint64 t = from + qint64((unsigned __int128)rng.next() * span >> 64);
        if (rng.below(kMaxHourWeight) < busyness(t))
            return t;
    }
}

int channelIndex(const QString &name)
{
    for (size_t i = 0; i < catalog::kChannelNames.size(); ++i) {
        if (name.compare(QLatin1StringView(catalog::kChannelNames[i].data(), qsizetype(catalog::kChannelNames[i].size())),
                         Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

// Queue filters name queue ids (the spec); names are accepted too, for convenience.
quint16 queueBits(const QStringList &queues)
{
    quint16 bits = 0;
    for (const QString &q : queues) {
        const QByteArray utf8 = q.toUtf8();
        const std::string_view v(utf8.constData(), size_t(utf8.size()));
        for (size_t i = 0; i < catalog::kQueues.size(); ++i) {
            if (catalog::kQueues[i].id == v || catalog::kQueues[i].name == v)
                bits |= quint16(1u << i);
        }
    }
    return bits;
}

struct Filter
{
    bool any = false;
    quint32 channelBits = 0xFFFFFFFF;
    quint16 queueMask = 0xFFFF;
    int direction = -1;

    Filter(const QStringList &channels, const QStringList &queues, const QString &dir)
    {
        if (!channels.isEmpty()) {
            channelBits = 0;
            for (const QString &c : channels) {
                const int index = channelIndex(c);
                if (index >= 0)
                    channelBits |= 1u << index;
            }
            any = true;
        }
        if (!queues.isEmpty()) {
            queueMask = queueBits(queues);
            any = true;
        }
        if (dir.compare(u"Inbound", Qt::CaseInsensitive) == 0)
            direction = catalog::Inbound;
        else if (dir.compare(u"Outbound", Qt::CaseInsensitive) == 0)
            direction = catalog::Outbound;
        any = any || direction >= 0;
    }
    bool accepts(const CallEntry &c) const
    {
        return (channelBits & (1u << c.channel)) && (c.queueMask & queueMask || queueMask == 0xFFFF)
            && (direction < 0 || c.direction == direction);
    }
};

CallEntry makeCall(qint64 startUtc, quint64 seed, quint32 serial)
{
    CallEntry c;
    c.startUtc = startUtc;
    c.seed = seed;
    c.serial = serial;
    Rng planRng(seed);
    const CallPlan plan = planCall(planRng);
    c.channel = plan.channel;
    c.direction = plan.direction;
    c.queueMask = plan.queueMask();
    return c;
}

// Moves about `share` of the calls onto the start second of another call (the
// anchor, which stays), in clusters of 2-8 calls per second. A random stream of
// its own: with share 0 the dataset is exactly what it was without this.
void clusterSameSecond(std::vector<CallEntry> &calls, double share, quint64 seed)
{
    const size_t n = calls.size();
    const size_t target = size_t(std::clamp(share, 0.0, 1.0) * double(n) + 0.5);
    if (target == 0 || n < 2)
        return;
    Rng rng(mix(seed, 0xC105E));
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    for (size_t i = n - 1; i > 0; --i)
        std::swap(order[i], order[size_t(rng.below(int(i + 1)))]);
    size_t moved = 0;
    size_t next = 0;
    while (moved < target && next + 1 < n) {
        const qint64 second = calls[order[next++]].startUtc;
        const int clusterSize = rng.range(2, 8);
        for (int k = 1; k < clusterSize && moved < target && next < n; ++k, ++moved)
            calls[order[next++]].startUtc = second;
    }
}

} // namespace

MockDataset::MockDataset(const DatasetSpec &spec)
    : d(std::make_unique<Impl>())
{
    qint64 from = spec.startUtc;
    qint64 to = spec.endUtc;
    if (from == 0 && to == 0) {
        from = kDefaultFrom;
        to = kDefaultTo;
    }
    if (to < from)
        std::swap(from, to);

    d->seed = spec.seed;
    Rng rng(spec.seed);
    const int count = std::max(0, spec.calls);
    d->calls.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const qint64 start = drawStart(rng, from, to);
        d->calls.push_back(makeCall(start, rng.next(), quint32(i)));
    }
    clusterSameSecond(d->calls, spec.sameSecondShare, spec.seed);

    // Late calls: a stream of their own and serials after the generated ones,
    // so the generated calls (and their sessionIds) are the same with or without them.
    qint64 lateFrom = std::max(from, spec.lateFromUtc);
    qint64 lateTo = spec.lateToUtc > 0 ? std::min(to, spec.lateToUtc) : to;
    if (lateTo < lateFrom) {
        lateFrom = from;
        lateTo = to;
    }
    const int late = std::max(0, spec.lateCalls);
    Rng lateRng(mix(spec.seed, 0x1A7EC0115ULL));
    for (int i = 0; i < late; ++i) {
        const qint64 start = drawStart(lateRng, lateFrom, lateTo);
        d->calls.push_back(makeCall(start, lateRng.next(), quint32(count + i)));
    }
    d->generated = quint32(count);
    d->late = quint32(late);
    d->reviseEvery = std::max(0, spec.reviseEvery);
    std::sort(d->calls.begin(), d->calls.end(), callBefore);
}

MockDataset::~MockDataset() = default;

int MockDataset::size() const
{
    return int(d->calls.size());
}

QList<int> MockDataset::select(qint64 startUtc, qint64 endUtc, const QStringList &channels,
                               const QStringList &queues, const QString &direction) const
{
    return selectPage(startUtc, endUtc, channels, queues, direction, 0, std::numeric_limits<qsizetype>::max());
}

QList<int> MockDataset::selectPage(qint64 startUtc, qint64 endUtc, const QStringList &channels,
                                   const QStringList &queues, const QString &direction, qsizetype skip,
                                   qsizetype limit) const
{
    QList<int> out;
    if (endUtc < startUtc || limit <= 0)
        return out;
    const auto &calls = d->calls;
    const auto lo = std::lower_bound(calls.begin(), calls.end(), startUtc,
                                     [](const CallEntry &c, qint64 t) { return c.startUtc < t; });
    const auto hi = std::upper_bound(lo, calls.end(), endUtc,
                                     [](qint64 t, const CallEntry &c) { return t < c.startUtc; });
    const Filter filter(channels, queues, direction);
    if (!filter.any) {
        // Unfiltered: pure index arithmetic, O(log n + page) per request.
        const qsizetype available = hi - lo;
        const qsizetype first = std::min(skip, available);
        const qsizetype count = std::min(limit, available - first);
        out.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            out.append(int((lo - calls.begin()) + first + i));
        return out;
    }
    for (auto it = lo; it != hi && out.size() < limit; ++it) {
        if (!filter.accepts(*it))
            continue;
        if (skip > 0)
            --skip;
        else
            out.append(int(it - calls.begin()));
    }
    return out;
}

QSet<QByteArray> MockDataset::sessionIds(const QList<int> &indices) const
{
    QSet<QByteArray> ids;
    ids.reserve(indices.size());
    for (int i : indices)
        ids.insert(sessionId(i));
    return ids;
}

QByteArray MockDataset::sessionId(int index) const
{
    return sessionIdOf(d->calls.at(size_t(index)));
}

qint64 MockDataset::startUtc(int index) const
{
    return d->calls.at(size_t(index)).startUtc;
}

QByteArray MockDataset::recordJson(int index, int offsetMinutes) const
{
    RenderOptions options;
    options.offsetMinutes = offsetMinutes;
    return recordJson(index, options);
}

QByteArray MockDataset::recordJson(int index, const RenderOptions &options) const
{
    const CallEntry &call = d->calls.at(size_t(index));
    return renderRecord(call, options, d->revised(call));
}

bool MockDataset::isLate(int index) const
{
    const quint32 serial = d->calls.at(size_t(index)).serial;
    return serial >= d->generated && serial - d->generated < d->late;
}

bool MockDataset::isRevised(int index) const
{
    return d->revised(d->calls.at(size_t(index)));
}

int MockDataset::startMillis(int index) const
{
    return startMillisOf(d->calls.at(size_t(index)));
}

QList<int> MockDataset::selectMillis(qint64 startUtc, qint64 endUtc, const QStringList &channels,
                                     const QStringList &queues, const QString &direction) const
{
    QList<int> out = select(startUtc, endUtc, channels, queues, direction);
    out.removeIf([this, endUtc](int i) {
        const CallEntry &c = d->calls[size_t(i)];
        return c.startUtc == endUtc && startMillisOf(c) > 0;
    });
    return out;
}

QByteArray MockDataset::insertCall(qint64 startUtc, const QStringList &channels, const QStringList &queues,
                                   const QString &direction)
{
    // Generated calls have serials below their count and each insert adds one,
    // so the size is a serial nobody has: the sessionId is unique.
    const auto serial = quint32(d->calls.size());
    Rng rng(mix(d->seed, 0x1A5E27ULL + serial));
    const Filter filter(channels, queues, direction);
    CallEntry call;
    // A few hundred seeds find a match for any filter that can match at all;
    // otherwise the last candidate is inserted anyway.
    for (int attempt = 0; attempt < 500; ++attempt) {
        call = makeCall(startUtc, rng.next(), serial);
        if (!filter.any || filter.accepts(call))
            break;
    }
    d->calls.insert(std::upper_bound(d->calls.begin(), d->calls.end(), call, callBefore), call);
    return sessionIdOf(call);
}

} // namespace cs::mock
