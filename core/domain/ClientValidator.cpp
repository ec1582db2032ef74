#include "domain/ClientValidator.h"

#include "i18n/DocumentLanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace md {

namespace {
constexpr int kMaxNameLength = 200;
constexpr int kMaxTextLength = 20000;
} // namespace

bool ClientValidator::isValidEmail(const QString& email) {
    // Deliberately simple: one @, a non-empty local part, a dotted domain and no
    // spaces. Full RFC 5322 parsing would reject nothing a mentor actually types.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

bool ClientValidator::isValidPhone(const QString& phone) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ()./-]{5,30}$)"));
    if (!pattern.match(phone).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5;
}

bool ClientValidator::isValidTimeZone(const QString& ianaId) {
    return QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8());
}

Client ClientValidator::normalised(Client client) {
    for (QString* field :
         {&client.fullName, &client.preferredName, &client.email, &client.phone,
          &client.organisation, &client.role, &client.timeZone, &client.referralSource})
        *field = field->trimmed();
    // "de_DE", "pt-BR" are stored as the code of their document language.
    if (const QString code = DocumentLanguage::normalised(client.documentLanguage); !code.isEmpty())
        client.documentLanguage = code;
    else
        client.documentLanguage = client.documentLanguage.trimmed();
    QStringList tags;
    for (const QString& tag : std::as_const(client.tags)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed, Qt::CaseInsensitive))
            tags.append(trimmed);
    }
    client.tags = tags;
    return client;
}

QList<FieldError> ClientValidator::validate(const Client& raw) {
    const Client client = normalised(raw);
    QList<FieldError> errors;
    if (client.fullName.isEmpty())
        errors.append({QStringLiteral("fullName"), tr("Enter the client's full name.")});
    else if (client.fullName.size() > kMaxNameLength)
        errors.append({QStringLiteral("fullName"),
                       tr("The full name is too long (at most 200 characters).")});
    if (client.preferredName.size() > kMaxNameLength)
        errors.append({QStringLiteral("preferredName"),
                       tr("The preferred name is too long (at most 200 characters).")});
    if (!client.email.isEmpty() && !isValidEmail(client.email))
        errors.append({QStringLiteral("email"),
                       tr("This is not a valid email address (for example name@example.com).")});
    if (!client.phone.isEmpty() && !isValidPhone(client.phone))
        errors.append({QStringLiteral("phone"),
                       tr("A phone number has at least five digits and may start with +.")});
    if (!client.timeZone.isEmpty() && !isValidTimeZone(client.timeZone))
        errors.append({QStringLiteral("timeZone"),
                       tr("Unknown time zone \"%1\" (use a name such as Europe/Berlin).")
                           .arg(client.timeZone)});
    if (!client.documentLanguage.isEmpty() &&
        !DocumentLanguage::codes().contains(client.documentLanguage))
        errors.append({QStringLiteral("documentLanguage"),
                       tr("MentorDesk writes no documents in \"%1\" (use one of %2).")
                           .arg(client.documentLanguage,
                                DocumentLanguage::codes().join(QStringLiteral(", ")))});
    const QList<std::pair<const char*, const QString*>> longTexts = {
        {"background", &client.background}, {"strengths", &client.strengths},
        {"weaknesses", &client.weaknesses}, {"aspirations", &client.aspirations},
        {"keepDoing", &client.keepDoing},   {"startDoing", &client.startDoing},
        {"stopDoing", &client.stopDoing}};
    for (const auto& [field, text] : longTexts) {
        if (text->size() > kMaxTextLength)
            errors.append({QString::fromLatin1(field),
                           tr("This text is too long (at most 20,000 characters).")});
    }
    return errors;
}

} // namespace md
