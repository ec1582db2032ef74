#pragma once

#include <QByteArray>
#include <QString>

namespace md {

// The mentor as they appear on agreements and, later, invoices. Kept in the
// encrypted workspace (workspace_settings, keys "profile.*"), so it travels
// with the workspace rather than with one computer.
struct MentorProfile {
    QString name;
    QString businessName;
    QString address; // several lines
    QString taxId;
    QString email;
    QString phone;
    // The language of the mentor's own documents and the default of every
    // client's (one of DocumentLanguage::codes()); empty = the interface
    // language of the program that prints.
    QString language;
    // ISO 3166 code of the country the mentor's business is in ("DE"): it
    // decides the legal wording of a small-business exemption. Empty = the
    // country of the IBAN, else of a VAT number.
    QString country;
    QByteArray logoImage;      // PNG/JPEG bytes as chosen; empty = none
    QByteArray signatureImage; // PNG of the mentor's stored signature; empty = none

    bool isEmpty() const {
        return name.isEmpty() && businessName.isEmpty() && address.isEmpty() && taxId.isEmpty() &&
               email.isEmpty() && phone.isEmpty() && logoImage.isEmpty() &&
               signatureImage.isEmpty();
    }
    bool operator==(const MentorProfile&) const = default;
};

} // namespace md
