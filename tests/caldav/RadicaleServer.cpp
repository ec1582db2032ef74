#include "RadicaleServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace md::test {

namespace {

// A port nobody listens on now: the kernel picks one for a listening socket
// that is closed right away (Radicale binds it a moment later).
quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

RadicaleServer::RadicaleServer() {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RadicaleServer::~RadicaleServer() {
    stop();
}

QUrl RadicaleServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QString RadicaleServer::storageFolder() const {
    return QDir(m_dir.path()).filePath(QStringLiteral("storage"));
}

bool RadicaleServer::start() {
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("radicale"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("radicale is not installed (apt-get install radicale)");
        return false;
    }
    if (m_port == 0)
        m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    const QDir dir(m_dir.path());
    const QString users = dir.filePath(QStringLiteral("users"));
    const QString config = dir.filePath(QStringLiteral("config"));
    // A plain htpasswd file: Radicale accepts it with htpasswd_encryption =
    // plain, so the tests need no htpasswd tool.
    const QByteArray configText = QStringLiteral("[server]\nhosts = 127.0.0.1:%1\n"
                                                 "[auth]\ntype = htpasswd\n"
                                                 "htpasswd_filename = %2\n"
                                                 "htpasswd_encryption = plain\n"
                                                 "[storage]\nfilesystem_folder = %3\n"
                                                 "[rights]\ntype = owner_only\n"
                                                 "[logging]\nlevel = warning\n")
                                      .arg(m_port)
                                      .arg(users, storageFolder())
                                      .toUtf8();
    if (!writeFile(users, QByteArray(kUser) + ':' + kPassword + '\n') ||
        !writeFile(config, configText)) {
        m_error = QStringLiteral("could not write the Radicale configuration");
        return false;
    }
    m_process.start(program, {QStringLiteral("--config"), config});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("radicale did not start: ") + m_process.errorString();
        return false;
    }
    if (!waitUntilAnswering()) {
        m_error = QStringLiteral("radicale did not answer on port %1: %2")
                      .arg(m_port)
                      .arg(QString::fromUtf8(m_process.readAll()));
        stop();
        return false;
    }
    return true;
}

bool RadicaleServer::waitUntilAnswering() {
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.write("OPTIONS / HTTP/1.0\r\n\r\n");
            if (socket.waitForBytesWritten(1000) && socket.waitForReadyRead(2000) &&
                socket.readAll().startsWith("HTTP/"))
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

void RadicaleServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray RadicaleServer::storedBytes() const {
    QByteArray all;
    QDirIterator files(storageFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace md::test
