#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "InitCommand.h"

#include "clients/ClientService.h"
#include "export/WorkspaceExporter.h"
#include "import/WorkspaceImporter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace md::cli {

namespace {

const QString kToOption = QStringLiteral("to");
const QString kWithoutPrivateNotesOption = QStringLiteral("without-private-notes");
const QString kFromOption = QStringLiteral("from");

class ExportCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ExportCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportWorkspace(CommandContext& context, const QCommandLineParser& args);
    static int exportClient(CommandContext& context, const QCommandLineParser& args);
    static int importWorkspace(CommandContext& context, const QCommandLineParser& args);
    static int report(CommandContext& context, const Result<ExportSummary>& written);
};

int ExportCommands::report(CommandContext& context, const Result<ExportSummary>& written) {
    if (!written)
        return context.fail(written.error());
    qint64 records = 0;
    for (qint64 rows : written->records)
        records += rows;
    context.out() << tr("Exported %1 records, %2 signed agreements and %3 invoices into %4.")
                         .arg(records)
                         .arg(written->agreementPdfs)
                         .arg(written->invoicePdfs)
                         .arg(QDir::toNativeSeparators(written->folder))
                  << QLatin1Char('\n')
                  << tr("The export is NOT encrypted: keep it safe and delete it when it is no "
                        "longer needed.")
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int ExportCommands::exportWorkspace(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kToOption))
        return context.usageError(tr("Give the folder to export into with --to DIR."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    return report(context,
                  workspace->exports().write(QDir(args.value(kToOption)).absolutePath(), {}));
}

int ExportCommands::exportClient(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("client id"));
    if (id == 0)
        return ExitUsage;
    if (!args.isSet(kToOption))
        return context.usageError(tr("Give the folder to export into with --to DIR."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (Result<Client> client = workspace->clients().get(id); !client)
        return context.fail(client.error());
    ExportOptions options;
    options.clientId = id;
    options.privateNotes = !args.isSet(kWithoutPrivateNotesOption);
    return report(context,
                  workspace->exports().write(QDir(args.value(kToOption)).absolutePath(), options));
}

int ExportCommands::importWorkspace(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kFromOption))
        return context.usageError(tr("Give the export folder to import with --from DIR."));
    const QString from = QDir(args.value(kFromOption)).absolutePath();
    // Before the new passphrase is asked for: a folder that cannot be
    // imported is said at once.
    if (Status usable = WorkspaceImporter::check(from); !usable)
        return context.fail(usable.error());
    ImportSummary summary;
    std::unique_ptr<Workspace> unused; // the new workspace is closed once filled
    const int status = createWorkspace(
        context, SystemClock::instance(), &unused, [&](Workspace& workspace) -> Status {
            Result<ImportSummary> read = workspace.imports().read(from);
            if (!read)
                return read.error();
            summary = *read;
            return {};
        });
    if (status != ExitSuccess)
        return status;
    qint64 records = 0;
    for (qint64 rows : std::as_const(summary.records))
        records += rows;
    context.out() << tr("Imported %1 records into %2.")
                         .arg(records)
                         .arg(QDir::toNativeSeparators(context.workspaceDirectory()))
                  << QLatin1Char('\n');
    if (summary.earlierSigningKey)
        context.out() << tr("Agreements signed in the workspace the export came from keep "
                            "verifying here; new ones are signed with this workspace's own key.")
                      << QLatin1Char('\n');
    return ExitSuccess;
}

void ExportCommands::registerIn(CommandRegistry& registry) {
    const QCommandLineOption to(kToOption, tr("A new or empty folder."), tr("DIR"));
    Command all;
    all.path = QStringList{QStringLiteral("export")};
    all.synopsis = tr("--to DIR");
    all.summary = tr("Write the whole workspace in open formats (JSON, CSV, PDF).");
    all.details = tr("One JSON file per kind of record (described in the README.txt written with\n"
                     "them), CSV files of clients, sessions, invoices and payments, the exact PDF\n"
                     "of every signed agreement and the PDF of every issued invoice. The folder\n"
                     "is readable by you only, but it is NOT encrypted.");
    all.options = {to};
    all.run = &ExportCommands::exportWorkspace;
    registry.add(all);

    Command client;
    client.path = QStringList{QStringLiteral("client"), QStringLiteral("export")};
    client.synopsis = tr("ID --to DIR [--without-private-notes]");
    client.summary = tr("Write everything about one client (their right of access and "
                        "portability).");
    client.details =
        tr("The profile, engagements, needs, goals, actions, evaluations, sessions with\n"
           "their notes, agreements with their PDFs, invoices and payments of this\n"
           "client, and nothing about anyone else. Your private session notes are\n"
           "included unless --without-private-notes is given.");
    client.options = {to, QCommandLineOption(kWithoutPrivateNotesOption,
                                             tr("Leave your private session notes out."))};
    client.arguments = {{tr("ID"), tr("The client's id (see client list)."), false}};
    client.run = &ExportCommands::exportClient;
    registry.add(client);

    Command import;
    import.path = QStringList{QStringLiteral("import")};
    import.synopsis = tr("--from DIR");
    import.summary = tr("Create a new workspace from a whole-workspace export.");
    import.details =
        tr("Creates a new workspace as 'init' does (the passphrase, the recovery key) in the\n"
           "--workspace folder, which must be new or empty, and reads every record of the\n"
           "export into it, with the same ids. Signed agreements stay provably unchanged.\n"
           "All or nothing: when a file of the export is damaged or incomplete, the error\n"
           "names it and no workspace is created. Exports of one client cannot be imported.");
    import.options = {QCommandLineOption(kFromOption, tr("The export folder."), tr("DIR"))};
    import.run = &ExportCommands::importWorkspace;
    registry.add(import);
}

} // namespace

void registerExportCommands(CommandRegistry& registry) {
    ExportCommands::registerIn(registry);
}

} // namespace md::cli
