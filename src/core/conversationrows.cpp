#include "conversationrows.h"

#include "jsonstringlist.h"
#include "snapshotschema.h"

#include <QtEndian>

namespace cs {

namespace {

// `rows` rows in one statement: row k's columns are parameters
// k * kConversationColumnCount + 1...
QByteArray insertSql(int rows = 1)
{
    QByteArray sql = "INSERT OR REPLACE INTO calls (";
    sql += snapshotschema::kConversationColumns;
    sql += ") VALUES ";
    for (int k = 0; k < rows; ++k) {
        sql += k > 0 ? ", (" : "(";
        for (int i = 1; i <= snapshotschema::kConversationColumnCount; ++i)
            sql += (i > 1 ? ", ?" : "?") + QByteArray::number(k * snapshotschema::kConversationColumnCount + i);
        sql += ")";
    }
    return sql;
}

QByteArray insertRawSql(int rows)
{
    QByteArray sql = "INSERT OR REPLACE INTO raw_records (row, raw_json, raw_zstd, raw_dictionary) VALUES ";
    static_assert(snapshotschema::kRawColumnCount == 4, "the columns listed here");
    for (int k = 0; k < rows; ++k) {
        const int p = k * snapshotschema::kRawColumnCount;
        sql += (k > 0 ? ", (?" : "(?") + QByteArray::number(p + 1) + ", ?" + QByteArray::number(p + 2) + ", ?"
            + QByteArray::number(p + 3) + ", ?" + QByteArray::number(p + 4) + ")";
    }
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

// A canonical "yyyy-MM-ddTHH:mm:ss" text is rebuilt from the times: NULL. No
// text is NULL too when there is no time (a text without a time is "Other");
// in the impossible case of a time without a text, '' keeps it absent.
void bindTimeText(sqlite::Statement &s, int index, recordtime::TextForm form, std::string_view text, qint64 utc)
{
    if (form == recordtime::TextForm::CanonicalT || (form == recordtime::TextForm::Absent && utc == kNoTime))
        s.bindNull(index);
    else if (form == recordtime::TextForm::Absent)
        s.bind(index, std::string_view("", 0));
    else
        s.bind(index, text);
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

rawcodec::Decompressor *RawColumnReader::decompressor(sqlite::Database &db, qint64 dictionary)
{
    auto it = m_decompressors.find(dictionary);
    if (it == m_decompressors.end()) {
        sqlite::Statement select(db, "SELECT dictionary FROM raw_dictionaries WHERE id = ?1");
        select.bind(1, dictionary);
        if (!select.isValid() || select.step() != SQLITE_ROW)
            return nullptr;
        const std::string_view bytes = select.columnBlob(0);
        it = m_decompressors.emplace(dictionary, std::make_unique<rawcodec::Decompressor>(
                                                     QByteArray(bytes.data(), qsizetype(bytes.size())))).first;
    }
    return it->second.get();
}

bool RawColumnReader::read(sqlite::Database &db, std::string_view text, bool textNull, std::string_view zstd,
                           qint64 dictionary, std::string *out, qint64 row)
{
    if (!textNull) {
        out->assign(text.data(), text.size());
        return true;
    }
    if (zstd.empty() && row >= 0)   // no raw_records row (a frame is never empty)
        return readBlock(db, row, out);
    rawcodec::Decompressor *codec = decompressor(db, dictionary);
    return codec && codec->decompress(zstd, out, snapshotschema::kMaxRawBytes);
}

bool RawColumnReader::readBlock(sqlite::Database &db, qint64 row, std::string *out)
{
    Block &block = m_block;
    if (block.first < 0 || row < block.first || row - block.first >= qint64(block.ends.size())) {
        block = Block();
        // Prepared per block (a thousand rows): no statement outlives a read,
        // and a file without raw_blocks (format 3 and older) only fails here.
        sqlite::Statement select(db, "SELECT first_row, sizes, raw_zstd, raw_dictionary FROM raw_blocks "
                                     "WHERE first_row <= ?1 ORDER BY first_row DESC LIMIT 1");
        select.bind(1, row);
        if (!select.isValid() || select.step() != SQLITE_ROW)
            return false;
        const qint64 first = select.columnInt(0);
        const std::string_view sizes = select.columnBlob(1);
        const size_t count = sizes.size() / 4;
        if (sizes.size() % 4 != 0 || count == 0 || count > size_t(snapshotschema::kMaxRawBlockRows)
            || row - first >= qint64(count))
            return false;
        block.ends.resize(count);
        quint64 total = 0;
        for (size_t i = 0; i < count; ++i) {
            total += qFromLittleEndian<quint32>(sizes.data() + 4 * i);   // no overflow: 4096 x 4 GiB fits
            block.ends[i] = size_t(total);
        }
        rawcodec::Decompressor *codec = decompressor(db, select.columnInt(3));
        if (total > snapshotschema::kMaxRawBlockBytes || !codec || !codec->decompress(select.columnBlob(2), &block.json, size_t(total))
            || block.json.size() != total) {
            block = Block();
            return false;
        }
        block.first = first;
    }
    const size_t i = size_t(row - block.first);
    const size_t begin = i == 0 ? 0 : block.ends[i - 1];
    if (block.ends[i] == begin || block.ends[i] - begin > snapshotschema::kMaxRawBytes)
        return false;   // 0: a row the writer kept in raw_records, which is gone
    out->assign(block.json, begin, block.ends[i] - begin);
    return true;
}

RawEncoder::RawEncoder(const QByteArray &dictionary, qint64 dictionaryId)
    : m_compressor(std::make_unique<rawcodec::Compressor>(dictionary)), m_dictionaryId(dictionaryId)
{
    if (!m_compressor->isValid())
        m_compressor.reset();
}

RawEncoder::Encoded RawEncoder::encode(std::string_view raw)
{
    if (m_compressor && m_compressor->compress(raw, &m_buffer))
        return {m_buffer, true, m_dictionaryId};
    return {raw, false, 0};
}

void ConversationValues::fill(const CallFields &call, int offset)
{
    pooledKnown = false;
    sessionId = call.sessionId;
    conversationId = call.conversationId;
    userId = call.userId;
    startUtc = utcOf(call.startSeconds, call.startIsUtc, offset);
    endUtc = utcOf(call.endSeconds, call.endIsUtc, offset);
    offsetMinutes = offset;
    channel = call.channel;
    finalStatus = call.finalStatus;
    smartStatus = call.smartStatus;
    reason = call.reason;
    direction = call.direction;
    botId = call.botId;
    isVoicemail = call.isVoicemail;
    jsonstringlist::write(call.queues, &queues);
    jsonstringlist::write(call.agents, &agents);
    jsonstringlist::write(call.dispositions, &dispositions);
    talkSeconds = call.talkSeconds;
    holdSeconds = call.holdSeconds;
    afterCallWorkSeconds = call.afterCallWorkSeconds;
    handleSeconds = call.handleSeconds();
    waitSeconds = call.waitSeconds;
    destinationCount = call.destinationCount;
    agentSegmentCount = call.agentSegmentCount;
    csat = call.csatScore;
    nps = call.npsScore;
    likeDislike = call.likeDislikeScore;
    startForm = recordtime::classifyText(call.sessionStartTime, call.startSeconds, call.startIsUtc);
    endForm = recordtime::classifyText(call.sessionEndTime, call.endSeconds, call.endIsUtc);
    startText = call.sessionStartTime;
    endText = call.sessionEndTime;
    rawHash = rawcodec::rawHash(call.raw);
}

void ConversationValues::fill(const RecordStore &store, RowId r)
{
    const StringPool &pool = store.strings();
    sessionId = store.sessionId(r);
    conversationId = store.conversationId(r);
    userId = store.userId(r);
    startUtc = store.startUtc(r);
    endUtc = store.endUtc(r);
    offsetMinutes = store.offsetMinutes(r);
    pooledKnown = true;
    const quint32 ids[7] = {store.channel(r), store.finalStatus(r), store.smartStatus(r), store.reason(r),
                            store.direction(r), store.botId(r), store.isVoicemail(r)};
    std::copy(std::begin(ids), std::end(ids), pooledIds);
    channel = pool.utf8(store.channel(r));
    finalStatus = pool.utf8(store.finalStatus(r));
    smartStatus = pool.utf8(store.smartStatus(r));
    reason = pool.utf8(store.reason(r));
    direction = pool.utf8(store.direction(r));
    botId = pool.utf8(store.botId(r));
    isVoicemail = pool.utf8(store.isVoicemail(r));
    this->pool = &pool;
    pooledLists[0] = store.queues(r);
    pooledLists[1] = store.agents(r);
    pooledLists[2] = store.dispositions(r);
    talkSeconds = store.talkSeconds(r);
    holdSeconds = store.holdSeconds(r);
    afterCallWorkSeconds = store.afterCallWorkSeconds(r);
    handleSeconds = store.handleSeconds(r);
    waitSeconds = store.waitSeconds(r);
    destinationCount = store.destinationCount(r);
    agentSegmentCount = store.agentSegmentCount(r);
    csat = store.csatScore(r);
    nps = store.npsScore(r);
    likeDislike = store.likeDislikeScore(r);
    startForm = store.startTextForm(r);
    endForm = store.endTextForm(r);
    // Only a text that is not canonical is needed (rare: it is read back from the raw JSON).
    m_startText = startForm == recordtime::TextForm::CanonicalT ? std::string() : store.startTimeText(r);
    m_endText = endForm == recordtime::TextForm::CanonicalT ? std::string() : store.endTimeText(r);
    startText = m_startText;
    endText = m_endText;
}

std::string canonicalTimeText(qint64 utc, int offsetMinutes)
{
    if (utc == kNoTime)
        return {};
    return recordtime::formatNaive(utc - qint64(offsetMinutes) * 60, 'T');
}

LabelWriter::LabelWriter(sqlite::Database &db, bool shared)
    : m_db(db), m_select(db, "SELECT id FROM labels WHERE text = ?1"), m_insert(db, "INSERT INTO labels (text) VALUES (?1)"),
      m_shared(shared)
{
}

qint64 LabelWriter::idOf(std::string_view text)
{
    if (text.empty())
        return 0;
    if (const auto it = m_ids.find(text); it != m_ids.end())
        return it->second;
    // Another process may have added it (the file is shared): look first.
    qint64 id = -1;
    int rc = SQLITE_DONE;
    if (m_shared) {
        m_select.bind(1, text);
        rc = m_select.step();
        if (rc == SQLITE_ROW)
            id = m_select.columnInt(0);
        m_select.reset();
    }
    if (rc == SQLITE_DONE) {
        m_insert.bind(1, text);
        if (m_insert.step() == SQLITE_DONE)
            id = sqlite3_last_insert_rowid(m_db.handle());
        m_insert.reset();
    }
    if (id > 0)
        m_ids.emplace(std::string(text), id);
    return id;
}

qint64 LabelWriter::idOfPooled(quint32 poolId, std::string_view text)
{
    if (poolId >= m_pooled.size())
        m_pooled.resize(size_t(poolId) + 1, 0);
    qint64 &id = m_pooled[poolId];
    if (id <= 0)
        id = idOf(text);
    return id;
}

qint64 LabelWriter::idOfPooledList(std::span<const quint32> ids, const StringPool &pool)
{
    RecentList *recent = nullptr;
    if (ids.size() <= std::size(RecentList().ids)) {
        if (m_recentLists.empty())
            m_recentLists.resize(kRecentLists);
        recent = &m_recentLists[ListHash()(ids) % kRecentLists];
        if (recent->size == ids.size() && std::equal(ids.begin(), ids.end(), recent->ids))
            return recent->id;
    }
    qint64 id = 0;
    if (const auto it = m_lists.find(ids); it != m_lists.end()) {
        id = it->second;
    } else {
        std::string text;
        writeSpan(ids, pool, &text);
        id = idOf(text);
        if (id <= 0)
            return id;
        m_lists.emplace(std::vector<quint32>(ids.begin(), ids.end()), id);
    }
    if (recent) {
        recent->size = quint32(ids.size());
        std::copy(ids.begin(), ids.end(), recent->ids);
        recent->id = id;
    }
    return id;
}

void LabelWriter::forget()
{
    m_ids.clear();
    m_pooled.clear();
    m_lists.clear();
    m_recentLists.clear();
}

ConversationRowWriter::ConversationRowWriter(sqlite::Database &db, bool sharedFile)
    : m_db(db), m_labels(db, sharedFile), m_insert(db, insertSql().constData()), m_insertRaw(db, snapshotschema::kInsertRaw)
{
}

bool ConversationRowWriter::bindLabel(sqlite::Statement &s, int index, qint64 id)
{
    if (id < 0)
        return false;
    if (id == 0)
        s.bindNull(index);
    else
        s.bind(index, id);
    return true;
}

bool ConversationRowWriter::write(qint64 row, const CallFields &call, int offsetMinutes, qint64 fetchedAtUtc,
                                  RawEncoder &raw, qint64 *key)
{
    m_values.fill(call, offsetMinutes);
    m_values.fetchedAtUtc = fetchedAtUtc;
    qint64 used = row;
    if (!insertConversation(row, m_values, &used) || !insertRaw(used, call.raw, raw))
        return false;
    if (key)
        *key = used;
    return true;
}

bool ConversationRowWriter::bindConversation(sqlite::Statement &s, int base, qint64 row, const ConversationValues &v)
{
    if (row < 0)
        s.bindNull(base + 1);
    else
        s.bind(base + 1, row);
    s.bind(base + 2, v.sessionId);
    bindText(s, base + 3, v.conversationId);
    bindTime(s, base + 4, v.startUtc);
    s.bind(base + 5, qint64(v.offsetMinutes));
    // The label columns: channel .. isVoicemail, then the three lists (JSON text).
    const std::string_view scalars[7] = {v.channel, v.finalStatus, v.smartStatus, v.reason, v.direction, v.botId,
                                         v.isVoicemail};
    static constexpr int kScalarIndex[7] = {6, 7, 10, 11, 12, 13, 14};
    for (int i = 0; i < 7; ++i) {
        const qint64 id = v.pooledKnown ? m_labels.idOfPooled(v.pooledIds[i], scalars[i]) : m_labels.idOf(scalars[i]);
        if (!bindLabel(s, base + kScalarIndex[i], id))
            return false;
    }
    const std::string *lists[3] = {&v.queues, &v.agents, &v.dispositions};
    for (int i = 0; i < 3; ++i) {
        const qint64 id = v.pooledKnown ? m_labels.idOfPooledList(v.pooledLists[i], *v.pool) : m_labels.idOf(*lists[i]);
        if (!bindLabel(s, base + 15 + i, id))
            return false;
    }
    bindTime(s, base + 8, v.endUtc);
    bindText(s, base + 9, v.userId);
    s.bind(base + 18, qint64(v.talkSeconds));
    s.bind(base + 19, qint64(v.holdSeconds));
    s.bind(base + 20, qint64(v.afterCallWorkSeconds));
    s.bind(base + 21, qint64(v.handleSeconds));
    s.bind(base + 22, qint64(v.waitSeconds));
    s.bind(base + 23, qint64(v.destinationCount));
    s.bind(base + 24, qint64(v.agentSegmentCount));
    bindScore(s, base + 25, v.csat);
    bindScore(s, base + 26, v.nps);
    bindScore(s, base + 27, v.likeDislike);
    bindTimeText(s, base + 28, v.startForm, v.startText, v.startUtc);
    bindTimeText(s, base + 29, v.endForm, v.endText, v.endUtc);
    s.bind(base + 30, v.rawHash);
    s.bind(base + 31, v.fetchedAtUtc);
    return true;
}

bool ConversationRowWriter::insertConversation(qint64 row, const ConversationValues &v, qint64 *key)
{
    if (!bindConversation(m_insert, 0, row, v))
        return false;
    const bool ok = m_insert.step() == SQLITE_DONE;
    m_insert.resetKeepingBindings();   // all 31 are bound for every row
    if (ok && key)
        *key = row >= 0 ? row : sqlite3_last_insert_rowid(m_db.handle());
    return ok;
}

bool ConversationRowWriter::insertStoredRows(std::span<const StoredRow> rows)
{
    constexpr int kColumns = snapshotschema::kConversationColumnCount;
    if (!m_insertMany) {
        m_insertMany = std::make_unique<sqlite::Statement>(m_db, insertSql(kRowsPerInsert).constData());
        m_insertRawMany = std::make_unique<sqlite::Statement>(m_db, insertRawSql(kRowsPerInsert).constData());
        if (!m_insertMany->isValid() || !m_insertRawMany->isValid())
            return false;
    }
    auto inBlock = [](const StoredRow &r) { return r.inBlock; };
    while (rows.size() >= size_t(kRowsPerInsert)) {
        const auto group = rows.first(size_t(kRowsPerInsert));
        // A group's raw rows go in one statement too, unless only some have one.
        const bool noRaw = std::all_of(group.begin(), group.end(), inBlock);
        if (!noRaw && std::any_of(group.begin(), group.end(), inBlock))
            break;
        for (int k = 0; k < kRowsPerInsert; ++k) {
            const StoredRow &r = group[size_t(k)];
            if (!bindConversation(*m_insertMany, k * kColumns, r.row, *r.values))
                return false;
            if (!noRaw)
                bindRawStored(*m_insertRawMany, k * snapshotschema::kRawColumnCount, r.row, r.bytes, r.compressed,
                              r.dictionary);
        }
        const bool ok = m_insertMany->step() == SQLITE_DONE && (noRaw || m_insertRawMany->step() == SQLITE_DONE);
        m_insertMany->resetKeepingBindings();   // every parameter is bound for each group
        m_insertRawMany->resetKeepingBindings();
        if (!ok)
            return false;
        rows = rows.subspan(size_t(kRowsPerInsert));
    }
    for (const StoredRow &r : rows) {
        if (!insertConversation(r.row, *r.values)
            || (!r.inBlock && !insertRawStored(r.row, r.bytes, r.compressed, r.dictionary)))
            return false;
    }
    return true;
}

bool ConversationRowWriter::insertRaw(qint64 row, std::string_view raw, RawEncoder &encoder)
{
    const RawEncoder::Encoded stored = encoder.encode(raw);
    return insertRawStored(row, stored.bytes, stored.compressed, stored.dictionaryId);
}

void ConversationRowWriter::bindRawStored(sqlite::Statement &s, int base, qint64 row, std::string_view bytes,
                                          bool compressed, qint64 dictionaryId)
{
    s.bind(base + 1, row);
    if (compressed) {
        s.bindNull(base + 2);
        s.bindBlob(base + 3, bytes);
        s.bind(base + 4, dictionaryId);
    } else {
        s.bind(base + 2, bytes);
        s.bindNull(base + 3);
        s.bindNull(base + 4);
    }
}

bool ConversationRowWriter::insertRawStored(qint64 row, std::string_view bytes, bool compressed, qint64 dictionaryId)
{
    bindRawStored(m_insertRaw, 0, row, bytes, compressed, dictionaryId);
    const bool ok = m_insertRaw.step() == SQLITE_DONE;
    m_insertRaw.resetKeepingBindings();   // all kRawColumnCount are bound for every row
    return ok;
}

} // namespace cs
