#pragma once
// A small HTTP/1.1 server on QTcpServer for the mock.
//
// Why not QHttpServer (Qt 6.4)? Its route handlers must answer synchronously
// and it owns the socket: it cannot delay a response without blocking the event
// loop, cannot drop a connection without answering (resetEvery), and always
// computes Content-Length itself. The mock needs all three, so it speaks the
// little HTTP it needs itself: keep-alive, Content-Length bodies, one request
// at a time per connection (no chunked uploads; pipelined requests are queued).

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <functional>

namespace cs::mock {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target;        // path with query, as sent
    QByteArray version;       // "HTTP/1.1"
    HeaderList headers;       // names lower-cased, values trimmed
    QByteArray body;

    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;       // Content-Length and Connection are added when sent
    QByteArray body;
    int delayMs = 0;          // answer later, without blocking anything
    bool resetConnection = false;   // drop the connection instead of answering

    static HttpResponse make(int status, const QByteArray &contentType, const QByteArray &body);
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    void close();             // stop listening and drop every open connection

private:
    void acceptPending();

    QTcpServer m_server;
    QObject m_connections;    // parent of the live connections
    Handler m_handler;
};

QByteArray reasonPhrase(int status);

} // namespace cs::mock
