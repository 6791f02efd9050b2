// `callscope [--demo] [FILE.callscope]`: the desktop viewer.
#include "commands.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cs::app {

namespace {
void installTranslations(QApplication &app)
{
    // Qt's own strings (dialog buttons...) and ours, for the user's language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"callscope"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
}
} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScope"_s);
    QApplication::setApplicationName(u"CallScope"_s);
    QApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
    QApplication::setDesktopFileName(u"callscope"_s);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Call Details analytics viewer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Start on the built-in demo data."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"snapshot"_s, QApplication::translate("main", "A .callscope snapshot to open."),
                                 u"[FILE.callscope]"_s);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the window is up, so that progress and errors have somewhere to show.
    QTimer::singleShot(0, &window, [&window, &parser, &demo, files] {
        if (!files.isEmpty())
            window.openSnapshot(files.first());
        else if (parser.isSet(demo))
            window.exploreDemo();
    });
    return QApplication::exec();
}

} // namespace cs::app
