#include "ChildProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#endif

namespace md::bench {

QProcessEnvironment isolatedEnvironment(const QString& scratchDir) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir scratch(scratchDir);
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"})
        environment.insert(QLatin1String(variable),
                           scratch.filePath(QLatin1String(variable).toString().toLower()));
    const QString runtime = scratch.filePath(QStringLiteral("xdg-runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

#ifdef Q_OS_LINUX

namespace {

struct Pipe {
    int fd[2] = {-1, -1};
    bool make() { return pipe2(fd, O_CLOEXEC) == 0; }
    void closeBoth() {
        for (int& f : fd) {
            if (f >= 0)
                ::close(f);
            f = -1;
        }
    }
};

} // namespace

ChildRun runChild(const QString& program, const QStringList& arguments, const QByteArray& input,
                  const QProcessEnvironment& environment, const QString& spawner, int timeoutMs) {
    ChildRun run;
    Pipe in, out, err, peak;
    if (!in.make() || !out.make() || !err.make() || !peak.make()) {
        in.closeBoth();
        out.closeBoth();
        err.closeBoth();
        peak.closeBoth();
        return run;
    }
    QList<QByteArray> argStore;
    if (!spawner.isEmpty())
        argStore.append(QFile::encodeName(spawner));
    argStore.append(QFile::encodeName(program));
    for (const QString& a : arguments)
        argStore.append(a.toLocal8Bit());
    QList<QByteArray> envStore;
    for (const QString& e : environment.toStringList())
        envStore.append(e.toLocal8Bit());
    std::vector<char*> argv, envp;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
    posix_spawn_file_actions_adddup2(&actions, peak.fd[1], 3);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(in.fd[0]);
    ::close(out.fd[1]);
    ::close(err.fd[1]);
    ::close(peak.fd[1]);
    in.fd[0] = out.fd[1] = err.fd[1] = peak.fd[1] = -1;
    if (spawned != 0) {
        in.closeBoth();
        out.closeBoth();
        err.closeBoth();
        peak.closeBoth();
        return run;
    }

    // Small inputs (a passphrase line) fit in the pipe at once.
    if (!input.isEmpty())
        (void)!::write(in.fd[1], input.constData(), size_t(input.size()));
    ::close(in.fd[1]);
    in.fd[1] = -1;

    bool timedOut = false;
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0) {
            timedOut = true;
            break;
        }
        const int ready = ::poll(fds, 2, left);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                (i == 0 ? run.out : run.err).append(buffer, qsizetype(n));
            } else {
                ::close(i == 0 ? out.fd[0] : err.fd[0]);
                (i == 0 ? out.fd[0] : err.fd[0]) = -1;
                --open;
            }
        }
    }
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    out.closeBoth();
    err.closeBoth();
    // The spawner's line: the child's own peak and wall time.
    char line[128] = {};
    const ssize_t n = spawner.isEmpty() ? 0 : ::read(peak.fd[0], line, sizeof line - 1);
    peak.closeBoth();
    if (timedOut || !WIFEXITED(status))
        return run;
    run.exitCode = WEXITSTATUS(status);
    long long kib = 0, ns = 0;
    if (n > 0 && std::sscanf(line, "%lld %lld", &kib, &ns) == 2) {
        run.peakMiB = double(kib) / 1024.0;
        run.wallMs = double(ns) / 1e6;
    }
    return run;
}

#else

ChildRun runChild(const QString& program, const QStringList& arguments, const QByteArray& input,
                  const QProcessEnvironment& environment, const QString&, int timeoutMs) {
    ChildRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#endif

} // namespace md::bench
