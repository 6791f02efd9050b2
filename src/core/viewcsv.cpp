#include "viewcsv.h"

#include "optinblocks.h"

#include "agentsegments.h"
#include "csvstretches.h"
#include "csvwriter.h"
#include "durationformat.h"
#include "recordtime.h"
#include "zoneoffsets.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;
constexpr int kProgressEvery = 4096;

// lupdate takes the context from the qualified call (ViewCsv::tr), which a
// free tr() helper would not give it.
struct ViewCsv
{
    Q_DECLARE_TR_FUNCTIONS(ViewCsv)
};

// Buffers rows and hands them to the device in ~1 MiB writes.
class BufferedCsv
{
public:
    BufferedCsv(QIODevice *out, QString *error, char separator)
        : m_out(out), m_error(error), m_writer(&m_buffer, separator)
    {
        m_buffer.reserve(kFlushBytes + 64 * 1024);
    }
    CsvWriter &writer() { return m_writer; }
    bool flushIfFull() { return m_buffer.size() < kFlushBytes || flush(); }
    bool flush()
    {
        if (!m_buffer.isEmpty() && m_out->write(m_buffer) != m_buffer.size()) {
            if (m_error)
                *m_error = ViewCsv::tr("Cannot write the CSV file: %1").arg(m_out->errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }

private:
    QIODevice *m_out;
    QString *m_error;
    QByteArray m_buffer;
    CsvWriter m_writer;
};

bool cancelled(QString *error)
{
    if (error)
        *error = ViewCsv::tr("The export was cancelled.");
    return false;
}

// One cell exactly as cellText() reads it, without the QString round trip for
// the columns that dominate an export (ids, interned text, zoned times).
void viewCell(CsvWriter &writer, const RecordStore &store, RowId row, CallColumn column,
              const ViewCsvOptions &options, ZoneOffsets &offsets, CsvPooledCells &pooledCells)
{
    const StringPool &pool = store.strings();
    auto pooled = [&](quint32 id) { writer.escaped(pooledCells(id)); };
    switch (column) {
    case CallColumn::SessionId: writer.field(store.sessionId(row)); return;
    case CallColumn::ConversationId: writer.field(store.conversationId(row)); return;
    case CallColumn::UserId: writer.field(store.userId(row)); return;
    case CallColumn::Channel: pooled(store.channel(row)); return;
    case CallColumn::Direction: pooled(store.direction(row)); return;
    case CallColumn::FinalStatus: pooled(store.finalStatus(row)); return;
    case CallColumn::SmartStatus: pooled(store.smartStatus(row)); return;
    case CallColumn::Reason: pooled(store.reason(row)); return;
    case CallColumn::Queues:
    case CallColumn::Agents:
    case CallColumn::Dispositions: {
        const std::span<const quint32> ids = column == CallColumn::Queues ? store.queues(row)
            : column == CallColumn::Agents                                ? store.agents(row)
                                                                          : store.dispositions(row);
        if (ids.size() <= 1) {   // one value (or none: id 0, the empty string) reads as itself
            pooled(ids.empty() ? 0 : ids.front());
            return;
        }
        thread_local std::string joined;   // as cellText joins them: "a; b"
        joined.clear();
        for (const quint32 id : ids) {
            if (!joined.empty())
                joined += "; ";
            joined += pool.utf8(id);
        }
        writer.field(std::string_view(joined));
        return;
    }
    case CallColumn::Talk:
    case CallColumn::Hold:
    case CallColumn::AfterCallWork:
    case CallColumn::HandleTime:
    case CallColumn::Wait: {
        const int seconds = column == CallColumn::Talk        ? store.talkSeconds(row)
            : column == CallColumn::Hold                      ? store.holdSeconds(row)
            : column == CallColumn::AfterCallWork             ? store.afterCallWorkSeconds(row)
            : column == CallColumn::HandleTime                ? store.handleSeconds(row)
                                                              : store.waitSeconds(row);
        DurationBuffer buffer;
        writer.field(formatDurationInto(seconds, buffer));
        return;
    }
    case CallColumn::Duration: {
        const int seconds = store.durationSeconds(row);
        DurationBuffer buffer;
        if (seconds < 0)
            writer.empty();
        else
            writer.field(formatDurationInto(seconds, buffer));
        return;
    }
    case CallColumn::Transfers: writer.number(transferCount(store, row)); return;
    case CallColumn::Csat:
    case CallColumn::Nps: {
        const int score = column == CallColumn::Csat ? store.csatScore(row) : store.npsScore(row);
        if (score == kNoScore)
            writer.empty();
        else
            writer.number(score);
        return;
    }
    case CallColumn::StartTime:
    case CallColumn::EndTime: {
        if (options.times == TimeText::Raw) {
            // The API's own text; written as bytes when it is ASCII (always, in
            // practice), else through cellText's QString like any other cell.
            const std::string text = column == CallColumn::StartTime ? store.startTimeText(row) : store.endTimeText(row);
            if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
                writer.field(std::string_view(text));
                return;
            }
            break;
        }
        if (options.times != TimeText::Zoned)
            break;
        const qint64 utc = column == CallColumn::StartTime ? store.startUtc(row) : store.endUtc(row);
        char text[recordtime::kCanonicalLength];
        if (utc == kNoTime)
            writer.empty();
        else if (formatZonedInto(utc, offsets, text))
            writer.field(std::string_view(text, sizeof text));
        else
            break;   // a year beyond 9999: let QDateTime spell it
        return;
    }
    default:
        break;
    }
    writer.field(cellText(store, row, column, options.zone, options.times));
}

void durationField(CsvWriter &writer, int seconds)
{
    if (seconds < 0)
        writer.empty();
    else
        writer.number(seconds);
}

} // namespace

char defaultCsvSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == u","_s ? ';' : ',';
}

namespace {

// QTimeZone is reentrant, not thread-safe: a second thread reads a zone of its own.
ViewCsvOptions ownZone(ViewCsvOptions options)
{
    if (options.zone.isValid())
        options.zone = QTimeZone(options.zone.id());
    return options;
}

// The rows of one stretch of the view as CSV text: each thread has its own
// writer and caches, the store is only read.
class ViewRowFormatter
{
public:
    ViewRowFormatter(const ViewRowFormatter &) = delete;   // the writer points into it
    ViewRowFormatter &operator=(const ViewRowFormatter &) = delete;
    ViewRowFormatter(const RecordStore &store, const ViewCsvOptions &options)
        : m_store(store), m_options(options), m_writer(&m_text, options.separator), m_offsets(options.zone),
          m_pooledCells(m_writer, store.strings()),
          // The ids sit with each record's JSON, far apart: a later row's ids
          // are asked for ahead so that they are in cache when that row is written.
          m_anyId(std::any_of(options.columns.begin(), options.columns.end(), [](CallColumn c) {
              return c == CallColumn::SessionId || c == CallColumn::ConversationId || c == CallColumn::UserId;
          }))
    {
    }

    // Replaces the text with rows [begin, end).
    QByteArray &format(const RowId *begin, const RowId *end)
    {
        constexpr ptrdiff_t kPrefetchRows = 8;
        m_text.resize(0);   // keeps the capacity, unlike clear()
        for (const RowId *at = begin; at != end; ++at) {
            if (m_anyId && end - at > kPrefetchRows) {
                const RowId later = at[kPrefetchRows];
                for (const std::string_view id : {m_store.sessionId(later), m_store.conversationId(later), m_store.userId(later)})
                    __builtin_prefetch(id.data());
            }
            for (const CallColumn column : m_options.columns)
                viewCell(m_writer, m_store, *at, column, m_options, m_offsets, m_pooledCells);
            m_writer.endRow();
        }
        return m_text;
    }

private:
    const RecordStore &m_store;
    ViewCsvOptions m_options;
    QByteArray m_text;
    CsvWriter m_writer;
    ZoneOffsets m_offsets;
    CsvPooledCells m_pooledCells;   // each value escaped once
    bool m_anyId;
};

} // namespace

bool writeViewCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                  const ViewCsvOptions &options, const ExportProgress &progress, QString *error)
{
    BufferedCsv csv(out, error, options.separator);
    CsvWriter &writer = csv.writer();
    if (options.utf8Bom)
        writer.writeBom();
    for (const CallColumn column : options.columns)
        writer.field(columnTitle(column));
    writer.endRow();
    if (!csv.flush())
        return false;

    // The helper thread's formatter reads a zone of its own.
    int made = 0;
    return csvstretches::writeInStretches(
        rows, out, [&] { return std::make_unique<ViewRowFormatter>(store, made++ == 0 ? options : ownZone(options)); },
        [&](qint64 done) { return !progress || progress(done); },
        [&](const QString &why) {
            if (error)
                *error = why.isEmpty() ? ViewCsv::tr("The export was cancelled.") : ViewCsv::tr("Cannot write the CSV file: %1").arg(why);
        });
}

QStringList agentSegmentCsvHeader()
{
    QStringList names{u"sessionId"_s, u"conversationId"_s, u"sessionStartTime"_s, u"channel"_s, u"direction"_s,
                      u"finalStatus"_s, u"segment"_s, u"queue"_s, u"agentName"_s, u"agentId"_s, u"status"_s,
                      u"waitSeconds"_s, u"talkSeconds"_s, u"holdSeconds"_s, u"afterCallWorkSeconds"_s,
                      u"handleTimeSeconds"_s};
    names += optInBlockColumnNames();   // the record's opt-in blocks, as JSON text
    return names;
}

bool writeAgentSegmentCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                          const ViewCsvOptions &options, const ExportProgress &progress, QString *error)
{
    BufferedCsv csv(out, error, options.separator);
    CsvWriter &writer = csv.writer();
    if (options.utf8Bom)
        writer.writeBom();
    for (const QString &name : agentSegmentCsvHeader())
        writer.field(name);
    writer.endRow();
    const StringPool &pool = store.strings();
    std::vector<AgentSegment> segments;
    // Read from memory or, for archived rows, from the archive: a batch at a
    // time (a team archive's read is a round trip; a compact snapshot's
    // source reads a batch in row order, decompressing each block of a
    // thousand calls once, so a view sorted by anything but arrival reads
    // each block once in 65,536 rows, ~110 MB of JSON, instead of once a row).
    constexpr size_t kRawBatch = 65536;
    std::vector<std::string> batch;
    size_t batchStart = 0;
    qint64 done = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const RowId row = rows[i];
        if (i == batchStart + batch.size()) {
            batchStart = i;
            store.readRawJson(std::span<const RowId>(rows).subspan(i, std::min(kRawBatch, rows.size() - i)), &batch);
        }
        // A record whose JSON no longer parses (or cannot be read) still has its table row: it simply has no segments.
        const std::string &raw = batch[i - batchStart];
        agentSegments(raw, segments);
        const OptInBlockTexts blocks = segments.empty() ? OptInBlockTexts{} : optInBlocks(raw);
        for (const AgentSegment &segment : segments) {
            writer.field(store.sessionId(row));
            writer.field(store.conversationId(row));
            writer.field(cellText(store, row, CallColumn::StartTime, options.zone, options.times));
            writer.field(std::string_view(pool.utf8(store.channel(row))));
            writer.field(std::string_view(pool.utf8(store.direction(row))));
            writer.field(std::string_view(pool.utf8(store.finalStatus(row))));
            writer.field(segmentKindName(segment.kind));
            writer.field(segment.queue);
            writer.field(segment.agentName);
            writer.field(segment.agentId);
            writer.field(segment.status);
            durationField(writer, segment.waitSeconds);
            durationField(writer, segment.talkSeconds);
            durationField(writer, segment.holdSeconds);
            durationField(writer, segment.afterCallWorkSeconds);
            const bool anyWork = segment.talkSeconds >= 0 || segment.holdSeconds >= 0 || segment.afterCallWorkSeconds >= 0;
            durationField(writer, anyWork ? std::max(0, segment.talkSeconds) + std::max(0, segment.holdSeconds)
                                                + std::max(0, segment.afterCallWorkSeconds)
                                          : -1);
            for (const std::string &block : blocks)
                writer.field(std::string_view(block));
            writer.endRow();
        }
        if (!csv.flushIfFull())
            return false;
        if (progress && ++done % kProgressEvery == 0 && !progress(done))
            return cancelled(error);
    }
    return csv.flush();
}

} // namespace cs
