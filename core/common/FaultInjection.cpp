#include "common/FaultInjection.h"

#include <QString>

#include <algorithm>

namespace md {

namespace {

struct StatementFault {
    bool armed = false;
    bool fired = false;
    QRegularExpression pattern;
    int skip = 0;
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

} // namespace

void FaultInjection::failStatement(const QRegularExpression& sqlPattern, int skip, int sqliteCode) {
    StatementFault& state = fault();
    state.armed = true;
    state.fired = false;
    state.pattern = sqlPattern;
    state.skip = skip;
    state.code = sqliteCode;
}

void FaultInjection::disarm() {
    fault().armed = false;
}

bool FaultInjection::fired() {
    return fault().fired;
}

int FaultInjection::statementFault(const QByteArray& sql) {
    StatementFault& state = fault();
    if (!state.armed || !state.pattern.match(QString::fromUtf8(sql)).hasMatch())
        return 0;
    if (state.skip > 0) {
        --state.skip;
        return 0;
    }
    state.armed = false;
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
