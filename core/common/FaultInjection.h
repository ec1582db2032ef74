#pragma once

#include <QByteArray>
#include <QRegularExpression>

namespace md {

// Test-only failures injected into the real code paths, so that tests can
// prove that a use case which fails half-way leaves nothing behind and that
// no failure is ever reported as success. Nothing in the product arms it; a
// disarmed injector costs one branch per statement, row or write.
//
// Three kinds of fault live here, because they sit in product code:
// - a statement fault: the `skip + 1`-th statement whose SQL matches the
//   pattern fails in exec() with the given SQLite result code (SQLITE_IOERR
//   by default), as if the disk had failed at that point;
// - a step fault: stepping to row `row` (0-based) of the next statement that
//   matches fails, as a damaged page does in the middle of a result
//   (SQLITE_CORRUPT by default). Rows before it are delivered normally;
// - a file write fault: AtomicFileWriter accepts `bytesBeforeFull` more
//   bytes, then every write fails as on a full disk.
// Statement and step faults fire once and disarm themselves.
//
// Faults below SQLite (a write, an fsync or a full disk inside the database
// files) are injected by the test VFS in tests/support/FaultyVfs.h, so the
// product carries no code for them at all.
class FaultInjection final {
public:
    static void failStatement(const QRegularExpression& sqlPattern, int skip = 0,
                              int sqliteCode = 10 /* SQLITE_IOERR */);
    static void failStepAtRow(const QRegularExpression& sqlPattern, int row,
                              int sqliteCode = 11 /* SQLITE_CORRUPT */);
    static void disarm();
    static bool fired();

    // Called by SqlCipherResult before a statement runs: the SQLite result
    // code to fail with, or 0.
    static int statementFault(const QByteArray& sql);
    // Called by SqlCipherResult before it steps to row `row` of `sql`: the
    // SQLite result code to fail the step with, or 0.
    static int stepFault(const QByteArray& sql, int row);

    static void failFileWritesAfter(qint64 bytesBeforeFull);
    static void disarmFileWrites();
    // How many of `wanted` bytes the next write may take (all, when disarmed).
    static qint64 fileWriteAllowance(qint64 wanted);
    static bool fileWriteFailed();
};

// A full disk for AtomicFileWriter for the lifetime of a test scope.
class ScopedFileWriteFault final {
public:
    explicit ScopedFileWriteFault(qint64 bytesBeforeFull = 0) {
        FaultInjection::failFileWritesAfter(bytesBeforeFull);
    }
    ~ScopedFileWriteFault() { FaultInjection::disarmFileWrites(); }
    ScopedFileWriteFault(const ScopedFileWriteFault&) = delete;
    ScopedFileWriteFault& operator=(const ScopedFileWriteFault&) = delete;
};

// Arms a statement fault for the lifetime of a test scope and always disarms it.
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

// Arms a step fault (a damaged page at row `row`) for the lifetime of a scope.
class ScopedStepFault final {
public:
    explicit ScopedStepFault(const QRegularExpression& sqlPattern, int row, int sqliteCode = 11) {
        FaultInjection::failStepAtRow(sqlPattern, row, sqliteCode);
    }
    ~ScopedStepFault() { FaultInjection::disarm(); }
    ScopedStepFault(const ScopedStepFault&) = delete;
    ScopedStepFault& operator=(const ScopedStepFault&) = delete;
};

} // namespace md
