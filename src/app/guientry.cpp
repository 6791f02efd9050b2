// `callscope [--demo] [FILE.callscope]`: the desktop viewer.
//
// The arguments are read under a QCoreApplication, which needs no display, so
// --help and --version always work; only then is a QApplication made. A
// missing or unreachable display is reported in one line (exit 1) instead of
// Qt's abort. A file given while CallScope already runs goes to that window.
#include "appinfo.h"
#include "commands.h"
#include "icons.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace cs::app {

namespace {

// lupdate takes the context from the qualified call.
struct GuiCommand
{
    Q_DECLARE_TR_FUNCTIONS(GuiCommand)
};

struct GuiArguments
{
    bool demo = false;
    QStringList files;   // absolute paths
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(u"callscope: "_s + text.simplified() + u'\n'), stream);
    std::fflush(stream);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"CallScope"_s);
    QCoreApplication::setApplicationName(u"CallScope"_s);
    QCoreApplication::setApplicationVersion(appinfo::version());
}

// Returns an exit status when the arguments are fully handled (help, version,
// usage error), otherwise fills `out` for the window.
std::optional<int> parseArguments(GuiArguments *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        GuiCommand::tr("Browse, chart and export the calls of the Kore.ai Call Details API.") + u"\n\n"_s
        + GuiCommand::tr("Commands (they need no display):") + u"\n  fetch    "_s
        + GuiCommand::tr("Fetch a date range from the API into a CSV file or a snapshot.") + u"\n  export   "_s
        + GuiCommand::tr("Export a snapshot to CSV.") + u"\n"_s
        + GuiCommand::tr("Run \"callscope COMMAND --help\" for the options of a command."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, GuiCommand::tr("Start on the built-in demo data."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"snapshot"_s, GuiCommand::tr("A .callscope snapshot to open."), u"[FILE.callscope]"_s);
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText() + u' ' + GuiCommand::tr("(see --help)"));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::fputs(qUtf8Printable(u"callscope "_s + appinfo::version() + u'\n'), stdout);
        return 0;
    }
    for (const QString &file : parser.positionalArguments()) {
        // "callscope fecth": a typo of a command, not a file to open.
        if (!QFileInfo::exists(file) && !file.contains(u'.') && !file.contains(u'/')) {
            printLine(stderr, GuiCommand::tr("unknown command \"%1\" (see --help).").arg(file));
            return 2;
        }
        out->files.append(QFileInfo(file).absoluteFilePath());
    }
    out->demo = parser.isSet(demo);
    return std::nullopt;
}

// Why no window can open, before Qt tries: empty when a display may be there.
QString missingDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.startsWith(u"xcb"))
        return x11 ? QString() : GuiCommand::tr("QT_QPA_PLATFORM is xcb but DISPLAY is not set");
    if (platform.startsWith(u"wayland"))
        return wayland ? QString() : GuiCommand::tr("QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set");
    if (!platform.isEmpty() || x11 || wayland)
        return {};   // offscreen, vnc, ... or a display to try
    return GuiCommand::tr("no display (neither DISPLAY nor WAYLAND_DISPLAY is set)");
}

QString displayAdvice()
{
    return GuiCommand::tr("Run it on a desktop, or under xvfb-run; \"callscope --help\" lists the commands that need no display.");
}

// While QApplication starts, Qt reports a display it cannot reach with a
// warning and then qFatal() ("Reinstalling the application may fix this
// problem"), which aborts. Keep the warning, turn the abort into one line.
QString g_platformWarning;
QtMessageHandler g_previousHandler = nullptr;

void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        const QString reason = g_platformWarning.isEmpty() ? GuiCommand::tr("the display cannot be used")
                                                           : g_platformWarning;
        printLine(stderr, GuiCommand::tr("cannot open the window: %1.").arg(reason) + u' ' + displayAdvice());
        std::_Exit(1);
    }
    if (context.category && QByteArrayView(context.category).startsWith("qt.qpa")) {
        if (g_platformWarning.isEmpty())
            g_platformWarning = message.simplified();
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int runGui(int argc, char **argv)
{
    GuiArguments arguments;
    {
        QCoreApplication probe(argc, argv);
        setIdentity();
        installTranslations(probe);
        if (const std::optional<int> status = parseArguments(&arguments))
            return *status;
        if (const QString missing = missingDisplay(); !missing.isEmpty()) {
            printLine(stderr, GuiCommand::tr("cannot open the window: %1.").arg(missing) + u' ' + displayAdvice());
            return 1;
        }
    }

    g_previousHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    setIdentity();
    QGuiApplication::setDesktopFileName(appinfo::id());
    QGuiApplication::setWindowIcon(appIcon());
    installTranslations(app);

    // A snapshot given while CallScope runs opens in that window instead.
    SingleInstance instance(SingleInstance::defaultSocketPath());
    if (!arguments.files.isEmpty() && SingleInstance::handOver(instance.socketPath(), arguments.files))
        return 0;
    instance.listen();

    MainWindow window;
    window.show();
    QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &files) {
        window.openSnapshot(files.constFirst());
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    });
    // After the window is up, so that progress and errors have somewhere to show.
    QTimer::singleShot(0, &window, [&window, arguments] {
        if (!arguments.files.isEmpty())
            window.openSnapshot(arguments.files.constFirst());
        else if (arguments.demo)
            window.exploreDemo();
    });
    return QApplication::exec();
}

} // namespace cs::app
