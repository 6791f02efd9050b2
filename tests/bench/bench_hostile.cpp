// The hostile inputs of issue 8, one per run, for the before/after figures of
// docs/limits.md:  /usr/bin/time -v build/tests/bench_hostile CASE
// CASE: zeros | distinct | buckets | deep | mask | reserve FILE.callscope |
//       serve big|zeros PORT (a hostile server for `callscope fetch`, until killed)
// Uses only core and net APIs that predate the fixes, so the same file builds
// against an older tree to measure "before".

#include "calldetail.h"
#include "callstats.h"
#include "credentials.h"
#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <cstdio>

namespace {

QByteArray pageOf(const QByteArray &records)
{
    return "{\"numResults\":1,\"data\":[" + records + "]}";
}

std::vector<cs::RowId> allRows(const cs::RecordStore &store)
{
    std::vector<cs::RowId> rows;
    for (int i = 0; i < store.size(); ++i)
        rows.push_back(cs::RowId(i));
    return rows;
}

QString runCase(const QString &name, const QStringList &args)
{
    if (name == QLatin1String("zeros")) {   // 8 MB of "0," in data
        QByteArray data = QByteArray("0,").repeated(4'000'000);
        data.chop(1);
        const auto page = cs::parsePage(pageOf(data));
        return QStringLiteral("ok=%1 issues=%2 error=%3").arg(page->ok()).arg(page->issues.size()).arg(page->error);
    }
    if (name == QLatin1String("distinct")) {   // one record, 80,000 distinct dispositions
        QByteArray values;
        for (int i = 0; i < 80'000; ++i)
            values += (i ? ",\"d" : "\"d") + QByteArray::number(i) + '"';
        const auto page = cs::parsePage(pageOf("{\"sessionId\":\"x\",\"dispositions\":[" + values + "]}"));
        cs::RecordStore store;
        store.append(*page, 0);
        return QStringLiteral("dispositions=%1").arg(store.dispositions(0).size());
    }
    if (name == QLatin1String("buckets")) {   // calls in year 1 and year 9999, by day
        cs::RecordStore store;
        store.append(*cs::parsePage(R"({"data":[{"sessionId":"a","sessionStartTime":"0001-01-01T00:00:00Z"},)"
                                    R"({"sessionId":"b","sessionStartTime":"9999-12-31T23:59:59Z"}]})"), 0);
        const auto series = cs::stats::volumeOverTime(store, allRows(store), cs::VolumeBucket::Day,
                                                      QTimeZone("America/New_York"));
        return QStringLiteral("buckets=%1").arg(series.bucketStartUtc.size());
    }
    if (name == QLatin1String("deep")) {   // 1,000 levels around a 200,000-element array
        const QByteArray raw = "{\"sessionId\":\"x\",\"metaInfo\":" + QByteArray("{\"a\":").repeated(1000) + "["
                               + QByteArray("1,").repeated(200'000) + "1]" + QByteArray("}").repeated(1000) + "}";
        const QString pretty = cs::prettyJson(std::string_view(raw.constData(), size_t(raw.size())));
        return QStringLiteral("characters=%1").arg(pretty.size());
    }
    if (name == QLatin1String("mask")) {   // 240 KB of "eyJ" ending in ".."
        const QString body = QStringLiteral("eyJ").repeated(80'000) + QStringLiteral("..");
        const auto credentials = cs::Credentials::fromToken("eyJhbGciOi.payload.signature");
        return QStringLiteral("masked=%1").arg(credentials.redacted(body).size());
    }
    if (name == QLatin1String("reserve") && !args.isEmpty()) {   // what the window did on open
        cs::SnapshotReader reader;
        QString error;
        if (!reader.open(args.front(), &error))
            return QStringLiteral("refused: ") + error;
        cs::RecordStore store;
        store.reserve(int(std::min<qint64>(reader.recordCount(), std::numeric_limits<int>::max())));
        return QStringLiteral("reserved=%1").arg(reader.recordCount());
    }
    return {};
}

// Answers every request with `head`, then `filler` x `repeats`, then `tail`.
void serve(quint16 port, QByteArray head, QByteArray filler, qint64 repeats, QByteArray tail)
{
    auto *server = new QTcpServer;
    QObject::connect(server, &QTcpServer::newConnection, server, [=] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            auto sent = std::make_shared<qint64>(-1);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [=] {
                socket->readAll();
                if (*sent >= 0)
                    return;
                *sent = 0;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(head.size() + filler.size() * repeats + tail.size()) + "\r\n\r\n" + head);
                auto pump = [=] {
                    while (socket->bytesToWrite() < 4 << 20 && *sent < repeats) {
                        socket->write(filler);
                        ++*sent;
                    }
                    if (*sent == repeats) {
                        ++*sent;
                        socket->write(tail);
                        socket->disconnectFromHost();
                    }
                };
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                pump();
            });
        }
    });
    server->listen(QHostAddress::LocalHost, port);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args[0] == QLatin1String("serve")) {
        const bool big = args[1] == QLatin1String("big");
        serve(quint16(args[2].toUInt()), "{\"numResults\":1,\"data\":[", QByteArray("0,").repeated(32 * 1024),
              big ? (512 << 20) / (64 * 1024) : 128, "0]}");
        return app.exec();
    }
    QElapsedTimer timer;
    timer.start();
    const QString result = args.isEmpty() ? QString() : runCase(args[0], args.mid(1));
    if (result.isEmpty()) {
        std::fputs("usage: bench_hostile zeros|distinct|buckets|deep|mask|reserve FILE|serve big|zeros PORT\n", stderr);
        return 2;
    }
    std::printf("%s: %s in %lld ms\n", qPrintable(args[0]), qPrintable(result.left(200)), timer.elapsed());
    return 0;
}
