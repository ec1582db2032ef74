#include "import/ClientImport.h"

#include "clients/ClientService.h"
#include "domain/ClientValidator.h"

#include <QFileInfo>
#include <QHash>

namespace md {

namespace {

QString emailKey(const Client& client) {
    return client.email.trimmed().toCaseFolded();
}

QString nameKey(const Client& client) {
    return client.fullName.simplified().toCaseFolded();
}

QString fieldLabel(const QString& member) {
    static const QHash<QString, ImportField> fields{
        {QStringLiteral("fullName"), ImportField::FullName},
        {QStringLiteral("preferredName"), ImportField::Nickname},
        {QStringLiteral("email"), ImportField::Email},
        {QStringLiteral("phone"), ImportField::Phone},
        {QStringLiteral("organisation"), ImportField::Organisation},
        {QStringLiteral("role"), ImportField::Role},
        {QStringLiteral("timeZone"), ImportField::TimeZone},
        {QStringLiteral("referralSource"), ImportField::Source},
        {QStringLiteral("background"), ImportField::Note},
    };
    const auto found = fields.constFind(member);
    return found == fields.cend() ? member : ColumnMapping::label(*found);
}

} // namespace

int ImportPlan::count(Action action) const {
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const Row& row) { return row.action == action; }));
}

ClientImport::Format ClientImport::formatOf(const QString& fileName, const QByteArray& bytes) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return Format::VCard;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return Format::Csv;
    return bytes.left(4096).toUpper().contains("BEGIN:VCARD") ? Format::VCard : Format::Csv;
}

Result<ImportTable> ClientImport::readCsv(const QByteArray& bytes, QList<ImportProblem>* problems) {
    return CsvReader::read(bytes, &ColumnMapping::looksLikeHeader, problems);
}

Result<QList<ImportedContact>> ClientImport::contactsOf(const ImportTable& table,
                                                        const ColumnMapping& mapping,
                                                        QList<ImportProblem>* problems) {
    if (!mapping.hasName()) {
        if (problems)
            *problems = {{table.headerLine, {}, tr("no column is imported as the name")}};
        return makeError(ErrorCode::InvalidInput,
                         tr("No column is imported as the name. Choose the column that holds "
                            "the full name, or the first and last names."));
    }
    QList<ImportedContact> contacts;
    for (const ImportRecord& record : table.records) {
        ImportedContact contact = mapping.contactOf(record);
        // A row with nothing in it at all is a blank line in a spreadsheet.
        const Client client = contact.toClient();
        if (client.fullName.isEmpty() && client.email.isEmpty() && client.phone.isEmpty() &&
            client.organisation.isEmpty())
            continue;
        contacts.append(contact);
    }
    return contacts;
}

Client ClientImport::merged(Client existing, const Client& incoming) {
    for (auto member :
         {&Client::preferredName, &Client::email, &Client::phone, &Client::organisation,
          &Client::role, &Client::timeZone, &Client::referralSource}) {
        if ((existing.*member).trimmed().isEmpty())
            existing.*member = incoming.*member;
    }
    if (!incoming.background.trimmed().isEmpty() &&
        !existing.background.contains(incoming.background.trimmed())) {
        existing.background =
            existing.background.trimmed().isEmpty()
                ? incoming.background
                : existing.background + QStringLiteral("\n\n") + incoming.background;
    }
    for (const QString& tag : incoming.tags)
        if (!existing.tags.contains(tag, Qt::CaseInsensitive))
            existing.tags.append(tag);
    return existing;
}

Result<ImportPlan> ClientImport::plan(const QList<ImportedContact>& contacts,
                                      const ClientService& clients, Duplicates duplicates,
                                      QList<ImportProblem>* problems) {
    Result<QList<Client>> existing = clients.list(ClientFilter{true});
    if (!existing)
        return existing.error();
    QHash<QString, const Client*> byEmail;
    QHash<QString, const Client*> byName;
    for (const Client& client : std::as_const(*existing)) {
        if (!emailKey(client).isEmpty())
            byEmail.insert(emailKey(client), &client);
        byName.insert(nameKey(client), &client);
    }

    QList<ImportProblem> found;
    ImportPlan plan;
    QHash<QString, int> rowByEmail; // within the file: key -> index in plan.rows
    QHash<QString, int> rowByName;
    for (const ImportedContact& contact : contacts) {
        Client client = ClientValidator::normalised(contact.toClient());
        const QList<FieldError> errors = ClientValidator::validate(client);
        for (const FieldError& error : errors)
            found.append({contact.line, fieldLabel(error.field), error.message});
        if (!errors.isEmpty())
            continue;

        ImportPlan::Row row;
        row.line = contact.line;
        row.client = client;
        const QString email = emailKey(client);
        const QString name = nameKey(client);
        // By email when the record has one; by name only when it has none.
        const Client* match = !email.isEmpty() ? byEmail.value(email) : byName.value(name);
        const int earlier =
            !email.isEmpty() ? rowByEmail.value(email, -1) : rowByName.value(name, -1);
        if (earlier >= 0) {
            // Within the file first: its first occurrence may itself be a
            // merge into an existing client, which this one then adds to.
            ImportPlan::Row& first = plan.rows[earlier];
            row.duplicateOfLine = first.line;
            row.existingId = first.existingId;
            row.duplicateReason = !email.isEmpty() ? tr("same email as line %1").arg(first.line)
                                                   : tr("same name as line %1").arg(first.line);
            if (duplicates == Duplicates::Merge && first.action != ImportPlan::Action::Skip)
                first.client = merged(first.client, client);
            row.action = ImportPlan::Action::Skip; // its data went into the first row, or not
        } else if (match) {
            row.existingId = match->id;
            row.duplicateReason = !email.isEmpty() ? tr("same email as %1").arg(match->fullName)
                                                   : tr("same name as an existing client");
            if (duplicates == Duplicates::Merge) {
                row.action = ImportPlan::Action::Merge;
                row.client = merged(*match, client);
            } else {
                row.action = ImportPlan::Action::Skip;
            }
        }
        // The first record with an email or a name is the one later ones match.
        if (!email.isEmpty() && !rowByEmail.contains(email))
            rowByEmail.insert(email, int(plan.rows.size()));
        if (!rowByName.contains(name))
            rowByName.insert(name, int(plan.rows.size()));
        plan.rows.append(row);
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return makeError(
            ErrorCode::InvalidInput,
            tr("Nothing was imported: %n record(s) cannot be used. %1", nullptr, int(found.size()))
                .arg(found.first().describe()));
    }
    return plan;
}

} // namespace md
