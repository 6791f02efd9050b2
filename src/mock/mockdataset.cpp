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

    Rng rng(spec.seed);
    const int count = std::max(0, spec.calls);
    d->calls.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        CallEntry &c = d->calls[size_t(i)];
        c.startUtc = drawStart(rng, from, to);
        c.seed = rng.next();
        c.serial = quint32(i);
        Rng planRng(c.seed);
        const CallPlan plan = planCall(planRng);
        c.channel = plan.channel;
        c.direction = plan.direction;
        c.queueMask = plan.queueMask();
    }
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
    return renderRecord(d->calls.at(size_t(index)), options);
}

} // namespace cs::mock
