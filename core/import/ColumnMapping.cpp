#include "import/ColumnMapping.h"

#include <QRegularExpression>

namespace md {

namespace {

struct Known {
    const char* header; // lower case
    ImportField field;
};

// Exact header names, lower case (Google Contacts, Outlook, LinkedIn,
// generic files).
const Known kKnown[] = {
    {"name", ImportField::FullName},
    {"full name", ImportField::FullName},
    {"fullname", ImportField::FullName},
    {"display name", ImportField::FullName},
    {"contact name", ImportField::FullName},
    {"first name", ImportField::GivenName},
    {"firstname", ImportField::GivenName},
    {"given name", ImportField::GivenName},
    {"middle name", ImportField::MiddleName},
    {"additional name", ImportField::MiddleName},
    {"last name", ImportField::FamilyName},
    {"lastname", ImportField::FamilyName},
    {"family name", ImportField::FamilyName},
    {"surname", ImportField::FamilyName},
    {"nickname", ImportField::Nickname},
    {"nick name", ImportField::Nickname},
    {"preferred name", ImportField::Nickname},
    {"company", ImportField::Organisation},
    {"organisation", ImportField::Organisation},
    {"organization", ImportField::Organisation},
    {"organization name", ImportField::Organisation},
    {"organization 1 - name", ImportField::Organisation},
    {"employer", ImportField::Organisation},
    {"job title", ImportField::Role},
    {"title", ImportField::Role},
    {"position", ImportField::Role},
    {"role", ImportField::Role},
    {"organization title", ImportField::Role},
    {"organization 1 - title", ImportField::Role},
    {"time zone", ImportField::TimeZone},
    {"timezone", ImportField::TimeZone},
    {"source", ImportField::Source},
    {"referral source", ImportField::Source},
    {"referral", ImportField::Source},
    {"notes", ImportField::Note},
    {"note", ImportField::Note},
    {"comments", ImportField::Note},
    {"tags", ImportField::Tags},
    {"labels", ImportField::Tags},
    {"categories", ImportField::Tags},
    {"group membership", ImportField::Tags},
    {"groups", ImportField::Tags},
};

ImportField guessOne(const QString& header) {
    const QString name = header.trimmed().toLower();
    for (const Known& known : kKnown)
        if (name == QLatin1String(known.header))
            return known.field;
    // Numbered columns: "E-mail 2 Address", "E-mail 1 - Value", "Phone 3 - Value",
    // "Mobile Phone", "Business Phone"; their "- Type"/"- Label" twins are not data.
    if (name.contains(QLatin1String("type")) || name.contains(QLatin1String("label")) ||
        name.contains(QLatin1String("display")))
        return ImportField::Ignore;
    if (name.contains(QLatin1String("mail")))
        return ImportField::Email;
    static const QRegularExpression phone(QStringLiteral("phone|mobile|\\btel\\b|telephone"));
    if (phone.match(name).hasMatch())
        return ImportField::Phone;
    return ImportField::Ignore;
}

QStringList splitTags(const QString& text) {
    // Google: "* myContacts ::: Friends"; Outlook: "A;B"; generic: "a, b".
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|;|,)\\s*"));
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tag.startsWith(QLatin1String("* ")))
            tags.append(tag);
    }
    return tags;
}

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList& headers) {
    ColumnMapping mapping;
    for (const QString& header : headers)
        mapping.m_fields.append(guessOne(header));
    return mapping;
}

bool ColumnMapping::looksLikeHeader(const QStringList& fields) {
    int known = 0;
    for (const QString& field : fields)
        if (guessOne(field) != ImportField::Ignore)
            ++known;
    return known >= 2;
}

QList<ImportField> ColumnMapping::allFields() {
    return {ImportField::Ignore,     ImportField::FullName,   ImportField::GivenName,
            ImportField::MiddleName, ImportField::FamilyName, ImportField::Nickname,
            ImportField::Email,      ImportField::Phone,      ImportField::Organisation,
            ImportField::Role,       ImportField::TimeZone,   ImportField::Source,
            ImportField::Note,       ImportField::Tags};
}

QString ColumnMapping::label(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return tr("(not imported)");
    case ImportField::FullName:
        return tr("Full name");
    case ImportField::GivenName:
        return tr("First name");
    case ImportField::MiddleName:
        return tr("Middle name");
    case ImportField::FamilyName:
        return tr("Last name");
    case ImportField::Nickname:
        return tr("Preferred name");
    case ImportField::Email:
        return tr("Email");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Organisation:
        return tr("Organisation");
    case ImportField::Role:
        return tr("Role");
    case ImportField::TimeZone:
        return tr("Time zone");
    case ImportField::Source:
        return tr("Found you via");
    case ImportField::Note:
        return tr("Background");
    case ImportField::Tags:
        return tr("Tags");
    }
    return {};
}

QString ColumnMapping::key(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::FullName:
        return QStringLiteral("name");
    case ImportField::GivenName:
        return QStringLiteral("first-name");
    case ImportField::MiddleName:
        return QStringLiteral("middle-name");
    case ImportField::FamilyName:
        return QStringLiteral("last-name");
    case ImportField::Nickname:
        return QStringLiteral("preferred-name");
    case ImportField::Email:
        return QStringLiteral("email");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::Organisation:
        return QStringLiteral("organisation");
    case ImportField::Role:
        return QStringLiteral("role");
    case ImportField::TimeZone:
        return QStringLiteral("timezone");
    case ImportField::Source:
        return QStringLiteral("source");
    case ImportField::Note:
        return QStringLiteral("background");
    case ImportField::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

std::optional<ImportField> ColumnMapping::fromKey(const QString& text) {
    for (ImportField field : allFields())
        if (key(field) == text.trimmed().toLower())
            return field;
    return std::nullopt;
}

void ColumnMapping::setField(int column, ImportField field) {
    while (m_fields.size() <= column)
        m_fields.append(ImportField::Ignore);
    m_fields[column] = field;
}

bool ColumnMapping::hasName() const {
    return m_fields.contains(ImportField::FullName) || m_fields.contains(ImportField::GivenName) ||
           m_fields.contains(ImportField::FamilyName);
}

ImportedContact ColumnMapping::contactOf(const ImportRecord& record) const {
    ImportedContact contact;
    contact.line = record.line;
    const auto append = [](QString& target, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        if (!target.isEmpty())
            target += QLatin1Char('\n');
        target += value.trimmed();
    };
    const auto first = [](QString& target, const QString& value) {
        if (target.isEmpty())
            target = value.trimmed();
    };
    for (int column = 0; column < record.fields.size(); ++column) {
        const QString& value = record.fields.at(column);
        switch (field(column)) {
        case ImportField::Ignore:
            break;
        case ImportField::FullName:
            first(contact.fullName, value);
            break;
        case ImportField::GivenName:
            first(contact.givenName, value);
            break;
        case ImportField::MiddleName:
            first(contact.middleName, value);
            break;
        case ImportField::FamilyName:
            first(contact.familyName, value);
            break;
        case ImportField::Nickname:
            first(contact.nickname, value);
            break;
        case ImportField::Email:
            for (const QString& address : value.split(QStringLiteral(" ::: "), Qt::SkipEmptyParts))
                if (!address.trimmed().isEmpty())
                    contact.emails.append(address.trimmed());
            break;
        case ImportField::Phone:
            for (const QString& number : value.split(QStringLiteral(" ::: "), Qt::SkipEmptyParts))
                if (!number.trimmed().isEmpty())
                    contact.phones.append(number.trimmed());
            break;
        case ImportField::Organisation:
            first(contact.organisation, value);
            break;
        case ImportField::Role:
            first(contact.role, value);
            break;
        case ImportField::TimeZone:
            first(contact.timeZone, value);
            break;
        case ImportField::Source:
            first(contact.source, value);
            break;
        case ImportField::Note:
            append(contact.note, value);
            break;
        case ImportField::Tags:
            contact.tags += splitTags(value);
            break;
        }
    }
    return contact;
}

} // namespace md
