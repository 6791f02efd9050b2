#include "callcsv.h"

#include "csvstretches.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <array>
#include <string>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

// Column order is the public contract of `callscope fetch --out`; append only.
constexpr std::array<const char *, 28> kHeader{
    "sessionId", "conversationId", "channel", "sessionStartTime", "sessionEndTime",
    "finalStatus", "smartStatus", "reason", "direction", "isVoicemail", "userId", "botId",
    "csatScore", "npsScore", "likeDislikeScore",
    "dispositionList", "queueNames", "agentNames",
    "sessionStartUtc", "sessionEndUtc", "durationSeconds",
    "talkSeconds", "holdSeconds", "afterCallWorkSeconds", "handleTimeSeconds", "waitSeconds",
    "destinationCount", "agentSegmentCount",
};


QString translated(const char *text)
{
    return QCoreApplication::translate("cs::CallCsv", text);
}

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): formats
// timestamps without a QDateTime per cell.
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

void putDigits(char *at, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

// "yyyy-MM-ddTHH:mm:ssZ"; empty for kNoTime or years outside 0..9999.
void utcField(CsvWriter &csv, qint64 utc)
{
    if (utc == kNoTime) {
        csv.empty();
        return;
    }
    const qint64 days = utc >= 0 ? utc / 86400 : (utc - 86399) / 86400;
    const qint64 secondOfDay = utc - days * 86400;
    qint64 year = 0;
    int month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999) {
        csv.empty();
        return;
    }
    char text[20];
    putDigits(text, year, 4);
    text[4] = '-';
    putDigits(text + 5, month, 2);
    text[7] = '-';
    putDigits(text + 8, day, 2);
    text[10] = 'T';
    putDigits(text + 11, secondOfDay / 3600, 2);
    text[13] = ':';
    putDigits(text + 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    putDigits(text + 17, secondOfDay % 60, 2);
    text[19] = 'Z';
    csv.field(std::string_view(text, sizeof text));
}

void scoreField(CsvWriter &csv, int score)
{
    if (score == kNoScore)
        csv.empty();
    else
        csv.number(score);
}

// Joins pooled strings with "; " into a reused buffer (no allocation once warm).
void listField(CsvWriter &csv, const StringPool &pool, CsvPooledCells &pooled, std::span<const quint32> ids,
               std::string &scratch)
{
    if (ids.size() <= 1) {   // one value (or none: id 0, the empty string) reads as itself
        csv.escaped(pooled(ids.empty() ? 0 : ids.front()));
        return;
    }
    scratch.clear();
    for (const quint32 id : ids) {
        if (!scratch.empty())
            scratch += "; ";
        scratch += pool.utf8(id);
    }
    csv.field(scratch);
}

void writeRow(CsvWriter &csv, const RecordStore &store, RowId row, CsvPooledCells &pooled, std::string &scratch)
{
    const StringPool &pool = store.strings();
    auto cell = [&](quint32 id) { csv.escaped(pooled(id)); };
    csv.field(store.sessionId(row));
    csv.field(store.conversationId(row));
    cell(store.channel(row));
    csv.field(store.startTimeText(row));
    csv.field(store.endTimeText(row));
    cell(store.finalStatus(row));
    cell(store.smartStatus(row));
    cell(store.reason(row));
    cell(store.direction(row));
    cell(store.isVoicemail(row));
    csv.field(store.userId(row));
    cell(store.botId(row));
    scoreField(csv, store.csatScore(row));
    scoreField(csv, store.npsScore(row));
    scoreField(csv, store.likeDislikeScore(row));
    listField(csv, pool, pooled, store.dispositions(row), scratch);
    listField(csv, pool, pooled, store.queues(row), scratch);
    listField(csv, pool, pooled, store.agents(row), scratch);
    utcField(csv, store.startUtc(row));
    utcField(csv, store.endUtc(row));
    const int duration = store.durationSeconds(row);
    if (duration < 0)
        csv.empty();
    else
        csv.number(duration);
    csv.number(store.talkSeconds(row));
    csv.number(store.holdSeconds(row));
    csv.number(store.afterCallWorkSeconds(row));
    csv.number(store.handleSeconds(row));
    csv.number(store.waitSeconds(row));
    csv.number(store.destinationCount(row));
    csv.number(store.agentSegmentCount(row));
    csv.endRow();
}

constexpr size_t kPrefetchRows = 8;

void prefetchIds(const RecordStore &store, RowId row)
{
    for (const std::string_view id : {store.sessionId(row), store.conversationId(row), store.userId(row)})
        __builtin_prefetch(id.data());
}

bool flush(QIODevice *out, QByteArray &buffer, QString *error)
{
    // Write from raw bytes so the device cannot share (and later force a copy
    // of) our reused buffer.
    if (!buffer.isEmpty() && out->write(buffer.constData(), buffer.size()) != buffer.size()) {
        if (error)
            *error = translated("Could not write the CSV file: %1").arg(out->errorString());
        return false;
    }
    buffer.resize(0);   // keeps the capacity, unlike clear()
    return true;
}

} // namespace

QStringList standardCsvHeader()
{
    QStringList header;
    header.reserve(qsizetype(kHeader.size()));
    for (const char *name : kHeader)
        header.append(QString::fromLatin1(name));
    return header;
}

std::vector<RowId> rowsInStartOrder(const RecordStore &store)
{
    // Sort (start, row) pairs so comparisons touch a flat array, not the store;
    // kNoTime is the smallest qint64, so rows without a start come first.
    struct Key { qint64 start; RowId row; };
    std::vector<Key> keys(size_t(store.size()));
    for (RowId row = 0; row < RowId(keys.size()); ++row)
        keys[row] = {store.startUtc(row), row};
    std::stable_sort(keys.begin(), keys.end(), [&store](const Key &a, const Key &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return store.sessionId(a.row) < store.sessionId(b.row);
    });
    std::vector<RowId> rows;
    rows.reserve(keys.size());
    for (const Key &key : keys)
        rows.push_back(key.row);
    return rows;
}

bool writeStandardCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                      const CsvOptions &options, const std::function<bool(int)> &progress, QString *error)
{
    if (!out || !out->isWritable()) {
        if (error)
            *error = translated("The CSV output is not open for writing.");
        return false;
    }
    QByteArray header;
    CsvWriter csv(&header);
    if (options.utf8Bom)
        csv.writeBom();
    for (const char *name : kHeader)
        csv.field(std::string_view(name));
    csv.endRow();
    if (!flush(out, header, error))
        return false;

    class Formatter
    {
    public:
        explicit Formatter(const RecordStore &store) : m_store(store), m_csv(&m_text), m_pooled(m_csv, store.strings()) {}
        Formatter(const Formatter &) = delete;   // the writer points into it
        Formatter &operator=(const Formatter &) = delete;
        QByteArray &format(const RowId *begin, const RowId *end)
        {
            m_text.resize(0);   // keeps the capacity, unlike clear()
            for (const RowId *at = begin; at != end; ++at) {
                // The ids sit with each record's JSON, far apart: ask for a later
                // row's ids now so that they are in cache when that row is written.
                if (end - at > ptrdiff_t(kPrefetchRows))
                    prefetchIds(m_store, at[kPrefetchRows]);
                writeRow(m_csv, m_store, *at, m_pooled, m_scratch);
            }
            return m_text;
        }

    private:
        const RecordStore &m_store;
        QByteArray m_text;
        CsvWriter m_csv;
        CsvPooledCells m_pooled;   // each value escaped once
        std::string m_scratch;
    };
    int done = 0;
    const bool ok = csvstretches::writeInStretches(
        rows, out, [&] { return std::make_unique<Formatter>(store); },
        [&](qint64 rowsDone) {
            done = int(rowsDone);
            return !progress || progress(done);
        },
        [&](const QString &why) {
            if (error)
                *error = why.isEmpty() ? translated("CSV export cancelled.") : translated("Could not write the CSV file: %1").arg(why);
        });
    if (ok && progress)
        progress(int(rows.size()));
    return ok;
}

} // namespace cs
