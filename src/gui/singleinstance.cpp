#include "singleinstance.h"

#include "appinfo.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
constexpr qint64 kMaxMessage = 64 * 1024;   // a few hundred paths; anything bigger is not ours
constexpr char kAck = 'k';
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::defaultSocketPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(appinfo::id());
}

bool SingleInstance::handOver(const QString &socketPath, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    for (const QString &file : files)
        message += file.toUtf8() + '\0';
    socket.write(message + '\0');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the window took the files: without it, open them here.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kAck;
}

bool SingleInstance::listen()
{
    if (m_server->listen(m_path))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    QLocalSocket probe;
    probe.connectToServer(m_path);
    if (probe.waitForConnected(500))
        return false;   // another instance is alive: it keeps the socket
    QLocalServer::removeServer(m_path);
    return m_server->listen(m_path);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its message is dropped.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessage) {
                socket->abort();
                return;
            }
            // Read only a complete message: paths ending in NUL, then one more NUL.
            const QByteArray pending = socket->peek(kMaxMessage + 1);
            if (!pending.endsWith(QByteArrayView("\0\0", 2)) && pending != QByteArrayView("\0", 1))
                return;   // wait for the rest
            socket->read(pending.size());
            QStringList files;
            for (const QByteArray &path : pending.chopped(1).split('\0')) {
                if (!path.isEmpty())
                    files.append(QString::fromUtf8(path));
            }
            socket->putChar(kAck);
            socket->flush();
            if (!files.isEmpty())
                Q_EMIT filesReceived(files);
        });
    }
}

} // namespace cs
