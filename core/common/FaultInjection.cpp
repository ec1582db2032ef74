#include "common/FaultInjection.h"

#include <QString>

#include <algorithm>

namespace md {

namespace {

struct StatementFault {
    enum class Kind { None, Statement, Step };
    Kind kind = Kind::None;
    bool fired = false;
    QRegularExpression pattern;
    int skip = 0; // Statement: matching statements to let through
    int row = 0;  // Step: the row whose step fails
    int code = 0;
};

struct FileWriteFault {
    bool armed = false;
    bool failed = false;
    qint64 remaining = 0;
};

FileWriteFault& fileFault() {
    static FileWriteFault state;
    return state;
}

StatementFault& fault() {
    static StatementFault state;
    return state;
}

bool matches(const StatementFault& state, const QByteArray& sql) {
    return state.pattern.match(QString::fromUtf8(sql)).hasMatch();
}

} // namespace

void FaultInjection::failStatement(const QRegularExpression& sqlPattern, int skip, int sqliteCode) {
    fault() =
        StatementFault{StatementFault::Kind::Statement, false, sqlPattern, skip, 0, sqliteCode};
}

void FaultInjection::failStepAtRow(const QRegularExpression& sqlPattern, int row, int sqliteCode) {
    fault() = StatementFault{StatementFault::Kind::Step, false,     sqlPattern, 0,
                             std::max(row, 0),           sqliteCode};
}

void FaultInjection::disarm() {
    fault().kind = StatementFault::Kind::None;
}

bool FaultInjection::fired() {
    return fault().fired;
}

int FaultInjection::statementFault(const QByteArray& sql) {
    StatementFault& state = fault();
    if (state.kind != StatementFault::Kind::Statement || !matches(state, sql))
        return 0;
    if (state.skip > 0) {
        --state.skip;
        return 0;
    }
    state.kind = StatementFault::Kind::None;
    state.fired = true;
    return state.code;
}

int FaultInjection::stepFault(const QByteArray& sql, int row) {
    StatementFault& state = fault();
    if (state.kind != StatementFault::Kind::Step || row != state.row || !matches(state, sql))
        return 0;
    state.kind = StatementFault::Kind::None;
    state.fired = true;
    return state.code;
}

void FaultInjection::failFileWritesAfter(qint64 bytesBeforeFull) {
    fileFault() = FileWriteFault{true, false, bytesBeforeFull};
}

void FaultInjection::disarmFileWrites() {
    fileFault() = FileWriteFault{};
}

qint64 FaultInjection::fileWriteAllowance(qint64 wanted) {
    FileWriteFault& state = fileFault();
    if (!state.armed)
        return wanted;
    const qint64 allowed = std::min(wanted, state.remaining);
    state.remaining -= allowed;
    if (allowed == 0)
        state.failed = true;
    return allowed;
}

bool FaultInjection::fileWriteFailed() {
    return fileFault().failed;
}

} // namespace md
