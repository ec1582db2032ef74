#include "common/AtomicFile.h"

#include "common/FaultInjection.h"

#include <QDir>

namespace md {

AtomicFileWriter::AtomicFileWriter(QString path, FileAccess access)
    : m_path(std::move(path))
    , m_access(access)
    , m_file(m_path) {}

AtomicFileWriter::~AtomicFileWriter() {
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Error AtomicFileWriter::failure(const QString& whatFailed) const {
    const QString where = QDir::toNativeSeparators(m_path);
    // Qt reports ENOSPC (and EDQUOT) on a write as ResourceError.
    if (m_file.error() == QFileDevice::ResourceError || FaultInjection::fileWriteFailed())
        return makeError(ErrorCode::Io, tr("The disk is full: %1 could not be written. The "
                                           "previous version of the file is unchanged.")
                                            .arg(where));
    return makeError(ErrorCode::Io, tr("%1 %2: %3. The previous version of the file is unchanged.")
                                        .arg(whatFailed, where, m_file.errorString()));
}

Status AtomicFileWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(tr("Could not create"));
    if (m_access == FileAccess::OwnerOnly &&
        !m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_file.cancelWriting();
        return failure(tr("Could not restrict access to"));
    }
    return {};
}

bool AtomicFileWriter::write(QByteArrayView bytes) {
    if (m_failed || !m_file.isOpen())
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qsizetype allowed = FaultInjection::fileWriteAllowance(bytes.size() - done);
        const qint64 written = allowed > 0 ? m_file.write(bytes.data() + done, allowed) : -1;
        if (written <= 0) {
            m_failed = true;
            m_error = failure(tr("Could not write"));
            m_file.cancelWriting();
            return false;
        }
        done += written;
    }
    return true;
}

Status AtomicFileWriter::commit() {
    if (m_failed)
        return m_error ? *m_error : failure(tr("Could not write"));
    if (!m_file.isOpen())
        return failure(tr("Could not write"));
    if (!m_file.commit())
        return failure(tr("Could not finish writing"));
    return {};
}

Status writeFileAtomically(const QString& path, QByteArrayView bytes, FileAccess access) {
    AtomicFileWriter writer(path, access);
    if (Status opened = writer.open(); !opened)
        return opened;
    writer.write(bytes);
    return writer.commit();
}

} // namespace md
