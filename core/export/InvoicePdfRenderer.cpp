#include "export/InvoicePdfRenderer.h"

#include "billing/Iban.h"
#include "common/SafeFileName.h"
#include "export/DocumentLayout.h"
#include "i18n/DocumentTranslator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace md {

namespace {

QString readTemplate(const QString& name) {
    QFile file(QStringLiteral(":/core/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A minimal mustache: {{#key}}…{{/key}} is kept when `key` has a non-empty
// value and dropped otherwise; {{key}} is replaced by its (already escaped)
// value. Unknown keys become empty.
QString fill(QString text, const QHash<QString, QString>& values) {
    static const QRegularExpression section(QStringLiteral(R"(\{\{#(\w+)\}\}(.*?)\{\{/\1\}\})"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (;;) {
        const auto match = section.match(text);
        if (!match.hasMatch())
            break;
        const bool keep = !values.value(match.captured(1)).isEmpty();
        text.replace(match.capturedStart(), match.capturedLength(),
                     keep ? match.captured(2) : QString());
    }
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    text.remove(comment);
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{(\w+)\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        out += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QDate& date, const QLocale& locale) {
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString sellerDisplayName(const SellerDetails& s) {
    return s.businessName.isEmpty() ? s.name : s.businessName;
}

QString bankRow(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td class=\"meta-label\">%1&nbsp;&nbsp;</td>"
                          "<td class=\"note\">%2</td></tr>")
        .arg(esc(label), esc(value));
}

// The seller as the letterhead shows them: the business (or own) name, the
// person, the address line by line, then how to reach them.
Letterhead letterheadOf(const InvoiceDocument& doc) {
    const SellerDetails& s = doc.seller;
    Letterhead letterhead;
    letterhead.name = sellerDisplayName(s);
    letterhead.logo = doc.logo;
    if (!s.businessName.isEmpty() && !s.name.isEmpty() && s.name != s.businessName)
        letterhead.details << s.name;
    letterhead.details << s.address.split(u'\n', Qt::SkipEmptyParts);
    QStringList contact;
    for (const QString& c : {s.email, s.phone})
        if (!c.isEmpty())
            contact << c;
    letterhead.details << contact.join(QStringLiteral("  ·  "));
    return letterhead;
}

} // namespace

QString InvoicePdfRenderer::footerText(const SellerDetails& s, const QString& language) {
    const DocumentTranslator text(language);
    // Two short lines rather than one that wraps anywhere: who and where,
    // then how to reach them and the tax number.
    QStringList first;
    QStringList second;
    for (const QString& part :
         {sellerDisplayName(s),
          s.address.split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(", "))})
        if (!part.trimmed().isEmpty())
            first << part.trimmed();
    for (const QString& part : {s.email, s.phone})
        if (!part.trimmed().isEmpty())
            second << part.trimmed();
    if (!s.taxId.isEmpty())
        second << text.translate("md::InvoicePdfRenderer", "Tax ID %1").arg(s.taxId);
    return first.join(QStringLiteral("  ·  ")) + u'\n' + second.join(QStringLiteral("  ·  "));
}

QString InvoicePdfRenderer::suggestedFileName(const Invoice& invoice) {
    if (!invoice.isIssued())
        return tr("Draft invoice %1.pdf").arg(invoice.id);
    // Numbers may hold characters that file systems refuse ("RE/2026/001").
    const QString number = safeFileName(invoice.number, u"-", QString::number(invoice.id));
    return (invoice.isCreditNote() ? tr("Credit note %1.pdf") : tr("Invoice %1.pdf")).arg(number);
}

QString InvoicePdfRenderer::html(const InvoiceDocument& doc) {
    // In the client's language and its locale, whatever the interface's.
    const DocumentTranslator text(doc.language);
    const QLocale& locale = text.locale();
    const Invoice& inv = doc.invoice;
    const SellerDetails& s = doc.seller;
    const InvoiceTotals totals = inv.totals();
    const bool credit = inv.isCreditNote();
    auto money = [&](qint64 minor) {
        return esc(Money(minor, inv.currency).format(locale));
    };

    QHash<QString, QString> v;
    v[QStringLiteral("seller_tax_id")] = esc(s.taxId);
    v[QStringLiteral("sender_line")] = esc(QStringList{
        sellerDisplayName(s), s.address.split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(", "))}
                                               .filter(QRegularExpression(QStringLiteral("\\S")))
                                               .join(QStringLiteral(" · ")));

    v[QStringLiteral("title")] =
        esc(credit ? text.translate("md::InvoicePdfRenderer", "Credit note")
                   : text.translate("md::InvoicePdfRenderer", "Invoice"));
    if (!inv.isIssued())
        v[QStringLiteral("draft_note")] =
            esc(text.translate("md::InvoicePdfRenderer", "DRAFT – not a valid invoice"));
    v[QStringLiteral("label_number")] =
        esc(credit ? text.translate("md::InvoicePdfRenderer", "Credit note no.")
                   : text.translate("md::InvoicePdfRenderer", "Invoice no."));
    v[QStringLiteral("number")] =
        esc(inv.isIssued() ? inv.number : text.translate("md::InvoicePdfRenderer", "(draft)"));
    v[QStringLiteral("label_issue_date")] = esc(text.translate("md::InvoicePdfRenderer", "Date"));
    v[QStringLiteral("issue_date")] =
        esc(dateText(inv.isIssued() ? inv.issueDate : inv.createdUtc.toLocalTime().date(), locale));
    if (!credit && inv.dueDate.isValid()) {
        v[QStringLiteral("label_due_date")] =
            esc(text.translate("md::InvoicePdfRenderer", "Due date"));
        v[QStringLiteral("due_date")] = esc(dateText(inv.dueDate, locale));
    }
    if (credit) {
        v[QStringLiteral("label_credit_of")] =
            esc(text.translate("md::InvoicePdfRenderer", "Corrects invoice"));
        v[QStringLiteral("credit_of")] = esc(doc.creditOfNumber);
    }
    v[QStringLiteral("label_tax_id")] = esc(text.translate("md::InvoicePdfRenderer", "Tax ID"));
    v[QStringLiteral("label_bill_to")] = esc(text.translate("md::InvoicePdfRenderer", "BILL TO"));
    v[QStringLiteral("bill_to")] = esc(inv.billTo);

    v[QStringLiteral("label_description")] =
        esc(text.translate("md::InvoicePdfRenderer", "Description"));
    v[QStringLiteral("label_quantity")] = esc(text.translate("md::InvoicePdfRenderer", "Qty"));
    v[QStringLiteral("label_unit_price")] =
        esc(text.translate("md::InvoicePdfRenderer", "Unit price"));
    v[QStringLiteral("label_tax_rate")] = esc(text.translate("md::InvoicePdfRenderer", "Tax"));
    v[QStringLiteral("label_amount")] = esc(text.translate("md::InvoicePdfRenderer", "Amount"));

    const QString lineTemplate = readTemplate(QStringLiteral("invoice_line.html"));
    QString lines;
    int position = 0;
    for (const InvoiceLine& line : inv.lines) {
        const LineAmounts amounts = line.amounts();
        QHash<QString, QString> row;
        row[QStringLiteral("position")] = QString::number(++position);
        row[QStringLiteral("description")] = esc(line.description);
        row[QStringLiteral("service_date")] =
            line.period.isEmpty() && line.serviceDate.isValid() && line.sessionId == 0
                ? esc(dateText(line.serviceDate, locale))
                : QString();
        row[QStringLiteral("quantity")] =
            esc(InvoiceMath::formatQuantity(line.quantityMilli, locale));
        row[QStringLiteral("unit_price")] = money(line.unitPriceMinor);
        row[QStringLiteral("tax_rate")] = esc(
            InvoiceMath::formatRatePercent(line.taxRateBasisPoints, locale) + QStringLiteral(" %"));
        row[QStringLiteral("amount")] = money(amounts.net);
        lines += fill(lineTemplate, row);
    }
    v[QStringLiteral("lines")] = lines;

    v[QStringLiteral("label_net")] =
        esc(text.translate("md::InvoicePdfRenderer", "Subtotal (net)"));
    v[QStringLiteral("net")] = money(totals.net.minorUnits());
    const QString taxTemplate = readTemplate(QStringLiteral("invoice_tax.html"));
    QString taxRows;
    for (const TaxBreakdownRow& row : totals.byRate) {
        if (s.taxExempt && row.rateBasisPoints == 0)
            continue;
        QHash<QString, QString> t;
        t[QStringLiteral("label")] =
            esc(text.translate("md::InvoicePdfRenderer", "Tax %1 % on %2")
                    .arg(InvoiceMath::formatRatePercent(row.rateBasisPoints, locale),
                         row.net.format(locale)));
        t[QStringLiteral("amount")] = esc(row.tax.format(locale));
        taxRows += fill(taxTemplate, t);
    }
    if (totals.byRate.size() > 1 && !s.taxExempt) {
        QHash<QString, QString> t;
        t[QStringLiteral("label")] = esc(text.translate("md::InvoicePdfRenderer", "Total tax"));
        t[QStringLiteral("amount")] = money(totals.tax.minorUnits());
        taxRows += fill(taxTemplate, t);
    }
    v[QStringLiteral("tax_rows")] = taxRows;
    v[QStringLiteral("label_total")] =
        esc(credit ? text.translate("md::InvoicePdfRenderer", "Total credited")
                   : text.translate("md::InvoicePdfRenderer", "Total"));
    v[QStringLiteral("total")] = money(totals.total.minorUnits());
    // What is still due: credit notes cancel part or all of an invoice just
    // as payments settle it (the same rule as InvoiceRecord::outstanding()).
    const Money credited =
        doc.credited.currency().isEmpty() ? Money(0, inv.currency) : doc.credited;
    const Money settled = doc.paid + credited;
    const Money balance = totals.total - settled;
    if (!credit && settled.isPositive()) {
        v[QStringLiteral("paid")] = esc((-settled).format(locale));
        v[QStringLiteral("label_paid")] =
            esc(!credited.isPositive()
                    ? text.translate("md::InvoicePdfRenderer", "Paid / credit applied")
                : doc.paid.isPositive()
                    ? text.translate("md::InvoicePdfRenderer", "Paid and credited")
                    : text.translate("md::InvoicePdfRenderer", "Cancelled by credit note"));
        v[QStringLiteral("label_balance")] =
            esc(text.translate("md::InvoicePdfRenderer", "Balance due"));
        v[QStringLiteral("balance")] = esc(balance.format(locale));
    }

    if (s.taxExempt)
        v[QStringLiteral("exemption")] = esc(s.exemptionText);
    v[QStringLiteral("notes")] = esc(inv.notes);
    v[QStringLiteral("label_payment")] = esc(text.translate("md::InvoicePdfRenderer", "PAYMENT"));
    if (credit) {
        // Money comes back only when some was paid on the cancelled invoice;
        // otherwise there is nothing to credit or refund.
        const Money paidBefore =
            doc.creditOfPaid.currency().isEmpty() ? Money(0, inv.currency) : doc.creditOfPaid;
        const Money cancelled = -totals.total;
        if (paidBefore.isPositive()) {
            const Money back = paidBefore < cancelled ? paidBefore : cancelled;
            v[QStringLiteral("payment")] =
                esc(text.translate("md::InvoicePdfRenderer",
                                   "The amount of %1 is credited to your account or refunded.")
                        .arg(back.format(locale)));
        } else {
            v[QStringLiteral("payment")] =
                esc(text.translate("md::InvoicePdfRenderer",
                                   "Nothing is to be paid or refunded: the invoice is cancelled."));
        }
    } else if (!balance.isPositive() && credited.isPositive()) {
        v[QStringLiteral("payment")] = esc(
            text.translate("md::InvoicePdfRenderer",
                           "Nothing is due: this invoice has been cancelled by a credit note."));
    } else if (!balance.isPositive()) {
        v[QStringLiteral("payment")] = esc(text.translate(
            "md::InvoicePdfRenderer", "Nothing is due: this invoice has been paid."));
    } else {
        const QString reference =
            inv.isIssued() ? inv.number
                           : text.translate("md::InvoicePdfRenderer", "the invoice number");
        v[QStringLiteral("payment")] =
            inv.dueDate.isValid()
                ? esc(text.translate("md::InvoicePdfRenderer",
                                     "Please transfer %1 by %2, quoting %3.")
                          .arg(balance.format(locale), dateText(inv.dueDate, locale), reference))
                : esc(text.translate("md::InvoicePdfRenderer",
                                     "Please transfer %1 within %n day(s), quoting %2.", nullptr,
                                     s.paymentTermsDays)
                          .arg(balance.format(locale), reference));
        QString bank;
        if (!s.bankAccountHolder.isEmpty())
            bank += bankRow(text.translate("md::InvoicePdfRenderer", "Account holder"),
                            s.bankAccountHolder);
        if (!s.iban.isEmpty())
            bank +=
                bankRow(text.translate("md::InvoicePdfRenderer", "IBAN"), Iban::formatted(s.iban));
        if (!s.bic.isEmpty())
            bank += bankRow(text.translate("md::InvoicePdfRenderer", "BIC"), s.bic);
        if (!s.bankName.isEmpty())
            bank += bankRow(text.translate("md::InvoicePdfRenderer", "Bank"), s.bankName);
        v[QStringLiteral("bank")] = bank;
        v[QStringLiteral("late_note")] = esc(s.latePaymentNote);
    }
    // The policy applies to future sessions: a credit note has no use for it.
    if (!credit && !s.cancellationPolicy.isEmpty()) {
        v[QStringLiteral("label_cancellation")] =
            esc(text.translate("md::InvoicePdfRenderer", "CANCELLATION POLICY"));
        v[QStringLiteral("cancellation")] = esc(s.cancellationPolicy);
    }
    v[QStringLiteral("thanks")] = esc(
        credit ? QString() : text.translate("md::InvoicePdfRenderer", "Thank you for your trust."));
    v[QStringLiteral("letterhead")] = DocumentLayout::letterheadHtml(
        letterheadOf(doc), fill(readTemplate(QStringLiteral("invoice_heading.html")), v));
    return fill(readTemplate(QStringLiteral("invoice.html")), v);
}

QPageLayout InvoicePdfRenderer::pageLayout() {
    return DocumentLayout().pageLayout();
}

namespace {

DocumentContent contentOf(const InvoiceDocument& doc) {
    DocumentContent content;
    content.title = InvoicePdfRenderer::suggestedFileName(doc.invoice).chopped(4);
    content.html = InvoicePdfRenderer::html(doc);
    content.language = doc.language;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    content.font = font;
    content.letterhead = letterheadOf(doc);
    content.footer = InvoicePdfRenderer::footerText(doc.seller, doc.language);
    return content;
}

} // namespace

Status InvoicePdfRenderer::paint(const InvoiceDocument& doc, QPagedPaintDevice& device) {
    if (doc.invoice.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The invoice has no lines to print."));
    return DocumentLayout::paint(contentOf(doc), device);
}

Result<QByteArray> InvoicePdfRenderer::render(const InvoiceDocument& doc) {
    if (doc.invoice.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The invoice has no lines to print."));
    // The paper of this computer (Letter in the US), as for every document.
    return DocumentLayout().renderPdf(contentOf(doc));
}

} // namespace md
