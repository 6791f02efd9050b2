#pragma once
// A crafted HTTP server for hostile-server tests: it answers every request with
// the same reply, which may stream a huge body (head + filler repeated + tail)
// without holding it in memory. It runs in a thread of its own, so the test can
// block on a child process (callscope fetch) while it serves. Loopback only.

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

namespace cstest {

struct HostileReply
{
    int status = 200;
    QByteArray extraHeaders;        // "Name: value\r\n" lines
    QByteArray head;                // the body: head, filler x fillerRepeats, tail
    QByteArray filler;
    qint64 fillerRepeats = 0;
    QByteArray tail;
    bool announceLength = true;     // false: no Content-Length, the body ends when the connection closes

    qint64 bodySize() const { return head.size() + filler.size() * fillerRepeats + tail.size(); }
};

class HostileServer
{
public:
    explicit HostileServer(HostileReply reply) : m_reply(std::move(reply))
    {
        m_thread.start();
        m_server = new QTcpServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_server, [this] {
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
            m_server->listen(QHostAddress::LocalHost);
            m_port = m_server->serverPort();
        }, Qt::BlockingQueuedConnection);
    }
    ~HostileServer()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return QUrl(urlText()); }
    QString urlText() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_requests.load(); }

private:
    struct Connection { QByteArray request; qint64 sent = 0; bool replying = false; bool done = false; };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto state = std::make_shared<Connection>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
                state->request += socket->readAll();
                if (!state->replying && requestComplete(state->request)) {
                    state->replying = true;
                    ++m_requests;
                    startReply(socket, state);
                }
            });
        }
    }

    static bool requestComplete(const QByteArray &request)
    {
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray lower = request.left(end).toLower();
        const qsizetype at = lower.indexOf("content-length:");
        const qint64 length = at < 0 ? 0 : lower.mid(at + 15, lower.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return request.size() - (end + 4) >= length;
    }

    void startReply(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        const QByteArray length = m_reply.announceLength
            ? "Content-Length: " + QByteArray::number(m_reply.bodySize()) + "\r\n" : QByteArray();
        socket->write("HTTP/1.1 " + QByteArray::number(m_reply.status) + " Hostile\r\nContent-Type: application/json\r\n"
                      + length + "Connection: close\r\n" + m_reply.extraHeaders + "\r\n" + m_reply.head);
        // The filler goes out as the socket drains: a 512 MiB body never sits here.
        auto pump = [this, socket, state] {
            while (socket->bytesToWrite() < 4 * 1024 * 1024 && state->sent < m_reply.fillerRepeats) {
                const qint64 batch = std::min<qint64>(m_reply.fillerRepeats - state->sent,
                                                      std::max<qint64>(1, 65536 / std::max<qint64>(1, m_reply.filler.size())));
                socket->write(m_reply.filler.repeated(batch));
                state->sent += batch;
            }
            if (state->sent >= m_reply.fillerRepeats && !state->done) {
                state->done = true;
                socket->write(m_reply.tail);
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    HostileReply m_reply;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic_int m_requests{0};
};

} // namespace cstest
