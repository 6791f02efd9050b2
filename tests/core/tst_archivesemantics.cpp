// The archive semantics every backend keeps (archivesemantics.h), run on the
// SQLite archive file; tests/pg/tst_pgarchive.cpp runs the same functions on
// PostgreSQL, so the two backends cannot drift apart unnoticed.

#include "archivesemantics.h"

#include <QTemporaryDir>
#include <QTest>

class TestArchiveSemantics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<cs::ArchiveBackend> fresh()
    {
        QString error;
        auto a = cs::openArchiveFile(m_dir.filePath(QStringLiteral("a%1.callscope").arg(++m_n)), true, false, &error);
        if (!a)
            qWarning("open: %s", qPrintable(error));
        return a;
    }

private slots:
    void upsert() { auto a = fresh(); QVERIFY(a); archivetest::upsert(*a); }
    void longSessionIds() { auto a = fresh(); QVERIFY(a); archivetest::longSessionIds(*a); }
    void coverageLedger() { auto a = fresh(); QVERIFY(a); archivetest::coverageLedger(*a); }
    void readOrderAndContent() { auto a = fresh(); QVERIFY(a); archivetest::readOrderAndContent(*a); }
    void rawBytes() { auto a = fresh(); QVERIFY(a); archivetest::rawBytes(*a); }
    void identity() { auto a = fresh(); QVERIFY(a); archivetest::identity(*a); }
    void changedSince() { auto a = fresh(); QVERIFY(a); archivetest::changedSince(*a); }
    void changedSinceOldRevision() { auto a = fresh(); QVERIFY(a); archivetest::changedSinceOldRevision(*a); }
    void storedKeys() { auto a = fresh(); QVERIFY(a); archivetest::storedKeys(*a); }
};

QTEST_GUILESS_MAIN(TestArchiveSemantics)
#include "tst_archivesemantics.moc"
