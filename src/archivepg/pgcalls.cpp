#include "pgcalls.h"

#include "pgpacked.h"

#include <QCoreApplication>

namespace cs::pgcalls {

namespace {

struct PgArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(PgArchiveText)
};

// Fills every field of `call` from a row of kCallColumns; false when its
// packed column is not one the server's generated column makes.
bool decodeCall(const pg::CopyRow &r, ArchivedCall &call)
{
    call.key = r.int8(0);
    return call.key >= 0 && call.key < kArchiveKeyLimit && !r.isNull(1) && pgpacked::decode(r.bytes(1), call);
}

QString damagedCallMessage(qint64 key)
{
    return PgArchiveText::tr("The server sent call %1 in a form this CallScope cannot read.").arg(key);
}

} // namespace

bool isWholeTime(const UtcInterval &interval)
{
    return interval.startUtc <= kWholeTime.startUtc && interval.endUtc >= kWholeTime.endUtc;
}

std::vector<QByteArray> rangeStretches(const UtcInterval &interval)
{
    if (isWholeTime(interval))
        return {"start_utc IS NULL", "start_utc IS NOT NULL"};
    return {"start_utc BETWEEN " + QByteArray::number(interval.startUtc) + " AND "
            + QByteArray::number(interval.endUtc)};
}

Parts splitAt(const UtcInterval &interval, qint64 cut)
{
    const QByteArray at = QByteArray::number(cut);
    if (isWholeTime(interval))
        return {{"start_utc IS NULL", "start_utc < " + at}, {"start_utc >= " + at}};
    return {{"start_utc >= " + QByteArray::number(interval.startUtc) + " AND start_utc < " + at},
            {"start_utc BETWEEN " + at + " AND " + QByteArray::number(interval.endUtc)}};
}

QByteArray middleStartQuery(const UtcInterval &interval)
{
    const QByteArray where = rangeStretches(interval).back();
    return "SELECT start_utc FROM calls WHERE " + where + " ORDER BY start_utc LIMIT 1 OFFSET "
        "(SELECT count(*) / 2 FROM calls WHERE " + where + ")";
}

namespace {
const char *const kSampledPages = "calls TABLESAMPLE SYSTEM (least(100, 100.0 * 1000 / greatest(1, "
                                  "pg_relation_size('calls') / current_setting('block_size')::bigint)))";
} // namespace

QByteArray sampledMiddleStartQuery(const UtcInterval &interval)
{
    return QByteArray("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY start_utc), count(*) FROM ")
        + kSampledPages + " WHERE " + rangeStretches(interval).back();
}

QByteArray sampledShareQuery(const UtcInterval &interval)
{
    return "SELECT count(*) FILTER (WHERE " + rangeStretches(interval).back() + "), count(*) FROM "
        + kSampledPages;
}

bool beginRead(pg::Connection &c, const std::string &snapshot, QString *error)
{
    std::string sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ";
    if (!snapshot.empty())
        sql += "SET TRANSACTION SNAPSHOT '" + snapshot + "'; ";
    sql += "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; "
           "SET LOCAL max_parallel_workers_per_gather = 0";
    return c.exec(sql.c_str(), error);
}

bool copyStretches(pg::Connection &c, const std::vector<QByteArray> &stretches, bool inTransaction,
                   const char *columns, int count, const char *from,
                   const std::function<bool(const pg::CopyRow &)> &row, QString *error)
{
    const bool ownTransaction = !inTransaction;
    if (ownTransaction && !beginRead(c, {}, error))
        return false;
    bool stopped = false, malformed = false;
    int got = 0;
    bool ok = true;
    for (const QByteArray &where : stretches) {
        // COPY takes no parameters: `where` holds only numbers this code formatted.
        const QByteArray sql = QByteArray("COPY (SELECT ") + columns + " FROM " + from + " WHERE " + where
            + " ORDER BY start_utc, id) TO STDOUT (FORMAT binary)";
        ok = c.copyOutBinary(sql.constData(), [&](const pg::CopyRow &r) {
            got = r.columns();
            malformed = got != count;
            stopped = malformed || !row(r);
            return !stopped;
        }, error);
        if (malformed) {
            ok = false;
            if (error)
                *error = PgArchiveText::tr("The server sent a row of %1 columns where %2 were asked for.").arg(got).arg(count);
        }
        if (!ok || stopped)
            break;
    }
    if (ownTransaction)
        c.exec("ROLLBACK", nullptr);   // read only: nothing to commit
    return ok;
}

bool readStretches(pg::Connection &c, const std::vector<QByteArray> &stretches, bool inTransaction,
                   const std::function<bool(ArchivedCall &, const pg::CopyRow &)> &sink, QString *error,
                   const char *more, int moreCount)
{
    const QByteArray columns = QByteArray(kCallColumns) + more;
    ArchivedCall call;
    bool damaged = false;
    const bool ok = copyStretches(c, stretches, inTransaction, columns.constData(), kCallColumnCount + moreCount,
                                  "calls", [&](const pg::CopyRow &r) {
                                      damaged = !decodeCall(r, call);
                                      return !damaged && sink(call, r);
                                  }, error);
    if (damaged) {
        if (error)
            *error = damagedCallMessage(call.key);
        return false;
    }
    return ok;
}

} // namespace cs::pgcalls
