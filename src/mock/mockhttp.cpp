#include "mockhttp.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace cs::mock {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

// Closes the socket so the peer sees a reset rather than an orderly close:
// SO_LINGER with a zero timeout makes close() send RST.
void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        ::linger lin{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    }
#endif
    socket->abort();
}

// One client connection: parses requests, hands each to the handler, writes
// the answer (possibly later), then goes on with the next request.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler, QObject *parent)
        : QObject(parent), m_socket(socket), m_handler(handler)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer.append(m_socket->readAll());
            processBuffer();
        });
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }
    ~HttpConnection() override
    {
        m_socket->abort();
    }

private:
    void processBuffer();
    bool parseHead(qsizetype headEnd, HttpRequest *request, qsizetype *contentLength);
    void sendError(int status, const QByteArray &message);
    void finish(const HttpResponse &response, bool keepAlive);

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;      // a response is pending: do not start the next request
    bool m_closing = false;
};

bool HttpConnection::parseHead(qsizetype headEnd, HttpRequest *request, qsizetype *contentLength)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return false;
    request->method = requestLine[0];
    request->target = requestLine[1];
    request->version = requestLine[2];
    *contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request->headers.append({name, value});
        if (name == "content-length") {
            bool ok = false;
            *contentLength = value.toLongLong(&ok);
            if (!ok || *contentLength < 0)
                return false;
        }
    }
    return true;
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                sendError(431, "Request header too large");
            return;
        }
        HttpRequest request;
        qsizetype contentLength = 0;
        if (!parseHead(headEnd, &request, &contentLength)) {
            sendError(400, "Malformed HTTP request");
            return;
        }
        if (request.hasHeader("transfer-encoding")) {
            sendError(501, "Transfer-Encoding is not supported by the mock; send Content-Length");
            return;
        }
        if (contentLength > kMaxBodyBytes) {
            sendError(413, "Request body too large");
            return;
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (m_buffer.size() < total)
            return;   // wait for the rest of the body
        request.body = m_buffer.mid(headEnd + 4, contentLength);
        m_buffer.remove(0, total);

        const QByteArray connection = request.header("connection").toLower();
        const bool keepAlive = request.version == "HTTP/1.0" ? connection == "keep-alive" : connection != "close";
        const HttpResponse response = m_handler(request);
        m_busy = true;
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] { finish(response, keepAlive); });
        else
            finish(response, keepAlive);
    }
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    finish(HttpResponse::make(status, "text/plain; charset=utf-8", message + '\n'), false);
}

void HttpConnection::finish(const HttpResponse &response, bool keepAlive)
{
    m_busy = false;
    if (response.resetConnection) {
        m_closing = true;
        resetSocket(m_socket);
        deleteLater();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;
    m_socket->write(out);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();   // after the pending bytes are written
    }
    // A pipelined request may already be waiting; never recurse deeply.
    if (!m_closing && !m_buffer.isEmpty())
        QTimer::singleShot(0, this, [this] { processBuffer(); });
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::make(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({"Content-Type", contentType});
    r.body = body;
    return r;
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    m_server.setMaxPendingConnections(256);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_server.serverAddress();
}

void HttpServer::close()
{
    m_server.close();
    qDeleteAll(m_connections.children());
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_handler, &m_connections);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

} // namespace cs::mock
