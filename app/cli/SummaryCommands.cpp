#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "export/SessionSummaryDocument.h"
#include "ics/IcsExporter.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

// `summary export`: a session's summary for the mentee, as PDF, Markdown or
// plain text. Never contains private notes.
class SummaryCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::SummaryCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportSummary(CommandContext& context, const QCommandLineParser& args);
};

int SummaryCommands::exportSummary(CommandContext& context, const QCommandLineParser& args) {
    bool ok = false;
    const qint64 id = args.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(tr("'%1' is not a valid session id (a positive number).")
                                      .arg(args.positionalArguments().value(0)));
    const QString path = args.positionalArguments().value(1);
    if (path.isEmpty())
        return context.usageError(tr("Name the file to write (.pdf, .md or .txt)."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto input = workspace->scheduling().summaryInput(id);
    if (!input)
        return context.fail(input.error());
    const SessionSummaryDocument document(*input);
    QByteArray data;
    if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        data = document.markdown().toUtf8();
    } else if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        data = document.plainText().toUtf8();
    } else {
        auto pdf = document.pdf();
        if (!pdf)
            return context.fail(pdf.error());
        data = *pdf;
    }
    if (Status saved = IcsExporter::save(path, data); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

void SummaryCommands::registerIn(CommandRegistry& registry) {
    Command exportCommand;
    exportCommand.path = QStringList{QStringLiteral("summary"), QStringLiteral("export")};
    exportCommand.synopsis = tr("ID FILE");
    exportCommand.summary = tr("Export a session summary as PDF, Markdown or plain text.");
    exportCommand.details = tr("The format follows the file name: .md for Markdown, .txt for "
                               "plain text ready to paste into an e-mail, anything else PDF. The "
                               "summary holds the summary fields and the shareable notes, never "
                               "the private notes.");
    exportCommand.arguments = {{QStringLiteral("ID"), tr("The session's id."), false},
                               {QStringLiteral("FILE"), tr("The file to write."), false}};
    exportCommand.run = &SummaryCommands::exportSummary;
    registry.add(std::move(exportCommand));
}

} // namespace

void registerSummaryCommands(CommandRegistry& registry) {
    SummaryCommands::registerIn(registry);
}

} // namespace md::cli
