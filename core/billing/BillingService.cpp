// BillingService: drafts, issuing and credit notes.
#include "billing/BillingService.h"

#include "billing/BillingUnit.h"
#include "billing/CancellationPolicy.h"
#include "billing/PackageCredits.h"
#include "storage/BusinessSettingsRepository.h"
#include "storage/ClientRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/InvoiceRecipientRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/MentorProfileRepository.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"
#include "storage/PaymentRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace md {

using billing::inUnit;

namespace {

// Lines that bill sessions change which sessions a package credit may pay.
bool billsSessions(const QList<InvoiceLine>& lines) {
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const InvoiceLine& line) { return line.sessionId > 0; });
}

} // namespace

BillingService::BillingService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_invoices(std::make_unique<InvoiceRepository>(database, clock))
    , m_payments(std::make_unique<PaymentRepository>(database, clock))
    , m_offerings(std::make_unique<OfferingRepository>(database, clock))
    , m_packages(std::make_unique<PackageRepository>(database, clock))
    , m_settings(std::make_unique<BusinessSettingsRepository>(database))
    , m_recipients(std::make_unique<InvoiceRecipientRepository>(database, clock))
    , m_profile(std::make_unique<MentorProfileRepository>(database))
    , m_clients(std::make_unique<ClientRepository>(database, clock)) {}

BillingService::~BillingService() = default;

Result<BusinessSettings> BillingService::businessSettings() const {
    return m_settings->load();
}

Result<Invoice> BillingService::insertDraft(qint64 clientId, const QList<InvoiceLine>& lines,
                                            const BusinessSettings& settings,
                                            const QString& notes) {
    auto client = m_clients->get(clientId);
    if (!client)
        return client.error();
    Invoice invoice;
    invoice.clientId = clientId;
    invoice.currency = settings.currency;
    invoice.notes = notes;
    invoice.lines = lines;
    if (settings.taxMode == TaxMode::SmallBusinessExemption) {
        for (InvoiceLine& line : invoice.lines)
            line.taxRateBasisPoints = 0; // no tax under the exemption
    }
    if (auto to = billTo(clientId))
        invoice.billTo = *to;
    auto stored = m_invoices->createDraft(invoice);
    if (!stored)
        return stored;
    m_database.noteChange(RecordKind::Invoice, ChangeOp::Added, stored->id);
    if (billsSessions(lines)) {
        if (Status credits = PackageCredits(m_database, m_clock).reassignForClient(clientId);
            !credits)
            return credits.error();
    }
    return stored;
}

Result<Invoice> BillingService::createInvoice(qint64 clientId, const QList<InvoiceLine>& lines,
                                              const QString& notes) {
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        auto settings = businessSettings();
        if (!settings)
            return settings.error();
        return insertDraft(clientId, lines, *settings, notes);
    });
}

Result<Invoice> BillingService::updateDraft(const Invoice& draft) {
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        auto existing = m_invoices->get(draft.id);
        if (!existing)
            return existing.error();
        Invoice edited = *existing;
        edited.lines = draft.lines;
        edited.notes = draft.notes;
        auto stored = m_invoices->updateDraft(edited);
        if (!stored)
            return stored;
        m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, stored->id);
        if (billsSessions(existing->lines) || billsSessions(draft.lines)) {
            if (Status credits =
                    PackageCredits(m_database, m_clock).reassignForClient(existing->clientId);
                !credits)
                return credits.error();
        }
        return stored;
    });
}

Status BillingService::removeDraft(qint64 invoiceId) {
    return m_database.transaction([&]() -> Status {
        auto existing = m_invoices->get(invoiceId);
        if (!existing)
            return existing.error();
        if (Status removed = m_invoices->removeDraft(invoiceId); !removed)
            return removed;
        m_database.noteChange(RecordKind::Invoice, ChangeOp::Removed, invoiceId);
        if (billsSessions(existing->lines))
            return PackageCredits(m_database, m_clock).reassignForClient(existing->clientId);
        return {};
    });
}

Result<QList<InvoiceLine>> BillingService::unbilledSessionLines(qint64 clientId) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    auto billed = m_invoices->billedSessionIds(clientId);
    if (!billed)
        return billed.error();
    // Credits were assigned by the writes that held the sessions or sold the
    // packages; a session a package pays for is not billed.
    // A session that has not begun is billed once it took place (one marked
    // held ahead of time by an older version waits until then).
    auto sessions =
        m_packages->sessions(clientId, 0, CancellationPolicy::of(*settings), m_clock.nowUtc());
    if (!sessions)
        return sessions.error();

    QHash<qint64, SessionPrice> prices; // by engagement
    QList<InvoiceLine> lines;
    bool unpriced = false;
    const QLocale locale;
    for (const BillableSession& s : *sessions) {
        if (billed->contains(s.id) || s.creditSaleId != 0)
            continue;
        if (!prices.contains(s.engagementId)) {
            auto price = sessionPrice(s.engagementId);
            if (!price)
                return price.error();
            prices.insert(s.engagementId, *price);
        }
        const SessionPrice price = prices.value(s.engagementId);
        unpriced = unpriced || !price.isSet();
        InvoiceLine line;
        line.serviceDate = s.localDate;
        const QString day = locale.toString(line.serviceDate, QLocale::ShortFormat);
        if (s.statusKey == QLatin1String("no_show"))
            line.description = tr("Missed session (no-show) on %1").arg(day);
        else if (s.statusKey == QLatin1String("cancelled_client"))
            line.description = tr("Late-cancelled session on %1").arg(day);
        else
            line.description =
                tr("Mentoring session on %1 (%n min)", nullptr, s.durationMinutes).arg(day);
        if (!s.engagementTitle.isEmpty())
            line.description += QStringLiteral(" – ") + s.engagementTitle;
        line.quantityMilli = 1000;
        line.unitPriceMinor = price.minorUnits;
        line.taxRateBasisPoints = price.rateBasisPoints;
        line.sessionId = s.id;
        line.offeringId = price.offeringId;
        lines.append(line);
    }
    if (unpriced)
        return makeError(ErrorCode::InvalidInput,
                         tr("Sessions have no price yet. Set the session price in Billing › "
                            "Price list, or a fee per session on the engagement."));
    return lines;
}

Result<SessionPrice> BillingService::sessionPrice(qint64 engagementId) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    SessionPrice price;
    price.rateBasisPoints = settings->defaultRateBasisPoints();
    // A fee agreed for this engagement comes before the practice's list.
    if (engagementId > 0) {
        Result<Engagement> engagement = EngagementRepository(m_database, m_clock).get(engagementId);
        if (!engagement)
            return engagement.error();
        if (engagement->sessionFeeMinor > 0) {
            price.minorUnits = engagement->sessionFeeMinor;
            price.source = SessionPrice::Source::Engagement;
            return price;
        }
    }
    auto single = m_offerings->firstActive(OfferingKind::SingleSession);
    if (!single && single.code() != ErrorCode::NotFound)
        return single.error();
    // An entry in another currency cannot price an invoice in this one.
    if (single && single->price.currency() == settings->currency && single->price.isPositive()) {
        price.minorUnits = single->price.minorUnits();
        price.rateBasisPoints =
            settings->taxMode == TaxMode::SmallBusinessExemption ? 0 : single->taxRateBasisPoints;
        price.offeringId = single->id;
        price.source = SessionPrice::Source::PriceList;
        return price;
    }
    if (settings->sessionPriceMinor > 0) {
        price.minorUnits = settings->sessionPriceMinor;
        price.source = SessionPrice::Source::Settings;
    }
    return price;
}

Result<Invoice> BillingService::createFromSessions(qint64 clientId,
                                                   const QList<InvoiceLine>& extraLines,
                                                   const QString& notes) {
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        // Settles the credits first (a workspace written by an older version
        // assigned them only when a page showed them), so that a session a
        // package pays for is never billed as well.
        if (Status credits = PackageCredits(m_database, m_clock).reassignForClient(clientId);
            !credits)
            return credits.error();
        auto lines = unbilledSessionLines(clientId);
        if (!lines)
            return lines.error();
        if (lines->isEmpty() && extraLines.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("This client has no held sessions that are not billed yet."));
        auto settings = businessSettings();
        if (!settings)
            return settings.error();
        return insertDraft(clientId, *lines + extraLines, *settings, notes);
    });
}

Result<InvoiceLine> BillingService::lineFromOffering(qint64 offeringId,
                                                     qint64 quantityMilli) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    auto offering = m_offerings->get(offeringId);
    if (!offering)
        return offering.error();
    if (offering->price.currency() != settings->currency)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is priced in %2, but invoices are in %3.")
                             .arg(offering->name, offering->price.currency(), settings->currency));
    InvoiceLine line;
    line.description = offering->name;
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = offering->price.minorUnits();
    line.taxRateBasisPoints = offering->taxRateBasisPoints;
    line.offeringId = offering->id;
    return line;
}

Result<Invoice> BillingService::createFromPackageSale(qint64 saleId) {
    return inUnit<Invoice>(m_database, [&] { return insertSaleInvoice(saleId); });
}

Result<Invoice> BillingService::insertSaleInvoice(qint64 saleId) {
    auto sale = m_packages->sale(saleId);
    if (!sale)
        return sale.error();
    auto clientId = clientOf(sale->engagementId);
    if (!clientId)
        return clientId.error();
    auto billed = m_invoices->billedPackageSaleIds(*clientId);
    if (!billed)
        return billed.error();
    if (billed->contains(saleId))
        return makeError(ErrorCode::AlreadyExists, tr("This package has already been billed."));
    InvoiceLine line;
    line.description =
        sale->validUntil.isValid()
            ? tr("%1: %n session(s), valid until %2", nullptr, sale->sessionCount)
                  .arg(sale->description,
                       QLocale().toString(sale->validUntil, QLocale::ShortFormat))
            : tr("%1: %n session(s)", nullptr, sale->sessionCount).arg(sale->description);
    line.unitPriceMinor = sale->price.minorUnits();
    line.taxRateBasisPoints = sale->taxRateBasisPoints;
    line.serviceDate = sale->soldOn;
    line.packageSaleId = sale->id;
    line.offeringId = sale->offeringId;
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    if (sale->price.currency() != settings->currency)
        return makeError(ErrorCode::InvalidInput,
                         tr("The package was sold in %1, but invoices are in %2.")
                             .arg(sale->price.currency(), settings->currency));
    return insertDraft(*clientId, {line}, *settings, {});
}

Result<Invoice> BillingService::createForRetainer(qint64 clientId, qint64 offeringId,
                                                  const QDate& month, const QString& notes) {
    if (!month.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the month to bill."));
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        auto offering = m_offerings->get(offeringId);
        if (!offering)
            return offering.error();
        if (offering->kind != OfferingKind::Retainer)
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a monthly retainer.").arg(offering->name));
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        auto billed = m_invoices->billedRetainerPeriods(clientId, offeringId);
        if (!billed)
            return billed.error();
        if (billed->contains(period))
            return makeError(ErrorCode::AlreadyExists,
                             tr("%1 has already been billed for %2.").arg(offering->name, period));
        auto line = lineFromOffering(offeringId);
        if (!line)
            return line.error();
        line->description =
            tr("%1 – %2").arg(offering->name, QLocale().standaloneMonthName(month.month()) + u' ' +
                                                  QString::number(month.year()));
        line->serviceDate = QDate(month.year(), month.month(), 1);
        line->period = period;
        auto settings = businessSettings();
        if (!settings)
            return settings.error();
        return insertDraft(clientId, {*line}, *settings, notes);
    });
}

Result<InvoiceIssueRequest> BillingService::issueRequestFor(const Invoice& draft) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    auto language = documentLanguage(draft.clientId);
    if (!language)
        return language.error();
    auto seller = sellerDetails(*language);
    if (!seller)
        return seller.error();
    qint64 returnedMinor = 0;
    if (draft.isCreditNote()) {
        // A credit note mirrors the invoice it cancels, tax included, even
        // when the tax mode changed since: it carries the original's rates and
        // prints the original's exemption wording (or none).
        auto original = m_invoices->get(draft.creditOfId);
        if (!original)
            return original.error();
        const SellerDetails then = SellerDetails::fromJson(
            QJsonDocument::fromJson(original->sellerSnapshot.toUtf8()).object());
        seller->taxExempt = then.taxExempt;
        seller->exemptionText = then.exemptionText;
        // Issuing turns what was paid on the cancelled part into client
        // credit and removes it from the invoice, so the amount given back
        // is frozen here for the credit note's payment sentence.
        auto record = m_invoices->record(draft.creditOfId);
        if (!record)
            return record.error();
        const qint64 after = record->outstanding().minorUnits() + draft.totals().total.minorUnits();
        returnedMinor = after < 0 ? std::min(-after, record->paid.minorUnits()) : 0;
    } else if (settings->taxMode == TaxMode::SmallBusinessExemption) {
        for (const InvoiceLine& line : draft.lines) {
            if (line.taxRateBasisPoints != 0)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Under the small-business exemption no line may carry tax; "
                                    "set every tax rate to 0."));
        }
    }
    auto to = billTo(draft.clientId);
    if (!to)
        return to.error();
    InvoiceIssueRequest request;
    request.issueDate = m_clock.today();
    request.dueDate = draft.isCreditNote() ? request.issueDate
                                           : request.issueDate.addDays(settings->paymentTermsDays);
    request.numberPattern = settings->numberPattern;
    request.billTo = *to;
    QJsonObject frozen = seller->toJson();
    frozen.insert(kLanguageKey, *language);
    if (draft.isCreditNote())
        frozen.insert(kReturnedKey, returnedMinor);
    request.sellerJson = QString::fromUtf8(QJsonDocument(frozen).toJson(QJsonDocument::Compact));
    return request;
}

Result<Invoice> BillingService::issueInUnit(qint64 invoiceId) {
    auto draft = m_invoices->get(invoiceId);
    if (!draft)
        return draft.error();
    if (draft->isIssued())
        return makeError(ErrorCode::Refused,
                         tr("Invoice %1 has already been issued.").arg(draft->number));
    auto request = issueRequestFor(*draft);
    if (!request)
        return request.error();
    IssueEffects effects;
    auto issued = m_invoices->issue(invoiceId, *request, &effects);
    if (!issued)
        return issued;
    m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, invoiceId);
    if (issued->isCreditNote())
        m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, issued->creditOfId);
    for (qint64 payment : std::as_const(effects.payments))
        m_database.noteChange(RecordKind::Payment, ChangeOp::Updated, payment);
    return issued;
}

Result<Invoice> BillingService::issue(qint64 invoiceId) {
    return inUnit<Invoice>(m_database, [&] { return issueInUnit(invoiceId); });
}

Result<Invoice> BillingService::creditInvoice(qint64 invoiceId) {
    return inUnit<Invoice>(m_database, [&]() -> Result<Invoice> {
        auto original = m_invoices->get(invoiceId);
        if (!original)
            return original.error();
        if (original->isCreditNote())
            return makeError(
                ErrorCode::Refused,
                tr("%1 is itself a credit note and cannot be cancelled; to bill the "
                   "work again, create a new invoice.")
                    .arg(original->number.isEmpty() ? tr("This document") : original->number));
        if (!original->isIssued())
            return makeError(ErrorCode::Refused,
                             tr("Only an issued invoice can be cancelled by a credit note; a "
                                "draft can simply be deleted."));
        auto notes = m_invoices->creditNotesOf(invoiceId);
        if (!notes)
            return notes.error();
        for (const InvoiceRecord& note : std::as_const(*notes)) {
            if (note.invoice.isIssued())
                return makeError(ErrorCode::AlreadyExists,
                                 tr("Invoice %1 already has a credit note.").arg(original->number));
        }
        Result<Invoice> credit = makeError(ErrorCode::InvalidInput, QString());
        if (!notes->isEmpty()) {
            // A draft credit note can only be left over from a failed attempt
            // of an older version (create and issue used to be two
            // transactions): issue it.
            credit = issueInUnit(notes->first().invoice.id);
        } else {
            Invoice draft;
            draft.kind = InvoiceKind::CreditNote;
            draft.clientId = original->clientId;
            draft.currency = original->currency;
            draft.creditOfId = original->id;
            draft.billTo = original->billTo;
            draft.notes = tr("Cancels invoice %1 of %2.")
                              .arg(original->number,
                                   QLocale().toString(original->issueDate, QLocale::ShortFormat));
            for (InvoiceLine line : original->lines) {
                // Negated quantity, same price and rate: each line's rounded
                // tax is exactly the negation of the original's (rounding is
                // symmetric).
                line.id = 0;
                line.quantityMilli = -line.quantityMilli;
                line.sessionId = line.packageSaleId = 0;
                line.period.clear();
                draft.lines.append(line);
            }
            auto request = issueRequestFor(draft);
            if (!request)
                return request.error();
            IssueEffects effects;
            credit = m_invoices->createAndIssue(draft, *request, &effects);
            if (!credit)
                return credit;
            m_database.noteChange(RecordKind::Invoice, ChangeOp::Added, credit->id);
            m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, invoiceId);
            for (qint64 payment : std::as_const(effects.payments))
                m_database.noteChange(RecordKind::Payment, ChangeOp::Updated, payment);
        }
        if (!credit)
            return credit;
        // The cancelled invoice no longer bills its sessions: a package may
        // pay for them now.
        if (billsSessions(original->lines)) {
            if (Status credits =
                    PackageCredits(m_database, m_clock).reassignForClient(original->clientId);
                !credits)
                return credits.error();
        }
        return credit;
    });
}

Result<qint64> BillingService::clientOf(qint64 engagementId) const {
    return m_packages->clientOfEngagement(engagementId);
}

} // namespace md
