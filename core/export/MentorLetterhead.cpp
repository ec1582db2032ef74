#include "export/MentorLetterhead.h"

#include <QStringList>

namespace md {

Letterhead MentorLetterhead::of(const MentorProfile& mentor, const DocumentTranslator& document) {
    Letterhead letterhead;
    letterhead.name = mentor.businessName.isEmpty() ? mentor.name : mentor.businessName;
    letterhead.logo = mentor.logoImage;
    QStringList details;
    if (!mentor.businessName.isEmpty() && !mentor.name.isEmpty())
        details << mentor.name;
    const QString address =
        mentor.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1String(", "));
    if (!address.trimmed().isEmpty())
        details << address.simplified();
    QStringList contact;
    if (!mentor.email.isEmpty())
        contact << mentor.email;
    if (!mentor.phone.isEmpty())
        contact << mentor.phone;
    if (!mentor.taxId.isEmpty())
        contact << document.translate("md::MentorLetterhead", "Tax ID %1").arg(mentor.taxId);
    letterhead.details = {details.join(QStringLiteral(" · ")), contact.join(QStringLiteral(" · "))};
    return letterhead;
}

} // namespace md
