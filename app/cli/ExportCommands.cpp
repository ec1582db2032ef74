#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "clients/ClientService.h"
#include "export/WorkspaceExporter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace md::cli {

namespace {

const QString kToOption = QStringLiteral("to");
const QString kWithoutPrivateNotesOption = QStringLiteral("without-private-notes");

class ExportCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ExportCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportWorkspace(CommandContext& context, const QCommandLineParser& args);
    static int exportClient(CommandContext& context, const QCommandLineParser& args);
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
}

} // namespace

void registerExportCommands(CommandRegistry& registry) {
    ExportCommands::registerIn(registry);
}

} // namespace md::cli
