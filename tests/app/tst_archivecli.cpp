// The local archive through the real executables (issue 10): `callscope fetch
// --archive FILE.callscope` asks the server only for what FILE does not hold
// (or holds provisionally), survives a kill, takes late and revised calls, and
// `callscope export FILE --csv|--jsonl` reads it back. `callscope-mock` serves
// the data and logs every data request (--request-log), so the tests count and
// place the requests each run sends.
//
// The main cases run against each reading of FACTS.md the mock offers that
// matters here: `offset` counting records or pages, zone-less stamps in the
// request's offset or in UTC. The range is given in Asia/Kolkata (offset
// -330), so the two stamp readings differ by 5:30 hours; some cases also run
// in New York across a daylight-saving change.
//
// The request budget is the real one (the CLI's default 60 a minute): each
// run sends well under 55 requests, so no test waits for it.

#include "../core/csvtestreader.h"
#include "jwt.h"
#include "mockserver.h"
#include "snapshot.h"
#include "timewindows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QThread>
#include <QUrl>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kZone = u"Asia/Kolkata"_s;   // timeZoneOffset -330, no DST
// The weekdays the archive files of older releases hold, in New York (tests/data/migration/README.md).
const QString kOldArchiveFrom = u"2026-02-09 00:00:00"_s;
const QString kOldArchiveTo = u"2026-02-13 23:59:59"_s;
// The zone of the case running (a data column; Kolkata unless it says otherwise).
QString g_zone = kZone;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    bool ok() const { return !crashed && exitCode == 0; }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 zoneSeconds(const QString &wallClock)
{
    return cs::parseWallClock(wallClock, QTimeZone(g_zone.toUtf8())).toSecsSinceEpoch();
}

// The timeZoneOffset (JavaScript sign) the CLI sends for a window holding this instant.
int requestOffsetAt(qint64 utc)
{
    return -QTimeZone(g_zone.toUtf8()).offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())) / 60;
}

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
}

// The mock's data set: given on its command line and rebuilt in process
// (MockDataset is deterministic) to know which calls a range holds.
struct Data
{
    quint64 seed = 0;
    int calls = 0;
    QString fromDay, toDay;   // UTC days, as callscope-mock takes them
    int lateCalls = 0;
    int reviseEvery = 0;

    QStringList args() const
    {
        QStringList a{u"--calls"_s, QString::number(calls), u"--seed"_s, QString::number(seed),
                      u"--from"_s, fromDay, u"--to"_s, toDay};
        if (lateCalls > 0)
            a << u"--late-calls"_s << QString::number(lateCalls);
        if (reviseEvery > 0)
            a << u"--revise-every"_s << QString::number(reviseEvery);
        return a;
    }
    std::unique_ptr<cs::mock::MockDataset> dataset() const
    {
        cs::mock::DatasetSpec spec;
        spec.seed = seed;
        spec.calls = calls;
        spec.startUtc = QDateTime(QDate::fromString(fromDay, Qt::ISODate), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        spec.endUtc = QDateTime(QDate::fromString(toDay, Qt::ISODate), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
        spec.lateCalls = lateCalls;
        spec.reviseEvery = reviseEvery;
        return std::make_unique<cs::mock::MockDataset>(spec);
    }
};

QSet<QByteArray> idsIn(const cs::mock::MockDataset &data, qint64 startUtc, qint64 endUtc)
{
    return data.sessionIds(data.select(startUtc, endUtc));
}

// One data request as callscope-mock logged it.
struct Logged
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    bool readable = false;    // the mock could read the range
    qint64 offset = 0;
    int status = 0;
    QByteArray line;
};

QList<Logged> readLog(const QString &path)
{
    QList<Logged> out;
    for (const QByteArray &line : readAll(path).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Logged l;
        l.line = line;
        l.status = o.value(u"status"_s).toInt();
        l.offset = o.value(u"offset"_s).toInteger();
        const QDateTime s = QDateTime::fromString(o.value(u"startUtc"_s).toString(), Qt::ISODate);
        const QDateTime e = QDateTime::fromString(o.value(u"endUtc"_s).toString(), Qt::ISODate);
        l.readable = s.isValid() && e.isValid();
        l.startUtc = s.toSecsSinceEpoch();
        l.endUtc = e.toSecsSinceEpoch();
        out.append(l);
    }
    return out;
}

QByteArray describe(const QList<Logged> &requests)
{
    QByteArray text;
    for (const Logged &l : requests)
        text += l.line + '\n';
    return text;
}

// Whether the requests' ranges together cover [startUtc, endUtc].
bool covers(QList<Logged> requests, qint64 startUtc, qint64 endUtc)
{
    std::sort(requests.begin(), requests.end(), [](const Logged &a, const Logged &b) { return a.startUtc < b.startUtc; });
    qint64 reached = startUtc - 1;   // covered up to here
    for (const Logged &l : requests) {
        if (!l.readable || l.status != 200)
            continue;
        if (l.startUtc > reached + 1)
            break;
        reached = std::max(reached, l.endUtc);
    }
    return reached >= endUtc;
}

struct Table
{
    QList<QByteArray> header;
    QList<QList<QByteArray>> rows;
    QString error;

    QList<QByteArray> column(const char *name) const
    {
        QList<QByteArray> values;
        const qsizetype index = header.indexOf(QByteArray(name));
        for (const QList<QByteArray> &row : rows)
            values.append(row.value(index));
        return values;
    }
};

Table readTable(const QByteArray &bytes)
{
    const cstest::CsvReadResult csv = cstest::readCsv(bytes);
    Table t;
    t.error = csv.error;
    if (!csv.rows.isEmpty()) {
        t.header = csv.rows.first();
        t.rows = csv.rows.mid(1);
    }
    return t;
}

// "exactly once": no duplicates, and the set is the expected one. Says what differs.
QString onceEach(const QList<QByteArray> &ids, const QSet<QByteArray> &expected)
{
    QSet<QByteArray> seen;
    QList<QByteArray> duplicates;
    for (const QByteArray &id : ids)
        if (seen.contains(id))
            duplicates.append(id);
        else
            seen.insert(id);
    const QSet<QByteArray> missing = expected - seen;
    const QSet<QByteArray> extra = seen - expected;
    if (duplicates.isEmpty() && missing.isEmpty() && extra.isEmpty())
        return {};
    auto some = [](const auto &list) {
        QStringList out;
        for (const QByteArray &id : list) {
            out << QString::fromLatin1(id);
            if (out.size() == 3)
                break;
        }
        return out.join(u", "_s);
    };
    return u"%1 rows, %2 expected; %3 duplicated (%4), %5 missing (%6), %7 not expected (%8)"_s.arg(ids.size())
        .arg(expected.size())
        .arg(duplicates.size()).arg(some(duplicates))
        .arg(missing.size()).arg(some(missing))
        .arg(extra.size()).arg(some(extra));
}

// A callscope-mock process: started with a request log, stopped (SIGKILL) at the end.
class Mock
{
public:
    ~Mock() { stop(); }

    // `port` 0: any free one. The archive is bound to its server's URL, so a
    // test that restarts the server restarts it on the same port.
    QString start(const QString &bin, const QStringList &args, const QString &logPath, quint16 port = 0)
    {
        m_logPath = logPath;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(bin, args + QStringList{u"--port"_s, QString::number(port), u"--print-demo-secret"_s,
                                                u"--request-log"_s, logPath});
        if (!m_process.waitForStarted(30000))
            return u"callscope-mock did not start"_s;
        QByteArray banner;
        QDeadlineTimer deadline(30000);
        while (!banner.contains("(UTC)\n") && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(500);
            banner += m_process.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(banner);
        auto field = [&text](const char *pattern) {
            return QRegularExpression(QLatin1StringView(pattern)).match(text).captured(1);
        };
        url = field("listening on (\\S+)");
        account = field("account id: (\\S+)");
        app = field("app id \\(iId\\): (\\S+)");
        clientId = field("client id: (\\S+)");
        secret = field("client secret: (\\S+)").toUtf8();
        if (url.isEmpty() || account.isEmpty() || app.isEmpty() || clientId.isEmpty() || secret.isEmpty())
            return u"unexpected mock banner: "_s + text + QString::fromUtf8(m_process.readAllStandardError());
        return {};
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QList<Logged> log() const { return readLog(m_logPath); }
    quint16 port() const { return quint16(QUrl(url).port()); }
    qsizetype logSize() const { return log().size(); }

    QString url, account, app, clientId;
    QByteArray secret;

private:
    QProcess m_process;
    QString m_logPath;
};

} // namespace

class TestArchiveCli : public QObject
{
    Q_OBJECT

private:
    QString m_bin = qEnvironmentVariable("CALLSCOPE_BIN");
    QString m_mockBin = qEnvironmentVariable("CALLSCOPE_MOCK_BIN");
    QTemporaryDir m_dir;
    // A fetch whose server goes away for good (killed) while it runs: the CLI
    // retries a refused connection for about half a minute, so it is started
    // in initTestCase and checked last, while the other cases run.
    const Data m_killedData{35, 700, u"2026-03-01"_s, u"2026-03-07"_s};
    Mock m_killedMock;
    QProcess m_killedFetch;
    QString m_killedArchive;
    QList<Logged> m_killedRequests;
    // And one whose server answers every data request with a 5xx (retried with
    // back-off for about half a minute, so it too runs in the background).
    Mock m_errorMock;
    QProcess m_errorFetch;
    QString m_errorArchive, m_errorOut;

    static QProcessEnvironment environment(const QByteArray &secret = {}, const QByteArray &token = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CALLSCOPE_TOKEN"_s);
        env.remove(u"CALLSCOPE_CLIENT_SECRET"_s);
        env.remove(u"CALLSCOPE_DEBUG"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        if (!secret.isEmpty())
            env.insert(u"CALLSCOPE_CLIENT_SECRET"_s, QString::fromUtf8(secret));
        if (!token.isEmpty())
            env.insert(u"CALLSCOPE_TOKEN"_s, QString::fromLatin1(token));
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env = environment(), int timeoutMs = 90000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(m_bin, args);
        Run result;
        if (!process.waitForStarted(30000) || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.crashed = true;
        }
        result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // `callscope fetch` of [from, to] in Kolkata from `mock`, credentials as
    // a Client ID and secret (the CLI mints its own tokens).
    static QStringList fetchArgs(const Mock &mock, const QString &from, const QString &to, const QStringList &extra)
    {
        return QStringList{u"fetch"_s, u"--host"_s, mock.url, u"--account-id"_s, mock.account, u"--app-id"_s, mock.app,
                           u"--from"_s, from, u"--to"_s, to, u"--tz"_s, g_zone}
            + extra;
    }
    static QStringList withClient(const Mock &mock, QStringList args)
    {
        return args << u"--client-id"_s << mock.clientId;
    }

    QString path(const QString &name) const
    {
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-').replace(u' ', u'-');
        const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' + tag);
        QDir().mkpath(dir);
        return dir + u'/' + name;
    }

    // `callscope export ARCHIVE --csv` of [from, to] in Kolkata (or all of it).
    // `partial`: the archive does not cover its range; the export may then
    // say so with a non-zero exit, but must still write what it holds.
    Table exportCsv(const QString &archive, const QString &from = {}, const QString &to = {}, bool partial = false)
    {
        static int serial = 0;
        const QString out = path(u"export-%1.csv"_s.arg(++serial));
        QStringList args{u"export"_s, archive, u"--csv"_s, out};
        if (!from.isEmpty())
            args << u"--from"_s << from << u"--to"_s << to << u"--tz"_s << g_zone;
        const Run result = run(args);
        Table t;
        if (!result.ok() && !(partial && !result.crashed && QFile::exists(out))) {
            t.error = u"export --csv failed (%1): %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err));
            return t;
        }
        t = readTable(readAll(out));
        if (t.header.isEmpty() && t.error.isEmpty())
            t.error = u"export --csv wrote no header"_s;
        return t;
    }

    // `callscope export ARCHIVE --jsonl`: the raw records, one a line.
    QList<QByteArray> exportJsonl(const QString &archive, QString *error, const QString &from = {}, const QString &to = {})
    {
        static int serial = 0;
        const QString out = path(u"export-%1.jsonl"_s.arg(++serial));
        QStringList args{u"export"_s, archive, u"--jsonl"_s, out};
        if (!from.isEmpty())
            args << u"--from"_s << from << u"--to"_s << to << u"--tz"_s << g_zone;
        const Run result = run(args);
        if (!result.ok()) {
            *error = u"export --jsonl failed (%1): %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err));
            return {};
        }
        const QByteArray bytes = readAll(out);
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            *error = u"the JSONL does not end with a line break"_s;
        QList<QByteArray> lines = bytes.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    // The set-up shared by the tests that bring an archive file of an older
    // release (a copy at `archive`) to the current format: `fetch --archive`
    // in New York over the weekdays it holds (kOldArchiveFrom, kOldArchiveTo),
    // from the server that made it: `data` on `port`, as an archive is bound
    // to its server's URL (tests/data/migration/README.md). Its complete
    // windows are coverage, so the fetch must ask nothing. `what` names the
    // file in messages ("v1 snapshot"). Sets *skipReason when the port is
    // taken; check QTest::currentTestFailed() after it, as a QVERIFY in here
    // returns from here only.
    void fetchIntoOldArchive(const QString &archive, const QString &what, const Data &data, quint16 port,
                             QString *skipReason)
    {
        Mock mock;
        const QString logPath = m_dir.filePath(QFileInfo(archive).completeBaseName() + u".jsonl"_s);
        const QString startError = mock.start(m_mockBin, data.args(), logPath, port);
        if (!startError.isEmpty()) {
            *skipReason = u"the %1's server port %2 is taken: %3"_s.arg(what).arg(port).arg(startError);
            return;
        }
        g_zone = u"America/New_York"_s;
        const Run fetched = run(withClient(mock, fetchArgs(mock, kOldArchiveFrom, kOldArchiveTo, {u"--archive"_s, archive})),
                                environment(mock.secret));
        QVERIFY2(fetched.ok(), fetched.err.constData());
        QVERIFY2(mock.logSize() == 0, qPrintable(u"fetch --archive on the complete %1 asked again:\n"_s.arg(what)
                                                 + QString::fromUtf8(describe(mock.log()))));
    }

    // tests/data/migration/NAME.callscope, a compact archive of an older
    // format made from the mock's calls of seed 20260216 served on `port`
    // (the file names its server): read as it is, it exports the CSV its
    // release did (v2-archive.csv); `fetch --archive` on a copy asks nothing
    // and leaves it at `formatAfter`, exporting the same CSV.
    void oldArchiveExportsTheSame(const QString &name, quint16 port, int formatAfter)
    {
        const QString source = QStringLiteral(CALLSCOPE_TEST_DATA) + u"/migration/"_s;
        const QString archive = m_dir.filePath(name + u".callscope"_s);
        QFile::remove(archive);
        QVERIFY(QFile::copy(source + name + u".callscope"_s, archive));
        QFile::setPermissions(archive, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray expectedCsv = readAll(source + u"v2-archive.csv"_s);
        QVERIFY(!expectedCsv.isEmpty());
        // Read as it is first: export never changes a file.
        const QString asIs = m_dir.filePath(name + u"-as-is.csv"_s);
        Run exported = run({u"export"_s, archive, u"--csv"_s, asIs});
        QVERIFY2(exported.ok(), exported.err.constData());
        QVERIFY2(readAll(asIs) == expectedCsv, qPrintable(name + u", read as it is, exports another CSV"_s));

        const Data data{20260216, 2100, u"2026-02-09"_s, u"2026-02-13"_s};
        QString skipReason;
        fetchIntoOldArchive(archive, name, data, port, &skipReason);
        if (!skipReason.isEmpty())
            QSKIP(qPrintable(skipReason));
        if (QTest::currentTestFailed())
            return;
        const QString csv = m_dir.filePath(name + u".csv"_s);
        exported = run({u"export"_s, archive, u"--csv"_s, csv});
        QVERIFY2(exported.ok(), exported.err.constData());
        QVERIFY2(readAll(csv) == expectedCsv, qPrintable(name + u", written to, exports another CSV"_s));
        const Table table = readTable(expectedCsv);
        const QString once = onceEach(table.column("sessionId"),
                                      idsIn(*data.dataset(), zoneSeconds(kOldArchiveFrom), zoneSeconds(kOldArchiveTo)));
        QVERIFY2(once.isEmpty(), qPrintable(once));
        // user_version says which format it is now.
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(qFromBigEndian<qint32>(file.read(100).constData() + 60), formatAfter);
    }

    // The readings of FACTS.md, in Kolkata; `newYork` adds one in New York,
    // whose windows have two offsets when the range crosses a DST change.
    static void addReadings(bool newYork = false)
    {
        QTest::addColumn<QStringList>("reading");   // callscope-mock options
        QTest::addColumn<QString>("zone");
        QTest::newRow("records/offset") << QStringList{u"--offset-mode"_s, u"records"_s, u"--stamps"_s, u"offset"_s} << kZone;
        QTest::newRow("records/utc") << QStringList{u"--offset-mode"_s, u"records"_s, u"--stamps"_s, u"utc"_s} << kZone;
        QTest::newRow("pages/offset") << QStringList{u"--offset-mode"_s, u"pages"_s, u"--stamps"_s, u"offset"_s} << kZone;
        QTest::newRow("pages/utc") << QStringList{u"--offset-mode"_s, u"pages"_s, u"--stamps"_s, u"utc"_s} << kZone;
        if (newYork)
            QTest::newRow("records/offset New York")
                << QStringList{u"--offset-mode"_s, u"records"_s, u"--stamps"_s, u"offset"_s} << u"America/New_York"_s;
    }

private Q_SLOTS:
    void init() { g_zone = kZone; }

    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_bin).isExecutable(), "CALLSCOPE_BIN must name the built callscope");
        QVERIFY2(QFileInfo(m_mockBin).isExecutable(), "CALLSCOPE_MOCK_BIN must name the built callscope-mock");
        QVERIFY(m_dir.isValid());

        const QString startError = m_killedMock.start(m_mockBin, m_killedData.args() + QStringList{u"--latency"_s, u"100"_s,
                                                                                                  u"--page-cap"_s, u"20"_s},
                                                      m_dir.filePath(u"killed-mock.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        m_killedArchive = m_dir.filePath(u"killed-mock.callscope"_s);
        m_killedFetch.setProcessEnvironment(environment(m_killedMock.secret));
        m_killedFetch.start(m_bin, withClient(m_killedMock, fetchArgs(m_killedMock, u"2026-03-02 00:00:00"_s,
                                                                      u"2026-03-06 23:59:59"_s,
                                                                      {u"--archive"_s, m_killedArchive,
                                                                       u"--concurrency"_s, u"1"_s})));
        QVERIFY(m_killedFetch.waitForStarted(30000));
        // Killed once a few pages were answered.
        QDeadlineTimer deadline(30000);
        auto pagesAnswered = [this] {
            const QList<Logged> log = m_killedMock.log();
            return std::count_if(log.cbegin(), log.cend(), [](const Logged &l) { return l.status == 200 && l.offset > 0; });
        };
        while (pagesAnswered() < 3 && m_killedFetch.state() == QProcess::Running && !deadline.hasExpired())
            m_killedFetch.waitForFinished(20);
        m_killedMock.stop();
        m_killedRequests = m_killedMock.log();

        const QString errorStart = m_errorMock.start(m_mockBin, m_killedData.args() + QStringList{u"--error-every"_s, u"1"_s},
                                                     m_dir.filePath(u"error-mock.jsonl"_s));
        QVERIFY2(errorStart.isEmpty(), qPrintable(errorStart));
        m_errorArchive = m_dir.filePath(u"error-mock.callscope"_s);
        m_errorOut = m_dir.filePath(u"error-mock.csv"_s);
        m_errorFetch.setProcessEnvironment(environment(m_errorMock.secret));
        m_errorFetch.start(m_bin, withClient(m_errorMock, fetchArgs(m_errorMock, u"2026-03-02 00:00:00"_s, u"2026-03-06 23:59:59"_s,
                                                                    {u"--archive"_s, m_errorArchive, u"--out"_s, m_errorOut})));
        QVERIFY(m_errorFetch.waitForStarted(30000));
    }

    void cleanupTestCase()
    {
        for (QProcess *fetch : {&m_killedFetch, &m_errorFetch}) {
            if (fetch->state() != QProcess::NotRunning) {
                fetch->kill();
                fetch->waitForFinished(5000);
            }
        }
    }

    // Ten days into a new archive, then twelve days with the same start: the
    // second run asks only for the two new days (and the boundary second), and
    // the archive holds every call of the twelve days exactly once.
    void incrementalFetch_data() { addReadings(true); }
    void incrementalFetch()
    {
        QFETCH(QStringList, reading);
        QFETCH(QString, zone);
        g_zone = zone;
        const Data data{31, 700, u"2026-03-01"_s, u"2026-03-14"_s};
        Mock mock;
        const QString startError = mock.start(m_mockBin, data.args() + reading, path(u"requests.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        const QString archive = path(u"calls.callscope"_s);
        const QString from = u"2026-03-02 00:00:00"_s, tenTo = u"2026-03-11 23:59:59"_s, twelveTo = u"2026-03-13 23:59:59"_s;

        const Run first = run(withClient(mock, fetchArgs(mock, from, tenTo, {u"--archive"_s, archive})),
                              environment(mock.secret));
        QVERIFY2(first.ok(), first.err.constData());
        QVERIFY(QFile::exists(archive));
        const qsizetype firstRequests = mock.logSize();
        QVERIFY(firstRequests > 0);
        QVERIFY2(firstRequests <= 55, describe(mock.log()).constData());

        const QString twelveCsv = path(u"twelve.csv"_s);
        const Run second = run(withClient(mock, fetchArgs(mock, from, twelveTo,
                                                          {u"--archive"_s, archive, u"--out"_s, twelveCsv})),
                               environment(mock.secret));
        QVERIFY2(second.ok(), second.err.constData());
        const QList<Logged> secondRequests = mock.log().mid(firstRequests);
        QVERIFY2(!secondRequests.isEmpty(), "the second run asked nothing for the two new days");
        // The two new days, from the last second of the ten (a shared boundary second is allowed).
        const qint64 newFrom = zoneSeconds(tenTo), newTo = zoneSeconds(twelveTo);
        for (const Logged &l : secondRequests) {
            QVERIFY2(l.readable, l.line.constData());
            QVERIFY2(l.startUtc >= newFrom && l.endUtc <= newTo,
                     qPrintable(u"a request outside the two new days [%1, %2]: %3"_s.arg(utcText(newFrom), utcText(newTo),
                                                                                        QString::fromUtf8(l.line))));
        }
        QVERIFY2(covers(secondRequests, newFrom + 1, newTo), describe(secondRequests).constData());

        const auto dataset = data.dataset();
        const QSet<QByteArray> expected = idsIn(*dataset, zoneSeconds(from), newTo);
        QVERIFY(expected.size() > 400);
        const Table exported = exportCsv(archive, from, twelveTo);
        QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
        const QString once = onceEach(exported.column("sessionId"), expected);
        QVERIFY2(once.isEmpty(), qPrintable(u"export --csv of the twelve days: "_s + once));

        // --out: the whole requested range as read from the archive, the same CSV.
        const QByteArray outCsv = readAll(twelveCsv);
        const Table out = readTable(outCsv);
        QVERIFY2(out.error.isEmpty() && !out.header.isEmpty(), qPrintable(u"--out CSV: "_s + out.error));
        const QString outOnce = onceEach(out.column("sessionId"), expected);
        QVERIFY2(outOnce.isEmpty(), qPrintable(u"--out of the twelve days: "_s + outOnce));
        QCOMPARE(out.rows, exported.rows);

        // export --from/--to selects by start time, read in --tz, both ends inclusive.
        const QString subFrom = u"2026-03-05 12:34:56"_s, subTo = u"2026-03-09 08:00:00"_s;
        const Table sub = exportCsv(archive, subFrom, subTo);
        QVERIFY2(sub.error.isEmpty(), qPrintable(sub.error));
        const QString subOnce = onceEach(sub.column("sessionId"), idsIn(*dataset, zoneSeconds(subFrom), zoneSeconds(subTo)));
        QVERIFY2(subOnce.isEmpty(), qPrintable(u"export of a sub-range: "_s + subOnce));
    }

    // The boundary second: the first fetch ends in the very second a call
    // starts at .500 or later (a server filtering to the millisecond leaves it
    // out: endDate means .000), the second goes on from there. The archive must
    // take that second again and hold the call exactly once.
    void incrementalAtMillisecondBoundary()
    {
        const Data data{37, 700, u"2026-03-01"_s, u"2026-03-14"_s};
        const auto dataset = data.dataset();
        const QTimeZone zone(g_zone.toUtf8());
        const qint64 windowFrom = zoneSeconds(u"2026-03-11 12:00:00"_s), windowTo = zoneSeconds(u"2026-03-11 20:00:00"_s);
        qint64 boundary = 0;
        for (int i : dataset->select(windowFrom, windowTo))
            if (dataset->startMillis(i) >= 500 && dataset->select(dataset->startUtc(i), dataset->startUtc(i)).size() == 1) {
                boundary = dataset->startUtc(i);
                break;
            }
        QVERIFY(boundary > 0);
        const QString from = u"2026-03-02 00:00:00"_s, twelveTo = u"2026-03-13 23:59:59"_s;
        const QString tenTo = QDateTime::fromSecsSinceEpoch(boundary, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QByteArray boundaryId = dataset->sessionId(dataset->select(boundary, boundary).first());

        Mock mock;
        const QString startError = mock.start(m_mockBin, data.args() + QStringList{u"--millisecond-starts"_s},
                                              path(u"requests.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        const QString archive = path(u"calls.callscope"_s);
        const Run first = run(withClient(mock, fetchArgs(mock, from, tenTo, {u"--archive"_s, archive})), environment(mock.secret));
        QVERIFY2(first.ok(), first.err.constData());
        Table table = exportCsv(archive);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QString once = onceEach(table.column("sessionId"), dataset->sessionIds(dataset->selectMillis(zoneSeconds(from), boundary)));
        QVERIFY2(once.isEmpty(), qPrintable(u"after the first fetch: "_s + once));
        QVERIFY(!table.column("sessionId").contains(boundaryId));   // the server did not send it

        const qsizetype before = mock.logSize();
        const Run second = run(withClient(mock, fetchArgs(mock, from, twelveTo, {u"--archive"_s, archive})),
                               environment(mock.secret));
        QVERIFY2(second.ok(), second.err.constData());
        const QList<Logged> secondRequests = mock.log().mid(before);
        for (const Logged &l : secondRequests)
            QVERIFY2(l.startUtc >= boundary, l.line.constData());
        table = exportCsv(archive, from, twelveTo);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        once = onceEach(table.column("sessionId"),
                        dataset->sessionIds(dataset->selectMillis(zoneSeconds(from), zoneSeconds(twelveTo))));
        QVERIFY2(once.isEmpty(), qPrintable(u"after the second fetch (boundary call %1 at %2): "_s
                                                .arg(QString::fromLatin1(boundaryId), tenTo) + once));
    }

    // A fetch killed (SIGKILL) after some pages were committed, then run
    // again: every call exactly once, and both runs together send at most 1.2
    // times the requests of one uninterrupted run into a fresh archive.
    void crashAndResume_data() { addReadings(); }
    void crashAndResume()
    {
        QFETCH(QStringList, reading);
        QFETCH(QString, zone);
        g_zone = zone;
        const Data data{32, 700, u"2026-03-01"_s, u"2026-03-07"_s};
        Mock mock;
        const QString startError = mock.start(m_mockBin, data.args() + reading
                                                             + QStringList{u"--latency"_s, u"100"_s, u"--page-cap"_s, u"20"_s},
                                              path(u"requests.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        const QString from = u"2026-03-02 00:00:00"_s, to = u"2026-03-06 23:59:59"_s;
        const auto dataset = data.dataset();
        const QSet<QByteArray> expected = idsIn(*dataset, zoneSeconds(from), zoneSeconds(to));
        QVERIFY(expected.size() > 400);
        const QStringList extra{u"--concurrency"_s, u"1"_s};

        // The reference: one uninterrupted run into a fresh archive.
        const QString fresh = path(u"fresh.callscope"_s);
        QElapsedTimer timer;
        timer.start();
        const Run reference = run(withClient(mock, fetchArgs(mock, from, to, extra + QStringList{u"--archive"_s, fresh})),
                                  environment(mock.secret));
        QVERIFY2(reference.ok(), reference.err.constData());
        const qsizetype uninterrupted = mock.logSize();
        qInfo("uninterrupted run: %lld requests in %lld ms", qlonglong(uninterrupted), qlonglong(timer.elapsed()));
        QVERIFY2(uninterrupted >= 10 && uninterrupted <= 55, describe(mock.log()).constData());
        const Table freshTable = exportCsv(fresh, from, to);
        QVERIFY2(freshTable.error.isEmpty(), qPrintable(freshTable.error));
        QVERIFY2(onceEach(freshTable.column("sessionId"), expected).isEmpty(),
                 qPrintable(onceEach(freshTable.column("sessionId"), expected)));

        // Killed once about half of that was sent.
        const QString archive = path(u"resumed.callscope"_s);
        const QStringList args = withClient(mock, fetchArgs(mock, from, to, extra + QStringList{u"--archive"_s, archive}));
        QProcess killed;
        killed.setProcessEnvironment(environment(mock.secret));
        killed.start(m_bin, args);
        QVERIFY(killed.waitForStarted(30000));
        const qsizetype killAt = uninterrupted + std::max<qsizetype>(3, uninterrupted / 2);
        QDeadlineTimer deadline(60000);
        while (mock.logSize() < killAt && killed.state() == QProcess::Running && !deadline.hasExpired())
            killed.waitForFinished(20);
        QVERIFY2(killed.state() == QProcess::Running,
                 qPrintable(u"the fetch ended before it could be killed: "_s + QString::fromUtf8(killed.readAllStandardError())));
        killed.kill();   // SIGKILL
        QVERIFY(killed.waitForFinished(10000));
        QThread::msleep(200);   // a request in flight is logged as it arrives
        const qsizetype afterKill = mock.logSize();
        const qsizetype killedRequests = afterKill - uninterrupted;
        QVERIFY(QFile::exists(archive));
        // What the killed run committed can be exported as it is (checked at
        // the end, so that a failure here does not hide how the resume went).
        const Table partial = exportCsv(archive, {}, {}, true);
        QString partialProblem;
        if (!partial.error.isEmpty())
            partialProblem = u"the killed run's archive: "_s + partial.error;
        else if (partial.rows.isEmpty())
            partialProblem = u"nothing was committed before the kill"_s;
        else if (const QList<QByteArray> ids = partial.column("sessionId"); QSet<QByteArray>(ids.cbegin(), ids.cend()).size() != ids.size())
            partialProblem = u"the killed run's archive holds a call twice"_s;

        const Run resumed = run(args, environment(mock.secret));
        QVERIFY2(resumed.ok(), resumed.err.constData());
        const QList<Logged> resumedLog = mock.log().mid(afterKill);
        const qsizetype resumedRequests = resumedLog.size();
        qInfo("killed run: %lld requests (%lld calls exported), resumed run: %lld requests; uninterrupted: %lld",
              qlonglong(killedRequests), qlonglong(partial.rows.size()), qlonglong(resumedRequests),
              qlonglong(uninterrupted));
        const Table table = exportCsv(archive, from, to);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        const QString once = onceEach(table.column("sessionId"), expected);
        QVERIFY2(once.isEmpty(), qPrintable(u"export --csv after the resume: "_s + once));
        // The same calls with the same content (order within a start second aside).
        QList<QList<QByteArray>> resumedRows = table.rows, freshRows = freshTable.rows;
        std::sort(resumedRows.begin(), resumedRows.end());
        std::sort(freshRows.begin(), freshRows.end());
        QVERIFY(resumedRows == freshRows);

        QString error;
        const QList<QByteArray> lines = exportJsonl(archive, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<QByteArray> jsonIds;
        for (const QByteArray &line : lines)
            jsonIds.append(QJsonDocument::fromJson(line).object().value(u"sessionId"_s).toString().toLatin1());
        const QString jsonOnce = onceEach(jsonIds, expected);
        QVERIFY2(jsonOnce.isEmpty(), qPrintable(u"export --jsonl after the resume: "_s + jsonOnce));

        QVERIFY2((killedRequests + resumedRequests) * 5 <= uninterrupted * 6,
                 qPrintable(u"killed + resumed = %1 + %2 requests, more than 1.2 x %3 of one run; the resumed run asked:\n"_s
                                .arg(killedRequests).arg(resumedRequests).arg(uninterrupted)
                            + QString::fromUtf8(describe(resumedLog))));
        QVERIFY2(partialProblem.isEmpty(), qPrintable(partialProblem));
    }

    // Fetched while everything is provisional (--settle-hours far beyond the
    // range's age), then the server has late calls and revised ones: the
    // rerun asks for the whole range again, the late calls are archived, the
    // revised ones replace theirs (the new raw JSON, byte for byte). Once the
    // range is settled (--settle-hours 0) a rerun sends nothing and exits 0.
    void lateAndRevisedCalls_data() { addReadings(true); }
    void lateAndRevisedCalls()
    {
        QFETCH(QStringList, reading);
        QFETCH(QString, zone);
        g_zone = zone;
        // Recent days, so that the largest settling time (a year) makes them provisional.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto day = [&today](int back) { return today.addDays(-back).toString(Qt::ISODate); };
        Data data{33, 400, day(9), day(2)};
        const QString from = day(8) + u" 00:00:00"_s, to = day(3) + u" 23:59:59"_s;
        const qint64 fromUtc = zoneSeconds(from), toUtc = zoneSeconds(to);
        const QString archive = path(u"calls.callscope"_s);
        const QStringList provisional{u"--archive"_s, archive, u"--settle-hours"_s, u"8760"_s};

        quint16 port = 0;
        {
            Mock before;
            const QString startError = before.start(m_mockBin, data.args() + reading, path(u"before.jsonl"_s));
            QVERIFY2(startError.isEmpty(), qPrintable(startError));
            port = before.port();
            const Run first = run(withClient(before, fetchArgs(before, from, to, provisional)), environment(before.secret));
            QVERIFY2(first.ok(), first.err.constData());
        }
        const auto original = data.dataset();
        const Table firstTable = exportCsv(archive, from, to);
        QVERIFY2(firstTable.error.isEmpty(), qPrintable(firstTable.error));
        QVERIFY(onceEach(firstTable.column("sessionId"), idsIn(*original, fromUtc, toUtc)).isEmpty());

        data.lateCalls = 25;
        data.reviseEvery = 9;
        const auto revised = data.dataset();
        Mock after;   // the same server, restarted with late and revised calls
        QString startError;
        for (int attempt = 0; attempt < 20; ++attempt) {
            after.stop();
            startError = after.start(m_mockBin, data.args() + reading, path(u"after.jsonl"_s), port);
            if (startError.isEmpty())
                break;
            QThread::msleep(250);
        }
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        QCOMPARE(after.port(), port);
        const Run second = run(withClient(after, fetchArgs(after, from, to, provisional)), environment(after.secret));
        QVERIFY2(second.ok(), second.err.constData());
        const QList<Logged> again = after.log();
        QVERIFY2(covers(again, fromUtc, toUtc),
                 qPrintable(u"the provisional range [%1, %2] was not asked again completely:\n"_s.arg(utcText(fromUtc), utcText(toUtc))
                            + QString::fromUtf8(describe(again))));
        QVERIFY2(again.size() <= 55, describe(again).constData());

        QHash<QByteArray, int> indexOf;
        QSet<QByteArray> lateIds, revisedIds;
        const QList<int> inRange = revised->select(fromUtc, toUtc);
        for (int i : inRange) {
            indexOf.insert(revised->sessionId(i), i);
            if (revised->isLate(i))
                lateIds.insert(revised->sessionId(i));
            if (revised->isRevised(i))
                revisedIds.insert(revised->sessionId(i));
        }
        QVERIFY(lateIds.size() >= 10);
        QVERIFY(revisedIds.size() >= 20);

        const Table table = exportCsv(archive, from, to);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        const QList<QByteArray> ids = table.column("sessionId");
        const QString once = onceEach(ids, revised->sessionIds(inRange));
        QVERIFY2(once.isEmpty(), qPrintable(u"export --csv after the late and revised calls: "_s + once));
        // Every call shows the content the server serves now.
        const QList<QByteArray> statuses = table.column("finalStatus");
        int revisedSeen = 0;
        for (qsizetype r = 0; r < ids.size(); ++r) {
            const int i = indexOf.value(ids[r], -1);
            QVERIFY(i >= 0);
            const QByteArray now = QJsonDocument::fromJson(revised->recordJson(i, 0)).object()
                                       .value(u"finalStatus"_s).toString().toUtf8();
            QVERIFY2(statuses[r] == now, qPrintable(u"%1: finalStatus %2, the server now says %3"_s
                                                        .arg(QString::fromLatin1(ids[r]), QString::fromUtf8(statuses[r]),
                                                             QString::fromUtf8(now))));
            revisedSeen += revisedIds.contains(ids[r]) ? 1 : 0;
        }
        QCOMPARE(revisedSeen, revisedIds.size());

        // The raw records: what the server sent for the Kolkata request, byte for byte.
        cs::mock::RenderOptions rendering;
        rendering.stampZone = reading.contains(u"utc"_s) ? cs::mock::MockConfig::StampZone::Utc
                                                         : cs::mock::MockConfig::StampZone::RequestOffset;
        rendering.blocks = cs::mock::kAllRecordBlocks;   // the CLI asks for every block by default
        QString error;
        const QList<QByteArray> lines = exportJsonl(archive, &error, from, to);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), inRange.size());
        int revisedLines = 0;
        for (const QByteArray &line : lines) {
            const QByteArray id = QJsonDocument::fromJson(line).object().value(u"sessionId"_s).toString().toLatin1();
            const int i = indexOf.value(id, -1);
            QVERIFY2(i >= 0, line.left(200).constData());
            rendering.offsetMinutes = requestOffsetAt(revised->startUtc(i));
            const QByteArray sent = revised->recordJson(i, rendering);
            QVERIFY2(line == sent, qPrintable(u"the raw record of %1 is not what the server sent:\n%2\nsent:\n%3"_s.arg(
                QString::fromLatin1(id), QString::fromUtf8(line.left(400)), QString::fromUtf8(sent.left(400)))));
            revisedLines += revisedIds.contains(id) ? 1 : 0;
        }
        QCOMPARE(revisedLines, revisedIds.size());

        // Settled: nothing to ask.
        const qsizetype before = after.logSize();
        const QString snapshot = path(u"settled.callscope"_s);
        const Run settled = run(withClient(after, fetchArgs(after, from, to, {u"--archive"_s, archive, u"--settle-hours"_s,
                                                                              u"0"_s, u"--out"_s, snapshot})),
                                environment(after.secret));
        QVERIFY2(settled.ok(), settled.err.constData());
        QVERIFY2(after.logSize() == before,
                 qPrintable(u"a settled range was asked again:\n"_s + QString::fromUtf8(describe(after.log().mid(before)))));
        // --out FILE.callscope: the range as read from the archive, a snapshot that exports the same.
        const Table fromSnapshot = exportCsv(snapshot);
        QVERIFY2(fromSnapshot.error.isEmpty(), qPrintable(u"the --out snapshot: "_s + fromSnapshot.error));
        QCOMPARE(fromSnapshot.rows, table.rows);
    }

    // Scopes: a filtered fetch covers only its own scope, an unfiltered one
    // with every block covers every scope. A call fetched again with more
    // blocks replaces its stored raw JSON.
    void scopes_data() { addReadings(); }
    void scopes()
    {
        QFETCH(QStringList, reading);
        QFETCH(QString, zone);
        g_zone = zone;
        const Data data{36, 500, u"2026-03-01"_s, u"2026-03-07"_s};
        Mock mock;
        const QString startError = mock.start(m_mockBin, data.args() + reading, path(u"requests.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        const QString from = u"2026-03-02 00:00:00"_s, to = u"2026-03-06 23:59:59"_s;
        const qint64 fromUtc = zoneSeconds(from), toUtc = zoneSeconds(to);
        const auto dataset = data.dataset();
        const QString archive = path(u"calls.callscope"_s);
        auto fetch = [&](const QStringList &options) {
            const qsizetype before = mock.logSize();
            const Run r = run(withClient(mock, fetchArgs(mock, from, to, QStringList{u"--archive"_s, archive} + options)),
                              environment(mock.secret));
            return std::pair{r, mock.log().mid(before)};
        };

        const auto [voice, voiceRequests] = fetch({u"--channel"_s, u"voice"_s});
        QVERIFY2(voice.ok(), voice.err.constData());
        QVERIFY(covers(voiceRequests, fromUtc, toUtc));
        Table table = exportCsv(archive, from, to);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QString once = onceEach(table.column("sessionId"), dataset->sessionIds(dataset->select(fromUtc, toUtc, {u"voice"_s})));
        QVERIFY2(once.isEmpty(), qPrintable(u"after the voice fetch: "_s + once));

        const auto [voiceAgain, voiceAgainRequests] = fetch({u"--channel"_s, u"voice"_s});
        QVERIFY2(voiceAgain.ok(), voiceAgain.err.constData());
        QVERIFY2(voiceAgainRequests.isEmpty(), describe(voiceAgainRequests).constData());

        const auto [all, allRequests] = fetch({});
        QVERIFY2(all.ok(), all.err.constData());
        QVERIFY2(covers(allRequests, fromUtc, toUtc),
                 qPrintable(u"a voice-only archive was taken for all calls:\n"_s + QString::fromUtf8(describe(allRequests))));
        table = exportCsv(archive, from, to);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        once = onceEach(table.column("sessionId"), idsIn(*dataset, fromUtc, toUtc));
        QVERIFY2(once.isEmpty(), qPrintable(u"after the unfiltered fetch: "_s + once));

        for (const QStringList &narrower : {QStringList{u"--channel"_s, u"email"_s}, QStringList{u"--fields"_s, u"none"_s},
                                            QStringList{u"--direction"_s, u"Inbound"_s}}) {
            const auto [covered, coveredRequests] = fetch(narrower);
            QVERIFY2(covered.ok(), covered.err.constData());
            QVERIFY2(coveredRequests.isEmpty(), qPrintable(narrower.join(u' ') + u" asked again after a full fetch:\n"_s
                                                           + QString::fromUtf8(describe(coveredRequests))));
        }

        // Without the blocks first, then with them: the raw JSON is the newer one.
        const QString second = path(u"blocks.callscope"_s);
        const Run bare = run(withClient(mock, fetchArgs(mock, from, to, {u"--archive"_s, second, u"--fields"_s, u"none"_s})),
                             environment(mock.secret));
        QVERIFY2(bare.ok(), bare.err.constData());
        const qsizetype before = mock.logSize();
        const Run full = run(withClient(mock, fetchArgs(mock, from, to, {u"--archive"_s, second})), environment(mock.secret));
        QVERIFY2(full.ok(), full.err.constData());
        QVERIFY2(covers(mock.log().mid(before), fromUtc, toUtc), "a fetch without blocks was taken for one with them");
        QString error;
        const QList<QByteArray> lines = exportJsonl(second, &error, from, to);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QByteArray, int> indexOf;
        const QList<int> inRange = dataset->select(fromUtc, toUtc);
        for (int i : inRange)
            indexOf.insert(dataset->sessionId(i), i);
        QCOMPARE(lines.size(), inRange.size());
        cs::mock::RenderOptions rendering;
        rendering.stampZone = reading.contains(u"utc"_s) ? cs::mock::MockConfig::StampZone::Utc
                                                         : cs::mock::MockConfig::StampZone::RequestOffset;
        for (const QByteArray &line : lines) {
            const QByteArray id = QJsonDocument::fromJson(line).object().value(u"sessionId"_s).toString().toLatin1();
            QVERIFY2(indexOf.contains(id), line.left(200).constData());
            rendering.offsetMinutes = requestOffsetAt(dataset->startUtc(indexOf.value(id)));
            QVERIFY2(line == dataset->recordJson(indexOf.value(id), rendering),
                     qPrintable(u"%1 is not the record with its blocks"_s.arg(QString::fromLatin1(id))));
        }
    }

    // A fetch that cannot cover its range exits non-zero and the archive keeps
    // what was committed: the token (CALLSCOPE_TOKEN, which the CLI cannot
    // renew) expires during the fetch, so the server turns away the rest with
    // 401. A rerun with credentials that last completes the archive.
    void failedFetchKeepsCommitted_data() { addReadings(); }
    void failedFetchKeepsCommitted()
    {
        QFETCH(QStringList, reading);
        QFETCH(QString, zone);
        g_zone = zone;
        const Data data{34, 700, u"2026-03-01"_s, u"2026-03-07"_s};
        Mock mock;
        const QString startError = mock.start(m_mockBin, data.args() + reading
                                                             + QStringList{u"--latency"_s, u"150"_s, u"--page-cap"_s, u"20"_s},
                                              path(u"requests.jsonl"_s));
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        const QString from = u"2026-03-02 00:00:00"_s, to = u"2026-03-06 23:59:59"_s;
        const auto dataset = data.dataset();
        const QSet<QByteArray> expected = idsIn(*dataset, zoneSeconds(from), zoneSeconds(to));
        const QString archive = path(u"calls.callscope"_s);
        const QStringList options{u"--archive"_s, archive, u"--concurrency"_s, u"1"_s};

        const QByteArray shortLived = cs::jwt::mint(mock.clientId, mock.secret, QDateTime::currentSecsSinceEpoch(), 3);
        const QString out = path(u"range.csv"_s);
        const Run failed = run(fetchArgs(mock, from, to, options + QStringList{u"--out"_s, out}), environment({}, shortLived));
        QVERIFY2(!failed.crashed, "the fetch crashed or hung");
        const QList<Logged> requests = mock.log();
        const bool answered = std::any_of(requests.cbegin(), requests.cend(), [](const Logged &l) { return l.status == 200; });
        const bool refused = std::any_of(requests.cbegin(), requests.cend(), [](const Logged &l) { return l.status == 401; });
        if (!refused && failed.exitCode == 0)
            QSKIP("the whole fetch took less than the token's lifetime on this machine");
        QVERIFY2(answered, QByteArray(failed.err + describe(requests)).constData());
        QVERIFY2(failed.exitCode != 0, qPrintable(u"exit 0 though the range was not covered:\n"_s
                                                  + QString::fromUtf8(failed.err + describe(requests))));
        QVERIFY2(failed.err.endsWith('\n') && failed.err.count('\n') == 1,
                 qPrintable(u"not one stderr line: "_s + QString::fromUtf8(failed.err)));
        QVERIFY2(!QFile::exists(out), "--out was written though the range is not covered");

        QVERIFY2(QFile::exists(archive), "the archive is gone after a failed fetch");
        const Table kept = exportCsv(archive, {}, {}, true);
        QVERIFY2(kept.error.isEmpty(), qPrintable(u"the failed run's archive: "_s + kept.error));
        QVERIFY2(!kept.rows.isEmpty(), qPrintable(u"nothing kept, though the server answered:\n"_s
                                                  + QString::fromUtf8(describe(requests))));
        const QList<QByteArray> keptIds = kept.column("sessionId");
        const QSet<QByteArray> keptSet(keptIds.cbegin(), keptIds.cend());
        QCOMPARE(keptSet.size(), keptIds.size());
        QVERIFY2((keptSet - expected).isEmpty(), "the archive holds calls the server does not have in the range");
        QVERIFY(keptSet.size() < expected.size());

        const Run rerun = run(withClient(mock, fetchArgs(mock, from, to, options)), environment(mock.secret));
        QVERIFY2(rerun.ok(), rerun.err.constData());
        const Table complete = exportCsv(archive, from, to);
        QVERIFY2(complete.error.isEmpty(), qPrintable(complete.error));
        const QString once = onceEach(complete.column("sessionId"), expected);
        QVERIFY2(once.isEmpty(), qPrintable(u"after the rerun: "_s + once));
    }

    // Last: the fetch started in initTestCase, whose server was killed after
    // a few pages, gives up with a non-zero exit and keeps those pages.
    void serverKilledMidFetch()
    {
        QVERIFY2(m_killedFetch.state() == QProcess::NotRunning || m_killedFetch.waitForFinished(150000),
                 "a fetch whose server is gone did not give up");
        const QByteArray err = m_killedFetch.readAllStandardError();
        QVERIFY2(m_killedFetch.exitStatus() == QProcess::NormalExit, "the fetch crashed");
        QVERIFY2(m_killedFetch.exitCode() != 0,
                 qPrintable(u"exit 0 though the server went away:\n"_s + QString::fromUtf8(err + describe(m_killedRequests))));
        QVERIFY2(std::any_of(m_killedRequests.cbegin(), m_killedRequests.cend(), [](const Logged &l) { return l.status == 200; }),
                 QByteArray(err + describe(m_killedRequests)).constData());
        QVERIFY2(!err.isEmpty(), "no reason on stderr");
        QVERIFY2(QFile::exists(m_killedArchive), "the archive is gone after a failed fetch");
        const Table kept = exportCsv(m_killedArchive, {}, {}, true);
        QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
        QVERIFY2(!kept.rows.isEmpty(), "the pages answered before the server went away were not kept");
        const QList<QByteArray> ids = kept.column("sessionId");
        const QSet<QByteArray> keptSet(ids.cbegin(), ids.cend());
        QCOMPARE(keptSet.size(), ids.size());
        const auto dataset = m_killedData.dataset();
        const QSet<QByteArray> expected = idsIn(*dataset, zoneSeconds(u"2026-03-02 00:00:00"_s), zoneSeconds(u"2026-03-06 23:59:59"_s));
        QVERIFY((keptSet - expected).isEmpty());
        QVERIFY(keptSet.size() < expected.size());
    }

    // The fetch started in initTestCase against a server that answers every
    // data request with a 5xx: non-zero exit, one line, no --out, nothing archived.
    void serverErrorsOnly()
    {
        QVERIFY2(m_errorFetch.state() == QProcess::NotRunning || m_errorFetch.waitForFinished(150000),
                 "a fetch from a server that only fails did not give up");
        const QByteArray err = m_errorFetch.readAllStandardError();
        const QList<Logged> requests = m_errorMock.log();
        QVERIFY2(m_errorFetch.exitStatus() == QProcess::NormalExit, "the fetch crashed");
        QVERIFY2(m_errorFetch.exitCode() != 0, QByteArray(err + describe(requests)).constData());
        QVERIFY2(err.endsWith('\n') && err.count('\n') == 1, err.constData());
        QVERIFY(!requests.isEmpty());
        QVERIFY(std::none_of(requests.cbegin(), requests.cend(), [](const Logged &l) { return l.status == 200; }));
        QVERIFY2(!QFile::exists(m_errorOut), "--out was written though nothing was fetched");
        if (QFile::exists(m_errorArchive)) {
            const Table kept = exportCsv(m_errorArchive, {}, {}, true);
            QVERIFY2(kept.error.isEmpty(), qPrintable(u"the archive of a fetch that got nothing: "_s + kept.error));
            QVERIFY(kept.rows.isEmpty());
        }
    }

    // A snapshot written by release v1 (before the archive) still opens, and
    // exports the CSV that release exported, byte for byte. The files and the
    // commands that made them: tests/data/migration/README.md, i.e.
    //   callscope-mock --port 18731 --calls 300 --seed 20260215 --from 2026-02-09 --to 2026-02-13
    //   CALLSCOPE_CLIENT_SECRET=demo-secret-not-for-production callscope fetch --host http://127.0.0.1:18731
    //       --account-id demo-account --app-id st-demo-app --client-id cs-demo-client
    //       --from "2026-02-09 00:00:00" --to "2026-02-13 23:59:59" --tz America/New_York --out v1.callscope
    //   callscope export v1.callscope --csv v1.csv
    // with callscope and callscope-mock built from commit 1f00423.
    void migrationV1()
    {
        const QString source = QStringLiteral(CALLSCOPE_TEST_DATA) + u"/migration/"_s;
        const QByteArray v1 = readAll(source + u"v1.callscope"_s);
        const QByteArray v1Csv = readAll(source + u"v1.csv"_s);
        QVERIFY(!v1.isEmpty() && !v1Csv.isEmpty());
        // A copy: opening must not change the committed file, whatever it does to this one.
        const QString snapshot = m_dir.filePath(u"v1.callscope"_s);
        QFile::remove(snapshot);
        QVERIFY(QFile::copy(source + u"v1.callscope"_s, snapshot));
        QFile::setPermissions(snapshot, QFile::ReadOwner | QFile::WriteOwner);

        const QString csv = m_dir.filePath(u"v1-export.csv"_s);
        const Run exported = run({u"export"_s, snapshot, u"--csv"_s, csv});
        QVERIFY2(exported.ok(), exported.err.constData());
        const QByteArray bytes = readAll(csv);
        QCOMPARE(bytes.size(), v1Csv.size());
        QVERIFY2(bytes == v1Csv, "the export of the v1 snapshot differs from v1.csv");
        QVERIFY2(readAll(snapshot) == v1, "export changed the snapshot it read");

        const Table table = readTable(v1Csv);
        QCOMPARE(table.rows.size(), 298);
        QString error;
        const QList<QByteArray> lines = exportJsonl(snapshot, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lines.size(), table.rows.size());
        QList<QByteArray> ids;
        for (const QByteArray &line : lines) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            QVERIFY2(!record.isEmpty(), line.left(200).constData());
            ids.append(record.value(u"sessionId"_s).toString().toLatin1());
        }
        const QList<QByteArray> csvIds = table.column("sessionId");
        const QString once = onceEach(ids, QSet<QByteArray>(csvIds.cbegin(), csvIds.cend()));
        QVERIFY2(once.isEmpty(), qPrintable(u"export --jsonl of the v1 snapshot: "_s + once));
    }
    // The v1 snapshot taken as an archive: `fetch --archive` on it (the same
    // server, as tests/data/migration/README.md started it) brings it to the
    // current format, takes its complete windows as coverage (asks nothing),
    // and the archive exports the same CSV.
    void migrationV1IntoArchive()
    {
        const QString source = QStringLiteral(CALLSCOPE_TEST_DATA) + u"/migration/"_s;
        const QString archive = m_dir.filePath(u"v1-archive.callscope"_s);
        QFile::remove(archive);
        QVERIFY(QFile::copy(source + u"v1.callscope"_s, archive));
        QFile::setPermissions(archive, QFile::ReadOwner | QFile::WriteOwner);
        const Data data{20260215, 300, u"2026-02-09"_s, u"2026-02-13"_s};
        QString skipReason;
        fetchIntoOldArchive(archive, u"v1 snapshot"_s, data, 18731, &skipReason);
        if (!skipReason.isEmpty())
            QSKIP(qPrintable(skipReason));
        if (QTest::currentTestFailed())
            return;

        const QString csv = m_dir.filePath(u"v1-archive.csv"_s);
        const Run exported = run({u"export"_s, archive, u"--csv"_s, csv});
        QVERIFY2(exported.ok(), exported.err.constData());
        QVERIFY2(readAll(csv) == readAll(source + u"v1.csv"_s), "the migrated archive exports another CSV than v1.csv");
        const auto dataset = data.dataset();
        const Table table = readTable(readAll(csv));
        const QString once = onceEach(table.column("sessionId"),
                                      idsIn(*dataset, zoneSeconds(kOldArchiveFrom), zoneSeconds(kOldArchiveTo)));
        QVERIFY2(once.isEmpty(), qPrintable(once));
    }

    // A portable snapshot written by the release before labels (format 2, the
    // same data as v1.callscope; tests/data/migration/README.md) exports v1.csv.
    void migrationV2Snapshot()
    {
        const QString source = QStringLiteral(CALLSCOPE_TEST_DATA) + u"/migration/"_s;
        const QString snapshot = m_dir.filePath(u"v2.callscope"_s);
        QFile::remove(snapshot);
        QVERIFY(QFile::copy(source + u"v2.callscope"_s, snapshot));
        QFile::setPermissions(snapshot, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = readAll(snapshot);
        const QString csv = m_dir.filePath(u"v2-export.csv"_s);
        const Run exported = run({u"export"_s, snapshot, u"--csv"_s, csv});
        QVERIFY2(exported.ok(), exported.err.constData());
        QVERIFY2(readAll(csv) == readAll(source + u"v1.csv"_s), "the v2 snapshot exports another CSV than v1.csv");
        QVERIFY2(readAll(snapshot) == before, "export changed the snapshot it read");
    }

    // A compact archive of format 2 (zstd with its dictionary): `fetch
    // --archive` on it asks nothing, brings it to the current format, and it
    // exports the CSV the release exported from it.
    void migrationV2Archive() { oldArchiveExportsTheSame(u"v2-archive"_s, 18732, cs::kSnapshotSchemaVersion); }

    // A compact archive of format 3 (the release before raw blocks), of the
    // same calls: it exports v2-archive.csv too, and archives write no
    // blocks, so `fetch --archive` on it leaves it format 3.
    void migrationV3Archive() { oldArchiveExportsTheSame(u"v3-archive"_s, 18741, 3); }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
