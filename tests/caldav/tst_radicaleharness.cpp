#include "RadicaleServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

using md::test::RadicaleServer;

namespace {

// The status line of one raw HTTP/1.0 request, or "" when nobody answers.
QByteArray statusLine(quint16 port, const QByteArray& request) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

QByteArray propfind(const QByteArray& authorization) {
    return "PROPFIND / HTTP/1.0\r\nDepth: 0\r\nAuthorization: Basic " + authorization.toBase64() +
           "\r\nContent-Length: 0\r\n\r\n";
}

} // namespace

// The fixture itself: the CalDAV tests trust it to give a real, private,
// password-protected server and to take it away again.
class TestRadicaleHarness final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsAnswersAndStops() {
        RadicaleServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.port() != 0);
        const QByteArray user = RadicaleServer::kUser;
        QCOMPARE(statusLine(server.port(), propfind(user + ':' + RadicaleServer::kPassword)),
                 QByteArray("HTTP/1.0 207 Multi-Status"));
        QVERIFY(statusLine(server.port(), propfind(user + ":wrong")).contains(" 401 "));

        server.stop();
        QVERIFY(!server.isRunning());
        QCOMPARE(statusLine(server.port(), propfind(user + ':' + RadicaleServer::kPassword)),
                 QByteArray());
    }

    void restartsOnTheSamePortAndData() {
        RadicaleServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const quint16 port = server.port();
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.port(), port);
        const QByteArray user = RadicaleServer::kUser;
        QCOMPARE(statusLine(port, propfind(user + ':' + RadicaleServer::kPassword)),
                 QByteArray("HTTP/1.0 207 Multi-Status"));
    }
};

QTEST_GUILESS_MAIN(TestRadicaleHarness)
#include "tst_radicaleharness.moc"
