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
