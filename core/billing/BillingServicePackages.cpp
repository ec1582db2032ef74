// BillingService: package sales and their credits.
#include "billing/BillingService.h"

#include "storage/BusinessSettingsRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"

namespace md {

namespace {
// How close an expiry must be before the engagement page warns about it.
constexpr int kExpiryWarningDays = 14;
// How long an expired package with unused credits keeps being mentioned.
constexpr int kExpiredNoticeDays = 30;
} // namespace

Result<PackageSale> BillingService::sellPackage(qint64 engagementId, qint64 offeringId,
                                                const QDate& soldOn) {
    auto offering = m_offerings->get(offeringId);
    if (!offering)
        return offering.error();
    if (offering->kind != OfferingKind::Package)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a package.").arg(offering->name));
    auto clientId = clientOf(engagementId);
    if (!clientId)
        return clientId.error();
    PackageSale sale;
    sale.engagementId = engagementId;
    sale.offeringId = offering->id;
    sale.description = offering->name;
    sale.sessionCount = offering->sessionCount;
    sale.price = offering->price;
    sale.taxRateBasisPoints = offering->taxRateBasisPoints;
    sale.soldOn = soldOn.isValid() ? soldOn : m_clock.today();
    if (offering->validityMonths > 0)
        sale.validUntil = sale.soldOn.addMonths(offering->validityMonths).addDays(-1);
    return m_packages->sell(sale);
}

Result<Invoice> BillingService::sellPackageAndBill(qint64 engagementId, qint64 offeringId,
                                                   const QDate& soldOn) {
    // What the draft needs (the offering, priced in the invoices' currency)
    // is checked before selling: once sold, listeners (the engagement page)
    // may assign held sessions to the new credits, and a used sale can no
    // longer be taken back.
    if (auto billable = lineFromOffering(offeringId); !billable)
        return billable.error();
    auto sale = sellPackage(engagementId, offeringId, soldOn);
    if (!sale)
        return sale.error();
    auto invoice = createFromPackageSale(sale->id);
    if (!invoice) {
        if (Status removed = m_packages->removeSale(sale->id); !removed)
            return makeError(invoice.code(), tr("%1 The package stays sold without an invoice: %2")
                                                 .arg(invoice.message(), removed.message()));
        return invoice.error();
    }
    return invoice;
}

Result<QList<PackageCredit>> BillingService::credits(qint64 engagementId) {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    auto clientId = clientOf(engagementId);
    if (!clientId)
        return clientId.error();
    auto billed = m_invoices->billedSessionIds(*clientId);
    if (!billed)
        return billed.error();
    if (Status ok = m_packages->applyCredits(engagementId, billableStatusKeys(*settings), *billed);
        !ok)
        return ok.error();
    return m_packages->credits(engagementId);
}

Result<QList<CreditWarning>> BillingService::creditWarnings(qint64 engagementId) {
    auto all = credits(engagementId);
    if (!all)
        return all.error();
    QList<CreditWarning> warnings;
    if (all->isEmpty())
        return warnings;
    const QDate today = m_clock.today();
    const QLocale locale;
    int usableRemaining = 0;
    for (const PackageCredit& credit : std::as_const(*all)) {
        if (credit.isUsable(today))
            usableRemaining += credit.remaining();
    }
    for (const PackageCredit& credit : std::as_const(*all)) {
        const PackageSale& sale = credit.sale;
        if (credit.isUsable(today) && sale.validUntil.isValid() &&
            today.daysTo(sale.validUntil) <= kExpiryWarningDays) {
            warnings.append({CreditWarning::Kind::ExpiringSoon, sale.id,
                             tr("%n credit(s) of \"%1\" expire on %2.", nullptr, credit.remaining())
                                 .arg(sale.description,
                                      locale.toString(sale.validUntil, QLocale::ShortFormat))});
        }
        if (credit.isExpired(today) && credit.remaining() > 0 &&
            sale.validUntil.daysTo(today) <= kExpiredNoticeDays) {
            warnings.append(
                {CreditWarning::Kind::ExpiredUnused, sale.id,
                 tr("\"%1\" expired on %2 with %n credit(s) unused.", nullptr, credit.remaining())
                     .arg(sale.description,
                          locale.toString(sale.validUntil, QLocale::ShortFormat))});
        }
    }
    const PackageCredit& latest = all->last();
    if (usableRemaining == 0 && latest.remaining() == 0) {
        warnings.append({CreditWarning::Kind::UsedUp, latest.sale.id,
                         tr("All credits of \"%1\" are used: further sessions are billed "
                            "individually unless a new package is sold.")
                             .arg(latest.sale.description)});
    } else if (usableRemaining == 1) {
        warnings.append({CreditWarning::Kind::RunningLow, latest.sale.id,
                         tr("Only one package credit is left.")});
    }
    return warnings;
}

Result<QList<EngagementPackages>> BillingService::clientPackages(qint64 clientId) {
    auto engagements = m_packages->engagementsOf(clientId);
    if (!engagements)
        return engagements.error();
    QList<EngagementPackages> result;
    for (const auto& [id, title] : std::as_const(*engagements)) {
        EngagementPackages entry;
        entry.engagementId = id;
        entry.title = title;
        auto warnings = creditWarnings(id); // assigns credits first
        if (!warnings)
            return warnings.error();
        entry.warnings = *warnings;
        auto credits = m_packages->credits(id);
        if (!credits)
            return credits.error();
        entry.credits = *credits;
        result.append(entry);
    }
    return result;
}

} // namespace md
