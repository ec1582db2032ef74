#pragma once

#include <QDateTime>

namespace md {

// Time is injected so that rules such as "overdue", "stale" or the idle lock
// can be tested by moving a fake clock instead of waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const Clock& instance() {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace md
