#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

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
        command.summary = tr("Check the workspace's integrity; prints OK or the problems found.");
        command.details =
            tr("Unlocks the workspace and runs every integrity check (the database's\n"
               "own check and those of later features). Exits with status 1 when "
               "any\nproblem is found; each problem is one line on standard output.");
        command.run = &VerifyCommand::run;
        return command;
    }

private:
    static int run(CommandContext& context, const QCommandLineParser& /*args*/) {
        Workspace* workspace = context.workspace();
        if (!workspace)
            return ExitFailure;
        Result<QStringList> problems = workspace->verify();
        if (!problems)
            return context.fail(problems.error());
        if (problems->isEmpty()) {
            // Not translated: scripts compare against it.
            context.out() << QLatin1String("OK\n");
            return ExitSuccess;
        }
        for (const QString& problem : std::as_const(problems.value()))
            context.out() << problem << QLatin1Char('\n');
        return context.fail(tr("%n problem(s) found.", nullptr, int(problems->size())));
    }
};

} // namespace

void registerVerifyCommands(CommandRegistry& registry) {
    registry.add(VerifyCommand::command());
}

} // namespace md::cli
