#include "import/ImportedContact.h"

#include <QCoreApplication>

namespace md {

Client ImportedContact::toClient() const {
    Client client;
    client.fullName = fullName.simplified();
    if (client.fullName.isEmpty()) {
        QStringList parts;
        for (const QString& part : {givenName, middleName, familyName})
            if (!part.trimmed().isEmpty())
                parts.append(part.trimmed());
        client.fullName = parts.join(QLatin1Char(' '));
    }
    if (!nickname.trimmed().isEmpty() && nickname.trimmed() != client.fullName)
        client.preferredName = nickname.trimmed();
    client.email = emails.value(0).trimmed();
    client.phone = phones.value(0).trimmed();
    client.organisation = organisation.trimmed();
    client.role = role.trimmed();
    client.timeZone = timeZone.trimmed();
    client.referralSource = source.trimmed();
    QStringList background;
    if (!note.trimmed().isEmpty())
        background.append(note.trimmed());
    if (emails.size() > 1)
        background.append(QCoreApplication::translate("md::ImportedContact", "Other e-mail: %1")
                              .arg(emails.mid(1).join(QStringLiteral(", "))));
    if (phones.size() > 1)
        background.append(QCoreApplication::translate("md::ImportedContact", "Other phone: %1")
                              .arg(phones.mid(1).join(QStringLiteral(", "))));
    client.background = background.join(QLatin1Char('\n'));
    client.tags = tags;
    return client;
}

} // namespace md
