// The standard call CSV (callcsv.h): header, row order, verbatim API values,
// derived columns, formula guard, chunked writing, cancel and write errors.
#include "callcsv.h"
#include "csvtestreader.h"
#include "recordparser.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kExpectedHeader{
    u"sessionId"_s, u"conversationId"_s, u"channel"_s, u"sessionStartTime"_s, u"sessionEndTime"_s,
    u"finalStatus"_s, u"smartStatus"_s, u"reason"_s, u"direction"_s, u"isVoicemail"_s, u"userId"_s, u"botId"_s,
    u"csatScore"_s, u"npsScore"_s, u"likeDislikeScore"_s, u"dispositionList"_s, u"queueNames"_s, u"agentNames"_s,
    u"sessionStartUtc"_s, u"sessionEndUtc"_s, u"durationSeconds"_s, u"talkSeconds"_s, u"holdSeconds"_s,
    u"afterCallWorkSeconds"_s, u"handleTimeSeconds"_s, u"waitSeconds"_s, u"destinationCount"_s,
    u"agentSegmentCount"_s,
};

QByteArray readSample()
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/spec_sample_response.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the spec sample");
    return file.readAll();
}

qint64 naive(const char *isoNoZone)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(isoNoZone), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

// A CSV parsed back into rows keyed by column name.
struct Table
{
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;
    QByteArray at(int row, const char *column) const
    {
        const qsizetype index = header.indexOf(QByteArray(column));
        if (index < 0)
            qFatal("no column %s", column);
        return rows[row][index];
    }
};

bool exportCsv(const cs::RecordStore &store, Table *table, QByteArray *bytes = nullptr,
               const cs::CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!cs::writeStandardCsv(store, cs::rowsInStartOrder(store), &buffer, options, {}, &error)) {
        qWarning("export failed: %s", qPrintable(error));
        return false;
    }
    if (bytes)
        *bytes = buffer.data();
    QByteArray data = buffer.data();
    if (options.utf8Bom)
        data.remove(0, 3);
    const cstest::CsvReadResult read = cstest::readCsv(data);
    if (!read.error.isEmpty()) {
        qWarning("not RFC 4180: %s", qPrintable(read.error));
        return false;
    }
    table->header = read.rows.value(0);
    table->rows = read.rows.mid(1);
    return true;
}

// A device whose every write fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::WriteOnly); setErrorString(u"No space left on device"_s); }
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class TestCallCsv : public QObject
{
    Q_OBJECT

private:
    cs::RecordStore m_sample;   // spec sample, offset 0

private slots:
    void initTestCase()
    {
        const auto page = cs::parsePage(readSample());
        QVERIFY2(page->ok(), qPrintable(page->error));
        QCOMPARE(page->records.size(), size_t(3));
        QCOMPARE(m_sample.append(*page, 0).added, 3);
    }

    void header()
    {
        QCOMPARE(cs::standardCsvHeader(), kExpectedHeader);
        Table table;
        QVERIFY(exportCsv(m_sample, &table));
        QCOMPARE(table.header.size(), kExpectedHeader.size());
        for (qsizetype i = 0; i < kExpectedHeader.size(); ++i)
            QCOMPARE(QString::fromUtf8(table.header[i]), kExpectedHeader[i]);
        for (const auto &row : table.rows)
            QCOMPARE(row.size(), kExpectedHeader.size());
    }

    void sampleRowsInStartOrder()
    {
        Table table;
        QVERIFY(exportCsv(m_sample, &table));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.at(0, "sessionId"), "66f6b3fe3fd2da9b05f7xxxx"_ba);   // 13:32:46
        QCOMPARE(table.at(1, "sessionId"), "66f6b828873ee3868e8dxxxx"_ba);   // 13:50:32
        QCOMPARE(table.at(2, "sessionId"), "66f6b83b9147ddd71d70xxxx"_ba);   // 13:50:51
    }

    void sampleVerbatimValues()
    {
        Table table;
        QVERIFY(exportCsv(m_sample, &table));
        // The campaign call (row 1).
        QCOMPARE(table.at(1, "conversationId"), "c-c9d0a98-945b-4b3e-968a-48426134xxxx"_ba);
        QCOMPARE(table.at(1, "channel"), "campaign"_ba);
        QCOMPARE(table.at(1, "sessionStartTime"), "2024-09-27T13:50:32"_ba);
        QCOMPARE(table.at(1, "sessionEndTime"), "2024-09-27T13:51:06"_ba);
        QCOMPARE(table.at(1, "finalStatus"), "USER ABANDONED"_ba);
        QCOMPARE(table.at(1, "smartStatus"), "ABANDONED WITH AGENT"_ba);
        QCOMPARE(table.at(1, "reason"), "Default Queue:John Steve"_ba);   // from "Reason"
        QCOMPARE(table.at(1, "direction"), "Outbound"_ba);                // from "Direction"
        QCOMPARE(table.at(1, "isVoicemail"), "NO"_ba);
        QCOMPARE(table.at(1, "userId"), "u-79edf186-d163-5a5e-bd4f-391d0f4dxxxx"_ba);
        QCOMPARE(table.at(1, "botId"), "st-e19dd469-90f5-5655-b0b2-858de901xxxx"_ba);
        QCOMPARE(table.at(1, "dispositionList"), "Requires Supervisor Attention"_ba);
        QCOMPARE(table.at(1, "queueNames"), "qu-18e471e-a77e-4a93-826e-39ae946axxxx"_ba);   // no queueName
        QCOMPARE(table.at(1, "agentNames"), "John Steve"_ba);
        QCOMPARE(table.at(1, "csatScore"), QByteArray());
        QCOMPARE(table.at(1, "npsScore"), QByteArray());
        QCOMPARE(table.at(1, "likeDislikeScore"), QByteArray());

        // The bot-only session (row 2): absent fields are empty, lower-case "reason" read.
        QCOMPARE(table.at(2, "conversationId"), QByteArray());
        QCOMPARE(table.at(2, "reason"), QByteArray());
        QCOMPARE(table.at(2, "smartStatus"), "CLOSED AT BOT"_ba);
        QCOMPARE(table.at(2, "direction"), QByteArray());
        QCOMPARE(table.at(2, "dispositionList"), QByteArray());
        QCOMPARE(table.at(2, "destinationCount"), "0"_ba);
        QCOMPARE(table.at(2, "durationSeconds"), "0"_ba);

        // The chat (row 0).
        QCOMPARE(table.at(0, "queueNames"), "Default Queue"_ba);
        QCOMPARE(table.at(0, "reason"), "NO AGENTS AVAILABLE"_ba);
        QCOMPARE(table.at(0, "dispositionList"), "DROP-OFF"_ba);
    }

    void sampleDerivedColumns()
    {
        Table table;
        QVERIFY(exportCsv(m_sample, &table));
        QCOMPARE(table.at(1, "sessionStartUtc"), "2024-09-27T13:50:32Z"_ba);
        QCOMPARE(table.at(1, "sessionEndUtc"), "2024-09-27T13:51:06Z"_ba);
        QCOMPARE(table.at(1, "durationSeconds"), "34"_ba);
        QCOMPARE(table.at(1, "talkSeconds"), "34"_ba);
        QCOMPARE(table.at(1, "holdSeconds"), "15"_ba);
        QCOMPARE(table.at(1, "afterCallWorkSeconds"), "4"_ba);
        QCOMPARE(table.at(1, "handleTimeSeconds"), "53"_ba);
        QCOMPARE(table.at(1, "destinationCount"), "1"_ba);
        QCOMPARE(table.at(1, "agentSegmentCount"), "1"_ba);

        QCOMPARE(table.at(0, "durationSeconds"), "567"_ba);
        QCOMPARE(table.at(0, "talkSeconds"), "545"_ba);
        QCOMPARE(table.at(0, "handleTimeSeconds"), "545"_ba);
        QCOMPARE(table.at(0, "waitSeconds"), "1"_ba);   // assignedAt 13:33:02 - EnterTime 13:33:01
    }

    void offsetShiftsUtcColumnsOnly()
    {
        // Records fetched with New York winter offset: API text stays verbatim,
        // the UTC columns move by +5 h.
        cs::RecordStore store;
        const auto page = cs::parsePage(readSample());
        QCOMPARE(store.append(*page, 300).added, 3);
        Table table;
        QVERIFY(exportCsv(store, &table));
        QCOMPARE(table.at(0, "sessionStartTime"), "2024-09-27T13:32:46"_ba);
        QCOMPARE(table.at(0, "sessionStartUtc"), "2024-09-27T18:32:46Z"_ba);
        QCOMPARE(table.at(0, "sessionEndUtc"), "2024-09-27T18:42:13Z"_ba);
    }

    void craftedRecords()
    {
        cs::RecordStore store;
        const auto add = [&store](cs::CallFields &f, int offset = 0) { QVERIFY(store.append(f, offset)); };

        cs::CallFields formula;
        formula.raw = R"({"sessionId":"s-formula"})";
        formula.sessionId = "s-formula";
        formula.reason = R"(=HYPERLINK("http://evil.example","click"))";
        formula.channel = "voice";
        formula.direction = "Inbound";
        formula.sessionStartTime = "2026-01-10T09:00:00";
        formula.startSeconds = naive("2026-01-10T09:00:00");
        formula.sessionEndTime = "2026-01-10T09:10:00";
        formula.endSeconds = naive("2026-01-10T09:10:00");
        formula.queues = {"Sales", "Support, Tier 2"};
        formula.agents = {"Zoë 東京 😀", "+Agent"};
        formula.dispositions = {"A", "B"};
        formula.talkSeconds = 300;
        formula.holdSeconds = 20;
        formula.afterCallWorkSeconds = 45;
        formula.waitSeconds = 12;
        formula.destinationCount = 3;
        formula.agentSegmentCount = 2;
        formula.csatScore = 4;
        formula.npsScore = 0;
        formula.likeDislikeScore = 1;
        add(formula);

        cs::CallFields noTime;
        noTime.raw = R"({"sessionId":"s-notime"})";
        noTime.sessionId = "s-notime";
        noTime.finalStatus = "-1";
        add(noTime);

        // Same start: ordered by sessionId.
        for (const char *id : {"tie-b", "tie-a"}) {
            cs::CallFields tie;
            tie.raw = R"({})";
            tie.sessionId = id;
            tie.sessionStartTime = "2026-01-10T08:00:00";
            tie.startSeconds = naive("2026-01-10T08:00:00");
            add(tie);
        }

        // Zone-carrying timestamp: text kept verbatim, UTC column is the real instant.
        cs::CallFields zoned;
        const std::string zonedRaw = R"({"sessionId":"s-zoned","sessionStartTime":"2026-01-10T07:30:00.250Z"})";
        zoned.raw = zonedRaw;
        zoned.sessionId = "s-zoned";
        zoned.sessionStartTime = "2026-01-10T07:30:00.250Z";
        zoned.startSeconds = naive("2026-01-10T07:30:00");
        zoned.startIsUtc = true;
        add(zoned, 300);

        const std::vector<cs::RowId> order = cs::rowsInStartOrder(store);
        QCOMPARE(order.size(), size_t(5));

        Table table;
        QVERIFY(exportCsv(store, &table));
        QCOMPARE(table.rows.size(), 5);
        QCOMPARE(table.at(0, "sessionId"), "s-notime"_ba);   // no start time sorts first
        QCOMPARE(table.at(1, "sessionId"), "s-zoned"_ba);
        QCOMPARE(table.at(2, "sessionId"), "tie-a"_ba);
        QCOMPARE(table.at(3, "sessionId"), "tie-b"_ba);
        QCOMPARE(table.at(4, "sessionId"), "s-formula"_ba);

        QCOMPARE(table.at(0, "sessionStartUtc"), QByteArray());
        QCOMPARE(table.at(0, "durationSeconds"), QByteArray());
        QCOMPARE(table.at(0, "finalStatus"), "'-1"_ba);      // text, so guarded

        QCOMPARE(table.at(1, "sessionStartTime"), "2026-01-10T07:30:00.250Z"_ba);
        QCOMPARE(table.at(1, "sessionStartUtc"), "2026-01-10T07:30:00Z"_ba);

        QCOMPARE(table.at(4, "reason"), "'=HYPERLINK(\"http://evil.example\",\"click\")"_ba);
        QCOMPARE(table.at(4, "queueNames"), "Sales; Support, Tier 2"_ba);
        QCOMPARE(table.at(4, "agentNames"), "Zoë 東京 😀; +Agent"_ba);   // guard looks at the field's first character
        QCOMPARE(table.at(4, "dispositionList"), "A; B"_ba);
        QCOMPARE(table.at(4, "handleTimeSeconds"), "365"_ba);
        QCOMPARE(table.at(4, "talkSeconds"), "300"_ba);
        QCOMPARE(table.at(4, "holdSeconds"), "20"_ba);
        QCOMPARE(table.at(4, "afterCallWorkSeconds"), "45"_ba);
        QCOMPARE(table.at(4, "waitSeconds"), "12"_ba);
        QCOMPARE(table.at(4, "durationSeconds"), "600"_ba);
        QCOMPARE(table.at(4, "destinationCount"), "3"_ba);
        QCOMPARE(table.at(4, "agentSegmentCount"), "2"_ba);
        QCOMPARE(table.at(4, "csatScore"), "4"_ba);
        QCOMPARE(table.at(4, "npsScore"), "0"_ba);           // 0 is a score, not "absent"
        QCOMPARE(table.at(4, "likeDislikeScore"), "1"_ba);
        QCOMPARE(table.at(4, "direction"), "Inbound"_ba);
    }

    void bomAndEmptyStore()
    {
        cs::RecordStore empty;
        Table table;
        QByteArray bytes;
        QVERIFY(exportCsv(empty, &table, &bytes, cs::CsvOptions{true}));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "sessionId,conversationId,"));
        QVERIFY(bytes.endsWith("agentSegmentCount\r\n"));
        QCOMPARE(table.rows.size(), 0);
    }

    void largeExportFlushesInChunksAndReportsProgress()
    {
        cs::RecordStore store;
        const std::string padding(500, 'x');
        for (int i = 0; i < 10000; ++i) {
            cs::CallFields f;
            f.raw = R"({})";
            f.sessionId = "s" + std::to_string(100000 + i);
            f.reason = padding;
            f.startSeconds = naive("2026-01-01T00:00:00") + (10000 - i);   // reverse arrival order
            f.sessionStartTime = "2026-01-01T00:00:00";
            QVERIFY(store.append(f, 0));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<int> reported;
        QString error;
        const bool ok = cs::writeStandardCsv(store, cs::rowsInStartOrder(store), &buffer, {},
                                             [&reported](int done) { reported.append(done); return true; }, &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(buffer.data().size() > 4 * 1024 * 1024);
        QVERIFY(!reported.isEmpty());
        QCOMPARE(reported.last(), 10000);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));

        const cstest::CsvReadResult read = cstest::readCsv(buffer.data());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 10001);
        QCOMPARE(read.rows[1][0], "s109999"_ba);   // latest appended starts earliest
        QCOMPARE(read.rows[10000][0], "s100000"_ba);
    }

    void cancelStopsTheExport()
    {
        cs::RecordStore store;
        for (int i = 0; i < 9000; ++i) {
            cs::CallFields f;
            f.raw = R"({})";
            f.sessionId = "c" + std::to_string(i);
            QVERIFY(store.append(f, 0));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        int calls = 0;
        const bool ok = cs::writeStandardCsv(store, cs::rowsInStartOrder(store), &buffer, {},
                                             [&calls](int) { ++calls; return false; }, &error);
        QVERIFY(!ok);
        QCOMPARE(calls, 1);
        QVERIFY(!error.isEmpty());
    }

    void writeErrorsAreReported()
    {
        FailingDevice device;
        QString error;
        QVERIFY(!cs::writeStandardCsv(m_sample, cs::rowsInStartOrder(m_sample), &device, {}, {}, &error));
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        error.clear();
        QVERIFY(!cs::writeStandardCsv(m_sample, cs::rowsInStartOrder(m_sample), &readOnly, {}, {}, &error));
        QVERIFY(!error.isEmpty());

        error.clear();
        QVERIFY(!cs::writeStandardCsv(m_sample, {}, nullptr, {}, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallCsv)
#include "tst_callcsv.moc"
