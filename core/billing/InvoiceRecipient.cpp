#include "billing/InvoiceRecipient.h"

#include <QRegularExpression>
#include <QStringList>

namespace md {

Status InvoiceRecipient::validate() const {
    if (clientId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose a client."));
    if (billingName.trimmed().size() > kMaxNameLength)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The billing name is longer than %n character(s).", nullptr, kMaxNameLength));
    const QStringList lines = address.trimmed().split(u'\n');
    if (lines.size() > kMaxAddressLines)
        return makeError(ErrorCode::InvalidInput,
                         tr("The address has more than %n line(s).", nullptr, kMaxAddressLines));
    for (const QString& line : lines) {
        if (line.trimmed().size() > kMaxAddressLineLength)
            return makeError(ErrorCode::InvalidInput,
                             tr("An address line is longer than %n character(s).", nullptr,
                                kMaxAddressLineLength));
    }
    // VAT ids and tax numbers: letters, digits and the usual separators.
    static const QRegularExpression taxIdPattern(QStringLiteral("^[A-Za-z0-9 ./-]*$"));
    const QString tax = taxId.trimmed();
    if (tax.size() > kMaxTaxIdLength || !taxIdPattern.match(tax).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', "
                            "at most %2 characters.")
                             .arg(tax)
                             .arg(kMaxTaxIdLength));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = email.trimmed();
    if (!mail.isEmpty() && !emailPattern.match(mail).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("'%1' is not an e-mail address.").arg(mail));
    return {};
}

InvoiceRecipient InvoiceRecipient::normalised() const {
    InvoiceRecipient r = *this;
    r.billingName = billingName.trimmed();
    QStringList lines = address.trimmed().split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    r.address = lines.join(u'\n');
    r.taxId = taxId.trimmed();
    r.email = email.trimmed();
    return r;
}

} // namespace md
