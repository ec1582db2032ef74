#pragma once

#include "billing/BusinessSettings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace md {

// Which sessions that did not take place as planned are billed (and use a
// package credit): the cancellation policy of the business settings.
// A held session always counts; a session the mentor cancelled never does.
struct CancellationPolicy {
    bool lateCancellationChargeable = false;
    bool noShowChargeable = false;
    // A cancellation by the client is late when it came less than this many
    // hours before the session's start (or after it began).
    int noticeHours = 24;

    static CancellationPolicy of(const BusinessSettings& settings);

    // Status keys of the sessions that may count ("held", and the
    // cancellations or no-shows the policy charges); charges() decides.
    QStringList candidateStatusKeys() const;
    // True when the cancellation came within the notice before the start. An
    // unknown cancellation time (sessions cancelled before MentorDesk kept it)
    // is never late.
    bool isLate(const QDateTime& startUtc, const QDateTime& cancelledUtc) const;
    // Whether a session with this status key, start and cancellation time is
    // billed under the policy.
    bool charges(const QString& statusKey, const QDateTime& startUtc,
                 const QDateTime& cancelledUtc) const;
};

} // namespace md
