#pragma once

#include <QByteArray>
#include <QRegularExpression>

namespace md {

// Test-only failures injected into the real driver, so that tests can prove
// that a use case which fails half-way leaves nothing behind. Nothing in the
// product arms it; a disarmed injector costs one branch per statement.
//
// A statement fault makes the `skip + 1`-th statement whose SQL matches the
// pattern fail with the given SQLite result code (SQLITE_IOERR by default),
// as if the disk had failed at that point. It fires once and disarms itself.
class FaultInjection final {
public:
    static void failStatement(const QRegularExpression& sqlPattern, int skip = 0,
                              int sqliteCode = 10 /* SQLITE_IOERR */);
    static void disarm();
    static bool fired();

    // Called by SqlCipherResult before a statement runs: the SQLite result
    // code to fail with, or 0.
    static int statementFault(const QByteArray& sql);

    // A file write fault: AtomicFileWriter accepts `bytesBeforeFull` more
    // bytes, then fails every write as a full disk does, until disarmed.
    static void failFileWritesAfter(qint64 bytesBeforeFull);
    static void disarmFileWrites();
    // How many of `wanted` bytes the next write may take (all, when disarmed).
    static qint64 fileWriteAllowance(qint64 wanted);
    static bool fileWriteFailed();
};

class ScopedFileWriteFault final {
public:
    explicit ScopedFileWriteFault(qint64 bytesBeforeFull = 0) {
        FaultInjection::failFileWritesAfter(bytesBeforeFull);
    }
    ~ScopedFileWriteFault() { FaultInjection::disarmFileWrites(); }
    ScopedFileWriteFault(const ScopedFileWriteFault&) = delete;
    ScopedFileWriteFault& operator=(const ScopedFileWriteFault&) = delete;
};

// Arms a fault for the lifetime of a test scope and always disarms it.
class ScopedStatementFault final {
public:
    explicit ScopedStatementFault(const QRegularExpression& sqlPattern, int skip = 0,
                                  int sqliteCode = 10) {
        FaultInjection::failStatement(sqlPattern, skip, sqliteCode);
    }
    ~ScopedStatementFault() { FaultInjection::disarm(); }
    ScopedStatementFault(const ScopedStatementFault&) = delete;
    ScopedStatementFault& operator=(const ScopedStatementFault&) = delete;
};

} // namespace md
