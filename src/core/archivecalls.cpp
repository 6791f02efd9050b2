#include "archivecalls.h"

#include "jsonstringlist.h"
#include "recordtime.h"
#include "snapshot.h"
#include "snapshotschema.h"

#include <QCoreApplication>
#include <atomic>

namespace cs::archivecalls {

namespace {

struct ArchiveCallsText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCallsText)
};

// The columns every reader takes, in the order streamCalls() reads them.
constexpr const char *kCallColumns =
    "SELECT row, session_id, conversation_id, user_id, start_utc, end_utc, offset_minutes, channel, final_status, "
    "smart_status, reason, direction, bot_id, is_voicemail, queues, agents, dispositions, talk_seconds, "
    "hold_seconds, after_call_work_seconds, wait_seconds, destination_count, agent_segment_count, csat, nps, "
    "like_dislike, start_time_text, end_time_text";
constexpr int kFirstLabelColumn = 7;   // channel .. is_voicemail, then queues, agents, dispositions

void assign(std::string &to, std::string_view from)
{
    to.assign(from.data(), from.size());
}

// A stamp's text column: NULL is the canonical text of the time (or none
// without a time), left empty; any other text is kept and classified.
void readTimeText(const sqlite::Statement &s, int column, qint64 naiveSeconds, std::string *text,
                  recordtime::TextForm *form)
{
    if (s.columnIsNull(column)) {
        text->clear();
        *form = naiveSeconds == kNoTime ? recordtime::TextForm::Absent : recordtime::TextForm::CanonicalT;
        return;
    }
    assign(*text, s.columnText(column));
    *form = recordtime::classifyText(*text, naiveSeconds, false);
}

int scoreOf(const sqlite::Statement &s, int column)
{
    return s.columnIsNull(column) ? kNoScore : int(s.columnInt(column));
}

// A label table larger than this is not one CallScope wrote (labels are the
// few thousand texts of a center's channels, statuses, queues and agents).
constexpr qint64 kMaxLabels = 4'000'000;

} // namespace

const char *callsTable(int format)
{
    return format >= 3 ? "calls" : "conversations";
}

QByteArray selectSql(int format, const char *where, const char *more)
{
    return QByteArray(kCallColumns) + more + " FROM " + callsTable(format) + ' ' + where;
}

bool readLabels(sqlite::Database &db, LabelTable *out, QString *detail)
{
    static std::atomic<quint64> serials{0};
    out->texts.clear();
    out->lists.clear();
    out->serial = ++serials;
    sqlite::Statement bounds(db, "SELECT count(*), coalesce(max(id), 0), coalesce(min(id), 1) FROM labels");
    if (!bounds.isValid() || bounds.step() != SQLITE_ROW) {
        *detail = db.errorMessage();
        return false;
    }
    // Ids are dense as CallScope writes them; they index a vector here.
    const qint64 count = bounds.columnInt(0), maxId = bounds.columnInt(1), minId = bounds.columnInt(2);
    if (count > kMaxLabels || minId < 1 || maxId > 2 * count + 1024) {
        *detail = ArchiveCallsText::tr("its labels table is not one CallScope writes (%1 labels, ids up to %2)")
                      .arg(count).arg(maxId);
        return false;
    }
    out->texts.resize(size_t(maxId) + 1);
    out->lists.resize(size_t(maxId) + 1);
    sqlite::Statement select(db, "SELECT id, text FROM labels");
    int rc;
    while (select.isValid() && (rc = select.step()) == SQLITE_ROW) {
        const auto id = size_t(select.columnInt(0));
        const std::string_view text = select.columnText(1);
        assign(out->texts[id], text);
        if (!text.empty() && text.front() == '[' && !jsonstringlist::read(text, &out->lists[id]))
            out->lists[id].clear();   // as format 2: not a list of strings reads as no values
    }
    if (!select.isValid() || rc != SQLITE_DONE) {
        *detail = db.errorMessage();
        return false;
    }
    return true;
}

bool streamCalls(sqlite::Statement &s, const std::shared_ptr<const LabelTable> &labels, const std::function<bool(ArchivedCall &)> &sink,
                 CallDamage *damage, bool idsOnly)
{
    ArchivedCall call;
    call.labels = labels;
    call.labelTextsLeftOut = labels && idsOnly;
    call.textFormsKnown = true;
    CallFields &f = call.fields;
    std::string *scalars[kScalarLabelColumns] = {&f.channel, &f.finalStatus, &f.smartStatus, &f.reason,
                                                 &f.direction, &f.botId, &f.isVoicemail};
    std::vector<std::string> *lists[LabelColumnCount - LabelQueues] = {&f.queues, &f.agents, &f.dispositions};
    const size_t labelCount = labels ? labels->texts.size() : 0;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        call.key = s.columnInt(0);
        if (call.key < 0 || call.key >= kArchiveKeyLimit) {
            *damage = CallDamage::KeyOutOfRange;
            return false;
        }
        call.offsetMinutes = int(s.columnInt(6));
        const qint64 shift = qint64(call.offsetMinutes) * 60;
        assign(f.sessionId, s.columnText(1));
        assign(f.conversationId, s.columnText(2));
        assign(f.userId, s.columnText(3));
        f.startSeconds = s.columnIsNull(4) ? kNoTime : s.columnInt(4) - shift;
        f.endSeconds = s.columnIsNull(5) ? kNoTime : s.columnInt(5) - shift;
        f.startIsUtc = f.endIsUtc = false;
        if (labels) {
            for (int column = 0; column < LabelColumnCount; ++column) {
                const qint64 id = s.columnInt(kFirstLabelColumn + column);   // NULL reads 0: empty
                if (id < 0 || size_t(id) >= labelCount) {
                    *damage = CallDamage::UnknownLabel;
                    return false;
                }
                call.labelIds[column] = quint32(id);
                if (call.labelTextsLeftOut)
                    continue;
                if (column < kScalarLabelColumns)
                    *scalars[column] = labels->texts[size_t(id)];
                else
                    *lists[column - LabelQueues] = labels->lists[size_t(id)];
            }
        } else {
            for (int column = 0; column < kScalarLabelColumns; ++column)
                assign(*scalars[column], s.columnText(kFirstLabelColumn + column));
            for (int list = 0; list < 3; ++list)
                jsonstringlist::read(s.columnText(kFirstLabelColumn + LabelQueues + list), lists[list]);
        }
        f.talkSeconds = int(s.columnInt(17));
        f.holdSeconds = int(s.columnInt(18));
        f.afterCallWorkSeconds = int(s.columnInt(19));
        f.waitSeconds = int(s.columnInt(20));
        f.destinationCount = int(s.columnInt(21));
        f.agentSegmentCount = int(s.columnInt(22));
        f.csatScore = scoreOf(s, 23);
        f.npsScore = scoreOf(s, 24);
        f.likeDislikeScore = scoreOf(s, 25);
        // NULL with a time: the canonical text, left out by the writer
        // (docs/snapshot-format.md); the store rebuilds it, so it stays empty here.
        readTimeText(s, 26, f.startSeconds, &f.sessionStartTime, &call.startForm);
        readTimeText(s, 27, f.endSeconds, &f.sessionEndTime, &call.endForm);
        if (!sink(call))
            return true;
    }
    return rc == SQLITE_DONE;
}

namespace {

// The statement of `schema` (statements separated by ';') that creates `name`.
QByteArray statementCreating(const char *schema, const char *name)
{
    for (const QByteArray &statement : QByteArray(schema).split(';')) {
        const QList<QByteArray> words = statement.simplified().split(' ');
        const qsizetype at = words.value(1) == "UNIQUE" ? 3 : 2;
        if (words.size() > at && words[at] == name)
            return statement;
    }
    Q_ASSERT_X(false, "statementCreating", name);
    return {};
}

} // namespace

bool migrateFormat2(sqlite::Database &db, QString *detail)
{
    using namespace snapshotschema;
    QByteArray labelColumns, labelTexts;
    for (const char *column : kLabelColumns) {
        if (!labelTexts.isEmpty()) {
            labelTexts += " UNION ";
            labelColumns += ", ";
        }
        labelTexts += QByteArray("SELECT ") + column + " FROM conversations WHERE " + column + " <> ''";
        labelColumns += column;
    }
    // Every column of `calls`, with the label columns as ids of their texts.
    QByteArray values;
    for (const QByteArray &column : QByteArray(kConversationColumns).split(',')) {
        const QByteArray name = column.trimmed();
        if (!values.isEmpty())
            values += ", ";
        const bool label = std::any_of(std::begin(kLabelColumns), std::end(kLabelColumns),
                                       [&](const char *l) { return name == l; });
        values += label ? QByteArray("(SELECT id FROM labels WHERE text = c." + name + ")") : QByteArray("c." + name);
    }
    const QByteArray statements[] = {
        statementCreating(kCreateTables, "labels"),
        statementCreating(kCreateIndexes, "labels_text"),
        "INSERT INTO labels (text) " + labelTexts,
        statementCreating(kCreateTables, "calls"),
        QByteArray("INSERT INTO calls (") + kConversationColumns + ") SELECT " + values + " FROM conversations c",
        "DROP TABLE conversations",
        statementCreating(kCreateIndexes, "calls_session"),
        statementCreating(kCreateIndexes, "calls_start"),
        statementCreating(kCreateTables, "conversations"),
        statementCreating(kCreateTables, "raw_blocks"),
        "PRAGMA user_version=" + QByteArray::number(kSnapshotSchemaVersion),
        "UPDATE meta SET value = '" + QByteArray::number(kSnapshotSchemaVersion) + "' WHERE key = 'schema_version'",
    };
    if (!db.exec("BEGIN IMMEDIATE")) {
        *detail = db.errorMessage();
        return false;
    }
    for (const QByteArray &statement : statements) {
        if (!db.exec(statement.constData())) {
            *detail = db.errorMessage();
            db.exec("ROLLBACK");
            return false;
        }
    }
    if (db.exec("COMMIT"))
        return true;
    *detail = db.errorMessage();
    db.exec("ROLLBACK");
    return false;
}

} // namespace cs::archivecalls
