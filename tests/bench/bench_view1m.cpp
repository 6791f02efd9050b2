// Table operations at 1,000,000 calls (issue 10, item 5), with anchors run on
// the same data in the same process:
//   - search (the filter bar's "contains" over every text column and id)
//   - sort by every column
//   - quick filters (channel, status, queue, agent, direction chips)
//   - CSV export, standard and "as shown", to a file in /tmp (MB/s)
// Anchors: QSortFilterProxyModel over a plain QAbstractTableModel holding the
// same values (sort + filter), QJsonDocument parsing the same pages, and the
// stock sqlite3 CLI (timed as a process) scanning/sorting/exporting the same rows.
//
//   bench_view1m [--calls N] [--repeats R] [--no-anchors] [--tmp DIR] [--only search|sort|quick|csv]
//
// Every figure is the best of R runs (default 3): the machine is shared.
// Lines starting with RESULT hold a figure and its goal; RATIO lines divide
// our time by the anchor's (below 1: we are faster).

#include "callcsv.h"
#include "filterrule.h"
#include "recordparser.h"
#include "recordstore.h"
#include "recordview.h"
#include "viewcsv.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

// --- data --------------------------------------------------------------------

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

const char *const kChannels[] = {"voice", "rtm", "email", "campaign", "agentassist", "whatsapp", "sms"};
const int kChannelWeights[] = {34, 24, 8, 10, 10, 9, 5};
const char *const kQueues[] = {
    "Billing", "Tech Support", "Sales", "Retentions", "Queue 9", "Queue 10", "Ventes Québec", "Soporte Español",
    "Default Queue", "Premium Care", "Claims", "Onboarding", "Fraud Desk", "Returns", "Kundendienst München",
    "Renewals", "VIP Line", "Collections", "Escalations", "Överflöde Stockholm"};
const char *const kFirst[] = {"Zoë", "Ana", "John", "Émile", "Nadia", "Søren", "Priya", "Liam", "Chloé", "Mateo",
                              "Aiko", "Björn", "Fatima", "Olivia", "Noah", "Łukasz", "Grace", "Hugo", "Inès", "Kenji",
                              "Maya", "Oscar", "Renée", "Tomás", "Yusuf"};
const char *const kLast[] = {"Müller", "Steve", "Zola", "Åberg", "Okafor", "Nguyen", "García", "Dubois", "Kowalski",
                             "Smith", "Rossi", "Ünal", "Tanaka", "Novák", "O'Brien"};
const char *const kReasons[] = {"", "", "", "NO AGENTS AVAILABLE", "Customer hung up", "Default Queue:John Steve",
                                "Max wait time reached", "Out of business hours", "Agent rejected", "Transferred to voicemail"};
const char *const kDispositions[] = {"Resolved", "DROP-OFF", "Requires Supervisor Attention", "Callback",
                                     "Sale", "No Sale", "Wrong Number", "Escalated", "Refund Issued",
                                     "Follow-up", "Spam", "Information Given"};

struct Status { const char *finalStatus; const char *smartStatus; };
const Status kAgentStatuses[] = {
    {"CLOSED", "RESOLVED BY AGENT"}, {"CLOSED", "RESOLVED BY AGENT"}, {"CLOSED", "RESOLVED BY AGENT"},
    {"TRANSFERRED", "TRANSFERRED"}, {"USER ABANDONED", "ABANDONED IN QUEUE"}, {"AGENT DISCONNECTED", "DISCONNECTED"},
    {"VOICEMAIL", "LEFT VOICEMAIL"}};

std::string agentName(int i)
{
    return std::string(kFirst[i % 25]) + ' ' + kLast[(i / 25) % 15];
}

std::string guid(const char *prefix, quint64 bits, quint64 more)
{
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%s-%08x-%04x-%04x-%04x-%012llx", prefix, unsigned(bits >> 32),
                                unsigned(bits >> 16) & 0xFFFFu, unsigned(bits) & 0xFFFFu, unsigned(more >> 48),
                                static_cast<unsigned long long>(more & 0xFFFFFFFFFFFFULL));
    return std::string(buf, size_t(n));
}

std::string isoTime(qint64 utc)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
    return t.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toStdString();
}

// One record in the API's shape (as the mock renders it, fewer opt-in blocks).
void appendRecord(std::string &out, int n, qint64 startUtc, quint64 &rng)
{
    auto pick = [&](int count) { return int(splitmix(rng) % quint64(count)); };
    int channel = 0;
    for (int w = pick(100); channel < 6 && w >= kChannelWeights[channel]; ++channel)
        w -= kChannelWeights[channel];
    const quint64 bits = splitmix(rng);
    const quint64 more = splitmix(rng);
    char sessionId[32];
    std::snprintf(sessionId, sizeof sessionId, "%08x%010llx%06x", unsigned(quint32(startUtc)),
                  static_cast<unsigned long long>(bits >> 24), unsigned(n & 0xFFFFFF));
    const bool botOnly = pick(100) < 15;
    const int agentIndex = pick(300);
    const int length = botOnly ? 15 + pick(600) : 60 + pick(1800);

    out += "{\"sessionId\":\"";
    out += sessionId;
    out += '"';
    if (!botOnly) {
        out += ",\"conversationId\":\"" + guid("c", bits, more) + '"';
    }
    out += ",\"channel\":\"";
    out += kChannels[channel];
    out += '"';
    const Status status = botOnly ? Status{"BotResolved", "CLOSED AT BOT"} : kAgentStatuses[pick(7)];
    out += ",\"finalStatus\":\"";
    out += status.finalStatus;
    out += "\",\"smartStatus\":\"";
    out += status.smartStatus;
    out += '"';
    const char *reason = kReasons[pick(10)];
    if (*reason) {
        out += n % 2 ? ",\"Reason\":\"" : ",\"reason\":\"";
        out += reason;
        out += '"';
    }
    out += n % 2 ? ",\"Direction\":\"" : ",\"direction\":\"";
    out += pick(3) ? "Inbound" : "Outbound";
    out += "\",\"userId\":\"" + guid("u", more, bits) + '"';
    out += ",\"sessionStartTime\":\"" + isoTime(startUtc) + '"';
    out += ",\"sessionEndTime\":\"" + isoTime(startUtc + length) + '"';
    out += ",\"botId\":\"st-e19dd469-90f5-5655-b0b2-858de901aaaa\",\"isVoicemail\":\"NO\"";
    if (!botOnly) {
        out += ",\"destinations\":[";
        const int segments = pick(10) == 0 ? 2 : 1;
        for (int s = 0; s < segments; ++s) {
            const int queue = pick(20);
            const int agent = s == 0 ? agentIndex : pick(300);
            char buf[512];
            std::snprintf(buf, sizeof buf,
                          "%s{\"destinationType\":\"QueueEntry\",\"queueId\":\"qu-%04x\",\"queueName\":\"%s\","
                          "\"CallbackOpted\":false,\"respondingAgent\":{\"agentId\":\"u-%06x\",\"name\":\"%s\","
                          "\"destinationType\":\"AgentSegment\",\"status\":\"Answered\",\"interactionDuration\":%d,"
                          "\"holdDuration\":%d,\"afterCallWorkDuration\":%d,\"ConsultingAgents\":[],\"JoinedUsers\":[]}}",
                          s ? "," : "", queue * 977, kQueues[queue], agent * 7919, agentName(agent).c_str(),
                          20 + pick(900), pick(120), pick(60));
            out += buf;
        }
        out += "],\"dispositions\":[\"";
        out += kDispositions[pick(12)];
        out += "\"]";
        if (pick(3) == 0)
            out += ",\"surveyType\":\"csat\",\"csatScore\":" + std::to_string(1 + pick(5));
        if (pick(4) == 0)
            out += ",\"npsScore\":" + std::to_string(pick(11));
    }
    out += '}';
}

std::vector<QByteArray> makePages(int calls)
{
    constexpr qint64 kBaseUtc = 1725148800;   // 2024-09-01T00:00:00Z, calls over 30 days
    std::vector<QByteArray> pages;
    quint64 rng = 20241001;
    std::string body;
    for (int first = 0; first < calls; first += 100) {
        const int count = std::min(100, calls - first);
        body = "{\"numResults\":" + std::to_string(count) + ",\"data\":[";
        for (int n = first; n < first + count; ++n) {
            if (n > first)
                body += ',';
            appendRecord(body, n, kBaseUtc + qint64(n) * 2592000 / calls + qint64(splitmix(rng) % 3), rng);
        }
        body += "]}";
        pages.emplace_back(body.data(), qsizetype(body.size()));
    }
    return pages;
}

// --- timing ------------------------------------------------------------------

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time (all threads) of the last timeMs()/bestMs() figure: on a shared
// machine, wall time includes waiting for a core; CPU time does not.
double g_lastCpuMs = -1;

double timeMs(const std::function<void()> &work)
{
    const double cpu = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    g_lastCpuMs = processCpuMs() - cpu;
    return ms;
}

double bestMs(int repeats, const std::function<void()> &prepare, const std::function<void()> &work)
{
    double best = 1e300, bestCpu = 1e300;
    for (int i = 0; i < repeats; ++i) {
        prepare();
        best = std::min(best, timeMs(work));
        bestCpu = std::min(bestCpu, g_lastCpuMs);
    }
    g_lastCpuMs = bestCpu;
    return best;
}

void result(const QString &what, double value, const char *unit, const char *goal = "", long rows = -1)
{
    char rowText[32] = "";
    if (rows >= 0)
        std::snprintf(rowText, sizeof rowText, "(%ld rows)", rows);
    char cpuText[32] = "";
    if (g_lastCpuMs >= 0 && std::strcmp(unit, "ms") == 0)
        std::snprintf(cpuText, sizeof cpuText, "cpu %8.2f ms", g_lastCpuMs);
    g_lastCpuMs = -1;
    std::printf("RESULT %-58s %10.2f %-5s %-14s %-15s %s\n", qPrintable(what), value, unit, rowText, goal, cpuText);
    std::fflush(stdout);
}

void ratio(const QString &what, double ours, double anchor)
{
    std::printf("RATIO  %-56s %10.4f  (ours %.2f / anchor %.2f)\n", qPrintable(what), ours / anchor, ours, anchor);
    std::fflush(stdout);
}

// --- anchors -----------------------------------------------------------------

// A plain table model holding the same values as QStrings / integers: what a
// straightforward Qt viewer would hand to QSortFilterProxyModel.
class PlainModel : public QAbstractTableModel
{
public:
    enum Col { SessionId, ConversationId, UserId, Channel, Direction, FinalStatus, SmartStatus, Reason, Queues,
               Agents, Dispositions, StartUtc, HandleSeconds, ColCount };

    explicit PlainModel(const RecordStore &store)
    {
        const StringPool &pool = store.strings();
        auto joined = [&](std::span<const quint32> ids) {
            QString text;
            for (const quint32 id : ids) {
                if (!text.isEmpty())
                    text += u"; "_s;
                text += pool.at(id);
            }
            return text;
        };
        auto fromId = [](std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); };
        const int n = store.size();
        for (auto &column : m_text)
            column.reserve(size_t(n));
        m_start.reserve(size_t(n));
        m_handle.reserve(size_t(n));
        for (RowId row = 0; row < RowId(n); ++row) {
            m_text[SessionId].push_back(fromId(store.sessionId(row)));
            m_text[ConversationId].push_back(fromId(store.conversationId(row)));
            m_text[UserId].push_back(fromId(store.userId(row)));
            m_text[Channel].push_back(pool.at(store.channel(row)));
            m_text[Direction].push_back(pool.at(store.direction(row)));
            m_text[FinalStatus].push_back(pool.at(store.finalStatus(row)));
            m_text[SmartStatus].push_back(pool.at(store.smartStatus(row)));
            m_text[Reason].push_back(pool.at(store.reason(row)));
            m_text[Queues].push_back(joined(store.queues(row)));
            m_text[Agents].push_back(joined(store.agents(row)));
            m_text[Dispositions].push_back(joined(store.dispositions(row)));
            m_start.push_back(store.startUtc(row));
            m_handle.push_back(store.handleSeconds(row));
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_start.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColCount; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const auto row = size_t(index.row());
        switch (index.column()) {
        case StartUtc: return QVariant::fromValue(m_start[row]);
        case HandleSeconds: return m_handle[row];
        default: return m_text[index.column()][row];
        }
    }

private:
    std::vector<QString> m_text[StartUtc];
    std::vector<qint64> m_start;
    std::vector<int> m_handle;
};

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

// The same columns as the standard CSV's main ones, one table, no indexes.
bool buildSqlite(const RecordStore &store, const QString &path)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        && exec(db, "CREATE TABLE calls(sessionId TEXT, conversationId TEXT, userId TEXT, channel TEXT, direction TEXT,"
                    " finalStatus TEXT, smartStatus TEXT, reason TEXT, queues TEXT, agents TEXT, dispositions TEXT,"
                    " startUtc INTEGER, endUtc INTEGER, talk INTEGER, hold INTEGER, acw INTEGER, handle INTEGER,"
                    " wait INTEGER, csat INTEGER, nps INTEGER)")
        && exec(db, "BEGIN");
    sqlite3_stmt *insert = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO calls VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr) == SQLITE_OK;
    const StringPool &pool = store.strings();
    std::string lists[3];
    for (RowId row = 0; ok && row < RowId(store.size()); ++row) {
        auto text = [&](int i, std::string_view v) { sqlite3_bind_text(insert, i, v.data(), int(v.size()), SQLITE_STATIC); };
        auto join = [&](std::string &s, std::span<const quint32> ids) {
            s.clear();
            for (const quint32 id : ids)
                s += (s.empty() ? "" : "; ") + pool.utf8(id);
            return std::string_view(s);
        };
        text(1, store.sessionId(row));
        text(2, store.conversationId(row));
        text(3, store.userId(row));
        text(4, pool.utf8(store.channel(row)));
        text(5, pool.utf8(store.direction(row)));
        text(6, pool.utf8(store.finalStatus(row)));
        text(7, pool.utf8(store.smartStatus(row)));
        text(8, pool.utf8(store.reason(row)));
        text(9, join(lists[0], store.queues(row)));
        text(10, join(lists[1], store.agents(row)));
        text(11, join(lists[2], store.dispositions(row)));
        sqlite3_bind_int64(insert, 12, store.startUtc(row));
        sqlite3_bind_int64(insert, 13, store.endUtc(row));
        sqlite3_bind_int(insert, 14, store.talkSeconds(row));
        sqlite3_bind_int(insert, 15, store.holdSeconds(row));
        sqlite3_bind_int(insert, 16, store.afterCallWorkSeconds(row));
        sqlite3_bind_int(insert, 17, store.handleSeconds(row));
        sqlite3_bind_int(insert, 18, store.waitSeconds(row));
        sqlite3_bind_int(insert, 19, store.csatScore(row));
        sqlite3_bind_int(insert, 20, store.npsScore(row));
        ok = sqlite3_step(insert) == SQLITE_DONE && sqlite3_reset(insert) == SQLITE_OK;
    }
    sqlite3_finalize(insert);
    ok = ok && exec(db, "COMMIT");
    sqlite3_close(db);
    return ok;
}

// The stock CLI as a process (start-up included, a few ms); stdout to a file.
double sqliteCliMs(const QString &db, const QString &sql, const QString &stdoutFile, const QStringList &extra = {})
{
    QProcess process;
    process.setStandardOutputFile(stdoutFile);
    QStringList args = extra;
    args << db << sql;
    QElapsedTimer timer;
    timer.start();
    process.start(u"sqlite3"_s, args);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", qPrintable(QString::fromUtf8(process.readAllStandardError())));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double bestSqliteMs(int repeats, const QString &db, const QString &sql, const QString &out, const QStringList &extra = {})
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i)
        best = std::min(best, sqliteCliMs(db, sql, out, extra));
    return best;
}

// --- ours ----------------------------------------------------------------------

struct SortCase { const char *name; CallColumn column; bool text; };

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int calls = 1000000;
    int repeats = 3;
    bool anchors = true;
    QString tmp = QDir::tempPath();
    QString only;   // search | sort | quick | csv: that section alone, no anchors
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--calls" && i + 1 < args.size())
            calls = args[++i].toInt();
        else if (args[i] == u"--repeats" && i + 1 < args.size())
            repeats = std::max(1, args[++i].toInt());
        else if (args[i] == u"--no-anchors")
            anchors = false;
        else if (args[i] == u"--tmp" && i + 1 < args.size())
            tmp = args[++i];
        else if (args[i] == u"--only" && i + 1 < args.size())
            only = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_view1m [--calls N] [--repeats R] [--no-anchors] [--tmp DIR] [--only search|sort|quick|csv]\n");
            return 2;
        }
    }
    std::printf("bench_view1m: %d calls, best of %d\n", calls, repeats);

    std::vector<QByteArray> pages;
    const double generateMs = timeMs([&] { pages = makePages(calls); });
    qint64 pageBytes = 0;
    for (const QByteArray &page : pages)
        pageBytes += page.size();
    std::printf("generated %zu pages, %.1f MB of JSON in %.0f ms\n", pages.size(), double(pageBytes) / 1e6, generateMs);

    RecordStore store;
    store.reserve(calls);
    double parseMs = 0;
    const double ingestMs = timeMs([&] {
        for (const QByteArray &body : pages) {
            QElapsedTimer t;
            t.start();
            const std::shared_ptr<ParsedPage> page = parsePage(body);
            parseMs += double(t.nsecsElapsed()) / 1e6;
            store.append(*page, 0);
        }
    });
    result(u"ingest: parsePage + append, all pages"_s, ingestMs, "ms", "", store.size());
    result(u"ingest: parsePage alone (simdjson)"_s, parseMs, "ms");
    if (store.size() != calls) {
        std::fprintf(stderr, "expected %d calls, store has %d\n", calls, store.size());
        return 1;
    }
    std::printf("string pool: %u distinct strings\n", store.strings().size());

    std::unique_ptr<RecordView> viewHolder;
    const double viewMs = timeMs([&] { viewHolder = std::make_unique<RecordView>(&store); });
    result(u"RecordView over the store (rebuild: rows, id bytes)"_s, viewMs, "ms", "", viewHolder->size());
    RecordView &view = *viewHolder;
    auto unsorted = [&] { view.setSort(CallColumn::Count, Qt::AscendingOrder); };
    std::map<std::string, double> ours;

    auto section = [&](const char *name) { return only.isEmpty() || only == QLatin1StringView(name); };
    if (!only.isEmpty())
        anchors = false;

    // --- search ---
    if (section("search")) {
    view.setSort(CallColumn::Count, Qt::AscendingOrder);
    const std::string someSession(store.sessionId(RowId(calls / 3)));
    const std::string someConversation(store.conversationId(RowId(calls / 3 + 1)));
    struct SearchCase { QString name; QString text; };
    const SearchCase searches[] = {
        {u"search \"zoë\" (agent names, non-ASCII)"_s, u"zoë"_s},
        {u"search \"MÜLLER\" (case-folded non-ASCII)"_s, u"MÜLLER"_s},
        {u"search \"billing\" (queue)"_s, u"billing"_s},
        {u"search sessionId fragment (10 hex)"_s, QString::fromStdString(someSession.substr(8, 10))},
        {u"search conversationId fragment"_s, QString::fromStdString(someConversation.substr(2, 13))},
        {u"search \"e\" (matches almost every row)"_s, u"e"_s},
        {u"search \"7\" (one id character)"_s, u"7"_s},
        {u"search \"a7\" (two id characters)"_s, u"a7"_s},
        {u"search \"-a7f\""_s, u"-a7f"_s},
        {u"search no match, words (no id has these bytes)"_s, u"no such text anywhere"_s},
        {u"search no match, hex and '-' (reads every id)"_s, u"deadbeef-cafe-f00d"_s},
    };
    double worstSearch = 0;
    // In arrival order, and sorted by start time as the window shows the table
    // (the filter then keeps that order: no sort per keystroke).
    for (const CallColumn order : {CallColumn::Count, CallColumn::StartTime}) {
        view.setFilter(FilterRule());
        view.setSort(order, Qt::AscendingOrder);
        const QString suffix = order == CallColumn::Count ? QString() : u", view sorted by start"_s;
        for (const SearchCase &s : searches) {
            FilterRule rule;
            rule.setSearchText(s.text);
            const double ms = bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(rule); });
            worstSearch = std::max(worstSearch, ms);
            result(s.name + suffix, ms, "ms", "goal <= 50 ms", view.size());
        }
    }
    view.setFilter(FilterRule());
    view.setSort(CallColumn::Count, Qt::AscendingOrder);
    ours["search"] = worstSearch;
    {
        FilterRule rule;
        rule.setSearchText(searches[10].text);
        ours["search-nomatch"] = bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(rule); });
        FilterRule zoe;
        zoe.setSearchText(u"zoë"_s);
        ours["search-zoe"] = bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(zoe); });
    }
    view.setFilter(FilterRule());
    }

    // --- sort ---
    if (section("sort")) {
    // The first text sort ranks every pool string once (collation).
    result(u"sort channel (first text sort: ranks the pool)"_s,
           timeMs([&] { view.setSort(CallColumn::Channel, Qt::AscendingOrder); }), "ms", "", view.size());
    const SortCase sorts[] = {
        {"startTime", CallColumn::StartTime, false},   {"endTime", CallColumn::EndTime, false},
        {"duration", CallColumn::Duration, false},     {"talk", CallColumn::Talk, false},
        {"hold", CallColumn::Hold, false},             {"afterCallWork", CallColumn::AfterCallWork, false},
        {"handleTime", CallColumn::HandleTime, false}, {"wait", CallColumn::Wait, false},
        {"transfers", CallColumn::Transfers, false},   {"csat", CallColumn::Csat, false},
        {"nps", CallColumn::Nps, false},               {"channel", CallColumn::Channel, false},
        {"direction", CallColumn::Direction, false},   {"finalStatus", CallColumn::FinalStatus, false},
        {"smartStatus", CallColumn::SmartStatus, false}, {"reason", CallColumn::Reason, false},
        {"queues", CallColumn::Queues, false},         {"agents", CallColumn::Agents, false},
        {"dispositions", CallColumn::Dispositions, false},
        {"sessionId", CallColumn::SessionId, true},    {"conversationId", CallColumn::ConversationId, true},
        {"userId", CallColumn::UserId, true},
    };
    double worstNumberSort = 0, worstTextSort = 0;
    for (const SortCase &c : sorts) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = bestMs(repeats, unsorted, [&] { view.setSort(c.column, order); });
            (c.text ? worstTextSort : worstNumberSort) = std::max(c.text ? worstTextSort : worstNumberSort, ms);
            result(u"sort %1 %2"_s.arg(QLatin1StringView(c.name), order == Qt::AscendingOrder ? u"asc"_s : u"desc"_s), ms,
                   "ms", c.text ? "goal <= 300 ms" : "goal <= 100 ms", view.size());
            ours[std::string("sort-") + c.name + (order == Qt::AscendingOrder ? "-asc" : "-desc")] = ms;
        }
    }
    {
        // Re-sorting an already sorted view by another column (the usual click).
        view.setSort(CallColumn::Agents, Qt::AscendingOrder);
        const double ms = bestMs(repeats, [&] { view.setSort(CallColumn::Agents, Qt::AscendingOrder); },
                                 [&] { view.setSort(CallColumn::StartTime, Qt::DescendingOrder); });
        result(u"sort startTime desc from agents-sorted view"_s, ms, "ms", "goal <= 100 ms", view.size());
    }
    view.setSort(CallColumn::Count, Qt::AscendingOrder);
    }

    // --- quick filters ---
    if (section("quick")) {
    struct QuickCase { QString name; QuickFilter filter; QSet<QString> values; };
    const QuickCase quicks[] = {
        {u"quick channel = voice"_s, QuickFilter::Channel, {u"voice"_s}},
        {u"quick channel = rtm, whatsapp"_s, QuickFilter::Channel, {u"rtm"_s, u"whatsapp"_s}},
        {u"quick finalStatus = CLOSED"_s, QuickFilter::FinalStatus, {u"CLOSED"_s}},
        {u"quick smartStatus = ABANDONED IN QUEUE"_s, QuickFilter::SmartStatus, {u"ABANDONED IN QUEUE"_s}},
        {u"quick queue = Billing, (none)"_s, QuickFilter::Queue, {u"Billing"_s, QString()}},
        {u"quick agent = Zoë Müller"_s, QuickFilter::Agent, {u"Zoë Müller"_s}},
        {u"quick direction = Outbound"_s, QuickFilter::Direction, {u"Outbound"_s}},
        {u"quick disposition = Sale"_s, QuickFilter::Disposition, {u"Sale"_s}},
    };
    double worstQuick = 0;
    for (const CallColumn order : {CallColumn::Count, CallColumn::StartTime}) {
        view.setFilter(FilterRule());
        view.setSort(order, Qt::AscendingOrder);
        const QString suffix = order == CallColumn::Count ? QString() : u", view sorted by start"_s;
        for (const QuickCase &q : quicks) {
            FilterRule rule;
            rule.setAllowed(q.filter, q.values);
            const double ms = bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(rule); });
            worstQuick = std::max(worstQuick, ms);
            result(q.name + suffix, ms, "ms", "goal <= 20 ms", view.size());
            if (q.filter == QuickFilter::Channel && q.values.size() == 1 && order == CallColumn::Count)
                ours["quick-voice"] = ms;
        }
    }
    view.setFilter(FilterRule());
    view.setSort(CallColumn::Count, Qt::AscendingOrder);
    {
        FilterRule rule;
        rule.setAllowed(QuickFilter::Channel, {u"voice"_s});
        rule.setAllowed(QuickFilter::FinalStatus, {u"CLOSED"_s});
        rule.setAllowed(QuickFilter::Queue, {u"Billing"_s, u"Sales"_s});
        rule.setAllowed(QuickFilter::Direction, {u"Inbound"_s});
        const double ms = bestMs(repeats, [&] { view.setFilter(FilterRule()); }, [&] { view.setFilter(rule); });
        worstQuick = std::max(worstQuick, ms);
        result(u"quick channel + status + 2 queues + direction"_s, ms, "ms", "goal <= 20 ms", view.size());
        const double sorted = bestMs(repeats, [&] { view.setFilter(FilterRule()); view.setSort(CallColumn::StartTime, Qt::DescendingOrder); },
                                     [&] { view.setFilter(rule); });
        result(u"  the same, first filter after a sort change (sorts)"_s, sorted, "ms", "", view.size());
        view.setFilter(FilterRule());
        const double clearMs = bestMs(repeats, [&] { view.setFilter(rule); }, [&] { view.setFilter(FilterRule()); });
        result(u"clear the filter, view sorted by startTime desc"_s, clearMs, "ms", "goal <= 20 ms", view.size());
        view.setFilter(FilterRule());
        view.setSort(CallColumn::Count, Qt::AscendingOrder);
    }
    }

    // --- CSV ---
    const QString standardPath = tmp + u"/callscope_bench_standard.csv"_s;
    const QString viewPath = tmp + u"/callscope_bench_view.csv"_s;
    // Wall time, and the process's CPU time (user + kernel, the file write
    // and the export's second thread included): on a shared machine the CPU
    // figure shows what the code costs.
    auto cpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    auto csvRate = [&](const QString &name, const QString &path, const std::function<bool(QFile &)> &write) {
        double best = 1e300, bestCpu = 1e300;
        qint64 bytes = 0;
        for (int i = 0; i < repeats; ++i) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return -1.0;
            const double cpuBefore = cpuMs();
            const double ms = timeMs([&] {
                if (!write(file))
                    std::fprintf(stderr, "%s failed\n", qPrintable(name));
                file.close();
            });
            bestCpu = std::min(bestCpu, cpuMs() - cpuBefore);
            bytes = QFileInfo(path).size();
            best = std::min(best, ms);
        }
        const double mb = double(bytes) / 1e6;
        result(name + u" (%1 MB, %2 ms)"_s.arg(mb, 0, 'f', 0).arg(best, 0, 'f', 0), mb / (best / 1e3), "MB/s",
               "goal >= 300 MB/s");
        result(u"  the same per CPU time (%1 ms CPU, all threads)"_s.arg(bestCpu, 0, 'f', 0), mb / (bestCpu / 1e3), "MB/s");
        return best;
    };
    if (section("csv")) {
    const std::vector<RowId> startOrder = rowsInStartOrder(store);
    result(u"rowsInStartOrder (standard CSV's row order)"_s, bestMs(repeats, [] {}, [&] { (void)rowsInStartOrder(store); }), "ms");
    ours["csv-standard"] = csvRate(u"CSV standard"_s, standardPath, [&](QFile &f) { return writeStandardCsv(store, startOrder, &f); });
    ViewCsvOptions shown;
    for (int c = 0; c < int(CallColumn::Count); ++c)
        shown.columns.push_back(CallColumn(c));
    shown.zone = QTimeZone("America/New_York");
    view.setSort(CallColumn::StartTime, Qt::DescendingOrder);
    ours["csv-view"] = csvRate(u"CSV as shown (22 columns, New York times)"_s, viewPath,
                               [&](QFile &f) { return writeViewCsv(store, view.rows(), &f, shown); });
    ViewCsvOptions raw = shown;
    raw.times = TimeText::Raw;
    csvRate(u"CSV as shown (22 columns, raw times)"_s, viewPath, [&](QFile &f) { return writeViewCsv(store, view.rows(), &f, raw); });
    view.setSort(CallColumn::Count, Qt::AscendingOrder);
    }

    if (!anchors) {
        QFile::remove(standardPath);
        QFile::remove(viewPath);
        return 0;
    }

    // --- anchors ---
    std::printf("\nanchors (same data, same run)\n");
    {
        double qjsonMs = 0;
        qjsonMs = timeMs([&] {
            for (const QByteArray &body : pages) {
                const QJsonDocument doc = QJsonDocument::fromJson(body);
                if (doc.isNull())
                    std::fprintf(stderr, "QJsonDocument failed\n");
            }
        });
        result(u"anchor QJsonDocument::fromJson, all pages"_s, qjsonMs, "ms");
        ratio(u"parsePage / QJsonDocument::fromJson"_s, parseMs, qjsonMs);
        ratio(u"parsePage + append / QJsonDocument::fromJson"_s, ingestMs, qjsonMs);
    }
    {
        // A fresh proxy per figure: the filter is set first and the mapping is
        // built on the first rowCount(), as when a view first shows the model.
        // (Changing the filter of a live 1M-row proxy removes rows range by
        // range and takes minutes; that is not the figure wanted here.)
        PlainModel model(store);
        auto filterMs = [&](int column, const std::function<void(QSortFilterProxyModel &)> &setFilter, int *rowsOut) {
            QSortFilterProxyModel proxy;
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            proxy.setFilterKeyColumn(column);
            setFilter(proxy);
            const double ms = timeMs([&] {
                proxy.setSourceModel(&model);
                *rowsOut = proxy.rowCount();
            });
            return ms;
        };
        auto sortMs = [&](int column) {
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            (void)proxy.rowCount();
            return timeMs([&] { proxy.sort(column, Qt::AscendingOrder); });
        };
        const double sortStart = sortMs(PlainModel::StartUtc);
        result(u"anchor QSFPM sort startTime"_s, sortStart, "ms");
        ratio(u"sort startTime asc / QSFPM"_s, ours["sort-startTime-asc"], sortStart);
        const double sortAgents = sortMs(PlainModel::Agents);
        result(u"anchor QSFPM sort agents (QString compare)"_s, sortAgents, "ms");
        ratio(u"sort agents asc / QSFPM"_s, ours["sort-agents-asc"], sortAgents);
        const double sortSession = sortMs(PlainModel::SessionId);
        result(u"anchor QSFPM sort sessionId"_s, sortSession, "ms");
        ratio(u"sort sessionId asc / QSFPM"_s, ours["sort-sessionId-asc"], sortSession);
        int rows = 0;
        const double searchZoe = filterMs(-1, [](QSortFilterProxyModel &p) { p.setFilterFixedString(u"zoë"_s); }, &rows);
        result(u"anchor QSFPM filter \"zoë\", every column"_s, searchZoe, "ms", "", rows);
        ratio(u"search \"zoë\" / QSFPM"_s, ours["search-zoe"], searchZoe);
        const double searchNone = filterMs(-1, [](QSortFilterProxyModel &p) { p.setFilterFixedString(u"deadbeef-cafe-f00d"_s); }, &rows);
        result(u"anchor QSFPM filter, no match, every column"_s, searchNone, "ms", "", rows);
        ratio(u"search no match / QSFPM"_s, ours["search-nomatch"], searchNone);
        const double quick = filterMs(PlainModel::Channel, [](QSortFilterProxyModel &p) { p.setFilterRegularExpression(u"^voice$"_s); }, &rows);
        result(u"anchor QSFPM filter channel ^voice$"_s, quick, "ms", "", rows);
        ratio(u"quick channel = voice / QSFPM"_s, ours["quick-voice"], quick);
    }
    {
        const QString db = tmp + u"/callscope_bench.sqlite"_s;
        const QString out = tmp + u"/callscope_bench_sqlite.out"_s;
        const double buildMs = timeMs([&] { buildSqlite(store, db); });
        std::printf("sqlite database built in %.0f ms (not an anchor)\n", buildMs);
        g_lastCpuMs = -1;   // the CLI runs in another process: no CPU figure
        const double empty = bestSqliteMs(repeats, db, u"SELECT 1"_s, out);
        result(u"anchor sqlite3 CLI start-up (SELECT 1)"_s, empty, "ms");
        const QString likeAll = u"SELECT count(*) FROM calls WHERE sessionId LIKE '%deadbeef-cafe-f00d%' OR conversationId LIKE"
                                " '%deadbeef-cafe-f00d%' OR userId LIKE '%deadbeef-cafe-f00d%' OR channel LIKE '%deadbeef-cafe-f00d%' OR"
                                " direction LIKE '%deadbeef-cafe-f00d%' OR finalStatus LIKE '%deadbeef-cafe-f00d%' OR smartStatus"
                                " LIKE '%deadbeef-cafe-f00d%' OR reason LIKE '%deadbeef-cafe-f00d%' OR queues LIKE '%deadbeef-cafe-f00d%'"
                                " OR agents LIKE '%deadbeef-cafe-f00d%' OR dispositions LIKE '%deadbeef-cafe-f00d%'"_s;
        const double search = bestSqliteMs(repeats, db, likeAll, out);
        result(u"anchor sqlite3 LIKE over 11 text columns, no match"_s, search, "ms");
        ratio(u"search no match / sqlite3 LIKE scan"_s, ours["search-nomatch"], search);
        const double sortStart = bestSqliteMs(repeats, db, u"SELECT sum(r) FROM (SELECT rowid AS r FROM calls ORDER BY startUtc LIMIT -1 OFFSET 1)"_s, out);
        result(u"anchor sqlite3 ORDER BY startUtc (rowids)"_s, sortStart, "ms");
        ratio(u"sort startTime asc / sqlite3 ORDER BY"_s, ours["sort-startTime-asc"], sortStart);
        const double sortSession = bestSqliteMs(repeats, db, u"SELECT sum(r) FROM (SELECT rowid AS r FROM calls ORDER BY sessionId LIMIT -1 OFFSET 1)"_s, out);
        result(u"anchor sqlite3 ORDER BY sessionId (rowids)"_s, sortSession, "ms");
        ratio(u"sort sessionId asc / sqlite3 ORDER BY"_s, ours["sort-sessionId-asc"], sortSession);
        const double quick = bestSqliteMs(repeats, db, u"SELECT sum(rowid) FROM calls WHERE channel = 'voice'"_s, out);
        result(u"anchor sqlite3 WHERE channel = 'voice'"_s, quick, "ms");
        ratio(u"quick channel = voice / sqlite3 scan"_s, ours["quick-voice"], quick);
        const double csv = bestSqliteMs(1, db, u"SELECT * FROM calls"_s, out, {u"-csv"_s});
        const double csvMb = double(QFileInfo(out).size()) / 1e6;
        result(u"anchor sqlite3 -csv SELECT * (%1 MB)"_s.arg(csvMb, 0, 'f', 0), csvMb / (csv / 1e3), "MB/s");
        ratio(u"CSV standard time per MB / sqlite3 -csv"_s,
              ours["csv-standard"] / (double(QFileInfo(standardPath).size()) / 1e6), csv / csvMb);
        QFile::remove(db);
        QFile::remove(out);
    }
    QFile::remove(standardPath);
    QFile::remove(viewPath);
    return 0;
}
