#pragma once

#include "billing/BillingReports.h"
#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"
#include "billing/InvoiceDocument.h"
#include "billing/InvoiceReadiness.h"
#include "billing/InvoiceRecipient.h"
#include "billing/Offering.h"
#include "billing/Payment.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/DataVersion.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace md {

class BusinessSettingsRepository;
class ClientRepository;
class Database;
class InvoiceRecipientRepository;
class InvoiceRepository;
class MentorProfileRepository;
class OfferingRepository;
class PackageRepository;
class PaymentRepository;
struct InvoiceIssueRequest;

// What one held session is billed at: the fee per session agreed on its
// engagement, else the price list's single session, else the session price
// of the business settings.
struct SessionPrice {
    enum class Source { None, PriceList, Engagement, Settings };
    qint64 minorUnits = 0; // before tax, in the workspace currency
    int rateBasisPoints = 0;
    qint64 offeringId = 0; // the price-list entry, 0 = none
    Source source = Source::None;
    bool isSet() const { return minorUnits > 0; }
};

// What a client owes and holds, for the client page and the reports.
struct ClientBalance {
    Money outstanding; // still to be paid on issued invoices
    Money overdue;     // part of outstanding past its due date
    Money credit;      // paid in advance / overpaid, usable by the next invoice
    int openInvoices = 0;
    Money net() const { return outstanding - credit; } // > 0: the client owes
};

// One engagement's packages, for the client and engagement pages.
struct EngagementPackages {
    qint64 engagementId = 0;
    QString title;
    QList<PackageCredit> credits;
    QList<CreditWarning> warnings;
};

// What the reports tab, the dashboard's billing panel and `billing report`
// show, read at once in the workspace currency.
struct BillingOverview {
    QString currency;
    QDate today;
    int year = 0;
    QList<RevenueRow> months; // the twelve months of `year`
    RevenueRow yearTotal;     // their sum (month 0)
    QList<AgeingRow> owed;    // by client, largest first; the last row is the total
    QList<InvoiceRecord> overdue;
    Money unallocated; // client credit not used yet
};

// The billing area: the only way the UI and the CLI read or change the price
// list, invoices and credit notes, payments, package sales and credits, and
// the clients' billing details. Every write validates its input and runs as
// one unit of work (Database::transaction) that notes what it changed
// (RecordKind::Invoice, Payment, Offering, PackageSale; Client for billing
// details); package credits are re-assigned (PackageCredits) inside the unit
// of work of every write that can change them. Reads never write. Time comes
// from the Clock; the business settings and the mentor profile are read here
// but saved through SettingsService.
class BillingService final {
    Q_DECLARE_TR_FUNCTIONS(md::BillingService)
public:
    BillingService(Database& database, const Clock& clock);
    ~BillingService();
    BillingService(const BillingService&) = delete;
    BillingService& operator=(const BillingService&) = delete;

    // --- Price list -----------------------------------------------------
    Result<QList<Offering>> offerings(bool includeInactive = false) const;
    Result<Offering> offering(qint64 offeringId) const;
    // Validated by Offering::validate; returns the stored entry.
    Result<Offering> addOffering(const Offering& offering);
    Result<Offering> updateOffering(const Offering& offering);
    // Inactive entries stay for history but are no longer offered.
    Status setOfferingActive(qint64 offeringId, bool active);

    // --- Drafts ---------------------------------------------------------
    // A draft in the workspace currency with the given lines (may be none).
    Result<Invoice> createInvoice(qint64 clientId, const QList<InvoiceLine>& lines,
                                  const QString& notes = {});
    // Replaces a draft's lines and notes (the client stays). Refused once
    // issued.
    Result<Invoice> updateDraft(const Invoice& draft);
    // Deletes a draft; what it billed can be billed again. Refused once issued.
    Status removeDraft(qint64 invoiceId);
    // One line per session of the client that the cancellation policy bills
    // (held; cancelled late by the client or missed, as CancellationPolicy
    // says) that has begun and is neither billed yet nor paid by a package
    // credit, at the sessionPrice() of its engagement. InvalidInput, naming
    // where to set it, when there is a session to bill but no price.
    Result<QList<InvoiceLine>> unbilledSessionLines(qint64 clientId) const;
    // The price of a held session of `engagementId` (0: of none, so without
    // an engagement's fee).
    Result<SessionPrice> sessionPrice(qint64 engagementId = 0) const;
    // A draft billing those sessions, plus `extraLines`. InvalidInput when
    // there is nothing to bill.
    Result<Invoice> createFromSessions(qint64 clientId, const QList<InvoiceLine>& extraLines = {},
                                       const QString& notes = {});
    Result<Invoice> createFromPackageSale(qint64 saleId);
    // `month`: any day of the month billed. Each month is billed once.
    Result<Invoice> createForRetainer(qint64 clientId, qint64 offeringId, const QDate& month,
                                      const QString& notes = {});
    // A line from a price-list entry, in the workspace currency.
    Result<InvoiceLine> lineFromOffering(qint64 offeringId, qint64 quantityMilli = 1000) const;

    // --- Issue, credit, pay ---------------------------------------------
    // Numbers and freezes a draft (issue date = today, due date from the
    // payment terms), freezing the seller and client details, and applies the
    // client's credit balance: one unit of work.
    Result<Invoice> issue(qint64 invoiceId);
    // Issues a credit note cancelling the whole invoice; what was paid on it
    // becomes the client's credit.
    Result<Invoice> creditInvoice(qint64 invoiceId);
    // A payment for an issued invoice; the excess becomes client credit.
    Result<Payment> addPayment(qint64 invoiceId, const Money& amount, const QDate& receivedOn,
                               PaymentMethod method = PaymentMethod::BankTransfer,
                               const QString& reference = {});
    // A payment not tied to an invoice (allocated to open invoices, oldest
    // due first, the rest kept as credit).
    Result<Payment> addClientPayment(qint64 clientId, const Money& amount, const QDate& receivedOn,
                                     PaymentMethod method = PaymentMethod::BankTransfer,
                                     const QString& reference = {});
    // Deletes a mistaken payment; the invoices it paid are open again.
    Status removePayment(qint64 paymentId);

    // --- Reading --------------------------------------------------------
    Result<QList<InvoiceRecord>> list(const InvoiceQuery& query = {}) const;
    // The invoice list's read model: the invoices of list(query) with their
    // status, each as a row without the frozen texts (billTo, sellerSnapshot
    // and notes are empty: record() and invoice() have them), handed to
    // `visit` as they are read until it returns false. A read error after
    // some rows ends it as an error (the rows visited are not the whole list).
    Status
    forEachInvoice(const InvoiceQuery& query,
                   const std::function<bool(const InvoiceRecord&, InvoiceStatus)>& visit) const;
    // The same rows in a list (the invoice list view).
    Result<QList<InvoiceRecord>> invoiceRows(const InvoiceQuery& query = {}) const;
    Result<InvoiceRecord> record(qint64 invoiceId) const;
    // The invoice with its lines.
    Result<Invoice> invoice(qint64 invoiceId) const;
    InvoiceStatus statusOf(const InvoiceRecord& record) const;
    Result<ClientBalance> clientBalance(qint64 clientId) const;
    // The client's unallocated money in `currency`.
    Result<Money> clientCredit(qint64 clientId, const QString& currency) const;
    Result<QList<PaymentRecord>> payments(const PaymentQuery& query = {}) const;
    // The payments of payments(query) handed to `visit` as they are read,
    // until it returns false; a read error after some ends it as an error.
    Status forEachPayment(const PaymentQuery& query,
                          const std::function<bool(const PaymentRecord&)>& visit) const;
    // Revenue of `year` by month, what is owed by age, the overdue invoices
    // and the payments received.
    Result<BillingOverview> overview(int year) const;
    // What the PDF of an invoice shows: the frozen seller snapshot once
    // issued (the current settings for a draft), the logo, what was paid.
    Result<InvoiceDocument> document(qint64 invoiceId) const;

    // --- Packages -------------------------------------------------------
    // Records the sale and assigns its credits to the engagement's sessions.
    Result<PackageSale> sellPackage(qint64 engagementId, qint64 offeringId, const QDate& soldOn);
    // Sells and drafts the sale's invoice as one unit of work: both are
    // stored or neither. (A sale paid elsewhere: delete the draft; the
    // credits stay.)
    Result<Invoice> sellPackageAndBill(qint64 engagementId, qint64 offeringId, const QDate& soldOn);
    // Refused once a credit was used or the sale was billed.
    Status removePackageSale(qint64 saleId);
    // The engagement's sales with their use, oldest first.
    Result<QList<PackageCredit>> credits(qint64 engagementId) const;
    Result<QList<CreditWarning>> creditWarnings(qint64 engagementId) const;
    // Every engagement of the client (newest first) with its packages and
    // warnings; the engagements a package can be sold to.
    Result<QList<EngagementPackages>> clientPackages(qint64 clientId) const;

    // --- Who is billed ----------------------------------------------------
    // The client's billing details (empty fields when none were saved).
    Result<InvoiceRecipient> recipient(qint64 clientId) const;
    // Validated (InvoiceRecipient::validate), trimmed and stored; printed on
    // invoices issued from now on.
    Status saveRecipient(const InvoiceRecipient& recipient);
    // What an invoice to the client issued now would go out without
    // (InvoiceReadiness, under the current tax mode). A credit note needs no
    // such check: it repeats the details of the invoice it cancels.
    Result<QList<MissingInvoiceDetail>> missingDetails(qint64 clientId) const;
    // Frozen party details for an invoice, with the exemption wording (when
    // the mentor set none of their own) in `language` and right for the
    // mentor's country (ExemptionWording); empty = the mentor's language.
    Result<SellerDetails> sellerDetails(const QString& language = {}) const;
    // The client's name and billing address as the invoice prints them, in
    // the client's document language.
    Result<QString> billTo(qint64 clientId) const;
    // The language the client's invoices are written in: theirs, else the
    // mentor's (DocumentLanguage::forClient).
    Result<QString> documentLanguage(qint64 clientId) const;

    // Credit notes: what was paid on the cancelled invoice and given back
    // (minor units), frozen in the snapshot at issue since issuing moves that
    // payment off the invoice.
    static constexpr QLatin1String kReturnedKey{"credit_note_returned_minor"};
    // The language an issued invoice was written in, frozen with it so that
    // a reprint reads the same after the client's language changed.
    static constexpr QLatin1String kLanguageKey{"document_language"};

private:
    Result<BusinessSettings> businessSettings() const;
    Result<BillingOverview> readOverview(int year) const;
    Result<qint64> clientOf(qint64 engagementId) const;
    // Number pattern, dates and frozen party details for issuing `draft`;
    // refuses taxed lines under the exemption (except on credit notes).
    Result<InvoiceIssueRequest> issueRequestFor(const Invoice& draft) const;
    // The parts of the use cases that run inside a unit of work.
    Result<Invoice> insertDraft(qint64 clientId, const QList<InvoiceLine>& lines,
                                const BusinessSettings& settings, const QString& notes);
    Result<PackageSale> insertSale(qint64 engagementId, qint64 offeringId, const QDate& soldOn);
    Result<Invoice> insertSaleInvoice(qint64 saleId);
    Result<Invoice> issueInUnit(qint64 invoiceId);
    Result<Payment> insertPayment(const Payment& payment, qint64 invoiceId);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<InvoiceRepository> m_invoices;
    std::unique_ptr<PaymentRepository> m_payments;
    std::unique_ptr<OfferingRepository> m_offerings;
    std::unique_ptr<PackageRepository> m_packages;
    std::unique_ptr<BusinessSettingsRepository> m_settings; // read-only here
    std::unique_ptr<InvoiceRecipientRepository> m_recipients;
    std::unique_ptr<MentorProfileRepository> m_profile; // read-only here
    std::unique_ptr<ClientRepository> m_clients;        // read-only here
    // The last overview read, kept while nothing was written: the Billing
    // area and the Dashboard each show one, and at 30,000 invoices reading
    // it is a tenth of a second.
    struct CachedOverview {
        DataVersion version;
        QDate today;
        int year = 0;
        BillingOverview overview;
    };
    mutable std::optional<CachedOverview> m_overview;
};

} // namespace md
