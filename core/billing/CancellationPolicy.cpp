#include "billing/CancellationPolicy.h"

namespace md {

namespace {
const QString kHeld = QStringLiteral("held");
const QString kCancelledByClient = QStringLiteral("cancelled_client");
const QString kNoShow = QStringLiteral("no_show");
} // namespace

CancellationPolicy CancellationPolicy::of(const BusinessSettings& settings) {
    CancellationPolicy policy;
    policy.lateCancellationChargeable = settings.lateCancellationChargeable;
    policy.noShowChargeable = settings.noShowChargeable;
    policy.noticeHours = settings.cancellationNoticeHours;
    return policy;
}

QStringList CancellationPolicy::candidateStatusKeys() const {
    QStringList keys{kHeld};
    if (lateCancellationChargeable)
        keys << kCancelledByClient;
    if (noShowChargeable)
        keys << kNoShow;
    return keys;
}

bool CancellationPolicy::isLate(const QDateTime& startUtc, const QDateTime& cancelledUtc) const {
    if (!cancelledUtc.isValid() || !startUtc.isValid())
        return false;
    return cancelledUtc > startUtc.addSecs(-qint64(noticeHours) * 3600);
}

bool CancellationPolicy::charges(const QString& statusKey, const QDateTime& startUtc,
                                 const QDateTime& cancelledUtc) const {
    if (statusKey == kHeld)
        return true;
    if (statusKey == kNoShow)
        return noShowChargeable;
    if (statusKey == kCancelledByClient)
        return lateCancellationChargeable && isLate(startUtc, cancelledUtc);
    return false; // planned, or cancelled by the mentor
}

} // namespace md
