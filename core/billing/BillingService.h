#pragma once

#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"
#include "billing/InvoiceDocument.h"
#include "billing/Offering.h"
#include "billing/Payment.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/InvoiceRepository.h"

#include <QObject>

#include <memory>
#include <optional>

namespace md {

class BusinessSettingsRepository;
class ClientRepository;
class Workspace;
class Database;
class InvoiceRecipientRepository;
class MentorProfileRepository;
class OfferingRepository;
class PackageRepository;
class PaymentRepository;

// What a client owes and holds, for the client page and the reports.
struct ClientBalance {
    Money outstanding; // still to be paid on issued invoices
    Money overdue;     // part of outstanding past its due date
    Money credit;      // paid in advance / overpaid, usable by the next invoice
    int openInvoices = 0;
    Money net() const { return outstanding - credit; } // > 0: the client owes
};

// One engagement's packages, for the client page.
struct EngagementPackages {
    qint64 engagementId = 0;
    QString title;
    QList<PackageCredit> credits;
    QList<CreditWarning> warnings;
};

// Filter of the invoice list (status is derived, hence filtered here).
struct InvoiceQuery {
    qint64 clientId = 0;
    QDate from;
    QDate to;
    std::optional<InvoiceStatus> status;
};

// The billing rules on top of the billing repositories: invoices from held
// sessions, package sales and retainer periods; issuing with snapshots;
// credit notes; payments; package credits. Time comes from the Clock.
class BillingService final : public QObject {
    Q_OBJECT
public:
    BillingService(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~BillingService() override;

    // The workspace's own instance, made on first use as a child of the
    // workspace and destroyed with it (locking). The billing area, the client
    // page, the dashboard and the CLI share it, so signals reach them all.
    static BillingService& of(Workspace& workspace);

    InvoiceRepository& invoices() { return *m_invoices; }
    PaymentRepository& payments() { return *m_payments; }
    OfferingRepository& offerings() { return *m_offerings; }
    PackageRepository& packages() { return *m_packages; }
    BusinessSettingsRepository& settings() { return *m_settings; }
    InvoiceRecipientRepository& recipients() { return *m_recipients; }
    MentorProfileRepository& profile() { return *m_profile; }
    const Clock& clock() const { return m_clock; }

    Result<BusinessSettings> businessSettings() const;

    // --- Drafts ---------------------------------------------------------
    // A draft in the workspace currency with the given lines (may be none).
    Result<Invoice> createInvoice(qint64 clientId, const QList<InvoiceLine>& lines,
                                  const QString& notes = {});
    // One line per held (or chargeable cancelled) session of the client that
    // is neither billed yet nor paid by a package credit.
    Result<QList<InvoiceLine>> unbilledSessionLines(qint64 clientId);
    // A draft billing those sessions, plus `extraLines`. InvalidInput when
    // there is nothing to bill.
    Result<Invoice> createFromSessions(qint64 clientId, const QList<InvoiceLine>& extraLines = {});
    Result<Invoice> createFromPackageSale(qint64 saleId);
    // `month`: any day of the month billed.
    Result<Invoice> createForRetainer(qint64 clientId, qint64 offeringId, const QDate& month);
    // A line from a price-list entry, in the workspace currency.
    Result<InvoiceLine> lineFromOffering(qint64 offeringId, qint64 quantityMilli = 1000);

    // --- Issue, credit, pay ---------------------------------------------
    // Numbers and freezes a draft (issue date = today, due date from the
    // payment terms), freezing the seller and client details, and applies the
    // client's credit balance.
    Result<Invoice> issue(qint64 invoiceId);
    // Issues a credit note cancelling the whole invoice.
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

    // --- Reading --------------------------------------------------------
    Result<QList<InvoiceRecord>> list(const InvoiceQuery& query = {}) const;
    Result<InvoiceRecord> record(qint64 invoiceId) const;
    InvoiceStatus statusOf(const InvoiceRecord& record) const;
    Result<ClientBalance> clientBalance(qint64 clientId) const;
    // What the PDF of an invoice shows: the frozen seller snapshot once
    // issued (the current settings for a draft), the logo, what was paid.
    Result<InvoiceDocument> document(qint64 invoiceId) const;

    // --- Packages -------------------------------------------------------
    Result<PackageSale> sellPackage(qint64 engagementId, qint64 offeringId, const QDate& soldOn);
    // Sells and drafts the sale's invoice; when the draft cannot be made the
    // sale is taken back, so no sale is left that nothing can bill. (A sale
    // paid elsewhere: delete the draft; the credits stay.)
    Result<Invoice> sellPackageAndBill(qint64 engagementId, qint64 offeringId, const QDate& soldOn);
    // Assigns credits to newly held sessions, then lists the sales.
    Result<QList<PackageCredit>> credits(qint64 engagementId);
    Result<QList<CreditWarning>> creditWarnings(qint64 engagementId);
    // Every engagement of the client with its packages and warnings.
    Result<QList<EngagementPackages>> clientPackages(qint64 clientId);

    // Session status keys that are billed under `settings`.
    static QStringList billableStatusKeys(const BusinessSettings& settings);
    // Frozen party details for an invoice.
    Result<SellerDetails> sellerDetails() const;
    Result<QString> billTo(qint64 clientId) const;

    // Credit notes: what was paid on the cancelled invoice and given back
    // (minor units), frozen in the snapshot at issue since issuing moves that
    // payment off the invoice.
    static constexpr QLatin1String kReturnedKey{"credit_note_returned_minor"};

Q_SIGNALS:
    // Anything billing-related changed (invoices, payments, credits).
    void billingChanged();

private:
    Result<qint64> clientOf(qint64 engagementId) const;
    // Number pattern, dates and frozen party details for issuing `draft`;
    // refuses taxed lines under the exemption (except on credit notes).
    Result<InvoiceRepository::IssueRequest> issueRequestFor(const Invoice& draft) const;
    Result<Invoice> draftFor(qint64 clientId, const QList<InvoiceLine>& lines,
                             const BusinessSettings& settings, const QString& notes);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<InvoiceRepository> m_invoices;
    std::unique_ptr<PaymentRepository> m_payments;
    std::unique_ptr<OfferingRepository> m_offerings;
    std::unique_ptr<PackageRepository> m_packages;
    std::unique_ptr<BusinessSettingsRepository> m_settings;
    std::unique_ptr<InvoiceRecipientRepository> m_recipients;
    std::unique_ptr<MentorProfileRepository> m_profile;
    std::unique_ptr<ClientRepository> m_clients; // read-only here
};

} // namespace md
