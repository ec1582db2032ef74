#pragma once

#include "common/Clock.h"

namespace md {

// The clock of a workspace that generateDemo() fills. It tells the base
// clock's time, except while the generator has set it to a moment of the
// invented history: then an engagement is created, an agreement signed, an
// invoice issued or a payment received on its own day, through the services'
// ordinary rules (which all take "now" from the workspace's clock). A
// workspace on any other clock gets the same data, written at today's time.
//
// The workspace hands out its clock as const, so setting the time is const
// too; only the generator sets it, on the thread that uses the workspace.
class DemoClock final : public Clock {
public:
    explicit DemoClock(const Clock& base = SystemClock::instance())
        : m_base(base) {}

    QDateTime nowUtc() const override { return m_at.isValid() ? m_at : m_base.nowUtc(); }
    const Clock& base() const { return m_base; }

    // From now on nowUtc() is `utc` (an invalid time: the base clock again).
    void setNow(const QDateTime& utc) const { m_at = utc.isValid() ? utc.toUTC() : QDateTime(); }

private:
    const Clock& m_base;
    mutable QDateTime m_at;
};

} // namespace md
