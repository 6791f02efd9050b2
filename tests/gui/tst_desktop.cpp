// Desktop conventions of the main window: the status bar shows status tips
// and the loaded/shown counts, Open Recent drops files that are gone and can
// be cleared, F1 opens the shipped user guide, and the actions have icons
// even without an icon theme (the bundled fallbacks).

#include "../core/viewtestdata.h"
#include "calltablemodel.h"
#include "filterbar.h"
#include "icons.h"
#include "translations.h"
#include "mainwindow.h"
#include "session.h"
#include "snapshot.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace cs;

namespace {
constexpr int kTimeout = 30000;

QAction *actionWithShortcut(const QWidget &window, const QKeySequence &keys)
{
    for (QAction *action : window.actions()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

QMenu *recentMenu(const QWidget &window)
{
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == u"Open &Recent")
            return menu;
    }
    return nullptr;
}
} // namespace

class DesktopTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CALLSCOPE_NO_KEYRING", "1");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallScopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_desktop"_s);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QIcon::setThemeName(QString());   // a bare desktop: no icon theme
        cs::installTranslations(*QCoreApplication::instance());   // as the app does (English plurals)

        RecordStore store;
        QCOMPARE(testdata::appendCalls(store, testdata::fixtureCalls()), 11);
        SnapshotInfo info;
        info.rangeFrom = u"2024-09-01 00:00:00"_s;
        info.rangeTo = u"2024-09-30 23:59:59"_s;
        info.zoneId = u"UTC"_s;
        QString error;
        m_snapshot = m_dir.filePath(u"eleven.callscope"_s);
        QVERIFY2(saveSnapshot(m_snapshot, store, info, &error), qPrintable(error));
    }

    void statusBarShowsCountsAndStatusTips()
    {
        Session session;
        MainWindow window(&session);
        window.show();
        auto *counts = window.statusBar()->findChild<QLabel *>(u"statusCounts"_s);
        QVERIFY(counts);
        QCOMPARE(counts->text(), u"No calls loaded"_s);

        window.openSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.store().size() == 11, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"11 calls loaded · 11 shown"_s, kTimeout);
        auto *filterBar = window.findChild<FilterBar *>(u"filterBar"_s);
        QVERIFY(filterBar);
        filterBar->setSearchText(u"no call has this text"_s);
        QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"11 calls loaded · 0 shown"_s, kTimeout);

        QAction *open = actionWithShortcut(window, QKeySequence::Open);
        QVERIFY(open && !open->statusTip().isEmpty());
        // As a menu or the toolbar does on hover: the tip travels up to the window's status bar.
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar && toolBar->actions().contains(open));
        QVERIFY(open->showStatusText(toolBar->widgetForAction(open)));
        QCOMPARE(window.statusBar()->currentMessage(), open->statusTip());
    }

    void openRecentDropsMissingFilesAndClears()
    {
        const QString gone = m_dir.filePath(u"deleted since.callscope"_s);
        QSettings().setValue(u"files/recent"_s, QStringList{gone, m_snapshot});
        MainWindow window;
        QMenu *menu = recentMenu(window);
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        Q_EMIT menu->aboutToShow();
        QStringList texts;
        QAction *clear = nullptr;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
            if (action->text() == u"&Clear List")
                clear = action;
        }
        QCOMPARE(texts, (QStringList{u"&1 eleven.callscope"_s, u"&Clear List"_s}));
        QCOMPARE(QSettings().value(u"files/recent"_s).toStringList(), QStringList{m_snapshot});

        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(QSettings().value(u"files/recent"_s).toStringList().isEmpty());
        QVERIFY(!menu->isEnabled());
    }

    void f1OpensTheUserGuide()
    {
        MainWindow window;
        window.show();
        QAction *help = actionWithShortcut(window, QKeySequence::HelpContents);
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        help->trigger();
        auto *guide = window.findChild<QDialog *>(u"userGuide"_s);
        QVERIFY(guide && guide->isVisible());
        const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(text.startsWith(u"CallScope User Guide"_s), qPrintable(text.left(80)));
        QVERIFY(text.contains(u"Exporting to CSV"_s));
        help->trigger();   // again: the same window, not a second one
        QCOMPARE(window.findChildren<QDialog *>(u"userGuide"_s).size(), 1);
    }

    void userGuideInTheUsersLanguage()
    {
        const QLocale saved;
        for (const auto &[language, title] : {std::pair{QLocale::German, "CallScope-Benutzerhandbuch"},
                                              std::pair{QLocale::French, "Guide d'utilisation de CallScope"},
                                              std::pair{QLocale::Spanish, "CallScope User Guide"}}) {
            QLocale::setDefault(QLocale(language));
            MainWindow window;
            actionWithShortcut(window, QKeySequence::HelpContents)->trigger();
            auto *guide = window.findChild<QDialog *>(u"userGuide"_s);
            QVERIFY(guide);
            const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
            QVERIFY2(text.startsWith(QString::fromUtf8(title)), qPrintable(text.left(80)));
        }
        QLocale::setDefault(saved);
    }

    void iconsWithoutATheme()
    {
        QVERIFY(!appIcon().isNull());
        QVERIFY(appIcon().availableSizes().contains(QSize(256, 256)));
        for (const char *name : {"document-open", "document-save", "document-export", "view-refresh", "process-stop",
                                 "edit-copy", "edit-find", "help-contents", "help-about", "application-exit",
                                 "network-server", "document-open-recent", "edit-clear"}) {
            const QIcon icon = themeIcon(QString::fromLatin1(name));
            QVERIFY2(!icon.pixmap(16, 16).isNull() && !icon.pixmap(48, 48).isNull(), name);
        }
        MainWindow window;
        QVERIFY(!actionWithShortcut(window, QKeySequence::Open)->icon().isNull());
    }

private:
    QTemporaryDir m_dir;
    QString m_snapshot;
};

QTEST_MAIN(DesktopTest)
#include "tst_desktop.moc"
