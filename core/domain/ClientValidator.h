#pragma once

#include "domain/Client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

// One problem with one field, so a form can show the message next to it.
struct FieldError {
    QString field; // the Client member name, e.g. "email"
    QString message;
};

// The rules a client profile must satisfy before it is stored. Pure: the UI
// calls it live while typing, the repository calls it again before writing.
class ClientValidator final {
    Q_DECLARE_TR_FUNCTIONS(md::ClientValidator)
public:
    static QList<FieldError> validate(const Client& client);
    static bool isValidEmail(const QString& email);
    static bool isValidPhone(const QString& phone);
    static bool isValidTimeZone(const QString& ianaId);
    // Trims whitespace and drops empty or duplicate tags.
    static Client normalised(Client client);
};

} // namespace md
