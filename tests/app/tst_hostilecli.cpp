// `callscope fetch` and `export` against a hostile server and a hostile
// snapshot (issue 8), through the real executable: the fetch ends fast with
// one clean stderr line, whatever the server sends.

#include "../net/hostileserver.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Run run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CALLSCOPE_TOKEN"_s, u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"CALLSCOPE_DEBUG"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("CALLSCOPE_BIN"), args);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

// One line, printable: no escape sequence, no control character.
void verifyCleanLine(const QByteArray &err)
{
    QVERIFY2(err.endsWith('\n') && err.count('\n') == 1, err.constData());
    for (const char c : err.chopped(1))
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F, err.toPercentEncoding(" :").constData());
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList fetchArgs(const cstest::HostileServer &server, const QStringList &extra = {}) const
    {
        return QStringList{u"fetch"_s, u"--host"_s, server.urlText(), u"--account-id"_s, u"a"_s, u"--app-id"_s, u"i"_s,
                           u"--from"_s, u"2026-03-01 00:00:00"_s, u"--to"_s, u"2026-03-01 23:59:59"_s, u"--tz"_s, u"UTC"_s,
                           u"--out"_s, m_dir.filePath(u"out.csv"_s)} + extra;
    }

private Q_SLOTS:
    void serverTextCannotDriveTheTerminal()
    {
        cstest::HostileReply reply;
        reply.status = 400;
        reply.head = "{\"message\":\"bad \\u001b[31mred\\u001b[0m\\nsecond line\\r\\u001b]0;owned\\u0007 \\u009b2J"
                     " <b>bold</b> \\u202eevil\"}";
        cstest::HostileServer server(reply);
        const Run result = run(fetchArgs(server));
        QCOMPARE(result.exitCode, 1);
        verifyCleanLine(result.err);
        QVERIFY2(result.err.contains("bad red second line"), result.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"out.csv"_s)));
    }

    // 512 MiB of body: the fetch fails at the size limit instead of holding it all.
    void endlessBodyEndsTheFetch()
    {
        cstest::HostileReply reply;
        reply.head = "{\"data\":[";
        reply.filler = "0,"_ba.repeated(32 * 1024);
        reply.fillerRepeats = 512 * 1024 * 1024 / reply.filler.size();
        reply.tail = "0]}";
        cstest::HostileServer server(reply);
        const Run result = run(fetchArgs(server, {u"--max-response-mb"_s, u"8"_s}));
        QCOMPARE(result.exitCode, 1);
        verifyCleanLine(result.err);
        QVERIFY2(result.err.contains("larger than 8 MiB"), result.err.constData());
        QCOMPARE(server.requests(), 1);   // not retried
        QVERIFY2(result.elapsedMs < 30000, qPrintable(QString::number(result.elapsedMs)));
    }

    // 8 MB of "0," in data: a clear failure, not "0 calls written".
    void millionsOfElementsEndTheFetch()
    {
        cstest::HostileReply reply;
        reply.head = "{\"numResults\":1,\"data\":[";
        reply.filler = "0,"_ba.repeated(1024);
        reply.fillerRepeats = 4096;
        reply.tail = "0]}";
        cstest::HostileServer server(reply);
        const Run result = run(fetchArgs(server));
        QCOMPARE(result.exitCode, 1);
        verifyCleanLine(result.err);
        QVERIFY2(result.err.contains("more than 10000 elements"), result.err.constData());
        QCOMPARE(server.requests(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"out.csv"_s)));
    }

    void partialReasonCannotDriveTheTerminal()
    {
        cs::RecordStore store;
        store.append(*cs::parsePage(R"({"data":[{"sessionId":"a"}]})"_ba), 0);
        cs::SnapshotInfo info;
        info.partial = true;
        info.partialReason = u"cancelled\n\x1b[2J\x1b[Hfake prompt$ \x07"_s;
        const QString snapshot = m_dir.filePath(u"partial.callscope"_s);
        QString error;
        QVERIFY2(cs::saveSnapshot(snapshot, store, info, &error), qPrintable(error));
        const Run result = run({u"export"_s, snapshot, u"--csv"_s, m_dir.filePath(u"partial.csv"_s)});
        QCOMPARE(result.exitCode, 0);
        verifyCleanLine(result.err);
        QVERIFY2(result.err.contains("cancelled fake prompt$"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
