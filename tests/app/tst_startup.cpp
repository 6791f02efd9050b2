// Start-up never aborts obscurely: --help, --version and the headless
// commands work with no display at all; a window without a display is one
// line on stderr and exit status 1; a snapshot given while CallScope runs is
// handed to the running window.

#include "snapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// The environment of a machine with no display at all (a server, CI, ssh).
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"C"_s);
    return env;
}

Run run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CALLSCOPE_BIN"), args);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class StartupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay()
    {
        const Run version = run({u"--version"_s}, headless());
        QVERIFY(!version.crashed);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, u"callscope %1\n"_s.arg(QStringLiteral(CALLSCOPE_VERSION)));

        const Run help = run({u"--help"_s}, headless());
        QVERIFY(!help.crashed);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        // The top-level help names the subcommands.
        QVERIFY2(help.out.contains(u"\n  fetch "_s) && help.out.contains(u"\n  export "_s), qPrintable(help.out));
        QVERIFY(help.out.contains(u"--demo"_s));
    }

    void subcommandsNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fetch --help") << QStringList{u"fetch"_s, u"--help"_s} << 0 << u"--account-id"_s;
        QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s} << 0 << u"--csv"_s;
        QTest::newRow("fetch, no args") << QStringList{u"fetch"_s} << 2 << u"--host is required"_s;
    }

    void subcommandsNeedNoDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run result = run(args, headless());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, exitCode);
        const QString all = result.out + result.err;
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void exportOfASnapshotNeedsNoDisplay()
    {
        QTemporaryDir dir;
        const QString snapshot = dir.filePath(u"empty.callscope"_s);
        QString error;
        SnapshotInfo info;
        info.rangeFrom = u"2026-01-01 00:00:00"_s;
        info.rangeTo = u"2026-01-01 23:59:59"_s;
        info.zoneId = u"UTC"_s;
        QVERIFY2(saveSnapshot(snapshot, RecordStore(), info, &error), qPrintable(error));
        const Run result = run({u"export"_s, snapshot, u"--csv"_s, dir.filePath(u"out.csv"_s)}, headless());
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(u"out.csv"_s)));
    }

    void windowWithoutDisplayIsOneLine_data()
    {
        QTest::addColumn<QString>("display");
        QTest::newRow("no DISPLAY") << QString();
        QTest::newRow("unreachable DISPLAY") << u":997"_s;   // nothing listens there
    }

    void windowWithoutDisplayIsOneLine()
    {
        QFETCH(QString, display);
        QProcessEnvironment env = headless();
        if (!display.isEmpty())
            env.insert(u"DISPLAY"_s, display);
        const Run result = run({}, env);
        QVERIFY2(!result.crashed, "Qt aborted instead of explaining");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(result.err.startsWith(u"callscope: cannot open the window: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"xvfb-run"_s), qPrintable(result.err));
    }

    void typoOfACommandIsAUsageError()
    {
        const Run result = run({u"exprot"_s}, headless());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown command \"exprot\""_s), qPrintable(result.err));
    }

    void secondInstanceHandsItsFileOver()
    {
        // Two real processes on the offscreen platform, sharing one runtime
        // and one settings directory. The first opens nothing; the second is
        // given a snapshot, must return at once, and the first window opens it
        // (it lands in the first instance's recent files).
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"runtime"_s);
        QFile::setPermissions(dir.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = headless();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"CALLSCOPE_NO_KEYRING"_s, u"1"_s);

        const QString snapshot = dir.filePath(u"handed over.callscope"_s);
        QString error;
        SnapshotInfo info;
        info.rangeFrom = u"2026-01-01 00:00:00"_s;
        info.rangeTo = u"2026-01-01 23:59:59"_s;
        info.zoneId = u"UTC"_s;
        QVERIFY2(saveSnapshot(snapshot, RecordStore(), info, &error), qPrintable(error));

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(qEnvironmentVariable("CALLSCOPE_BIN"), QStringList{});
        QVERIFY(first.waitForStarted());
        const QString socket = dir.filePath(u"runtime/"_s + QStringLiteral(CALLSCOPE_APP_ID));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 30000);

        const Run second = run({snapshot}, env);
        QVERIFY(!second.crashed);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));

        const QString conf = dir.filePath(u"config/CallScope/CallScope.conf"_s);
        QTRY_VERIFY_WITH_TIMEOUT(QSettings(conf, QSettings::IniFormat).value(u"files/recent"_s).toStringList()
                                     == QStringList{snapshot}, 30000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        if (!first.waitForFinished(10000))
            first.kill();
    }
};

QTEST_GUILESS_MAIN(StartupTest)
#include "tst_startup.moc"
