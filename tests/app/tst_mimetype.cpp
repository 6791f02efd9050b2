// The shared-mime-info type in packaging/ recognises snapshots as a file
// manager would: by the .callscope glob, and by content (the SQLite header
// plus the snapshot's application_id) when the name says nothing; a SQLite
// database of another application stays plain SQLite.
// As on an installed system, one database is compiled with update-mime-database
// from the system's freedesktop.org.xml plus ours (Qt 6.4 does not weigh magic
// priorities across several databases), then asked through QMimeDatabase.

#include "snapshot.h"

#include <QDir>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {
const QString kType = u"application/x-callscope-snapshot"_s;
QTemporaryDir *g_data = nullptr;

// Runs before QCoreApplication (and so before QMimeDatabase reads XDG_DATA_DIRS).
bool prepareMimeDatabase()
{
    g_data = new QTemporaryDir;
    const QString packages = g_data->filePath(u"mime/packages"_s);
    QDir().mkpath(packages);
    const QString source = qEnvironmentVariable("CALLSCOPE_SOURCE_DIR")
                           + u"/packaging/" CALLSCOPE_APP_ID ".mime.xml"_s;
    if (!QFile::copy(source, packages + u"/" CALLSCOPE_APP_ID ".xml"_s)
        || !QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s))
        return false;
    QProcess update;
    update.start(u"update-mime-database"_s, {g_data->filePath(u"mime"_s)});
    if (!update.waitForFinished(60000) || update.exitCode() != 0)
        return false;
    qputenv("XDG_DATA_DIRS", g_data->path().toUtf8());
    qputenv("XDG_DATA_HOME", g_data->path().toUtf8());
    return true;
}
const bool g_prepared = prepareMimeDatabase();
} // namespace

class MimeTypeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(g_prepared, "update-mime-database (shared-mime-info) must be installed and accept packaging/*.mime.xml");
        QVERIFY(m_dir.isValid());
        SnapshotInfo info;
        info.rangeFrom = u"2026-01-01 00:00:00"_s;
        info.rangeTo = u"2026-01-01 23:59:59"_s;
        info.zoneId = u"UTC"_s;
        QString error;
        m_snapshot = m_dir.filePath(u"calls.callscope"_s);
        QVERIFY2(saveSnapshot(m_snapshot, RecordStore(), info, &error), qPrintable(error));
    }

    void globMatches()
    {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(u"/nowhere/x.callscope"_s, QMimeDatabase::MatchExtension).name(), kType);
        QCOMPARE(QMimeDatabase().mimeTypeForFile(m_snapshot).name(), kType);
    }

    void contentMatchesWithoutTheSuffix()
    {
        const QString renamed = m_dir.filePath(u"attachment.bin"_s);
        QVERIFY(QFile::copy(m_snapshot, renamed));
        const QMimeType type = QMimeDatabase().mimeTypeForFile(renamed, QMimeDatabase::MatchContent);
        QCOMPARE(type.name(), kType);
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
    }

    void otherSqliteIsNotASnapshot()
    {
        const QString other = m_dir.filePath(u"other.db"_s);
        {
            QFile file(m_snapshot);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray bytes = file.readAll();
            bytes.replace(68, 4, QByteArray(4, '\0'));   // application_id 0: some other SQLite file
            QFile out(other);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QCOMPARE(QMimeDatabase().mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), u"application/vnd.sqlite3"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_snapshot;
};

QTEST_GUILESS_MAIN(MimeTypeTest)
#include "tst_mimetype.moc"
