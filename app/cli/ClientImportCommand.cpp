#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "clients/ClientService.h"
#include "import/ClientImport.h"
#include "import/VCardReader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kDryRunOption = QStringLiteral("dry-run");
const QString kDuplicatesOption = QStringLiteral("duplicates");
const QString kMapOption = QStringLiteral("map");
const QString kJsonOption = QStringLiteral("json");

class ClientImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ClientImportCommand)
public:
    static Command command();

private:
    static int run(CommandContext& context, const QCommandLineParser& args);
    static int reportProblems(CommandContext& context, const Error& error,
                              const QList<ImportProblem>& problems);
    static QString actionName(ImportPlan::Action action);
};

QString ClientImportCommand::actionName(ImportPlan::Action action) {
    switch (action) {
    case ImportPlan::Action::Add:
        return QStringLiteral("add");
    case ImportPlan::Action::Merge:
        return QStringLiteral("merge");
    case ImportPlan::Action::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

int ClientImportCommand::reportProblems(CommandContext& context, const Error& error,
                                        const QList<ImportProblem>& problems) {
    // The error names the first problem; the others are listed before it.
    for (qsizetype i = 1; i < problems.size(); ++i)
        context.err() << problems.at(i).describe() << QLatin1Char('\n');
    return context.fail(error);
}

int ClientImportCommand::run(CommandContext& context, const QCommandLineParser& args) {
    const QString path = args.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(tr("Name the CSV or vCard file to import."));
    const QString policyText = args.value(kDuplicatesOption).toLower();
    if (!policyText.isEmpty() && policyText != QLatin1String("skip") &&
        policyText != QLatin1String("merge"))
        return context.usageError(
            tr("--duplicates is \"skip\" or \"merge\", not \"%1\".").arg(policyText));
    const ClientImport::Duplicates policy = policyText == QLatin1String("merge")
                                                ? ClientImport::Duplicates::Merge
                                                : ClientImport::Duplicates::Skip;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > CsvReader::kMaxFileBytes)
        return context.fail(tr("%1 is larger than %2 MB; split it into smaller files.")
                                .arg(path)
                                .arg(CsvReader::kMaxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();

    // Read and check the file before asking for the passphrase: a bad file
    // costs no key derivation.
    QList<ImportProblem> problems;
    QList<ImportedContact> contacts;
    if (ClientImport::formatOf(path, bytes) == ClientImport::Format::VCard) {
        if (args.isSet(kMapOption))
            return context.usageError(tr("--map is for CSV files; vCard fields are fixed."));
        Result<QList<ImportedContact>> read = VCardReader::read(bytes, &problems);
        if (!read)
            return reportProblems(context, read.error(), problems);
        contacts = read.value();
    } else {
        Result<ImportTable> table = ClientImport::readCsv(bytes, &problems);
        if (!table)
            return reportProblems(context, table.error(), problems);
        ColumnMapping mapping = ColumnMapping::guess(table->headers);
        for (const QString& assignment : args.values(kMapOption)) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            const std::optional<ImportField> field =
                equals > 0 ? ColumnMapping::fromKey(assignment.left(equals)) : std::nullopt;
            const int column =
                equals > 0 ? int(table->headers.indexOf(assignment.mid(equals + 1).trimmed())) : -1;
            if (!field)
                return context.usageError(tr("--map takes FIELD=HEADER; \"%1\" names no field. "
                                             "Fields: name, first-name, middle-name, last-name, "
                                             "preferred-name, email, phone, organisation, role, "
                                             "timezone, source, background, tags, ignore.")
                                              .arg(assignment));
            if (column < 0)
                return context.usageError(tr("The file has no column \"%1\". Its columns: %2")
                                              .arg(assignment.mid(equals + 1).trimmed(),
                                                   table->headers.join(QStringLiteral(", "))));
            mapping.setField(column, *field);
        }
        Result<QList<ImportedContact>> read = ClientImport::contactsOf(*table, mapping, &problems);
        if (!read)
            return reportProblems(context, read.error(), problems);
        contacts = read.value();
    }

    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<ImportPlan> plan = ClientImport::plan(contacts, workspace->clients(), policy, &problems);
    if (!plan)
        return reportProblems(context, plan.error(), problems);

    const bool dryRun = args.isSet(kDryRunOption);
    ClientService::ImportOutcome outcome;
    if (!dryRun) {
        Result<ClientService::ImportOutcome> done = workspace->clients().importClients(*plan);
        if (!done)
            return context.fail(done.error());
        outcome = done.value();
    }
    if (args.isSet(kJsonOption)) {
        QJsonArray rows;
        for (const ImportPlan::Row& row : std::as_const(plan->rows))
            rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("name"), row.client.fullName},
                                    {QStringLiteral("email"), row.client.email},
                                    {QStringLiteral("action"), actionName(row.action)},
                                    {QStringLiteral("duplicate"), row.duplicateReason}});
        context.out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("dryRun"), dryRun}, {QStringLiteral("rows"), rows}})
                .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const ImportPlan::Row& row : std::as_const(plan->rows)) {
        if (row.action == ImportPlan::Action::Add)
            continue;
        context.out() << tr("Line %1: %2 %3 (%4)")
                             .arg(row.line)
                             .arg(row.action == ImportPlan::Action::Merge ? tr("merge")
                                                                          : tr("skip"),
                                  row.client.fullName, row.duplicateReason)
                      << QLatin1Char('\n');
    }
    const int adds = plan->count(ImportPlan::Action::Add);
    const int merges = plan->count(ImportPlan::Action::Merge);
    const int skips = plan->count(ImportPlan::Action::Skip);
    if (dryRun)
        context.out() << tr("Dry run: %1 would be added, %2 merged and %3 skipped. Nothing was "
                            "changed.")
                             .arg(adds)
                             .arg(merges)
                             .arg(skips)
                      << QLatin1Char('\n');
    else
        context.out() << tr("Imported from %1: %2 added, %3 merged, %4 skipped.")
                             .arg(QFileInfo(path).fileName())
                             .arg(outcome.added)
                             .arg(outcome.merged)
                             .arg(outcome.skipped)
                      << QLatin1Char('\n');
    return ExitSuccess;
}

Command ClientImportCommand::command() {
    Command command;
    command.path = QStringList{QStringLiteral("client"), QStringLiteral("import")};
    command.synopsis = tr("FILE [--dry-run] [--duplicates skip|merge] [--map FIELD=HEADER]…");
    command.summary = tr("Import clients from a CSV or vCard file.");
    command.details =
        tr("Reads CSV (UTF-8, with or without a byte order mark, comma or semicolon) with a\n"
           "header row, as Google Contacts, Outlook, LinkedIn or a spreadsheet write it, or\n"
           "vCard 2.1, 3.0 or 4.0. The columns are matched to profile fields from their\n"
           "names; --map email=\"Work E-mail\" sets one by hand. It is all or nothing: a\n"
           "malformed record is reported with its line, column and reason and nothing is\n"
           "imported. A client with the same email (or, without one, the same name) as an\n"
           "existing one, or as an earlier line, is a duplicate: skipped, or with\n"
           "--duplicates merge, used to fill the empty fields and add tags. --dry-run shows\n"
           "what would happen.");
    command.options = {
        QCommandLineOption(kDryRunOption, tr("Show what would be imported; change nothing.")),
        QCommandLineOption(kDuplicatesOption, tr("skip (the default) or merge."), tr("POLICY")),
        QCommandLineOption(kMapOption, tr("Import the column HEADER as FIELD (repeatable)."),
                           tr("FIELD=HEADER")),
        QCommandLineOption(kJsonOption, tr("Print the plan as JSON."))};
    command.arguments = {{tr("FILE"), tr("A .csv or .vcf file."), false}};
    command.run = &ClientImportCommand::run;
    return command;
}

} // namespace

void registerClientImportCommands(CommandRegistry& registry) {
    registry.add(ClientImportCommand::command());
}

} // namespace md::cli
