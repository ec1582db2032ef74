#include "agreements/SignerName.h"

#include <QCoreApplication>

namespace md {

namespace {

QString comparable(const QString& name) {
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

} // namespace

bool isSameSignerName(const QString& typed, const QString& onRecord) {
    return comparable(typed) == comparable(onRecord);
}

QString signerNameNote(const AgreementSignature& signature) {
    if (!signature.nameDifferenceConfirmed)
        return {};
    // Whole sentences per role: a role spliced into one would not translate.
    return signature.role == SignerRole::Mentee
               ? QCoreApplication::translate("md::SignerName",
                                             "Signed as “%1”; the mentor confirmed this differs "
                                             "from the client's name “%2”.")
                     .arg(signature.fullName, signature.nameOnRecord)
               : QCoreApplication::translate("md::SignerName",
                                             "Signed as “%1”; the mentor confirmed this differs "
                                             "from the name in the mentor profile “%2”.")
                     .arg(signature.fullName, signature.nameOnRecord);
}

} // namespace md
