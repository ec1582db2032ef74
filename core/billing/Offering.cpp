#include "billing/Offering.h"

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
