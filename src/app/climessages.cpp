// Qt's own diagnostics in the headless commands. Scripts read stderr and rely
// on exactly one line on failure (tests/app/tst_cli.cpp), but Qt may add lines
// of its own: e.g. Qt 6.4 warns "QNetworkReplyImplPrivate::error: Internal
// problem, this method must only be called once" when a request whose error is
// still queued is aborted after another window failed. Such warnings are
// dropped unless CALLSCOPE_DEBUG is set; critical and fatal messages still pass.
#include "commands.h"

#include <QtGlobal>

namespace cs::app {

namespace {
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void quietQtMessages()
{
    if (!qEnvironmentVariableIsSet("CALLSCOPE_DEBUG"))
        g_previous = qInstallMessageHandler(handler);
}

} // namespace cs::app
