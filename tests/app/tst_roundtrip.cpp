// Fetch -> snapshot -> reopen loses nothing: every record's raw JSON comes back
// byte for byte (checked against what the mock actually sent, not only against
// the store it was saved from), offsets and metadata survive, and both CSV
// exports of the reopened data equal those of the direct fetch.
//
// In-process (MockServer + FetchEngine + SnapshotReader) so that the store of
// the direct fetch can be compared row by row with the reopened one.

#include "callcsv.h"
#include "fetchengine.h"
#include "fetchsnapshot.h"
#include "mockserver.h"
#include "recordstore.h"
#include "snapshot.h"
#include "timewindows.h"
#include "viewcsv.h"

#include <QBuffer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray standardCsv(const cs::RecordStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!cs::writeStandardCsv(store, cs::rowsInStartOrder(store), &buffer, {}, {}, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

// The viewer's "what you see" export with every column, times in the fetch zone.
QByteArray viewCsv(const cs::RecordStore &store, const QTimeZone &zone)
{
    cs::ViewCsvOptions options;
    for (int c = 0; c < cs::callColumnCount(); ++c)
        options.columns.push_back(cs::CallColumn(c));
    options.zone = zone;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!cs::writeViewCsv(store, cs::rowsInStartOrder(store), &buffer, options, {}, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchSaveReopen()
    {
        // Two weeks of data, a range in New York across the 2026 DST change so
        // that records arrive with two different offsets (300 and 240).
        cs::mock::DatasetSpec data;
        data.seed = 5;
        data.calls = 2500;
        data.startUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        data.endUtc = QDateTime(QDate(2026, 3, 14), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
        cs::mock::MockServer server({}, data);
        QVERIFY(server.listen());

        cs::FetchSpec spec;
        spec.host = server.baseUrl();
        spec.accountId = server.config().accountId;
        spec.appId = server.config().appId;
        spec.zone = QTimeZone("America/New_York");
        spec.from = cs::parseWallClock(u"2026-03-02 00:00:00"_s, spec.zone);
        spec.to = cs::parseWallClock(u"2026-03-12 12:00:00"_s, spec.zone);
        spec.requestsPerMinute = 100000;

        cs::RecordStore fetched;
        cs::FetchOutcome outcome;
        cs::FetchEngine engine;
        QEventLoop loop;
        connect(&engine, &cs::FetchEngine::pageReady, this,
                [&fetched](quint64, std::shared_ptr<cs::ParsedPage> page, int, int offsetMinutes) {
                    fetched.append(*page, offsetMinutes);
                });
        connect(&engine, &cs::FetchEngine::finished, this, [&](quint64, const cs::FetchOutcome &result) {
            outcome = result;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);   // a hang fails below instead of blocking
        engine.start(spec, cs::Credentials::fromToken(server.demoToken()));
        loop.exec();
        QVERIFY2(outcome.status == cs::FetchOutcome::Status::Complete, qPrintable(outcome.error));

        const cs::mock::MockDataset &dataset = server.dataset();
        const QList<int> expected = dataset.select(spec.from.toSecsSinceEpoch(), spec.to.toSecsSinceEpoch());
        QCOMPARE(fetched.size(), expected.size());

        // The direct fetch holds exactly what the mock rendered for each record.
        QHash<QByteArray, int> indexOf;
        for (const int index : expected)
            indexOf.insert(dataset.sessionId(index), index);
        QSet<int> offsets;
        for (int row = 0; row < fetched.size(); ++row) {
            const QByteArray id(fetched.sessionId(cs::RowId(row)).data(), qsizetype(fetched.sessionId(cs::RowId(row)).size()));
            QVERIFY2(indexOf.contains(id), id.constData());
            const int offset = fetched.offsetMinutes(cs::RowId(row));
            offsets.insert(offset);
            QVERIFY2(fetched.rawJson(cs::RowId(row)) == view(dataset.recordJson(indexOf.value(id), offset)), id.constData());
        }
        QCOMPARE(offsets, (QSet<int>{300, 240}));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"roundtrip.callscope"_s);
        QString error;
        QVERIFY2(cs::saveSnapshot(path, fetched, cs::snapshotInfoFor(spec, outcome), &error), qPrintable(error));

        cs::SnapshotReader reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QCOMPARE(reader.recordCount(), qint64(fetched.size()));
        QCOMPARE(reader.info().zoneId, u"America/New_York"_s);
        QCOMPARE(reader.info().rangeFrom, u"2026-03-02 00:00:00"_s);
        QCOMPARE(reader.info().rangeTo, u"2026-03-12 12:00:00"_s);
        QVERIFY(!reader.info().partial);
        QCOMPARE(reader.info().windows.size(), outcome.windows.size());
        for (qsizetype i = 0; i < outcome.windows.size(); ++i) {
            QCOMPARE(reader.info().windows[i].window, outcome.windows[i].window);
            QVERIFY(reader.info().windows[i].complete);
        }

        cs::RecordStore reopened;
        QVERIFY2(reader.loadInto(reopened, &error), qPrintable(error));
        QCOMPARE(reopened.size(), fetched.size());
        for (int row = 0; row < fetched.size(); ++row) {
            const cs::RowId r(row);
            QVERIFY(reopened.sessionId(r) == fetched.sessionId(r));
            QVERIFY2(reopened.rawJson(r) == fetched.rawJson(r), fetched.sessionId(r).data());
            QCOMPARE(reopened.offsetMinutes(r), fetched.offsetMinutes(r));
            QCOMPARE(reopened.startUtc(r), fetched.startUtc(r));
            QCOMPARE(reopened.endUtc(r), fetched.endUtc(r));
            QCOMPARE(reopened.handleSeconds(r), fetched.handleSeconds(r));
        }

        const QByteArray csv = standardCsv(fetched);
        QVERIFY(csv.size() > qsizetype(fetched.size()) * 100);
        QVERIFY(csv == standardCsv(reopened));
        QVERIFY(viewCsv(fetched, spec.zone) == viewCsv(reopened, spec.zone));

        // The streaming path the viewer uses delivers the same bytes, in row
        // order, with the offsets, in batches of the size asked for.
        cs::SnapshotReader streaming;
        QVERIFY2(streaming.open(path, &error), qPrintable(error));
        int row = 0;
        QVERIFY2(streaming.readBatches(700, [&](cs::SnapshotReader::Batch &&batch) {
            if (batch.page->records.size() > 700 || batch.offsetMinutes.size() != batch.page->records.size()
                || !batch.page->issues.empty())
                return false;
            for (size_t i = 0; i < batch.page->records.size(); ++i, ++row) {
                if (batch.page->records[i].raw != fetched.rawJson(cs::RowId(row))
                    || batch.page->records[i].sessionId != fetched.sessionId(cs::RowId(row))
                    || batch.offsetMinutes[i] != fetched.offsetMinutes(cs::RowId(row)))
                    return false;
            }
            return true;
        }, &error), qPrintable(error));
        QCOMPARE(row, fetched.size());
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
