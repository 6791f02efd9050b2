// Qt's own diagnostics in the headless commands. Scripts read stderr and rely
// on exactly one line on failure (tests/app/tst_cli.cpp), but Qt may add lines
// of its own: e.g. Qt 6.4 warns "QNetworkReplyImplPrivate::error: Internal
// problem, this method must only be called once" when a request whose error is
// still queued is aborted after another window failed. Such warnings are
// dropped unless CALLSCOPE_DEBUG is set; critical and fatal messages still pass.
#include "commands.h"

#include <QString>
#include <QtGlobal>
#include <algorithm>

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
// ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), or ESC + one byte.
qsizetype skipEscapeSequence(const QString &text, qsizetype at)
{
    const qsizetype n = text.size();
    qsizetype i = at + 1;
    if (i >= n)
        return i;
    const char16_t kind = text[i].unicode();
    ++i;
    if (kind == u'[') {
        while (i < n && !(text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7E))
            ++i;
        return std::min(i + 1, n);
    }
    if (kind == u']' || kind == u'P' || kind == u'_' || kind == u'^') {
        for (; i < n; ++i) {
            if (text[i].unicode() == 0x07)
                return i + 1;
            if (text[i].unicode() == 0x1B && i + 1 < n && text[i + 1] == u'\\')
                return i + 2;
        }
    }
    return i;
}

bool isInvisibleControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)            // C0, DEL, C1 (0x9B is a CSI of its own)
        || c == 0x2028 || c == 0x2029                       // line and paragraph separators
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);   // bidi overrides: text that reads backwards
}

} // namespace

QString terminalSafeLine(const QString &text)
{
    constexpr qsizetype kMaxChars = 2000;   // a page of server text is not a message
    QString out;
    out.reserve(std::min(text.size(), kMaxChars));
    for (qsizetype i = 0; i < text.size() && out.size() < kMaxChars;) {
        const char16_t c = text[i].unicode();
        if (c == 0x1B) {
            i = skipEscapeSequence(text, i);
            out.append(u' ');
            continue;
        }
        out.append(isInvisibleControl(c) ? QChar(u' ') : text[i]);
        ++i;
    }
    return out.simplified();
}

void quietQtMessages()
{
    if (!qEnvironmentVariableIsSet("CALLSCOPE_DEBUG"))
        g_previous = qInstallMessageHandler(handler);
}

} // namespace cs::app
