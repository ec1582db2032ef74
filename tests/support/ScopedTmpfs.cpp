#include "ScopedTmpfs.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>

namespace md::test {

namespace {

// Runs a command; an empty string on success, else what it said.
QString runCommand(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return QStringLiteral("%1 could not be started").arg(program);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish").arg(program);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

} // namespace

ScopedTmpfs::ScopedTmpfs(qint64 sizeBytes) {
#ifdef Q_OS_LINUX
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    m_error = runCommand(QStringLiteral("mount"),
                         {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                          QStringLiteral("size=%1,mode=0700").arg(sizeBytes),
                          QStringLiteral("mentordesk-test"), m_dir.path()});
    m_mounted = m_error.isEmpty();
#else
    Q_UNUSED(sizeBytes);
    m_error = QStringLiteral("tmpfs exists on Linux only");
#endif
}

ScopedTmpfs::~ScopedTmpfs() {
    if (m_mounted)
        runCommand(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

bool ScopedTmpfs::fill(const QString& name) {
    QFile file(QDir(path()).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    qint64 total = 0;
    for (;;) {
        const qint64 written = file.write(block);
        if (written <= 0)
            break;
        total += written;
    }
    // The last, partial page.
    for (;;) {
        if (file.write("f", 1) != 1)
            break;
        ++total;
    }
    return total > 0 || bytesFree() == 0;
}

bool ScopedTmpfs::release(qint64 bytes, const QString& name) {
    QFile file(QDir(path()).filePath(name));
    return file.resize(std::max<qint64>(0, file.size() - bytes));
}

qint64 ScopedTmpfs::bytesFree() const {
    QStorageInfo storage(path());
    storage.refresh();
    return storage.bytesAvailable();
}

} // namespace md::test
