#include "agreements/ConsentText.h"

#include <QCoreApplication>

namespace md::ConsentText {

QString version() {
    return QString::fromLatin1(kVersion);
}

QString text() {
    return QCoreApplication::translate(
        "md::ConsentText",
        "I have read this agreement in full and agree to its terms. I intend the signature I "
        "draw here, together with my typed name, to be my signature on this agreement, with the "
        "same effect as signing it by hand.");
}

} // namespace md::ConsentText
