#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"

#include "agreements/AgreementService.h"
#include "backup/BackupService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

class VerifyCommand final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::VerifyCommand)
public:
    static Command command() {
        Command command;
        command.path = QStringList{QStringLiteral("verify")};
        command.summary = tr("Check the database, every signed agreement and the audit log; "
                             "prints OK or the problems found.");
        command.details =
            tr("Unlocks the workspace and checks:\n"
               "  - the database (SQLite integrity and foreign key checks);\n"
               "  - every signed agreement: the stored PDF, text, signature images and\n"
               "    scan against its signed manifest, and the manifest's signature;\n"
               "  - the agreements audit log's hash chain.\n"
               "Each problem is one line on standard output, naming the agreement it\n"
               "concerns. Exits with status 1 when any problem is found.");
        command.run = &VerifyCommand::run;
        return command;
    }

private:
    static int run(CommandContext& context, const QCommandLineParser& /*args*/) {
        Workspace* workspace = context.workspace();
        if (!workspace)
            return ExitFailure;
        // Every page once: the whole file, every signed document.
        if (!useOnePassPageCache(context, *workspace))
            return ExitFailure;
        Result<QStringList> problems = workspace->verify();
        if (!problems)
            return context.fail(problems.error());
        const bool damaged = !problems->isEmpty(); // the database itself
        // Agreements live outside the workspace module; their check is added
        // here so the workspace stays free of agreement code.
        Result<QStringList> agreementProblems = workspace->agreements().verifyAll();
        // On a damaged database the agreements may not be readable at all:
        // that is one more problem, and the ones already found still show.
        if (!agreementProblems && problems->isEmpty())
            return context.fail(agreementProblems.error());
        if (agreementProblems)
            problems->append(*agreementProblems);
        else
            problems->append(agreementProblems.message());
        if (problems->isEmpty()) {
            // Not translated: scripts compare against it.
            context.out() << QLatin1String("OK\n");
            return ExitSuccess;
        }
        for (const QString& problem : std::as_const(problems.value()))
            context.out() << problem << QLatin1Char('\n');
        QString summary = tr("%n problem(s) found.", nullptr, int(problems->size()));
        if (damaged) {
            summary +=
                QLatin1Char('\n') + BackupService::damageAdvice(workspace->directory(), QString());
        }
        return context.fail(summary);
    }
};

} // namespace

void registerVerifyCommands(CommandRegistry& registry) {
    registry.add(VerifyCommand::command());
}

} // namespace md::cli
