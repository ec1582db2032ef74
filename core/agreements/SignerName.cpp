#include "agreements/SignerName.h"

#include "i18n/DocumentTranslator.h"

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

QString signerNameNote(const AgreementSignature& signature, const DocumentTranslator* text) {
    if (!signature.nameDifferenceConfirmed)
        return {};
    // Whole sentences per role: a role spliced into one would not translate.
    const char* sentence =
        signature.role == SignerRole::Mentee
            ? QT_TRANSLATE_NOOP("md::SignerName", "Signed as “%1”; the mentor confirmed this "
                                                  "differs from the client's name “%2”.")
            : QT_TRANSLATE_NOOP("md::SignerName", "Signed as “%1”; the mentor confirmed this "
                                                  "differs from the name in the mentor profile "
                                                  "“%2”.");
    const QString translated = text ? text->translate("md::SignerName", sentence)
                                    : QCoreApplication::translate("md::SignerName", sentence);
    return translated.arg(signature.fullName, signature.nameOnRecord);
}

} // namespace md
