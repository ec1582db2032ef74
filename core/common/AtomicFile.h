#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace md {

// Who may read a file MentorDesk writes. Everything about clients is private
// to the mentor's account unless the mentor chooses otherwise.
enum class FileAccess {
    OwnerOnly, // 0600 on Unix
    Default,   // as the process's umask allows
};

// Writes a file so that it is either complete or not there at all: the bytes
// go to a temporary file beside the target, every write is checked, and only
// a complete, flushed file is renamed into place. On any failure (a full disk
// above all) the old file stays as it was and the error says what happened.
//
// Unbuffered on purpose: with a buffer, a write that fails on a full disk
// would only fail when the buffer is flushed at commit, and Qt 6.4 then still
// renames the short file into place (seen on a 1 MiB tmpfs).
class AtomicFileWriter final {
    Q_DECLARE_TR_FUNCTIONS(md::AtomicFileWriter)
public:
    explicit AtomicFileWriter(QString path, FileAccess access = FileAccess::OwnerOnly);
    ~AtomicFileWriter(); // cancels when commit() was not reached

    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    Status open();
    // False once any write failed; the first failure is kept for commit().
    bool write(QByteArrayView bytes);
    // Renames the file into place; refuses (and leaves the old file) after a
    // failed write.
    Status commit();

private:
    Error failure(const QString& whatFailed) const;

    QString m_path;
    FileAccess m_access;
    QSaveFile m_file;
    bool m_failed = false;
    std::optional<Error> m_error;
};

// The whole file in one go.
Status writeFileAtomically(const QString& path, QByteArrayView bytes,
                           FileAccess access = FileAccess::OwnerOnly);

} // namespace md
