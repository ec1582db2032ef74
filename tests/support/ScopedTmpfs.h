#pragma once

#include <QString>
#include <QTemporaryDir>

namespace md::test {

// A small tmpfs mounted on a temporary folder for the lifetime of a test
// scope: a real full disk (ENOSPC) for the tests that need one. Mounting
// needs root (or CAP_SYS_ADMIN); where it is not permitted isMounted() is
// false and error() says why, for the test's QSKIP message.
class ScopedTmpfs final {
public:
    // 2 MiB: a new workspace with its search index (about 0.6 MB) and its WAL fit.
    explicit ScopedTmpfs(qint64 sizeBytes = 2 * 1024 * 1024);
    ~ScopedTmpfs();
    ScopedTmpfs(const ScopedTmpfs&) = delete;
    ScopedTmpfs& operator=(const ScopedTmpfs&) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }

    // Fills the file system to the last byte with a file called `name`;
    // returns false when it could not write at all.
    bool fill(const QString& name = QStringLiteral("filler"));
    // Frees `bytes` of the filler again.
    bool release(qint64 bytes, const QString& name = QStringLiteral("filler"));
    qint64 bytesFree() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace md::test
