#include "storage/FaultInjection.h"

#include <QString>

namespace md {

namespace {

struct StatementFault {
    bool armed = false;
    bool fired = false;
    QRegularExpression pattern;
    int skip = 0;
    int code = 0;
};

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

} // namespace md
