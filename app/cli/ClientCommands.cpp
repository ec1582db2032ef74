#include "ClientJson.h"
#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"

#include "clients/ClientService.h"
#include "domain/Client.h"
#include "domain/ClientValidator.h"
#include "i18n/DocumentLanguage.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace md::cli {

namespace {

// The free-text profile fields and their options, in the order of the form.
struct TextField {
    const char* option;
    QString Client::*member;
    const char* field; // the Client member name, as ClientValidator reports it
    const char* valueName;
    const char* description;
    const char* label;
};

const TextField kTextFields[] = {
    {"name", &Client::fullName, "fullName", "NAME",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Full name (required)."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Full name")},
    {"preferred-name", &Client::preferredName, "preferredName", "NAME",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "The name they like to be called."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Preferred name")},
    {"email", &Client::email, "email", "EMAIL",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Email address."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Email")},
    {"phone", &Client::phone, "phone", "PHONE",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Phone number."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Phone")},
    {"organisation", &Client::organisation, "organisation", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Employer or organisation."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Organisation")},
    {"role", &Client::role, "role", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Current role or job title."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Role")},
    {"timezone", &Client::timeZone, "timeZone", "ZONE",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "IANA time zone, e.g. Europe/Berlin."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Time zone")},
    {"source", &Client::referralSource, "referralSource", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "How they found you."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Found you via")},
    {"background", &Client::background, "background", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Background."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Background")},
    {"strengths", &Client::strengths, "strengths", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Strengths."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Strengths")},
    {"weaknesses", &Client::weaknesses, "weaknesses", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Weaknesses."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Weaknesses")},
    {"aspirations", &Client::aspirations, "aspirations", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Career aspirations."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Aspirations")},
    {"keep", &Client::keepDoing, "keepDoing", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "What they want to keep doing."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Keep doing")},
    {"start", &Client::startDoing, "startDoing", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "What they want to start doing."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Start doing")},
    {"stop", &Client::stopDoing, "stopDoing", "TEXT",
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "What they want to stop doing."),
     QT_TRANSLATE_NOOP("md::cli::ClientCommands", "Stop doing")},
};

const QString kTagsOption = QStringLiteral("tags");
const QString kLanguageOption = QStringLiteral("language");
const QString kStatusOption = QStringLiteral("status");
const QString kJsonOption = QStringLiteral("json");
const QString kAllOption = QStringLiteral("all");
const QString kYesOption = QStringLiteral("yes");

class ClientCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ClientCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int add(CommandContext& context, const QCommandLineParser& args);
    static int edit(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int show(CommandContext& context, const QCommandLineParser& args);
    static int archive(CommandContext& context, const QCommandLineParser& args, bool archived);
    static int remove(CommandContext& context, const QCommandLineParser& args);

    static QString statusKeys();
    // The options of every profile field, shared by add and edit.
    static QList<QCommandLineOption> profileOptions();
    // Sets the fields whose options are given on the command line; false
    // after a usage error (an unknown status).
    static bool applyOptions(CommandContext& context, const QCommandLineParser& args,
                             Client* client);
    // Prints each validation problem under its option's name; false if any.
    static bool validates(CommandContext& context, const Client& client);
    static QString optionForField(const QString& field);
    // The ID argument; 0 after printing a usage error.
    static qint64 idArgument(CommandContext& context, const QCommandLineParser& args);
    static void printJson(CommandContext& context, const QJsonDocument& document);
    static void printDetails(CommandContext& context, const Client& client);

    static PositionalArgument idArgumentSpec() {
        return {QStringLiteral("ID"), tr("The client's id (see 'client list')."), false};
    }
};

QString ClientCommands::statusKeys() {
    QStringList keys;
    for (ClientStatus status : allClientStatuses())
        keys.append(clientStatusKey(status));
    return keys.join(QLatin1Char('|'));
}

QString ClientCommands::optionForField(const QString& field) {
    for (const TextField& text : kTextFields) {
        if (field == QLatin1String(text.field))
            return QLatin1String("--") + QLatin1String(text.option);
    }
    if (field == QLatin1String("tags") || field == QLatin1String("status"))
        return QLatin1String("--") + field;
    if (field == QLatin1String("documentLanguage"))
        return QLatin1String("--") + kLanguageOption;
    return field;
}

QList<QCommandLineOption> ClientCommands::profileOptions() {
    QList<QCommandLineOption> options;
    for (const TextField& text : kTextFields)
        options.append(QCommandLineOption(QLatin1String(text.option), tr(text.description),
                                          QLatin1String(text.valueName)));
    options.append(
        QCommandLineOption(kTagsOption, tr("Comma-separated tags, e.g. a,b."), tr("TAGS")));
    options.append(QCommandLineOption(
        kStatusOption, tr("One of %1 (default: prospect).").arg(statusKeys()), tr("STATUS")));
    options.append(QCommandLineOption(
        kLanguageOption,
        tr("Language of the client's agreements, invoices and summaries: one of %1 (default: "
           "yours, the setting profile.language).")
            .arg(DocumentLanguage::codes().join(QLatin1Char('|'))),
        tr("LANG")));
    return options;
}

bool ClientCommands::applyOptions(CommandContext& context, const QCommandLineParser& args,
                                  Client* client) {
    for (const TextField& text : kTextFields) {
        if (args.isSet(QLatin1String(text.option)))
            client->*text.member = args.value(QLatin1String(text.option));
    }
    if (args.isSet(kTagsOption))
        client->tags = args.value(kTagsOption).split(QLatin1Char(','));
    if (args.isSet(kStatusOption) &&
        !clientStatusFromKey(args.value(kStatusOption).trimmed().toLower(), &client->status)) {
        context.usageError(
            tr("Unknown status '%1' (use %2).").arg(args.value(kStatusOption), statusKeys()));
        return false;
    }
    if (args.isSet(kLanguageOption))
        client->documentLanguage = args.value(kLanguageOption);
    return true;
}

bool ClientCommands::validates(CommandContext& context, const Client& client) {
    const QList<FieldError> problems = ClientValidator::validate(client);
    for (const FieldError& problem : problems)
        context.fail(tr("%1: %2").arg(optionForField(problem.field), problem.message));
    return problems.isEmpty();
}

qint64 ClientCommands::idArgument(CommandContext& context, const QCommandLineParser& args) {
    const QString text = args.positionalArguments().value(0);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usageError(tr("'%1' is not a client id (a positive number).").arg(text));
        return 0;
    }
    return id;
}

void ClientCommands::printJson(CommandContext& context, const QJsonDocument& document) {
    context.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int ClientCommands::add(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(QStringLiteral("name")))
        return context.usageError(tr("--name is required."));
    Client client;
    if (!applyOptions(context, args, &client))
        return ExitUsage;

    // Validated before unlocking, so a typo costs no passphrase prompt; the
    // repository checks again before writing.
    client = ClientValidator::normalised(client);
    if (!validates(context, client))
        return ExitFailure;

    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<Client> added = workspace->clients().add(client);
    if (!added)
        return context.fail(added.error());
    context.out() << added->id << QLatin1Char('\n');
    return ExitSuccess;
}

int ClientCommands::edit(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = idArgument(context, args);
    if (id == 0)
        return ExitUsage;
    // The options given, checked before unlocking as `client add` checks
    // them: on a stand-in whose other fields are valid.
    Client given;
    given.fullName = QStringLiteral("-");
    if (!applyOptions(context, args, &given))
        return ExitUsage;
    if (!validates(context, given))
        return ExitFailure;

    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<Client> client = workspace->clients().get(id);
    if (!client)
        return context.fail(client.error());
    Client edited = *client;
    applyOptions(context, args, &edited);
    Result<Client> saved = workspace->clients().update(edited);
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("Updated client %1.").arg(id) << QLatin1Char('\n');
    return ExitSuccess;
}

int ClientCommands::list(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (!useOnePassPageCache(context, *workspace))
        return ExitFailure;
    ClientFilter filter;
    filter.includeArchived = args.isSet(kAllOption);
    // Written row by row as the clients are read: the memory does not grow
    // with the list (see ListOutput.h for a read that fails midway).
    const bool json = args.isSet(kJsonOption);
    JsonArrayWriter array(context.out());
    TableWriter table(context.out(),
                      {tr("ID"), tr("NAME"), tr("STATUS"), tr("EMAIL"), tr("ORGANISATION")});
    const Status read = workspace->clients().forEach(filter, [&](const Client& client) {
        if (json) {
            array.append(ClientJson::row(client));
            return true;
        }
        QString status = clientStatusLabel(client.status);
        if (filter.includeArchived && client.archived)
            status += tr(" (archived)");
        table.append({QString::number(client.id), client.fullName, status, client.email,
                      client.organisation});
        return true;
    });
    if (!read)
        return context.failIncomplete(read.error());
    if (json) {
        array.finish();
        return ExitSuccess;
    }
    if (table.rowCount() == 0) {
        context.err() << tr("No clients yet. Add one with: %1 client add --name NAME")
                             .arg(QLatin1String(kProgramName))
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
    table.finish();
    return ExitSuccess;
}

void ClientCommands::printDetails(CommandContext& context, const Client& client) {
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("ID"), QString::number(client.id)});
    for (const TextField& text : kTextFields) {
        const QString value = client.*text.member;
        if (!value.isEmpty())
            rows.append({tr(text.label), value});
    }
    if (!client.tags.isEmpty())
        rows.append({tr("Tags"), client.tags.join(QLatin1String(", "))});
    rows.append({tr("Status"), clientStatusLabel(client.status)});
    rows.append(
        {tr("Document language"), client.documentLanguage.isEmpty()
                                      ? tr("yours")
                                      : DocumentLanguage::nativeName(client.documentLanguage)});
    rows.append({tr("Archived"), client.archived ? tr("yes") : tr("no")});
    rows.append({tr("Created"), client.createdUtc.toUTC().toString(Qt::ISODate)});
    rows.append({tr("Updated"), client.updatedUtc.toUTC().toString(Qt::ISODate)});

    qsizetype width = 0;
    for (const auto& row : std::as_const(rows))
        width = std::max(width, row.first.size() + 1);
    const QString continuation(width + 1, QLatin1Char(' '));
    for (const auto& [label, value] : std::as_const(rows)) {
        // Multi-line notes stay readable: continuation lines are indented.
        QString shown = value;
        shown.replace(QLatin1Char('\n'), QLatin1Char('\n') + continuation);
        context.out() << (label + QLatin1Char(':')).leftJustified(width + 1) << shown
                      << QLatin1Char('\n');
    }
}

int ClientCommands::show(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = idArgument(context, args);
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<Client> client = workspace->clients().get(id);
    if (!client)
        return context.fail(client.error());
    if (args.isSet(kJsonOption))
        printJson(context, QJsonDocument(ClientJson::toJson(client.value())));
    else
        printDetails(context, client.value());
    return ExitSuccess;
}

int ClientCommands::archive(CommandContext& context, const QCommandLineParser& args,
                            bool archived) {
    const qint64 id = idArgument(context, args);
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    const Status status = workspace->clients().setArchived(id, archived);
    if (!status)
        return context.fail(status.error());
    context.out() << (archived ? tr("Archived client %1.") : tr("Restored client %1.")).arg(id)
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int ClientCommands::remove(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = idArgument(context, args);
    if (id == 0)
        return ExitUsage;
    // Deleting is for good; a script has to say so explicitly.
    if (!args.isSet(kYesOption))
        return context.usageError(
            tr("Deleting a client cannot be undone; add --yes to confirm (or archive instead)."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<Client> client = workspace->clients().get(id);
    if (!client)
        return context.fail(client.error());
    const Status status = workspace->clients().remove(id);
    if (!status)
        return context.fail(status.error());
    context.out() << tr("Deleted client %1 (%2).").arg(id).arg(client->fullName)
                  << QLatin1Char('\n');
    return ExitSuccess;
}

void ClientCommands::registerIn(CommandRegistry& registry) {
    const QString client = QStringLiteral("client");

    Command add;
    add.path = QStringList{client, QStringLiteral("add")};
    add.synopsis = tr("--name NAME [options]");
    add.summary = tr("Add a client and print the new id.");
    add.options = profileOptions();
    add.run = &ClientCommands::add;
    registry.add(std::move(add));

    Command edit;
    edit.path = QStringList{client, QStringLiteral("edit")};
    edit.synopsis = tr("ID [options]");
    edit.summary = tr("Change a client's profile: only the fields given.");
    edit.details = tr("Takes the options of 'client add'. An option given empty clears its "
                      "field (--language \"\" makes the client's documents follow yours); "
                      "--tags replaces every tag.");
    edit.arguments = {idArgumentSpec()};
    edit.options = profileOptions();
    edit.run = &ClientCommands::edit;
    registry.add(std::move(edit));

    Command list;
    list.path = QStringList{client, QStringLiteral("list")};
    list.synopsis = tr("[--json] [--all]");
    list.summary = tr("List the clients (without archived ones unless --all).");
    list.options = {QCommandLineOption(kJsonOption, tr("Print a JSON array of clients.")),
                    QCommandLineOption(kAllOption, tr("Include archived clients."))};
    list.run = &ClientCommands::list;
    registry.add(std::move(list));

    Command show;
    show.path = QStringList{client, QStringLiteral("show")};
    show.synopsis = tr("ID [--json]");
    show.summary = tr("Show one client's profile.");
    show.arguments = {idArgumentSpec()};
    show.options = {QCommandLineOption(kJsonOption, tr("Print the client as a JSON object."))};
    show.run = &ClientCommands::show;
    registry.add(std::move(show));

    Command archive;
    archive.path = QStringList{client, QStringLiteral("archive")};
    archive.synopsis = tr("ID");
    archive.summary = tr("Archive a client (hidden from lists, kept in the workspace).");
    archive.arguments = {idArgumentSpec()};
    archive.run = [](CommandContext& context, const QCommandLineParser& args) {
        return ClientCommands::archive(context, args, true);
    };
    registry.add(std::move(archive));

    Command unarchive;
    unarchive.path = QStringList{client, QStringLiteral("unarchive")};
    unarchive.synopsis = tr("ID");
    unarchive.summary = tr("Bring an archived client back.");
    unarchive.arguments = {idArgumentSpec()};
    unarchive.run = [](CommandContext& context, const QCommandLineParser& args) {
        return ClientCommands::archive(context, args, false);
    };
    registry.add(std::move(unarchive));

    Command remove;
    remove.path = QStringList{client, QStringLiteral("delete")};
    remove.synopsis = tr("ID --yes");
    remove.summary = tr("Delete a client for good (the freed pages are overwritten).");
    remove.arguments = {idArgumentSpec()};
    remove.options = {QCommandLineOption(kYesOption, tr("Confirm that the client is deleted."))};
    remove.run = &ClientCommands::remove;
    registry.add(std::move(remove));
}

} // namespace

void registerClientCommands(CommandRegistry& registry) {
    ClientCommands::registerIn(registry);
}

} // namespace md::cli
