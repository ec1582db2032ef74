#include "billing/Offering.h"

#include "billing/Currency.h"
#include "billing/InvoiceMath.h"

#include <QCoreApplication>

namespace md {

QString offeringKindKey(OfferingKind kind) {
    switch (kind) {
    case OfferingKind::SingleSession:
        return QStringLiteral("single");
    case OfferingKind::Package:
        return QStringLiteral("package");
    case OfferingKind::Retainer:
        return QStringLiteral("retainer");
    }
    return QStringLiteral("single");
}

bool offeringKindFromKey(const QString& key, OfferingKind* kind) {
    for (OfferingKind candidate : allOfferingKinds()) {
        if (offeringKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString offeringKindLabel(OfferingKind kind) {
    switch (kind) {
    case OfferingKind::SingleSession:
        return QCoreApplication::translate("md::Offering", "Single session");
    case OfferingKind::Package:
        return QCoreApplication::translate("md::Offering", "Package");
    case OfferingKind::Retainer:
        return QCoreApplication::translate("md::Offering", "Monthly retainer");
    }
    return {};
}

QList<OfferingKind> allOfferingKinds() {
    return {OfferingKind::SingleSession, OfferingKind::Package, OfferingKind::Retainer};
}

Status Offering::validate() const {
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the price-list entry a name."));
    if (!Currency::isValidCode(price.currency()))
        return makeError(ErrorCode::InvalidInput, tr("The price has no valid currency."));
    if (price.isNegative() || price.minorUnits() > InvoiceMath::kMaxUnitPriceMinor)
        return makeError(ErrorCode::InvalidInput, tr("The price must be zero or more."));
    if (taxRateBasisPoints < 0 || taxRateBasisPoints > InvoiceMath::kMaxRateBasisPoints)
        return makeError(ErrorCode::InvalidInput,
                         tr("A tax rate must be between 0 and 100 percent."));
    if (kind == OfferingKind::Package && (sessionCount < 1 || sessionCount > 1000))
        return makeError(ErrorCode::InvalidInput,
                         tr("A package includes between 1 and 1000 sessions."));
    if (kind == OfferingKind::Package && (validityMonths < 0 || validityMonths > 120))
        return makeError(ErrorCode::InvalidInput,
                         tr("A package is valid for 0 (no expiry) to 120 months."));
    return {};
}

QString PackageCredit::usageText(const QLocale& locale) const {
    const QString used = QCoreApplication::translate("md::Offering", "%1 of %2 used")
                             .arg(this->used)
                             .arg(sale.sessionCount);
    if (!sale.validUntil.isValid())
        return used;
    return QCoreApplication::translate("md::Offering", "%1, valid until %2")
        .arg(used, locale.toString(sale.validUntil, QLocale::ShortFormat));
}

} // namespace md
