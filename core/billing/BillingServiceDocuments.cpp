// BillingService: who is billed, and the printed documents.
#include "billing/BillingService.h"

#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/InvoiceRecipientRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/MentorProfileRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace md {

Result<SellerDetails> BillingService::sellerDetails() const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    auto profile = m_profile->load();
    if (!profile)
        return profile.error();
    SellerDetails s;
    s.name = profile->name;
    s.businessName = profile->businessName;
    s.address = profile->address;
    s.taxId = profile->taxId;
    s.email = profile->email;
    s.phone = profile->phone;
    s.bankAccountHolder = settings->bankAccountHolder;
    s.bankName = settings->bankName;
    s.iban = settings->iban;
    s.bic = settings->bic;
    s.paymentTermsDays = settings->paymentTermsDays;
    s.latePaymentNote = settings->latePaymentNote;
    s.cancellationPolicy = settings->cancellationPolicyText.trimmed();
    s.taxExempt = settings->taxMode == TaxMode::SmallBusinessExemption;
    s.exemptionText = s.taxExempt ? settings->effectiveExemptionText() : QString();
    return s;
}

Result<QString> BillingService::billTo(qint64 clientId) const {
    auto client = m_clients->get(clientId);
    if (!client)
        return client.error();
    auto recipient = m_recipients->get(clientId);
    if (!recipient)
        return recipient.error();
    QStringList lines;
    lines << (recipient->billingName.isEmpty() ? client->fullName : recipient->billingName);
    if (!recipient->billingName.isEmpty() && recipient->billingName != client->fullName)
        lines << tr("Attn. %1").arg(client->fullName);
    if (!recipient->address.isEmpty())
        lines << recipient->address;
    if (!recipient->taxId.isEmpty())
        lines << tr("Tax ID: %1").arg(recipient->taxId);
    return lines.join(u'\n');
}

Result<QList<MissingInvoiceDetail>> BillingService::missingDetails(qint64 clientId) const {
    auto seller = sellerDetails();
    if (!seller)
        return seller.error();
    auto client = m_clients->get(clientId);
    if (!client)
        return client.error();
    auto recipient = m_recipients->get(clientId);
    if (!recipient)
        return recipient.error();
    return InvoiceReadiness::missing(*seller, *recipient, client->fullName);
}

Result<InvoiceRecipient> BillingService::recipient(qint64 clientId) const {
    if (auto client = m_clients->get(clientId); !client)
        return client.error();
    return m_recipients->get(clientId);
}

Status BillingService::saveRecipient(const InvoiceRecipient& recipient) {
    if (Status ok = recipient.validate(); !ok)
        return ok;
    return m_database.transaction([&]() -> Status {
        if (auto client = m_clients->get(recipient.clientId); !client)
            return client.error();
        if (Status saved = m_recipients->save(recipient.normalised()); !saved)
            return saved;
        // The billing details are part of the client as invoices see them.
        m_database.noteChange(RecordKind::Client, ChangeOp::Updated, recipient.clientId);
        return {};
    });
}

Result<InvoiceDocument> BillingService::document(qint64 invoiceId) const {
    auto invoice = m_invoices->get(invoiceId);
    if (!invoice)
        return invoice.error();
    auto record = m_invoices->record(invoiceId);
    if (!record)
        return record.error();
    InvoiceDocument doc;
    doc.invoice = *invoice;
    if (invoice->isIssued() && !invoice->sellerSnapshot.isEmpty()) {
        doc.seller = SellerDetails::fromJson(
            QJsonDocument::fromJson(invoice->sellerSnapshot.toUtf8()).object());
    } else {
        auto seller = sellerDetails();
        if (!seller)
            return seller.error();
        doc.seller = *seller;
        if (auto to = billTo(invoice->clientId))
            doc.invoice.billTo = *to;
    }
    if (auto profile = m_profile->load())
        doc.logo = profile->logoImage;
    doc.paid = record->paid;
    doc.credited = record->credited;
    doc.creditOfPaid = Money(0, invoice->currency);
    if (invoice->isCreditNote() && invoice->isIssued()) {
        const QJsonObject frozen =
            QJsonDocument::fromJson(invoice->sellerSnapshot.toUtf8()).object();
        doc.creditOfPaid = Money(qint64(frozen.value(kReturnedKey).toDouble()), invoice->currency);
    }
    if (invoice->isCreditNote()) {
        if (auto original = m_invoices->record(invoice->creditOfId)) {
            doc.creditOfNumber = original->invoice.number;
            doc.creditOfIssueDate = original->invoice.issueDate;
        }
    }
    return doc;
}

} // namespace md
