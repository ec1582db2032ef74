#pragma once

#include <QtGlobal>

namespace md::test {

// A wrapping SQLite VFS for tests: registered as the default VFS, it passes
// every call to the real one ("unix") and fails the ones a test asks for, so
// that a failing write, a failing fsync or a full disk reach the product
// through the real driver, the real pager and SQLCipher's codec. The product
// has no such code: it only exists in tests that install it.
//
// Faults stay armed until reset() (ScopedVfsFault does that).
class FaultyVfs final {
public:
    enum class Target {
        AnyFile,
        MainDatabase, // mentordesk.db
        Wal,          // mentordesk.db-wal
    };

    // Registers the VFS as the default one; idempotent. False when SQLite
    // has no default VFS to wrap.
    static bool install();

    // Writes to `target` fail with `code` (SQLITE_IOERR_WRITE by default)
    // after `afterWrites` successful ones.
    static void failWrites(Target target, int afterWrites = 0, int code = 0);
    // The same for fsync (SQLITE_IOERR_FSYNC by default).
    static void failSyncs(Target target, int afterSyncs = 0, int code = 0);
    // A full disk: `bytesLeft` more bytes can be written to the database
    // files, then every write fails with SQLITE_FULL.
    static void fillDisk(qint64 bytesLeft);

    static void reset();
    // How many calls failed because of an armed fault since the last reset.
    static int failures();
};

class ScopedVfsFault final {
public:
    ScopedVfsFault() = default;
    ~ScopedVfsFault() { FaultyVfs::reset(); }
    ScopedVfsFault(const ScopedVfsFault&) = delete;
    ScopedVfsFault& operator=(const ScopedVfsFault&) = delete;
};

} // namespace md::test
