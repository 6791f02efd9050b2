#pragma once
// One CallScope window per user: `callscope FILE` (a double-click in a file
// manager) hands FILE to the running instance over a local socket in the
// user's runtime directory, and exits. The first instance listens there.
//
// Protocol: the client sends each absolute path in UTF-8 followed by a NUL,
// then one more NUL; the server answers one byte 'k' once it has taken them.

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace cs {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);

    // $XDG_RUNTIME_DIR/<app id> (private to the user).
    static QString defaultSocketPath();
    // True when a running instance took `files` within `timeoutMs`.
    static bool handOver(const QString &socketPath, const QStringList &files, int timeoutMs = 3000);

    // Becomes the instance others hand files to; replaces a stale socket left
    // by a crash, but never one that still answers. False if another listens.
    bool listen();
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    void filesReceived(const QStringList &files);

private:
    void onConnection();
    QString m_path;
    QLocalServer *m_server;
};

} // namespace cs
