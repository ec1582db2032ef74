// BillingService: package sales and their credits, and the price list.
#include "billing/BillingService.h"

#include "billing/BillingUnit.h"
#include "billing/PackageCredits.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"

namespace md {

using billing::inUnit;

namespace {

// How close an expiry must be before the engagement page warns about it.
constexpr int kExpiryWarningDays = 14;
// How long an expired package with unused credits keeps being mentioned.
constexpr int kExpiredNoticeDays = 30;

} // namespace

// --- Price list -----------------------------------------------------------

Result<QList<Offering>> BillingService::offerings(bool includeInactive) const {
    return m_offerings->list(includeInactive);
}

Result<Offering> BillingService::offering(qint64 offeringId) const {
    return m_offerings->get(offeringId);
}

Result<Offering> BillingService::addOffering(const Offering& offering) {
    if (Status ok = offering.validate(); !ok)
        return ok.error();
    return inUnit<Offering>(m_database, [&]() -> Result<Offering> {
        auto stored = m_offerings->add(offering);
        if (stored)
            m_database.noteChange(RecordKind::Offering, ChangeOp::Added, stored->id);
        return stored;
    });
}

Result<Offering> BillingService::updateOffering(const Offering& offering) {
    if (Status ok = offering.validate(); !ok)
        return ok.error();
    return inUnit<Offering>(m_database, [&]() -> Result<Offering> {
        auto stored = m_offerings->update(offering);
        if (stored)
            m_database.noteChange(RecordKind::Offering, ChangeOp::Updated, stored->id);
        return stored;
    });
}

Status BillingService::setOfferingActive(qint64 offeringId, bool active) {
    return m_database.transaction([&]() -> Status {
        auto offering = m_offerings->get(offeringId);
        if (!offering)
            return offering.error();
        offering->active = active;
        if (auto stored = m_offerings->update(*offering); !stored)
            return stored.error();
        m_database.noteChange(RecordKind::Offering, ChangeOp::Updated, offeringId);
        return {};
    });
}

// --- Package sales --------------------------------------------------------

Result<PackageSale> BillingService::insertSale(qint64 engagementId, qint64 offeringId,
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
    auto stored = m_packages->sell(sale);
    if (!stored)
        return stored;
    m_database.noteChange(RecordKind::PackageSale, ChangeOp::Added, stored->id);
    // The engagement's held sessions use the new credits at once.
    if (Status credits = PackageCredits(m_database, m_clock).reassign(engagementId); !credits)
        return credits.error();
    return stored;
}

Result<PackageSale> BillingService::sellPackage(qint64 engagementId, qint64 offeringId,
                                                const QDate& soldOn) {
    return inUnit<PackageSale>(m_database,
                               [&] { return insertSale(engagementId, offeringId, soldOn); });
}

Result<Invoice> BillingService::sellPackageAndBill(qint64 engagementId, qint64 offeringId,
                                                   const QDate& soldOn) {
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        // Says first why the draft could not be made (a price in another
        // currency); the unit of work would take the sale back anyway.
        if (auto billable = lineFromOffering(offeringId); !billable)
            return billable.error();
        auto sale = insertSale(engagementId, offeringId, soldOn);
        if (!sale)
            return sale.error();
        return insertSaleInvoice(sale->id);
    });
}

Status BillingService::removePackageSale(qint64 saleId) {
    return m_database.transaction([&]() -> Status {
        auto sale = m_packages->sale(saleId);
        if (!sale)
            return sale.error();
        if (Status removed = m_packages->removeSale(saleId); !removed)
            return removed;
        m_database.noteChange(RecordKind::PackageSale, ChangeOp::Removed, saleId);
        return PackageCredits(m_database, m_clock).reassign(sale->engagementId);
    });
}

// --- Reading credits ------------------------------------------------------

Result<QList<PackageCredit>> BillingService::credits(qint64 engagementId) const {
    if (auto clientId = clientOf(engagementId); !clientId)
        return clientId.error();
    return m_packages->credits(engagementId);
}

namespace {

QList<CreditWarning> warningsFor(const QList<PackageCredit>& all, const QDate& today) {
    QList<CreditWarning> warnings;
    if (all.isEmpty())
        return warnings;
    const QLocale locale;
    int usableRemaining = 0;
    for (const PackageCredit& credit : all) {
        if (credit.isUsable(today))
            usableRemaining += credit.remaining();
    }
    for (const PackageCredit& credit : all) {
        const PackageSale& sale = credit.sale;
        if (credit.isUsable(today) && sale.validUntil.isValid() &&
            today.daysTo(sale.validUntil) <= kExpiryWarningDays) {
            warnings.append({CreditWarning::Kind::ExpiringSoon, sale.id,
                             BillingService::tr("%n credit(s) of \"%1\" expire on %2.", nullptr,
                                                credit.remaining())
                                 .arg(sale.description,
                                      locale.toString(sale.validUntil, QLocale::ShortFormat))});
        }
        if (credit.isExpired(today) && credit.remaining() > 0 &&
            sale.validUntil.daysTo(today) <= kExpiredNoticeDays) {
            warnings.append({CreditWarning::Kind::ExpiredUnused, sale.id,
                             BillingService::tr("\"%1\" expired on %2 with %n credit(s) unused.",
                                                nullptr, credit.remaining())
                                 .arg(sale.description,
                                      locale.toString(sale.validUntil, QLocale::ShortFormat))});
        }
    }
    const PackageCredit& latest = all.last();
    if (usableRemaining == 0 && latest.remaining() == 0) {
        warnings.append({CreditWarning::Kind::UsedUp, latest.sale.id,
                         BillingService::tr("All credits of \"%1\" are used: further sessions "
                                            "are billed individually unless a new package is "
                                            "sold.")
                             .arg(latest.sale.description)});
    } else if (usableRemaining == 1) {
        warnings.append({CreditWarning::Kind::RunningLow, latest.sale.id,
                         BillingService::tr("Only one package credit is left.")});
    }
    return warnings;
}

} // namespace

Result<QList<CreditWarning>> BillingService::creditWarnings(qint64 engagementId) const {
    auto all = credits(engagementId);
    if (!all)
        return all.error();
    return warningsFor(*all, m_clock.today());
}

Result<QList<EngagementPackages>> BillingService::clientPackages(qint64 clientId) const {
    auto engagements = m_packages->engagementsOf(clientId);
    if (!engagements)
        return engagements.error();
    const QDate today = m_clock.today();
    QList<EngagementPackages> result;
    for (const auto& [id, title] : std::as_const(*engagements)) {
        EngagementPackages entry;
        entry.engagementId = id;
        entry.title = title;
        auto credits = m_packages->credits(id);
        if (!credits)
            return credits.error();
        entry.credits = *credits;
        entry.warnings = warningsFor(entry.credits, today);
        result.append(entry);
    }
    return result;
}

} // namespace md
