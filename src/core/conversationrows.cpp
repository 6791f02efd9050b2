#include "conversationrows.h"

#include "jsonstringlist.h"
#include "snapshotschema.h"

namespace cs {

namespace {

QByteArray insertSql()
{
    QByteArray sql = "INSERT OR REPLACE INTO conversations (";
    sql += snapshotschema::kConversationColumns;
    sql += ") VALUES (";
    for (int i = 1; i <= snapshotschema::kConversationColumnCount; ++i)
        sql += (i > 1 ? ", ?" : "?") + QByteArray::number(i);
    sql += ")";
    return sql;
}

void bindText(sqlite::Statement &s, int index, std::string_view text)
{
    if (text.empty())
        s.bindNull(index);
    else
        s.bind(index, text);
}

void bindTime(sqlite::Statement &s, int index, qint64 utc)
{
    if (utc == kNoTime)
        s.bindNull(index);
    else
        s.bind(index, utc);
}

void bindScore(sqlite::Statement &s, int index, int score)
{
    if (score == kNoScore)
        s.bindNull(index);
    else
        s.bind(index, qint64(score));
}

qint64 utcOf(qint64 seconds, bool isUtc, int offsetMinutes)
{
    if (seconds == kNoTime)
        return kNoTime;
    return isUtc ? seconds : seconds + qint64(offsetMinutes) * 60;
}

template <class Pool>
void writeSpan(std::span<const quint32> ids, const Pool &pool, std::string *out)
{
    out->assign(1, '[');
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i)
            out->push_back(',');
        jsonstringlist::appendQuoted(pool.utf8(ids[i]), out);
    }
    out->push_back(']');
}

} // namespace

bool RawColumnReader::read(sqlite::Database &db, std::string_view text, bool textNull, std::string_view zstd,
                           qint64 dictionary, std::string *out)
{
    constexpr size_t kMaxRawBytes = 64u << 20;   // a decompressed record larger than this is hostile
    if (!textNull) {
        out->assign(text.data(), text.size());
        return true;
    }
    auto it = m_decompressors.find(dictionary);
    if (it == m_decompressors.end()) {
        sqlite::Statement select(db, "SELECT dictionary FROM raw_dictionaries WHERE id = ?1");
        select.bind(1, dictionary);
        if (!select.isValid() || select.step() != SQLITE_ROW)
            return false;
        const std::string_view bytes = select.columnBlob(0);
        it = m_decompressors.emplace(dictionary, std::make_unique<rawcodec::Decompressor>(
                                                     QByteArray(bytes.data(), qsizetype(bytes.size())))).first;
    }
    return it->second->decompress(zstd, out, kMaxRawBytes);
}

RawEncoder::RawEncoder(const QByteArray &dictionary, qint64 dictionaryId)
    : m_compressor(std::make_unique<rawcodec::Compressor>(dictionary)), m_dictionaryId(dictionaryId)
{
    if (!m_compressor->isValid())
        m_compressor.reset();
}

bool RawEncoder::bind(sqlite::Statement &insert, std::string_view raw)
{
    if (m_compressor && m_compressor->compress(raw, &m_buffer)) {
        insert.bindNull(2);
        insert.bindBlob(3, m_buffer);
        insert.bind(4, m_dictionaryId);
    } else {
        insert.bind(2, raw);
        insert.bindNull(3);
        insert.bindNull(4);
    }
    return true;
}

ConversationRowWriter::ConversationRowWriter(sqlite::Database &db)
    : m_db(db), m_insert(db, insertSql().constData()), m_insertRaw(db, snapshotschema::kInsertRaw)
{
}

// Steps the conversation row, then writes its raw JSON under the same key.
bool ConversationRowWriter::finish(sqlite::Database &db, qint64 row, std::string_view raw, RawEncoder &encoder)
{
    const bool ok = m_insert.step() == SQLITE_DONE;
    m_insert.reset();
    if (!ok)
        return false;
    m_insertRaw.bind(1, row >= 0 ? row : sqlite3_last_insert_rowid(db.handle()));
    encoder.bind(m_insertRaw, raw);
    const bool rawOk = m_insertRaw.step() == SQLITE_DONE;
    m_insertRaw.reset();
    return rawOk;
}

bool ConversationRowWriter::write(qint64 row, const CallFields &call, int offsetMinutes, qint64 fetchedAtUtc,
                                  RawEncoder &raw)
{
    sqlite::Statement &s = m_insert;
    if (row < 0)
        s.bindNull(1);
    else
        s.bind(1, row);
    s.bind(2, call.sessionId);
    bindText(s, 3, call.conversationId);
    bindTime(s, 4, utcOf(call.startSeconds, call.startIsUtc, offsetMinutes));
    s.bind(5, qint64(offsetMinutes));
    bindText(s, 6, call.channel);
    bindText(s, 7, call.finalStatus);
    bindTime(s, 8, utcOf(call.endSeconds, call.endIsUtc, offsetMinutes));
    bindText(s, 9, call.userId);
    bindText(s, 10, call.smartStatus);
    bindText(s, 11, call.reason);
    bindText(s, 12, call.direction);
    bindText(s, 13, call.botId);
    bindText(s, 14, call.isVoicemail);
    jsonstringlist::write(call.queues, &m_queues);
    jsonstringlist::write(call.agents, &m_agents);
    jsonstringlist::write(call.dispositions, &m_dispositions);
    s.bind(15, m_queues);
    s.bind(16, m_agents);
    s.bind(17, m_dispositions);
    s.bind(18, qint64(call.talkSeconds));
    s.bind(19, qint64(call.holdSeconds));
    s.bind(20, qint64(call.afterCallWorkSeconds));
    s.bind(21, qint64(call.handleSeconds()));
    s.bind(22, qint64(call.waitSeconds));
    s.bind(23, qint64(call.destinationCount));
    s.bind(24, qint64(call.agentSegmentCount));
    bindScore(s, 25, call.csatScore);
    bindScore(s, 26, call.npsScore);
    bindScore(s, 27, call.likeDislikeScore);
    bindText(s, 28, call.sessionStartTime);
    bindText(s, 29, call.sessionEndTime);
    s.bind(30, rawcodec::rawHash(call.raw));
    s.bind(31, fetchedAtUtc);
    return finish(m_db, row, call.raw, raw);
}

bool ConversationRowWriter::write(qint64 row, const RecordStore &store, RowId r, qint64 fetchedAtUtc, RawEncoder &raw)
{
    if (!store.readRawJson(r, &m_raw))
        return false;
    const StringPool &pool = store.strings();
    sqlite::Statement &s = m_insert;
    if (row < 0)
        s.bindNull(1);
    else
        s.bind(1, row);
    s.bind(2, store.sessionId(r));
    bindText(s, 3, store.conversationId(r));
    bindTime(s, 4, store.startUtc(r));
    s.bind(5, qint64(store.offsetMinutes(r)));
    bindText(s, 6, pool.utf8(store.channel(r)));
    bindText(s, 7, pool.utf8(store.finalStatus(r)));
    bindTime(s, 8, store.endUtc(r));
    bindText(s, 9, store.userId(r));
    bindText(s, 10, pool.utf8(store.smartStatus(r)));
    bindText(s, 11, pool.utf8(store.reason(r)));
    bindText(s, 12, pool.utf8(store.direction(r)));
    bindText(s, 13, pool.utf8(store.botId(r)));
    bindText(s, 14, pool.utf8(store.isVoicemail(r)));
    writeSpan(store.queues(r), pool, &m_queues);
    writeSpan(store.agents(r), pool, &m_agents);
    writeSpan(store.dispositions(r), pool, &m_dispositions);
    s.bind(15, m_queues);
    s.bind(16, m_agents);
    s.bind(17, m_dispositions);
    s.bind(18, qint64(store.talkSeconds(r)));
    s.bind(19, qint64(store.holdSeconds(r)));
    s.bind(20, qint64(store.afterCallWorkSeconds(r)));
    s.bind(21, qint64(store.handleSeconds(r)));
    s.bind(22, qint64(store.waitSeconds(r)));
    s.bind(23, qint64(store.destinationCount(r)));
    s.bind(24, qint64(store.agentSegmentCount(r)));
    bindScore(s, 25, store.csatScore(r));
    bindScore(s, 26, store.npsScore(r));
    bindScore(s, 27, store.likeDislikeScore(r));
    m_startText = store.startTimeText(r);
    m_endText = store.endTimeText(r);
    bindText(s, 28, m_startText);
    bindText(s, 29, m_endText);
    s.bind(30, rawcodec::rawHash(m_raw));
    s.bind(31, fetchedAtUtc);
    return finish(m_db, row, m_raw, raw);
}

} // namespace cs
