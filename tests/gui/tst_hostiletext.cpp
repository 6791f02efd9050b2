// Server and user text in the window (issue 8): the message bar never renders
// markup, and a host typed with user:password@ never writes the password to
// the settings file.

#include "calltablemodel.h"
#include "calltableview.h"
#include "connectionprofile.h"
#include "messagebar.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallScopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_hostiletext"_s);
        QSettings().clear();
    }

    void messageBarShowsMarkupAsText()
    {
        MessageBar bar;
        const QString text = u"HTTP 500: <b>bold</b> <img src=\"http://evil.example/x.png\"> <a href=\"x\">link</a>"_s;
        bar.showMessage(MessageBar::Kind::Error, text);
        const QList<QLabel *> labels = bar.findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *label : labels) {
            if (label->text() == text) {
                found = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(found);
        QCOMPARE(bar.text(), text);
    }

    // Copied rows are pasted into spreadsheets: formulas get the CSV guard there too.
    void copiedRowsAreGuarded()
    {
        RecordStore store;
        store.append(*parsePage("{\"data\":[{\"sessionId\":\" =1+2\",\"finalStatus\":\"=HYPERLINK(\\\"x\\\")\"},"
                                "{\"sessionId\":\"+14155550100\",\"finalStatus\":\"CLOSED\"}]}"_ba), 0);
        CallTableModel model(&store);
        model.resetFromStore();
        CallTableView view;
        view.setCallModel(&model);
        view.selectAll();
        view.copySelection();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"' =1+2"_s) && copied.contains(u"'=HYPERLINK(\"x\")"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"\t+14155550100"_s) || copied.contains(u"\n+14155550100"_s)
                     || copied.startsWith(u"+14155550100"_s), qPrintable(copied));
    }

    void passwordInHostIsNeverStored()
    {
        ProfileStore store;
        ConnectionProfile profile;
        profile.name = u"typed"_s;
        profile.host = QUrl(u"https://alice:hunter2secret@platform.example:8443"_s);
        store.save(profile);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("platform.example"));
        QVERIFY2(!written.contains("hunter2secret") && !written.contains("alice"), written.constData());
        const auto loaded = store.profile(u"typed"_s);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->host, QUrl(u"https://platform.example:8443"_s));
        QVERIFY(applyProfile(*loaded, FetchSpec()).host.userInfo().isEmpty());
    }

    void storedPasswordFromAnOlderVersionIsDropped()
    {
        QSettings settings;
        ProfileStore store;
        ConnectionProfile profile;
        profile.name = u"old"_s;
        profile.host = QUrl(u"https://platform.example"_s);
        store.save(profile);
        const QStringList groups = settings.childGroups();
        QVERIFY(!groups.isEmpty());
        // Find the key the store wrote and put a password into it, as an older version did.
        QString hostKey;
        for (const QString &key : settings.allKeys())
            if (key.endsWith(u"old/host"_s))
                hostKey = key;
        QVERIFY(!hostKey.isEmpty());
        settings.setValue(hostKey, u"https://bob:pw@platform.example"_s);
        settings.sync();
        QCOMPARE(store.profile(u"old"_s)->host, QUrl(u"https://platform.example"_s));
    }

    void responseLimitIsAProfileSetting()
    {
        ProfileStore store;
        ConnectionProfile profile;
        profile.name = u"limits"_s;
        profile.host = QUrl(u"https://platform.example"_s);
        QCOMPARE(applyProfile(profile, FetchSpec()).maxResponseBytes, kDefaultMaxResponseBytes);
        profile.maxResponseMegabytes = 200;
        store.save(profile);
        QCOMPARE(applyProfile(*store.profile(u"limits"_s), FetchSpec()).maxResponseBytes, qint64(200) << 20);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
