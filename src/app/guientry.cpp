// `callscope [--demo] [FILE.callscope]`: the desktop viewer.
#include "commands.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cs::app {


int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CallScope"_s);
    QApplication::setApplicationName(u"CallScope"_s);
    QApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
    QApplication::setDesktopFileName(u"callscope"_s);
    cs::installTranslations(app);

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
