// BillingService: who is billed, and the printed documents.
#include "billing/BillingService.h"

#include "billing/ExemptionWording.h"
#include "i18n/DocumentLanguage.h"
#include "i18n/DocumentTranslator.h"

#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/InvoiceRecipientRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/MentorProfileRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace md {

Result<QString> BillingService::documentLanguage(qint64 clientId) const {
    auto client = m_clients->get(clientId);
    if (!client)
        return client.error();
    auto profile = m_profile->load();
    if (!profile)
        return profile.error();
    return DocumentLanguage::forClient(client->documentLanguage, profile->language);
}

Result<SellerDetails> BillingService::sellerDetails(const QString& language) const {
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
    s.country = businessCountry(profile->country, settings->iban, profile->taxId);
    if (s.taxExempt) {
        // The mentor's own words stand as written; otherwise the law's.
        const DocumentTranslator text(
            language.isEmpty() ? DocumentLanguage::forClient(QString(), profile->language)
                               : language);
        s.exemptionText = settings->exemptionText.trimmed().isEmpty()
                              ? ExemptionWording::text(s.country, text)
                              : settings->exemptionText;
    }
    return s;
}

Result<QString> BillingService::billTo(qint64 clientId) const {
    auto client = m_clients->get(clientId);
    if (!client)
        return client.error();
    auto recipient = m_recipients->get(clientId);
    if (!recipient)
        return recipient.error();
    auto language = documentLanguage(clientId);
    if (!language)
        return language.error();
    const DocumentTranslator text(*language);
    QStringList lines;
    lines << (recipient->billingName.isEmpty() ? client->fullName : recipient->billingName);
    if (!recipient->billingName.isEmpty() && recipient->billingName != client->fullName)
        lines << text.translate("md::BillingService", "Attn. %1").arg(client->fullName);
    if (!recipient->address.isEmpty())
        lines << recipient->address;
    if (!recipient->taxId.isEmpty())
        lines << text.translate("md::BillingService", "Tax ID: %1").arg(recipient->taxId);
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
    auto language = documentLanguage(invoice->clientId);
    if (!language)
        return language.error();
    doc.language = *language;
    if (invoice->isIssued() && !invoice->sellerSnapshot.isEmpty()) {
        const QJsonObject frozen =
            QJsonDocument::fromJson(invoice->sellerSnapshot.toUtf8()).object();
        doc.seller = SellerDetails::fromJson(frozen);
        // Issued before documents had a language: the client's, as now.
        if (const QString issuedIn = frozen.value(kLanguageKey).toString(); !issuedIn.isEmpty())
            doc.language = issuedIn;
    } else {
        auto seller = sellerDetails(doc.language);
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
