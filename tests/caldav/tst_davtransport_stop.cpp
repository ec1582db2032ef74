// A blocking exchange on a thread that is told to stop (the window's
// background calendar sync when the workspace locks) returns at once with a
// plain error, instead of waiting for a server that does not answer.

#include "caldav/DavTransport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <optional>

using namespace md;

class TestDavTransportStop final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stoppingTheThreadEndsTheExchange();
};

void TestDavTransportStop::stoppingTheThreadEndsTheExchange() {
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    DavRequest request;
    request.method = "PROPFIND";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));

    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    std::optional<Result<DavResponse>> first;
    std::optional<Result<DavResponse>> second;
    qint64 secondMs = -1;
    thread.start();
    QMetaObject::invokeMethod(&context, [&] {
        DavTransport transport;
        transport.setTimeoutMs(60000);
        first.emplace(transport.exchange(request));
        // The thread is stopping: a further request does not wait either.
        QElapsedTimer clock;
        clock.start();
        second.emplace(transport.exchange(request));
        secondMs = clock.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    QElapsedTimer stopping;
    stopping.start();
    thread.quit();
    QVERIFY(thread.wait(5000));
    QVERIFY2(stopping.elapsed() < 3000, qPrintable(QString::number(stopping.elapsed())));

    QVERIFY(first.has_value());
    QVERIFY(!first->ok());
    QCOMPARE(first->code(), ErrorCode::Io);
    QVERIFY2(first->message().contains(QLatin1String("stopped")), qPrintable(first->message()));
    QVERIFY(second.has_value());
    QCOMPARE(second->code(), ErrorCode::Io);
    QVERIFY(secondMs < 1000);
    context.moveToThread(QThread::currentThread());
}

QTEST_MAIN(TestDavTransportStop)
#include "tst_davtransport_stop.moc"
