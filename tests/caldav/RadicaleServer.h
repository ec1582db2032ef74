#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace md::test {

// A real CalDAV server for the tests: Debian's Radicale, started on a free
// loopback port with a throwaway storage folder and one htpasswd user, and
// stopped (killed, with its folder removed) when the object goes. The
// test_tools test fails when radicale is not installed, so no CalDAV test
// skips silently.
class RadicaleServer final {
public:
    static constexpr const char* kUser = "mentor";
    static constexpr const char* kPassword = "radicale test password";

    RadicaleServer();
    ~RadicaleServer();
    RadicaleServer(const RadicaleServer&) = delete;
    RadicaleServer& operator=(const RadicaleServer&) = delete;

    // Starts the server and waits until it answers HTTP (at most ~10 s).
    // False with error() set when it cannot.
    bool start();
    // Stops the server; the storage folder stays until destruction, so a
    // test can read it or start() again on the same port and data.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/
    QUrl baseUrl() const;
    // Where Radicale keeps the collections and their .ics files.
    QString storageFolder() const;
    // Every byte of every file under the storage folder, concatenated.
    QByteArray storedBytes() const;

private:
    bool waitUntilAnswering();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace md::test
